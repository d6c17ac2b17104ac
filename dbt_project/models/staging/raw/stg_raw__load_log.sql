-- One row per file the loader saw, with its status: what the Datastatus page shows. Youth
-- input is dated per quarter; a log written before the loader logged quarters still holds
-- the months of collection ('2024-02' -> '2024-K1').

with

source as (

    select * from {{ source('raw', 'load_log') }}

),

renamed as (

    select

        ----------  ids
        load_id,
        file_name,
        file_kind,
        content_hash,

        ----------  outcome
        status,
        cast(rows as integer) as rows,
        case
            when file_kind = 'youth_input' then array_to_string(list_sort(list_distinct(
                list_transform(string_split(periods, ','), p -> case
                    when regexp_matches(p, '^[0-9]{4}-[0-9]{2}$')
                        then left(p, 4) || '-K' || ((cast(right(p, 2) as integer) - 1) // 3 + 1)
                    else p
                end)
            )), ',')
            else periods
        end as periods,
        loaded_at,
        loaded_by,
        message

    from source

)

select * from renamed
