-- Yearly figures per area, domain and category: the average monthly clients of the months
-- with data in the year (year to date for the current year), its rate per 1,000, the change
-- against the previous year, the municipal figure, the index and the wijk fallback.

with

compared as (

    select rates.* from {{ ref('int_area_rates_compared') }} as rates

    -- the unique-client totals have their own mart (area_client_totals_monthly); an anti join,
    -- not a correlated `not exists`, for the reason given in area_clients_monthly
    anti join (
        select domain, category from {{ ref('categories') }} where is_unique_total
    ) as totals using (domain, category)

    where period_type = 'year'
    {%- if is_incremental() %}
        and period in {{ changed_periods('compared', 'year') }}
    {%- endif %}

),

final as (

    select

        ----------  grain
        area_level,
        area_code,
        cast(extract(year from period) as integer) as year,
        domain,
        category,
        boundary_year,

        ----------  parents
        wijk_code,
        gemeente_code,

        ----------  average monthly clients
        cast(months as integer) as months,
        clients,
        clients_state,

        ----------  rate per 1,000 residents of the population group
        population_group,
        residents,
        rate_per_1000,
        rate_state,

        ----------  the same rate in the standard unit of its definition (seed categories)
        rate,
        rate_unit,

        ----------  the BBV policy indicator's base, where it has one (seed categories)
        bbv_rate,
        bbv_rate_unit,
        bbv_rate_state,

        ----------  change against the previous year
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
