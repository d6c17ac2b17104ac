-- Unique clients per area, month and domain: every client counted once, however many
-- provisions of the domain they have (the export's reserved category `totaal`, disclosed like
-- every count in int_case_counts_disclosed; kept out of area_clients_monthly). Where the
-- domain has figures that month but the export carries no total, the state is `not_delivered`: never 0, never the categories' sum
-- (a client with two provisions counts in two categories). docs/models.md.

with

clients as (

    select * from {{ ref('int_area_rates_compared') }}

    where period_type = 'month'
    {%- if is_incremental() %}
        and period in {{ changed_periods('compared', 'month') }}
    {%- endif %}

),

categories as (

    select * from {{ ref('categories') }}

),

-- every area, month and domain with any category of the export
domain_months as (

    select distinct
        area_level,
        area_code,
        period,
        domain,
        boundary_year,
        wijk_code,
        gemeente_code

    from clients

    where not exists (
        select 1 from categories
        where categories.is_unique_total
            and categories.domain = clients.domain and categories.category = clients.category
    )

),

totals as (

    select clients.*

    from clients

    inner join categories
        on
            clients.domain = categories.domain
            and clients.category = categories.category

    where categories.is_unique_total

),

total_categories as (

    select * from categories where is_unique_total

),

final as (

    select

        ----------  grain
        domain_months.area_level,
        domain_months.area_code,
        domain_months.period,
        domain_months.domain,
        domain_months.boundary_year,

        ----------  parents
        domain_months.wijk_code,
        domain_months.gemeente_code,

        ----------  unique clients
        total_categories.domain_label,
        cast(totals.clients as integer) as clients,
        coalesce(totals.clients_state, 'not_delivered') as clients_state,

        ----------  rate in the standard unit of the domain (seed categories, code totaal)
        total_categories.population_group,
        total_categories.population_group_label,
        totals.residents,
        totals.rate,
        coalesce(totals.rate_state, 'not_delivered') as rate_state,
        total_categories.rate_unit,

        ----------  municipal comparison
        totals.index_gemeente,
        coalesce(totals.index_state, 'not_delivered') as index_state

    from domain_months

    inner join total_categories
        on domain_months.domain = total_categories.domain

    left join totals
        on
            domain_months.area_level = totals.area_level
            and domain_months.area_code = totals.area_code
            and domain_months.period = totals.period
            and domain_months.domain = totals.domain

)

select * from final
