-- What the CBS/PDOK loaders read or fetched, when, and whether it worked.

with

source as (

    select * from {{ source('raw_cbs', 'cbs_fetch_log') }}

),

renamed as (

    select

        logged_at,
        source,
        coalesce(table_id, '-') as table_id,
        year,
        status,
        rows,
        fetched_at,
        message

    from source

)

select * from renamed
