-- Wijk and buurt names as CBS publishes them (StatLine region titles, boundary files).

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
