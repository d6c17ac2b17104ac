-- The monthly figures a second time, period-first, for the map (dashboards/queries.py BY_PERIOD):
-- the Overzicht reads one month of one category for every area, which in an area-first table
-- touches every row group. Only the columns the map shows; publish stores it sorted on its
-- grain, period first, so DuckDB's zone maps skip all but one month.

with

monthly as (

    select * from {{ ref('area_clients_monthly') }}
    {%- if is_incremental() %}

    where period in {{ changed_periods('compared', 'month') }}
    {%- endif %}

),

final as (

    select

        ----------  grain (the order it is served in)
        area_level,
        period,
        domain,
        category,
        boundary_year,
        area_code,

        ----------  the figures the map can show, with their states
        clients,
        clients_state,
        rate_per_1000,
        rate_state,
        residents,
        index_gemeente,
        index_state,
        rate_change_prev_year,
        change_prev_year_state,
        rate_change_prev_period,
        change_prev_period_state

    from monthly

)

select * from final
