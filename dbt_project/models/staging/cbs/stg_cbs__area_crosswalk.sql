-- Overlap between the areas of consecutive boundary years, derived from the geometries.

{{ config(pre_hook=[
    "create schema if not exists raw",
    "create table if not exists raw.cbs_area_crosswalk (area_level varchar not null, from_year integer not null, from_code varchar not null, to_year integer not null, to_code varchar not null, overlap_m2 double not null, share_of_from double not null, share_of_to double not null)"
]) }}

with

source as (

    select * from {{ source('raw_cbs', 'cbs_area_crosswalk') }}

),

renamed as (

    select
        area_level,
        cast(from_year as integer) as from_year,
        from_code,
        cast(to_year as integer) as to_year,
        to_code,
        overlap_m2,
        share_of_from,
        share_of_to
    from source

)

select * from renamed
