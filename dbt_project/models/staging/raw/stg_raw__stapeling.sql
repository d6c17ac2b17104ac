with

source as (

    select * from {{ source('raw', 'stapeling') }}

),

renamed as (

    select

        ----------  ids
        trim(buurt_code) as buurt_code,
        cast(boundary_year as integer) as boundary_year,
        load_id,

        ----------  dimensions
        cast(year as integer) as year,
        lower(trim(combination)) as combination,

        ----------  measures
        cast(households as integer) as households,
        value_state as households_state

    from source

)

select * from renamed
