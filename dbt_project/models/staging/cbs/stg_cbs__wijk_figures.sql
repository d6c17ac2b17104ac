-- Other StatLine tables with a region dimension in long form (SES-WOA, per-wijk Wmo, youth care,
-- stapeling, and what the gemeente maps in tabellen.toml). `measure` is set for topics the
-- mapping names; `boundary_year` is the division the area codes belong to (SES-WOA gives
-- every period in one regio-indeling).

with

source as (

    select * from {{ source('raw_cbs', 'cbs_wijk_figures') }}

),

renamed as (

    select

        ----------  grain
        table_id,
        trim(area_code) as area_code,
        period,
        dimensions,
        source_key,

        ----------  context
        family,
        table_title,
        cast(year as integer) as year,
        cast(coalesce(boundary_year, year) as integer) as boundary_year,
        area_level,
        measure,
        coalesce(topic_path, measure_label) as topic_path,

        ----------  figure
        measure_label,
        unit,
        case when value_state = 'number' then value end as value,
        value_state,
        definition_nl,
        source,
        fetched_at

    from source

)

select * from renamed
