-- Disclosed client counts and rates per 1,000 per area, domain and category, for two period
-- types: `month` (the disclosed monthly count) and `year` (the average monthly count of the
-- months with data in that year, or the December stand where CBS counts one: seed categories,
-- `year_basis`; `period` is 1 January). Each rate is also given in the standard unit of its
-- definition (`rate`, `rate_unit`). Everything derives from the
-- disclosed counts and the published population, so no published figure can reveal an exact
-- count or an exact population.

with

-- an incremental build reads the months and the whole years it recomputes
-- (macros/incremental.sql)
case_counts as (

    select * from {{ ref('int_case_counts_disclosed') }}

    {%- if is_incremental() %}

    -- as a list of months the scan filters on (an expression on `period` scanned every row)
    where period in (
        select changed.period from {{ changed_periods('compared', 'month') }} as changed
        union
        select cast(changed.period + to_months(month.n) as date)
        from {{ changed_periods('compared', 'year') }} as changed
        cross join range(12) as month (n)
    )
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

-- a year's figure per the category's year basis (seed categories): the average of the
-- published monthly counts (a number only when every month is one), or the stand at the end
-- of the year as CBS counts bijstand (31 December): the December count, not yet published
-- while the year is not over in the data, unknown for an earlier year without December
yearly_parts as (

    select
        cast(date_trunc('year', case_counts.period) as date) as period,
        case_counts.area_level,
        case_counts.area_code,
        case_counts.boundary_year,
        case_counts.domain,
        case_counts.category,
        count(*) as months,
        case
            when bool_and(case_counts.clients_state = 'number')
                then cast(avg(case_counts.clients) as double)
        end as average_clients,
        {{ rollup_state('case_counts.clients_state') }} as average_state,
        max(case_counts.clients) filter (where month(case_counts.period) = 12) as december_clients,
        max(case_counts.clients_state) filter (where month(case_counts.period) = 12)
            as december_state

    from case_counts

    group by all

),

latest_year as (

    select max(year(period)) as year from case_counts

),

yearly as (

    select
        'year' as period_type,
        yearly_parts.period,
        yearly_parts.area_level,
        yearly_parts.area_code,
        yearly_parts.boundary_year,
        yearly_parts.domain,
        yearly_parts.category,
        case
            when categories.year_basis = 'december'
                then cast(yearly_parts.december_state is not null as integer)
            else yearly_parts.months
        end as months,
        case
            when categories.year_basis = 'december'
                then cast(
                    case
                        when yearly_parts.december_state = 'number'
                            then yearly_parts.december_clients
                    end as double
                )
            else yearly_parts.average_clients
        end as clients,
        case
            when categories.year_basis != 'december' or categories.year_basis is null
                then yearly_parts.average_state
            when yearly_parts.december_state is not null then yearly_parts.december_state
            when year(yearly_parts.period) >= latest_year.year then 'not_published'
            else 'unknown'
        end as clients_state

    from yearly_parts

    left join categories
        on
            yearly_parts.domain = categories.domain
            and yearly_parts.category = categories.category

    cross join latest_year

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
        categories.rate_scale,
        categories.rate_unit,
        population.residents,
        categories.bbv_rate_scale,
        categories.bbv_rate_unit,
        bbv_population.residents as bbv_residents,
        -- the disclosure rules' minimum holds for the group every rate is about, the BBV's too
        -- (jeugdhulp as % of 0-17 where the category's own group is 0-22)
        coalesce(bbv_checked.is_too_small, false) as bbv_too_small

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

    -- the BBV indicator's denominator, where the BBV defines one (seed categories)
    left join population as bbv_population
        on
            extract(year from unioned.period) = bbv_population.year
            and unioned.boundary_year = bbv_population.boundary_year
            and unioned.area_level = bbv_population.area_level
            and unioned.area_code = bbv_population.area_code
            and categories.bbv_population_group = bbv_population.population_group

    left join {{ ref('int_population_checked') }} as bbv_checked
        on
            extract(year from unioned.period) = bbv_checked.year
            and unioned.boundary_year = bbv_checked.boundary_year
            and unioned.area_level = bbv_checked.area_level
            and unioned.area_code = bbv_checked.area_code
            and categories.bbv_population_group = bbv_checked.population_group

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
        end as rate_state,

        ----------  the same rate in the standard unit of its definition (%, per 1,000, per
        ----------  10,000: seed categories)
        case
            when clients_state = 'number' and residents > 0
                then cast(clients * rate_scale / residents as double)
        end as rate,
        rate_unit,

        ----------  the same clients as the BBV policy indicator relates them (bijstand per
        ----------  10,000 of 18+, jeugdhulp % of 0-17, Wmo per 10,000): NULL without one
        case
            when clients_state = 'number' and bbv_residents > 0 and not bbv_too_small
                then cast(clients * bbv_rate_scale / bbv_residents as double)
        end as bbv_rate,
        bbv_rate_unit,
        case
            when bbv_rate_unit is null then null
            when clients_state != 'number' then clients_state
            when bbv_too_small then 'too_few_residents'
            when bbv_residents is null or bbv_residents = 0 then 'unknown'
            else 'number'
        end as bbv_rate_state

    from joined

)

select * from rated
{%- if is_incremental() %}

where {{ in_changed_periods('compared', by_type=true) }}
{%- endif %}
