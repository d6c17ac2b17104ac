-- The integrated profile on public figures alone: per area and year the three domains as CBS
-- defines them (Wmo clients per 1,000 residents; youth with youth care as % of the residents
-- up to 22; persons with bijstand as % of the residents of 15 and older), each with its index
-- against the gemeente, the same pressure signal as the gemeente's own profile
-- (macros/pressure.sql: index 120 or more is high), and CBS's stapeling per wijk (% of the
-- households with any provision; a buurt shows its wijk's). For a gemeente without its own
-- exports this is what the Integrale blik ranks. docs/models.md.

{%- set domains = [('wmo', 'Wmo'), ('jeugd', 'Jeugdwet'), ('participatiewet', 'Participatiewet')] %}
{%- set measures = {'wmo': 'wmo_clienten_per_1000', 'jeugd': 'aandeel_jongeren_jeugdzorg', 'participatiewet': 'aandeel_bijstand_15_plus'} %}
{%- set high_index = 120 %}

with

figures as (

    select * from {{ ref('cbs_area_figures') }}

),

areas as (

    select * from {{ ref('int_areas_rolled_up') }}

),

spine as (

    select distinct
        area_level,
        area_code,
        boundary_year,
        year,
        area_name,
        gemeente_code

    from figures

    where
        area_level in ('buurt', 'wijk', 'gemeente')
        and measure in ({% for m in measures.values() %}'{{ m }}'{{ ", " if not loop.last }}{% endfor %})

),

pivoted as (

    select
        area_level,
        area_code,
        boundary_year,
        year,
        {%- for domain, measure in measures.items() %}
        max(value) filter (where measure = '{{ measure }}') as {{ domain }}_value,
        max(value_state) filter (where measure = '{{ measure }}') as {{ domain }}_state,
        max(gemeente_value) filter (where measure = '{{ measure }}') as {{ domain }}_gemeente_value,
        max(index_gemeente) filter (where measure = '{{ measure }}') as {{ domain }}_index,
        max(index_state) filter (where measure = '{{ measure }}') as {{ domain }}_index_state,
        {%- endfor %}
        max(value) filter (where measure = 'stapeling_aandeel_twee_of_meer') as own_stapeling,
        max(value_state) filter (where measure = 'stapeling_aandeel_twee_of_meer')
            as own_stapeling_state

    from figures

    group by area_level, area_code, boundary_year, year

),

-- the wijk of a buurt: the boundary file's, else the code's positions (BU gggg ww bb)
with_wijk as (

    select
        spine.*,
        case spine.area_level
            when 'buurt' then coalesce(areas.wijk_code, 'WK' || substr(spine.area_code, 3, 6))
            when 'wijk' then spine.area_code
        end as wijk_code

    from spine

    left join areas
        on
            spine.area_level = areas.area_level
            and spine.area_code = areas.area_code
            and spine.boundary_year = areas.boundary_year

),

joined as (

    select
        with_wijk.*,
        {%- for domain, _ in domains %}
        pivoted.{{ domain }}_value,
        coalesce(pivoted.{{ domain }}_state, 'unknown') as {{ domain }}_state,
        pivoted.{{ domain }}_gemeente_value,
        pivoted.{{ domain }}_index,
        coalesce(pivoted.{{ domain }}_index_state, 'unknown') as {{ domain }}_index_state,
        {%- endfor %}
        -- stapeling: the area's own, else (a buurt) its wijk's
        case
            when pivoted.own_stapeling_state is not null then with_wijk.area_level
            when wijk.own_stapeling_state is not null then 'wijk'
        end as stapeling_level,
        coalesce(pivoted.own_stapeling, wijk.own_stapeling) as stapeling_two_or_more_pct,
        coalesce(pivoted.own_stapeling_state, wijk.own_stapeling_state, 'unknown')
            as stapeling_two_or_more_state

    from with_wijk

    inner join pivoted
        on
            with_wijk.area_level = pivoted.area_level
            and with_wijk.area_code = pivoted.area_code
            and with_wijk.boundary_year = pivoted.boundary_year
            and with_wijk.year = pivoted.year

    left join pivoted as wijk
        on
            wijk.area_level = 'wijk'
            and with_wijk.area_level = 'buurt'
            and with_wijk.wijk_code = wijk.area_code
            and with_wijk.boundary_year = wijk.boundary_year
            and with_wijk.year = wijk.year

),

flagged as (

    select
        *,
        {{ pressure_flags(domains, high_index) }}

    from joined

),

profiled as (

    select
        *,
        {{ pressure_columns(domains) }}

    from flagged

),

final as (

    select

        ----------  grain
        area_level,
        area_code,
        boundary_year,
        year,

        ----------  area
        area_name,
        wijk_code,
        gemeente_code,

        ----------  domains as CBS defines them
        {%- for domain, _ in domains %}
        '{{ measures[domain] }}' as {{ domain }}_measure,
        {{ domain }}_value,
        {{ domain }}_state,
        {{ domain }}_gemeente_value,
        {{ domain }}_index,
        {{ domain }}_index_state,
        {{ domain }}_is_high,
        {%- endfor %}

        ----------  stapeling (CBS per wijk)
        stapeling_level,
        stapeling_two_or_more_pct,
        stapeling_two_or_more_state,

        ----------  pressure
        domains_assessed,
        pressure_score,
        pressure_state,
        pressure_domains,
        case when pressure_state = 'number' then pressure_score >= 2 end
            as is_multi_domain_pressure,

        ----------  provenance
        'CBS' as source_label

    from profiled

)

select * from final
