-- Every rate of int_area_rates_by_period next to the figures it is compared with: the
-- previous period, the same period a year earlier (through the boundary crosswalk when the
-- area's codes changed), the gemeente (index, 100 = municipal average) and the area's wijk
-- (fallback for a buurt without a number). Rules: docs/models.md.

with

rates as (

    select * from {{ ref('int_area_rates_by_period') }}

),

areas as (

    select * from {{ ref('int_areas_rolled_up') }}

),

buurten as (

    select * from {{ ref('stg_raw__buurten') }}

),

crosswalk as (

    select * from {{ ref('boundary_crosswalk') }}

),

-- parents, and whether a buurt's boundaries changed against the previous division
with_parents as (

    select
        rates.*,
        areas.wijk_code,
        areas.gemeente_code,
        coalesce(buurten.change_flag in (2, 3), false) as boundary_changed

    from rates

    left join areas
        on
            rates.boundary_year = areas.boundary_year
            and rates.area_level = areas.area_level
            and rates.area_code = areas.area_code

    -- buurt codes never equal a wijk or gemeente code; a condition on rates.area_level here
    -- would turn this into a nested-loop join (minutes at city scale)
    left join buurten
        on
            rates.boundary_year = buurten.boundary_year
            and rates.area_code = buurten.buurt_code

),

-- two comparisons per row: the previous period and the same period a year earlier
comparisons as (

    select
        with_parents.period_type,
        with_parents.period,
        with_parents.area_level,
        with_parents.area_code,
        with_parents.domain,
        with_parents.category,
        with_parents.boundary_year,
        with_parents.boundary_changed,
        kinds.comparison,
        cast(
            with_parents.period - to_months(
                case
                    when kinds.comparison = 'prev_period' and with_parents.period_type = 'month'
                        then 1
                    else 12
                end
            ) as date
        ) as compare_period

    from with_parents

    cross join (values ('prev_period'), ('prev_year')) as kinds (comparison)

),

-- the same code in the comparison period; across a boundary change only through the crosswalk
same_code as (

    select
        comparisons.period_type,
        comparisons.period,
        comparisons.area_level,
        comparisons.area_code,
        comparisons.domain,
        comparisons.category,
        comparisons.comparison,
        earlier.boundary_year = comparisons.boundary_year as same_division,
        earlier.rate_per_1000,
        earlier.rate_state

    from comparisons

    inner join rates as earlier
        on
            comparisons.period_type = earlier.period_type
            and comparisons.compare_period = earlier.period
            and comparisons.area_level = earlier.area_level
            and comparisons.area_code = earlier.area_code
            and comparisons.domain = earlier.domain
            and comparisons.category = earlier.category

    where
        earlier.boundary_year = comparisons.boundary_year
        or not comparisons.boundary_changed

),

-- older codes translated to this code by share: clients and residents both, then the rate
translated as (

    select
        comparisons.period_type,
        comparisons.period,
        comparisons.area_level,
        comparisons.area_code,
        comparisons.domain,
        comparisons.category,
        comparisons.comparison,
        {{ rollup_state("coalesce(earlier.rate_state, 'unknown')") }} as rate_state,
        case
            when bool_and(coalesce(earlier.rate_state = 'number', false))
                then cast(
                    sum(crosswalk.share * earlier.clients) * 1000.0
                    / sum(crosswalk.share * earlier.residents) as double
                )
        end as rate_per_1000

    from comparisons

    inner join crosswalk
        on
            comparisons.boundary_year = crosswalk.to_year
            and comparisons.area_code = crosswalk.to_code

    left join rates as earlier
        on
            crosswalk.from_year = earlier.boundary_year
            and crosswalk.from_code = earlier.area_code
            and comparisons.period_type = earlier.period_type
            and comparisons.compare_period = earlier.period
            and comparisons.area_level = earlier.area_level
            and comparisons.domain = earlier.domain
            and comparisons.category = earlier.category

    group by
        comparisons.period_type,
        comparisons.period,
        comparisons.area_level,
        comparisons.area_code,
        comparisons.domain,
        comparisons.category,
        comparisons.comparison

    -- only when the comparison period lies in the old division
    having count(earlier.area_code) > 0

),

-- same code in the same division first, then the crosswalk, then the same code elsewhere
picked as (

    select
        comparisons.period_type,
        comparisons.period,
        comparisons.area_level,
        comparisons.area_code,
        comparisons.domain,
        comparisons.category,
        comparisons.comparison,
        case
            when same_code.same_division then 'same_code'
            when translated.rate_state is not null then 'crosswalk'
            when same_code.rate_state is not null then 'same_code'
            else 'none'
        end as basis,
        case
            when same_code.same_division then same_code.rate_per_1000
            when translated.rate_state is not null then translated.rate_per_1000
            else same_code.rate_per_1000
        end as earlier_rate,
        case
            when same_code.same_division then same_code.rate_state
            when translated.rate_state is not null then translated.rate_state
            else same_code.rate_state
        end as earlier_state

    from comparisons

    left join same_code
        on
            comparisons.period_type = same_code.period_type
            and comparisons.period = same_code.period
            and comparisons.area_level = same_code.area_level
            and comparisons.area_code = same_code.area_code
            and comparisons.domain = same_code.domain
            and comparisons.category = same_code.category
            and comparisons.comparison = same_code.comparison

    left join translated
        on
            comparisons.period_type = translated.period_type
            and comparisons.period = translated.period
            and comparisons.area_level = translated.area_level
            and comparisons.area_code = translated.area_code
            and comparisons.domain = translated.domain
            and comparisons.category = translated.category
            and comparisons.comparison = translated.comparison

),

joined as (

    select
        with_parents.*,

        ----------  earlier figures
        prev_period.earlier_rate as rate_prev_period,
        prev_period.earlier_state as prev_period_state,
        prev_period.basis as prev_period_basis,
        prev_year.earlier_rate as rate_prev_year,
        prev_year.earlier_state as prev_year_state,
        prev_year.basis as prev_year_basis,

        ----------  reference figures
        gemeente.rate_per_1000 as gemeente_rate_per_1000,
        gemeente.rate_state as gemeente_rate_state,
        wijk.rate_per_1000 as wijk_rate_per_1000,
        wijk.rate_state as wijk_rate_state

    from with_parents

    left join picked as prev_period
        on
            prev_period.comparison = 'prev_period'
            and with_parents.period_type = prev_period.period_type
            and with_parents.period = prev_period.period
            and with_parents.area_level = prev_period.area_level
            and with_parents.area_code = prev_period.area_code
            and with_parents.domain = prev_period.domain
            and with_parents.category = prev_period.category

    left join picked as prev_year
        on
            prev_year.comparison = 'prev_year'
            and with_parents.period_type = prev_year.period_type
            and with_parents.period = prev_year.period
            and with_parents.area_level = prev_year.area_level
            and with_parents.area_code = prev_year.area_code
            and with_parents.domain = prev_year.domain
            and with_parents.category = prev_year.category

    left join rates as gemeente
        on
            gemeente.area_level = 'gemeente'
            and with_parents.gemeente_code = gemeente.area_code
            and with_parents.boundary_year = gemeente.boundary_year
            and with_parents.period_type = gemeente.period_type
            and with_parents.period = gemeente.period
            and with_parents.domain = gemeente.domain
            and with_parents.category = gemeente.category

    -- a gemeente has no wijk_code, so no level test on with_parents is needed (one would
    -- force a nested-loop join)
    left join rates as wijk
        on
            wijk.area_level = 'wijk'
            and with_parents.wijk_code = wijk.area_code
            and with_parents.boundary_year = wijk.boundary_year
            and with_parents.period_type = wijk.period_type
            and with_parents.period = wijk.period
            and with_parents.domain = wijk.domain
            and with_parents.category = wijk.category

),

states as (

    select
        *,
        {{ change_state('rate_state', 'prev_period_state') }} as change_prev_period_state,
        {{ change_state('rate_state', 'prev_year_state') }} as change_prev_year_state,
        {{ index_state('rate_state', 'gemeente_rate_per_1000', 'gemeente_rate_state') }}
            as index_state

    from joined

),

compared as (

    select

        ----------  grain
        period_type,
        period,
        area_level,
        area_code,
        domain,
        category,
        boundary_year,

        ----------  parents
        wijk_code,
        gemeente_code,

        ----------  clients and rate
        months,
        clients,
        clients_state,
        population_group,
        residents,
        rate_per_1000,
        rate_state,

        ----------  change against the previous period
        case
            when change_prev_period_state = 'number' then rate_prev_period
        end as rate_prev_period,
        case
            when change_prev_period_state = 'number' then rate_per_1000 - rate_prev_period
        end as rate_change_prev_period,
        {{ pct_change('rate_per_1000', 'rate_prev_period', 'change_prev_period_state') }}
            as rate_change_prev_period_pct,
        change_prev_period_state,

        ----------  change against the same period a year earlier
        case
            when change_prev_year_state = 'number' then rate_prev_year
        end as rate_prev_year,
        case
            when change_prev_year_state = 'number' then rate_per_1000 - rate_prev_year
        end as rate_change_prev_year,
        {{ pct_change('rate_per_1000', 'rate_prev_year', 'change_prev_year_state') }}
            as rate_change_prev_year_pct,
        change_prev_year_state,

        ----------  series
        prev_period_basis = 'none' as series_start,
        prev_period_basis = 'crosswalk' or prev_year_basis = 'crosswalk' as via_crosswalk,

        ----------  municipal figure and index (100 = municipal average)
        gemeente_rate_per_1000,
        coalesce(gemeente_rate_state, 'unknown') as gemeente_rate_state,
        case
            when index_state = 'number'
                then cast(rate_per_1000 * 100.0 / gemeente_rate_per_1000 as double)
        end as index_gemeente,
        index_state,

        ----------  fallback to the wijk
        wijk_rate_per_1000,
        coalesce(wijk_rate_state, 'unknown') as wijk_rate_state,
        area_level = 'buurt'
        and rate_state != 'number'
        and coalesce(wijk_rate_state = 'number', false) as show_wijk_instead

    from states

)

select * from compared
