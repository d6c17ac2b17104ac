-- The area hierarchy per boundary year: buurten, their wijken and the gemeente, with names.

with

buurten as (

    select * from {{ ref('stg_raw__buurten') }}

),

wijken as (

    select * from {{ ref('stg_raw__wijken') }}

),

buurt_areas as (

    select

        ----------  grain
        buurten.boundary_year,
        'buurt' as area_level,
        buurten.buurt_code as area_code,

        ----------  names and parents
        buurten.buurt_name as area_name,
        buurten.wijk_code,
        wijken.wijk_name,
        buurten.gemeente_code,
        buurten.gemeente_name,

        ----------  properties
        buurten.is_water

    from buurten

    left join wijken
        on
            buurten.boundary_year = wijken.boundary_year
            and buurten.wijk_code = wijken.wijk_code

),

wijk_areas as (

    select

        ----------  grain
        boundary_year,
        'wijk' as area_level,
        wijk_code as area_code,

        ----------  names and parents
        max(wijk_name) as area_name,
        wijk_code,
        max(wijk_name) as wijk_name,
        gemeente_code,
        max(gemeente_name) as gemeente_name,

        ----------  properties
        bool_and(is_water) as is_water

    from buurt_areas

    group by boundary_year, wijk_code, gemeente_code

),

gemeente_areas as (

    select

        ----------  grain
        boundary_year,
        'gemeente' as area_level,
        gemeente_code as area_code,

        ----------  names and parents
        max(gemeente_name) as area_name,
        cast(null as varchar) as wijk_code,
        cast(null as varchar) as wijk_name,
        gemeente_code,
        max(gemeente_name) as gemeente_name,

        ----------  properties
        bool_and(is_water) as is_water

    from buurt_areas

    group by boundary_year, gemeente_code

),

unioned as (

    select * from buurt_areas
    union all
    select * from wijk_areas
    union all
    select * from gemeente_areas

)

select * from unioned
