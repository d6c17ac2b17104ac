-- The integrated area profile: one row per area and month with the three domains side by
-- side (the headline category of each domain: rate, index, high or not), the stapeling of
-- the month's year and the multi-domain pressure signal. Rules: docs/models.md.

{#- (domain, Dutch label) in the categories seed's order: macros/domains.sql #}
{%- set domains = domains() %}
{%- set combinations = ['wmo_jeugd', 'wmo_participatiewet', 'jeugd_participatiewet', 'wmo_jeugd_participatiewet'] %}
{%- set high_index = 120 %}

with

-- an incremental build recomputes the months of scope 'compared': area_clients_monthly
-- replaced them, and a stapeling year that changed noted its twelve months (wijkwijs.ingest);
-- the plan is read by name (macros/incremental.sql), so this ref orders the build after it
-- depends_on: {{ ref('int_periods_changed') }}
clients as (

    select * from {{ ref('area_clients_monthly') }}
    {%- if is_incremental() %}

    where period in {{ changed_periods('compared', 'month') }}
    {%- endif %}

),

categories as (

    select * from {{ ref('categories') }}

),

stapeling as (

    select * from {{ ref('area_stapeling_yearly') }}

),

-- every area and month that has any figure
spine as (

    select distinct
        area_level,
        area_code,
        period,
        boundary_year,
        wijk_code,
        gemeente_code

    from clients

),

headline as (

    select clients.*

    from clients

    inner join categories
        on
            clients.domain = categories.domain
            and clients.category = categories.category

    where categories.is_headline

),

domains_pivoted as (

    select
        area_level,
        area_code,
        period,
        {%- for domain, _ in domains %}
        max(category) filter (where domain = '{{ domain }}') as {{ domain }}_category,
        max(rate_per_1000) filter (where domain = '{{ domain }}') as {{ domain }}_rate_per_1000,
        max(rate_state) filter (where domain = '{{ domain }}') as {{ domain }}_rate_state,
        max(index_gemeente) filter (where domain = '{{ domain }}') as {{ domain }}_index,
        max(index_state) filter (where domain = '{{ domain }}') as {{ domain }}_index_state
        {%- if not loop.last %},{% endif %}
        {%- endfor %}

    from headline

    group by area_level, area_code, period

),

-- households in exactly these domains, as % of the households with any provision (GMSD);
-- "two or more" is the sum of the four combinations (they exclude each other), a number only
-- when all four are numbers
stapeling_pivoted as (

    select
        area_level,
        area_code,
        year,
        boundary_year,
        {%- for combination in combinations %}
        max(share_pct) filter (where combination = '{{ combination }}')
            as stapeling_{{ combination }}_pct,
        max(share_state) filter (where combination = '{{ combination }}')
            as stapeling_{{ combination }}_state,
        {%- endfor %}
        count(distinct combination) filter (where share_state = 'number') as n_numbers,
        {{ rollup_state('share_state') }} as combined_state,
        sum(households) filter (where share_state = 'number') as households_two_or_more,
        max(households_with_provision) as households_with_provision

    from stapeling

    where domain_count >= 2

    group by area_level, area_code, year, boundary_year

),

headline_categories as (

    select
        {%- for domain, _ in domains %}
        max(category) filter (where domain = '{{ domain }}') as {{ domain }}_headline
        {%- if not loop.last %},{% endif %}
        {%- endfor %}

    from categories

    where is_headline

),

latest_stapeling as (

    select max(year) as latest_year from stapeling

),

joined as (

    select
        spine.*,
        domains_pivoted.* exclude (area_level, area_code, period),
        cast(extract(year from spine.period) as integer) as stapeling_year,
        stapeling_pivoted.* exclude (area_level, area_code, year, boundary_year),
        headline_categories.*,
        -- a year without any stapeling row: not yet published when it is later than the
        -- latest year present, else unknown
        case
            when stapeling_pivoted.area_code is not null then null
            when extract(year from spine.period) > latest_stapeling.latest_year
                then 'not_published'
            else 'unknown'
        end as missing_stapeling_state

    from spine

    left join domains_pivoted
        on
            spine.area_level = domains_pivoted.area_level
            and spine.area_code = domains_pivoted.area_code
            and spine.period = domains_pivoted.period

    left join stapeling_pivoted
        on
            spine.area_level = stapeling_pivoted.area_level
            and spine.area_code = stapeling_pivoted.area_code
            and spine.boundary_year = stapeling_pivoted.boundary_year
            and extract(year from spine.period) = stapeling_pivoted.year

    cross join latest_stapeling

    cross join headline_categories

),

flagged as (

    select
        *,
        {{ pressure_flags(domains, high_index) }}

    from joined

),

profiled as (

    select

        ----------  grain
        area_level,
        area_code,
        period,
        boundary_year,

        ----------  parents
        wijk_code,
        gemeente_code,

        ----------  domains: headline category
        {%- for domain, _ in domains %}
        coalesce({{ domain }}_category, {{ domain }}_headline) as {{ domain }}_category,
        {{ domain }}_rate_per_1000,
        coalesce({{ domain }}_rate_state, 'unknown') as {{ domain }}_rate_state,
        {{ domain }}_index,
        coalesce({{ domain }}_index_state, 'unknown') as {{ domain }}_index_state,
        {{ domain }}_is_high,
        {%- endfor %}

        ----------  stapeling of the period's year, % of the households with any provision
        stapeling_year,
        {%- for combination in combinations %}
        stapeling_{{ combination }}_pct,
        coalesce(
            stapeling_{{ combination }}_state, missing_stapeling_state, 'unknown'
        ) as stapeling_{{ combination }}_state,
        {%- endfor %}
        case
            when n_numbers = {{ combinations | length }} and households_with_provision > 0
                then cast(households_two_or_more * 100.0 / households_with_provision as double)
        end as stapeling_two_or_more_pct,
        case
            when missing_stapeling_state is not null then missing_stapeling_state
            when n_numbers = {{ combinations | length }} and households_with_provision > 0
                then 'number'
            when combined_state != 'number' then combined_state
            else 'unknown'
        end as stapeling_two_or_more_state,

        ----------  pressure: domains with an index of {{ high_index }} or more
        domains_assessed,
        {{ pressure_columns(domains) }}

    from flagged

),

final as (

    select
        *,
        case when pressure_state = 'number' then pressure_score >= 2 end
            as is_multi_domain_pressure

    from profiled

)

select * from final
