-- The load log as the Datastatus page shows it to analysts: which file, what kind, what
-- happened to it, how many rows for which periods, when and why. Never a cell value: the
-- loader's messages name file, row, column and reason only (docs/data-contract.md); who
-- loaded a file (`loaded_by`) is not served.

with

load_log as (

    select * from {{ ref('stg_raw__load_log') }}

),

final as (

    select
        file_name,
        file_kind,
        status,
        rows,
        periods,
        loaded_at,
        message
    from load_log

)

select * from final
