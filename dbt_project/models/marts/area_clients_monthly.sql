-- Clients and rate per 1,000 per area, month, domain and category, with the change against
-- the previous month and the same month a year earlier, the municipal figure, the index
-- (100 = municipal average) and the wijk fallback. Derived from the disclosed counts only.

with

compared as (

    select * from {{ ref('int_area_rates_compared') }} as rates

    where period_type = 'month'
        -- the unique-client totals have their own mart (area_client_totals_monthly)
        and not exists (
            select 1 from {{ ref('categories') }} as totals
            where totals.is_unique_total
                and totals.domain = rates.domain and totals.category = rates.category
        )
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
