-- Overlap between the areas of consecutive boundary years, derived from the geometries.

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
