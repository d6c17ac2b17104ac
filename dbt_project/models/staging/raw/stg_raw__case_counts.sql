with

source as (

    select * from {{ source('raw', 'case_counts') }}

),

renamed as (

    select

        ----------  ids
        trim(buurt_code) as buurt_code,
        cast(boundary_year as integer) as boundary_year,
        load_id,

        ----------  dimensions
        cast(period as date) as period,
        cast(extract(year from period) as integer) as period_year,
        lower(trim(domain)) as domain,
        lower(trim(category)) as category,

        ----------  measures
        cast(clients as integer) as clients,
        value_state as clients_state

    from source

)

select * from renamed
