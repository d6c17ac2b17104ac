-- The latest status of every CBS/PDOK source and table, for the Datastatus page: when it was
-- last read, whether that worked, and since when the figures in place date.

with

fetch_log as (

    select * from {{ ref('stg_cbs__fetch_log') }}

),

ranked as (

    select
        *,
        row_number() over (
            partition by source, table_id, coalesce(year, 0) order by logged_at desc
        ) as recency
    from fetch_log

),

last_success as (

    select source, table_id, coalesce(year, 0) as year_key, max(fetched_at) as last_good_at
    from fetch_log
    where status in ('loaded', 'cached')
    group by all

),

final as (

    select
        ranked.source,
        ranked.table_id,
        ranked.year,
        ranked.logged_at as last_attempt_at,
        ranked.status,
        ranked.rows,
        last_success.last_good_at,
        ranked.message
    from ranked
    left join last_success
        on ranked.source = last_success.source
        and ranked.table_id = last_success.table_id
        and coalesce(ranked.year, 0) = last_success.year_key
    where ranked.recency = 1

)

select * from final
