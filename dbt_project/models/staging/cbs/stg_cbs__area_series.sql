-- Each area of each boundary year with its series key: the areas a trend may join.

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
