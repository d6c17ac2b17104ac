with

source as (

    select * from {{ source('raw', 'buurten') }}

),

renamed as (

    select

        ----------  ids
        trim(buurt_code) as buurt_code,
        cast(boundary_year as integer) as boundary_year,
        trim(wijk_code) as wijk_code,
        trim(gemeente_code) as gemeente_code,

        ----------  text
        buurt_name,
        gemeente_name,

        ----------  properties
        coalesce(is_water, false) as is_water,
        cast(change_flag as integer) as change_flag,
        cast(area_m2 as double) as area_m2

    from source

)

select * from renamed
