-- Other StatLine tables with a region dimension in long form (SES-WOA, per-wijk Wmo, youth care,
-- stapeling, and what the gemeente maps in tabellen.toml). `measure` is set for topics the
-- mapping names; `boundary_year` is the division the area codes belong to (SES-WOA gives
-- every period in one regio-indeling).

{{ config(pre_hook=[
    "create schema if not exists raw",
    "create table if not exists raw.cbs_wijk_figures (source varchar not null, family varchar not null, table_id varchar not null, table_title varchar, period varchar, year integer, dimensions varchar, area_level varchar not null, area_code varchar not null, source_key varchar not null, measure_label varchar, unit varchar, value double, value_state varchar not null, definition_nl varchar, fetched_at timestamp not null)",
    "alter table raw.cbs_wijk_figures add column if not exists measure varchar",
    "alter table raw.cbs_wijk_figures add column if not exists boundary_year integer",
    "alter table raw.cbs_wijk_figures add column if not exists topic_path varchar"
]) }}

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
