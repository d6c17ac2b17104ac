with

stapeling as (

    select * from {{ ref('int_stapeling_disclosed') }}

),

-- households as published (buurt and wijk randomly rounded to 5): the share's denominator
population as (

    select * from {{ ref('int_population_published') }}

),

joined as (

    select
        stapeling.*,
        cast(population.households as integer) as total_households

    from stapeling

    left join population
        on
            stapeling.year = population.year
            and stapeling.boundary_year = population.boundary_year
            and stapeling.area_level = population.area_level
            and stapeling.area_code = population.area_code

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
        households,
        households_state,

        ----------  share of all households in the area
        total_households,
        case
            when households_state = 'number' and total_households > 0
                then cast(households * 100.0 / total_households as double)
        end as share_pct,
        case
            when households_state != 'number' then households_state
            when total_households is null or total_households = 0 then 'unknown'
            else 'number'
        end as share_state

    from joined

)

select * from shared
