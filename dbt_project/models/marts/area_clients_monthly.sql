-- Clients and rate per 1,000 per area, month, domain and category, with the change against
-- the previous month and the same month a year earlier, the municipal figure, the index
-- (100 = municipal average) and the wijk fallback. Derived from the disclosed counts only.

with

compared as (

    select rates.* from {{ ref('int_area_rates_compared') }} as rates

    -- the unique-client totals have their own mart (area_client_totals_monthly). An anti join,
    -- not a correlated `not exists`: DuckDB ran that over every month before the period filter
    -- (national, one month: 87 s against 2 s)
    anti join (
        select domain, category from {{ ref('categories') }} where is_unique_total
    ) as totals using (domain, category)

    where period_type = 'month'
    {%- if is_incremental() %}
        and period in {{ changed_periods('compared', 'month') }}
    {%- endif %}

),

final as (

    select

        ----------  grain
        area_level,
        area_code,
        period,
        domain,
        category,
        boundary_year,

        ----------  parents
        wijk_code,
        gemeente_code,

        ----------  clients
        cast(clients as integer) as clients,
        clients_state,

        ----------  rate per 1,000 residents of the population group
        population_group,
        residents,
        rate_per_1000,
        rate_state,

        ----------  the same rate in the standard unit of its definition (seed categories)
        rate,
        rate_unit,

        ----------  change against the previous month
        rate_prev_period,
        rate_change_prev_period,
        rate_change_prev_period_pct,
        change_prev_period_state,

        ----------  change against the same month a year earlier
        rate_prev_year,
        rate_change_prev_year,
        rate_change_prev_year_pct,
        change_prev_year_state,

        ----------  series
        series_start,
        via_crosswalk,

        ----------  municipal figure and index
        gemeente_rate_per_1000,
        gemeente_rate_state,
        index_gemeente,
        index_state,

        ----------  fallback to the wijk
        wijk_rate_per_1000,
        wijk_rate_state,
        show_wijk_instead

    from compared

)

select * from final
