-- One row per area, year and population group: the denominators of the rates per 1,000.

with

population as (

    select * from {{ ref('int_population_rolled_up') }}

),

unpivoted as (

    select
        year,
        boundary_year,
        area_level,
        area_code,
        '0_17' as population_group,
        residents_0_17 as residents
    from population

    union all

    select
        year,
        boundary_year,
        area_level,
        area_code,
        '18_plus' as population_group,
        residents_18_plus as residents
    from population

    union all

    select
        year,
        boundary_year,
        area_level,
        area_code,
        '18_66' as population_group,
        residents_18_66 as residents
    from population

)

select * from unpivoted
