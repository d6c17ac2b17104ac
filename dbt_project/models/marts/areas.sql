with

areas as (

    select * from {{ ref('int_areas_rolled_up') }}

),

-- population as published: buurt and wijk randomly rounded to 5, the gemeente exact
population as (

    select * from {{ ref('int_population_published') }}

),

joined as (

    select

        ----------  grain
        areas.boundary_year,
        areas.area_level,
        areas.area_code,

        ----------  names and parents
        areas.area_name,
        areas.wijk_code,
        areas.wijk_name,
        areas.gemeente_code,
        areas.gemeente_name,
        areas.is_water,

        ----------  population on 1 January of the boundary year (published)
        cast(population.residents_total as integer) as residents_total,
        cast(population.residents_0_17 as integer) as residents_0_17,
        cast(population.residents_18_plus as integer) as residents_18_plus,
        cast(population.residents_18_66 as integer) as residents_18_66,
        cast(population.households as integer) as households

    from areas

    left join population
        on
            areas.boundary_year = population.year
            and areas.boundary_year = population.boundary_year
            and areas.area_level = population.area_level
            and areas.area_code = population.area_code

)

select * from joined
