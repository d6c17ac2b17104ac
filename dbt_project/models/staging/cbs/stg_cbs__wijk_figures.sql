-- Per-wijk CBS tables of the social domain in long form (Wmo, youth care, stapeling).

{{ config(pre_hook=[
    "create schema if not exists raw",
    "create table if not exists raw.cbs_wijk_figures (source varchar not null, family varchar not null, table_id varchar not null, table_title varchar, period varchar, year integer, dimensions varchar, area_level varchar not null, area_code varchar not null, source_key varchar not null, measure_label varchar, unit varchar, value double, value_state varchar not null, definition_nl varchar, fetched_at timestamp not null)"
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
        area_level,

        ----------  figure
        measure_label,
        unit,
        case when value_state = 'number' then value end as value,
        value_state,
        definition_nl,
        fetched_at

    from source

)

select * from renamed
