with

source as (

    select * from {{ source('raw', 'wijken') }}

),

renamed as (

    select

        ----------  ids
        trim(wijk_code) as wijk_code,
        cast(boundary_year as integer) as boundary_year,
        trim(gemeente_code) as gemeente_code,

        ----------  text
        wijk_name,
        gemeente_name

    from source

)

select * from renamed
