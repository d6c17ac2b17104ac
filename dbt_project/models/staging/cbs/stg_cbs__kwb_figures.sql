-- KWB reference figures, one row per source, year, area and measure. Empty when no CBS asset
-- ran: the raw table exists anyway (on-run-start, macros/raw_tables.sql).

with

source as (

    select * from {{ source('raw_cbs', 'kwb_figures') }}

),

renamed as (

    select

        ----------  grain
        cast(year as integer) as year,
        area_level,
        trim(area_code) as area_code,
        measure,

        ----------  figure
        measure_label,
        unit,
        case when value_state = 'number' then value end as value,
        value_state,

        ----------  provenance
        source,
        table_id,
        source_key,
        definition_nl,
        fetched_at

    from source

)

select * from renamed
