-- Every rate of int_area_rates_by_period next to the figures it is compared with: the
-- previous period, the same period a year earlier (through the boundary crosswalk when the
-- area's codes changed), the gemeente (index, 100 = municipal average) and the area's wijk
-- (fallback for a buurt without a number). Rules: docs/models.md.

with

rates as (

    select * from {{ ref('int_area_rates_by_period') }}

),

-- the rows the windows and joins below read: on an incremental build the periods it recomputes
-- and the ones they look back to (a month 1 and 12 months back, a year 1 year back), as a list
-- of periods the scan filters on. An expression on `period` had every row scanned, and the
-- joins read all of `rates` (national, one month: 189 s; now 21 s, on a loaded machine).
windowed as (

    select * from rates

    {%- if is_incremental() %}

    where
        (period_type = 'month' and period in (
            select cast(changed.period - to_months(back.months) as date)
            from {{ changed_periods('compared', 'month') }} as changed
            cross join (values (0), (1), (12)) as back (months)
        ))
        or (period_type = 'year' and period in (
            select cast(changed.period - to_years(back.years) as date)
            from {{ changed_periods('compared', 'year') }} as changed
            cross join (values (0), (1)) as back (years)
        ))
    {%- endif %}

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

    from windowed as rates

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

{#- the two comparisons: how many months back for a monthly row; a yearly row looks 12 back -#}
{%- set comparisons = {'prev_period': 1, 'prev_year': 12} -%}
{%- set series = 'partition by period_type, area_level, area_code, domain, category order by period' -%}

-- The same code 1 and 12 months earlier, by windows over each series: one sort of the table.
-- (Self joins for this ran out of memory at national scale.)
with_earlier as (

    select
        with_parents.*,
        {%- for months in [1, 12] %}
        {%- for column in ['rate_per_1000', 'rate_state', 'boundary_year'] %}
        first_value({{ column }}) over (
            {{ series }}
            range between interval {{ months }} month preceding
            and interval {{ months }} month preceding
        ) as m{{ months }}_{{ column }},
        {%- endfor %}
        {%- endfor %}
        1 as _

    from with_parents

),

-- older codes translated to this code by share: clients and residents both, then the rate;
-- only for areas in the crosswalk, so this stays small
translated as (

    select
        with_parents.period_type,
        with_parents.period,
        with_parents.area_level,
        with_parents.area_code,
        with_parents.domain,
        with_parents.category,
        kinds.comparison,
        {{ rollup_state("coalesce(earlier.rate_state, 'unknown')") }} as rate_state,
        case
            when bool_and(coalesce(earlier.rate_state = 'number', false))
                then cast(
                    sum(crosswalk.share * earlier.clients) * 1000.0
                    / sum(crosswalk.share * earlier.residents) as double
                )
        end as rate_per_1000

    from with_parents

    inner join crosswalk
        on
            with_parents.boundary_year = crosswalk.to_year
            and with_parents.area_code = crosswalk.to_code

    cross join (
        values {% for name, months in comparisons.items() %}('{{ name }}', {{ months }}){{ ", " if not loop.last }}{% endfor %}
    ) as kinds (comparison, months)

    -- every period a join looks up is in `windowed`: the same one, or 1 or 12 months back
    left join windowed as earlier
        on
            crosswalk.from_year = earlier.boundary_year
            and crosswalk.from_code = earlier.area_code
            and with_parents.period_type = earlier.period_type
            and earlier.period = cast(
                with_parents.period - to_months(
                    case when with_parents.period_type = 'month' then kinds.months else 12 end
                ) as date
            )
            and with_parents.area_level = earlier.area_level
            and with_parents.domain = earlier.domain
            and with_parents.category = earlier.category

    group by all

    -- only when the comparison period lies in the old division
    having count(earlier.area_code) > 0

),

-- per comparison: the same code in the same division first, then the crosswalk, then the
-- same code in another division (only when the buurt's boundaries did not change)
joined as (

    select
        with_earlier.*,

        ----------  earlier figures
        {%- for name, months in comparisons.items() %}
        {%- set back = "case when with_earlier.period_type = 'month' then m" ~ months ~ "_{0} else m12_{0} end" %}
        {%- set same_division = back.format('boundary_year') ~ " = with_earlier.boundary_year" %}
        {%- set same_code = "(" ~ back.format('rate_state') ~ " is not null and (" ~ same_division ~ " or not with_earlier.boundary_changed))" %}
        case
            when {{ same_division }} then {{ back.format('rate_per_1000') }}
            when {{ name }}_t.rate_state is not null then {{ name }}_t.rate_per_1000
            when {{ same_code }} then {{ back.format('rate_per_1000') }}
        end as rate_{{ name }},
        case
            when {{ same_division }} then {{ back.format('rate_state') }}
            when {{ name }}_t.rate_state is not null then {{ name }}_t.rate_state
            when {{ same_code }} then {{ back.format('rate_state') }}
        end as {{ name }}_state,
        case
            when {{ same_division }} then 'same_code'
            when {{ name }}_t.rate_state is not null then 'crosswalk'
            when {{ same_code }} then 'same_code'
            else 'none'
        end as {{ name }}_basis,
        {%- endfor %}

        ----------  reference figures
        gemeente.rate_per_1000 as gemeente_rate_per_1000,
        gemeente.rate_state as gemeente_rate_state,
        wijk.rate_per_1000 as wijk_rate_per_1000,
        wijk.rate_state as wijk_rate_state

    from with_earlier

    {%- for name in comparisons %}

    left join translated as {{ name }}_t
        on
            {{ name }}_t.comparison = '{{ name }}'
            and with_earlier.period_type = {{ name }}_t.period_type
            and with_earlier.period = {{ name }}_t.period
            and with_earlier.area_level = {{ name }}_t.area_level
            and with_earlier.area_code = {{ name }}_t.area_code
            and with_earlier.domain = {{ name }}_t.domain
            and with_earlier.category = {{ name }}_t.category
    {%- endfor %}

    -- the area's gemeente and wijk; a gemeente has no wijk_code, so no level test on
    -- with_earlier is needed (one would force a nested-loop join)
    {%- for parent in ('gemeente', 'wijk') %}

    left join windowed as {{ parent }}
        on
            {{ parent }}.area_level = '{{ parent }}'
            and with_earlier.{{ parent }}_code = {{ parent }}.area_code
            and with_earlier.boundary_year = {{ parent }}.boundary_year
            and with_earlier.period_type = {{ parent }}.period_type
            and with_earlier.period = {{ parent }}.period
            and with_earlier.domain = {{ parent }}.domain
            and with_earlier.category = {{ parent }}.category
    {%- endfor %}

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
        rate,
        rate_unit,
        bbv_rate,
        bbv_rate_unit,
        bbv_rate_state,

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
{%- if is_incremental() %}

where {{ in_changed_periods('compared', by_type=true) }}
{%- endif %}
