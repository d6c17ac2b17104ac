-- Households with provisions in more than one domain ("stapeling") per area, year and
-- combination, with the share the Gemeentelijke Monitor Sociaal Domein publishes: the
-- households of a combination as a percentage of the households with any provision (Wmo,
-- Jeugdwet or Participatiewet: the seven combinations together, the one-domain ones
-- included). A file without the one-domain combinations gives no such share (unknown); the
-- share of all households in the area stays beside it. docs/models.md.

with

stapeling as (

    select * from {{ ref('int_stapeling_disclosed') }}

),

combinations as (

    select * from {{ ref('stapeling_combinations') }}

),

-- households as published (buurt and wijk randomly rounded to 5): the denominator of the
-- share of all households
population as (

    select * from {{ ref('int_population_published') }}

),

-- households with any provision: the sum of the seven (disclosed) combinations, a number
-- only when all seven are
with_provision as (

    select
        stapeling.area_level,
        stapeling.area_code,
        stapeling.year,
        stapeling.boundary_year,
        case
            when count(*) = (select count(*) from combinations)
                and bool_and(stapeling.households_state = 'number')
                then cast(sum(stapeling.households) as integer)
        end as households_with_provision,
        case
            when count(*) < (select count(*) from combinations) then 'unknown'
            else {{ rollup_state('stapeling.households_state') }}
        end as households_with_provision_state

    from stapeling

    inner join combinations
        on stapeling.combination = combinations.combination

    group by all

),

joined as (

    select
        stapeling.*,
        combinations.domain_count,
        cast(population.households as integer) as total_households,
        with_provision.households_with_provision,
        coalesce(with_provision.households_with_provision_state, 'unknown')
            as households_with_provision_state

    from stapeling

    inner join combinations
        on stapeling.combination = combinations.combination

    left join population
        on
            stapeling.year = population.year
            and stapeling.boundary_year = population.boundary_year
            and stapeling.area_level = population.area_level
            and stapeling.area_code = population.area_code

    left join with_provision
        on
            stapeling.year = with_provision.year
            and stapeling.boundary_year = with_provision.boundary_year
            and stapeling.area_level = with_provision.area_level
            and stapeling.area_code = with_provision.area_code

),

shared as (

    select

        ----------  grain
        area_level,
        area_code,
        year,
        combination,
        boundary_year,

        ----------  households with this combination
        domain_count,
        households,
        households_state,

        ----------  share of the households with any provision (GMSD)
        households_with_provision,
        households_with_provision_state,
        case
            when households_state = 'number' and households_with_provision > 0
                then cast(households * 100.0 / households_with_provision as double)
        end as share_pct,
        case
            when households_state != 'number' then households_state
            when households_with_provision_state != 'number' then households_with_provision_state
            when households_with_provision = 0 then 'unknown'
            else 'number'
        end as share_state,

        ----------  share of all households in the area
        total_households,
        case
            when households_state = 'number' and total_households > 0
                then cast(households * 100.0 / total_households as double)
        end as share_of_all_households_pct,
        case
            when households_state != 'number' then households_state
            when total_households is null or total_households = 0 then 'unknown'
            else 'number'
        end as share_of_all_households_state

    from joined

)

select * from shared
