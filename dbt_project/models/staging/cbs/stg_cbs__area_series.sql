-- Each area of each boundary year with its series key: the areas a trend may join.

{{ config(pre_hook=[
    "create schema if not exists raw",
    "create table if not exists raw.cbs_area_series (area_level varchar not null, area_code varchar not null, boundary_year integer not null, series_key varchar not null, predecessor_code varchar, predecessor_year integer, link_basis varchar not null, is_break boolean not null, break_reason varchar, change_flag integer)"
]) }}

with

source as (

    select * from {{ source('raw_cbs', 'cbs_area_series') }}

),

renamed as (

    select

        ----------  grain
        area_level,
        trim(area_code) as area_code,
        cast(boundary_year as integer) as boundary_year,

        ----------  series
        series_key,
        predecessor_code,
        cast(predecessor_year as integer) as predecessor_year,
        link_basis,
        is_break,
        break_reason,
        cast(change_flag as integer) as change_flag

    from source

)

select * from renamed
