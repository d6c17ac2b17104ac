-- Wijk and buurt names as CBS publishes them (StatLine region titles, boundary files).

{{ config(pre_hook=[
    "create schema if not exists raw",
    "create table if not exists raw.cbs_area_names (area_level varchar not null, area_code varchar not null, year integer not null, area_name varchar not null, source varchar not null)"
]) }}

with

source as (

    select * from {{ source('raw_cbs', 'cbs_area_names') }}

),

renamed as (

    select
        area_level,
        trim(area_code) as area_code,
        cast(year as integer) as year,
        area_name,
        source
    from source

)

select * from renamed
