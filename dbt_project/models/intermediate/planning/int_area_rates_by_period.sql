-- Disclosed client counts and rates per 1,000 per area, domain and category, for two period
-- types: `month` (the disclosed monthly count) and `year` (the average monthly count of the
-- months with data in that year; `period` is 1 January). Everything derives from the
-- disclosed counts and the published population, so no published figure can reveal an exact
-- count or an exact population.

with

-- an incremental build reads the months and the whole years it recomputes
-- (macros/incremental.sql)
case_counts as (

    select * from {{ ref('int_case_counts_disclosed') }}

    {%- if is_incremental() %}

    where
        period in {{ changed_periods('compared', 'month') }}
        or cast(date_trunc('year', period) as date) in {{ changed_periods('compared', 'year') }}
    {%- endif %}

),

categories as (

    select * from {{ ref('categories') }}

),

-- the denominators as published (buurt and wijk randomly rounded to 5): a rate times its
-- denominator gives back the published count, never an exact population
population as (

    select * from {{ ref('int_population_by_group_published') }}

),

monthly as (

    select
        'month' as period_type,
        period,
        area_level,
        area_code,
        boundary_year,
        domain,
        category,
        1 as months,
        cast(clients as double) as clients,
        clients_state

    from case_counts

),

-- the average of the published monthly counts: a number only when every month is a number
yearly as (

    select
        'year' as period_type,
        cast(date_trunc('year', period) as date) as period,
        area_level,
        area_code,
        boundary_year,
        domain,
        category,
        count(*) as months,
        case
            when bool_and(clients_state = 'number') then cast(avg(clients) as double)
        end as clients,
        {{ rollup_state('clients_state') }} as clients_state

    from case_counts

    group by
        date_trunc('year', period), area_level, area_code, boundary_year, domain, category

),

unioned as (

    select * from monthly
    union all
    select * from yearly

),

joined as (

    select
        unioned.*,
        categories.population_group,
        population.residents

    from unioned

    left join categories
        on
            unioned.domain = categories.domain
            and unioned.category = categories.category

    -- residents on 1 January of the period's year, in the boundaries the counts use
    left join population
        on
            extract(year from unioned.period) = population.year
            and unioned.boundary_year = population.boundary_year
            and unioned.area_level = population.area_level
            and unioned.area_code = population.area_code
            and categories.population_group = population.population_group

),

rated as (

    select

        ----------  grain
        period_type,
        period,
        area_level,
        area_code,
        domain,
        category,
        boundary_year,

        ----------  clients
        months,
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
{%- if is_incremental() %}

where {{ in_changed_periods('compared', by_type=true) }}
{%- endif %}
