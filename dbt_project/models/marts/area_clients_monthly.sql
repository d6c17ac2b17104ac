with

case_counts as (

    select * from {{ ref('int_case_counts_rolled_up') }}

),

categories as (

    select * from {{ ref('categories') }}

),

population as (

    select * from {{ ref('int_population_by_group_unpivoted') }}

),

joined as (

    select
        case_counts.*,
        categories.population_group,
        population.residents

    from case_counts

    left join categories
        on
            case_counts.domain = categories.domain
            and case_counts.category = categories.category

    -- residents on 1 January of the period's year, in the boundaries the counts use
    left join population
        on
            extract(year from case_counts.period) = population.year
            and case_counts.boundary_year = population.boundary_year
            and case_counts.area_level = population.area_level
            and case_counts.area_code = population.area_code
            and categories.population_group = population.population_group

),

rated as (

    select

        ----------  grain
        area_level,
        area_code,
        period,
        domain,
        category,
        boundary_year,

        ----------  clients
        clients,
        clients_state,

        ----------  denominator
        population_group,
        residents,

        ----------  rate per 1,000 residents of the population group
        case
            when clients_state = 'number' and residents > 0
                then cast(clients * 1000.0 / residents as double)
        end as rate_per_1000,
        case
            when clients_state != 'number' then clients_state
            when residents is null or residents = 0 then 'unknown'
            else 'number'
        end as rate_state

    from joined

)

select * from rated
