-- Residents and households on 1 January of `year`, per area of a boundary year.
-- A buurt without a population row counts as unknown, so its wijk and gemeente are unknown too.

with

population as (

    select * from {{ ref('stg_raw__population') }}

),

buurten_mapped as (

    select * from {{ ref('int_buurten_mapped_to_areas') }}

),

population_years as (

    select distinct
        year,
        boundary_year
    from population

),

buurt_population as (

    select
        buurten_mapped.area_level,
        buurten_mapped.area_code,
        population_years.year,
        population_years.boundary_year,
        population.residents_0_17,
        population.residents_18_26,
        population.residents_27_66,
        population.residents_67_plus,
        population.households

    from buurten_mapped

    inner join population_years
        on buurten_mapped.boundary_year = population_years.boundary_year

    left join population
        on
            population_years.year = population.year
            and buurten_mapped.boundary_year = population.boundary_year
            and buurten_mapped.buurt_code = population.buurt_code

),

rolled_up as (

    select

        ----------  grain
        year,
        boundary_year,
        area_level,
        area_code,

        ----------  age bands
        {{ sum_if_complete('residents_0_17') }} as residents_0_17,
        {{ sum_if_complete('residents_18_26') }} as residents_18_26,
        {{ sum_if_complete('residents_27_66') }} as residents_27_66,
        {{ sum_if_complete('residents_67_plus') }} as residents_67_plus,

        ----------  households
        {{ sum_if_complete('households') }} as households

    from buurt_population

    group by year, boundary_year, area_level, area_code

),

with_groups as (

    select
        *,

        ----------  population groups (NULL when any band is unknown)
        residents_0_17 + residents_18_26 + residents_27_66 + residents_67_plus
            as residents_total,
        residents_18_26 + residents_27_66 + residents_67_plus as residents_18_plus,
        residents_18_26 + residents_27_66 as residents_18_66

    from rolled_up

)

select * from with_groups
