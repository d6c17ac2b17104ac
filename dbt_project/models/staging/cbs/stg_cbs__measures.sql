-- The CBS measures wijkwijs knows, with one Dutch label, unit, theme and definition each
-- (written from wijkwijs/cbs/measures.py on every CBS refresh).

{{ config(pre_hook=[
    "create schema if not exists raw",
    "create table if not exists raw.cbs_measures (measure varchar not null, measure_label varchar not null, unit varchar not null, theme varchar not null, definition_nl varchar not null, is_feature boolean not null)"
]) }}

with

source as (

    select * from {{ source('raw_cbs', 'cbs_measures') }}

),

renamed as (

    select
        measure,
        measure_label,
        unit,
        theme,
        definition_nl,
        is_feature
    from source

)

select * from renamed
