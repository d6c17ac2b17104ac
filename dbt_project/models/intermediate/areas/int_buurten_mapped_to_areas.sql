-- Each buurt belongs to itself, its wijk and its gemeente: one row per buurt and area level.
-- Joining buurt values to this bridge and grouping by area rolls them up in one step.

with

buurten as (

    select * from {{ ref('stg_raw__buurten') }}

),

mapped as (

    select
        boundary_year,
        buurt_code,
        'buurt' as area_level,
        buurt_code as area_code
    from buurten

    union all

    select
        boundary_year,
        buurt_code,
        'wijk' as area_level,
        wijk_code as area_code
    from buurten

    union all

    select
        boundary_year,
        buurt_code,
        'gemeente' as area_level,
        gemeente_code as area_code
    from buurten

)

select * from mapped
