-- Per area, year and population group: the true population against the minimums of the
-- disclosure rules (an area or group below them publishes no social figure), and the largest
-- count the published population allows, which is what an attacker bounds a count by.
-- Groups: those of the rates (int_population_by_group_unpivoted) and `households` (stapeling).

with

rules as (

    select * from {{ ref('int_disclosure_rules') }}

),

population as (

    select * from {{ ref('int_population_rolled_up') }}

),

population_published as (

    select * from {{ ref('int_population_published') }}

),

groups as (

    select * from {{ ref('int_population_by_group_unpivoted') }}

),

groups_published as (

    select * from {{ ref('int_population_by_group_published') }}

),

true_groups as (

    select year, boundary_year, area_level, area_code, population_group, residents
    from groups

    union all

    select year, boundary_year, area_level, area_code, 'households', households
    from population

),

published_groups as (

    select year, boundary_year, area_level, area_code, population_group, residents
    from groups_published

    union all

    select year, boundary_year, area_level, area_code, 'households', households
    from population_published

),

checked as (

    select

        ----------  grain
        true_groups.year,
        true_groups.boundary_year,
        true_groups.area_level,
        true_groups.area_code,
        true_groups.population_group,

        ----------  true population (never published as such)
        true_groups.residents,
        population.residents_total,

        ----------  the minimums; unknown population counts as too small
        coalesce(
            population.residents_total < rules.min_residents
            or true_groups.residents < rules.min_group_residents,
            true
        ) as is_too_small,

        ----------  what the published population tells
        published_groups.residents as published_residents,
        published_groups.residents
        + case when true_groups.area_level = 'gemeente' then 0 else rules.population_base - 1 end
            as upper_bound

    from true_groups

    inner join population
        on
            true_groups.year = population.year
            and true_groups.boundary_year = population.boundary_year
            and true_groups.area_level = population.area_level
            and true_groups.area_code = population.area_code

    left join published_groups
        on
            true_groups.year = published_groups.year
            and true_groups.boundary_year = published_groups.boundary_year
            and true_groups.area_level = published_groups.area_level
            and true_groups.area_code = published_groups.area_code
            and true_groups.population_group = published_groups.population_group

    cross join rules

)

select * from checked
