-- Client counts per area (buurt, wijk, gemeente), month, domain and category.
-- A parent is the sum of its buurten only when every buurt is a number; otherwise NULL with
-- the state not_published > unknown > suppressed (macros/rollup.sql). A buurt without a row
-- for a month and category is absent from the export and adds nothing.

with

-- an incremental build reads the months it recomputes (macros/incremental.sql); the plan is
-- read by name there, so this ref orders the build after it
-- depends_on: {{ ref('int_periods_changed') }}
case_counts as (

    select * from {{ ref('stg_raw__case_counts') }}

    {%- if is_incremental() %}

    -- as constants: DuckDB pushes them down to the raw table's scan, a subquery only after
    -- the staging view's own work on every month (national, one month: 9.3 s)
    where period in {{ changed_periods('changed', 'month', literal=true) }}
    {%- endif %}

),

buurten_mapped as (

    select * from {{ ref('int_buurten_mapped_to_areas') }}

),

joined as (

    select
        buurten_mapped.area_level,
        buurten_mapped.area_code,
        case_counts.boundary_year,
        case_counts.period,
        case_counts.domain,
        case_counts.category,
        case_counts.clients,
        case_counts.clients_state

    from case_counts

    inner join buurten_mapped
        on
            case_counts.boundary_year = buurten_mapped.boundary_year
            and case_counts.buurt_code = buurten_mapped.buurt_code

),

rolled_up as (

    select

        ----------  grain
        area_level,
        area_code,
        period,
        domain,
        category,
        boundary_year,

        ----------  measures
        {{ rollup_value('clients', 'clients_state') }} as clients,
        {{ rollup_state('clients_state') }} as clients_state

    from joined

    group by area_level, area_code, period, domain, category, boundary_year

)

select * from rolled_up
