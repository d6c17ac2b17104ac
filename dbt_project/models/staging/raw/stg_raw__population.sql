with

source as (

    select * from {{ source('raw', 'population') }}

),

renamed as (

    select

        ----------  ids
        trim(buurt_code) as buurt_code,
        cast(boundary_year as integer) as boundary_year,

        ----------  dimensions
        cast(year as integer) as year,

        ----------  measures (NULL is unknown)
        cast(residents_0_17 as integer) as residents_0_17,
        cast(residents_18_26 as integer) as residents_18_26,
        cast(residents_27_66 as integer) as residents_27_66,
        cast(residents_67_plus as integer) as residents_67_plus,
        cast(households as integer) as households

    from source

)

select * from renamed
