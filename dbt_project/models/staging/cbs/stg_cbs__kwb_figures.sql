-- KWB reference figures, one row per source, year, area and measure. The pre-hook creates the
-- raw table when no CBS asset ran (same DDL as wijkwijs/cbs/store.py), so the model is empty
-- instead of failing on the default demo path.

{{ config(pre_hook=[
    "create schema if not exists raw",
    "create table if not exists raw.kwb_figures (source varchar not null, table_id varchar not null, year integer not null, area_level varchar not null, area_code varchar not null, measure varchar not null, measure_label varchar, unit varchar, value double, value_state varchar not null, source_key varchar, definition_nl varchar, fetched_at timestamp not null)"
]) }}

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
