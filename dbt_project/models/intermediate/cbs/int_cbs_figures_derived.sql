-- Every CBS figure per area, boundary year, year and measure: the published ones
-- (int_cbs_figures_picked) and, where CBS does not publish a figure itself, the ones derived
-- from CBS's own figures of the same area and year, so every page can show the standard
-- definitions on public data alone (docs/models.md):
--   bijstand as % of the residents of 15 and older (CBS relates bijstand to 15+),
--   Wmo clients per 1,000 residents (all ages; CBS, GMSD, BBV),
--   stapeling as % of the households with any provision (GMSD), per wijk,
--   low and high education as % of the residents with a known level.
-- A derived figure is a number only when all its inputs are and its denominator is above 0;
-- otherwise it takes the first of not_published > unknown > suppressed among its inputs
-- (macros/rollup.sql), or unknown. CBS's figures are rounded, so a derived figure is close to
-- what CBS would compute, not equal; source 'wijkwijs' marks it.

{%- set multi = ['stapeling_huishoudens_wmo_jeugd', 'stapeling_huishoudens_wmo_participatiewet', 'stapeling_huishoudens_jeugd_participatiewet', 'stapeling_huishoudens_wmo_jeugd_participatiewet'] %}
{%- set education = ['opleiding_laag', 'opleiding_middelbaar', 'opleiding_hoog'] %}
{#- code: (numerator measures, denominator measures added, denominator measures subtracted, scale) -#}
{%- set derived = {
    'aandeel_bijstand_15_plus': (['personen_bijstand'], ['inwoners'], ['inwoners_0_14'], 100),
    'wmo_clienten_per_1000': (['wmo_clienten'], ['inwoners'], [], 1000),
    'stapeling_aandeel_twee_of_meer': (multi, ['stapeling_huishoudens_totaal'], [], 100),
    'aandeel_opleiding_laag': (['opleiding_laag'], education, [], 100),
    'aandeel_opleiding_hoog': (['opleiding_hoog'], education, [], 100),
} %}
{%- set inputs = [] %}
{%- for code, parts in derived.items() %}
{%- for measure in parts[0] + parts[1] + parts[2] %}
{%- if measure not in inputs %}{%- do inputs.append(measure) %}{%- endif %}
{%- endfor %}
{%- endfor %}

with

figures as (

    select * from {{ ref('int_cbs_figures_picked') }}

),

-- the inputs side by side, per area and year
pivoted as (

    select
        area_level,
        area_code,
        boundary_year,
        year,
        {%- for measure in inputs %}
        max(value) filter (where measure = '{{ measure }}') as v_{{ measure }},
        max(value_state) filter (where measure = '{{ measure }}') as s_{{ measure }},
        {%- endfor %}
        max(fetched_at) as fetched_at

    from figures

    where measure in ({% for m in inputs %}'{{ m }}'{{ ", " if not loop.last }}{% endfor %})

    group by area_level, area_code, boundary_year, year

),

{%- for code, parts in derived.items() %}
{%- set numerator, plus, minus, scale = parts %}
{%- set used = numerator + plus + minus %}

derived_{{ loop.index }} as (

    select
        area_level,
        area_code,
        boundary_year,
        year,
        '{{ code }}' as measure,
        case
            when {% for m in used %}s_{{ m }} = 'number'{{ " and " if not loop.last }}{% endfor %}
                and ({% for m in plus %}v_{{ m }}{{ " + " if not loop.last }}{% endfor %}
                    {%- for m in minus %} - v_{{ m }}{% endfor %}) > 0
                then cast(
                    ({% for m in numerator %}v_{{ m }}{{ " + " if not loop.last }}{% endfor %})
                    * {{ scale }}.0
                    / ({% for m in plus %}v_{{ m }}{{ " + " if not loop.last }}{% endfor %}
                        {%- for m in minus %} - v_{{ m }}{% endfor %})
                    as double
                )
        end as value,
        case
            {%- for state in ['not_published', 'unknown', 'suppressed'] %}
            when {% for m in used %}coalesce(s_{{ m }}, 'unknown') = '{{ state }}'{{ " or " if not loop.last }}{% endfor %}
                then '{{ state }}'
            {%- endfor %}
            when ({% for m in plus %}v_{{ m }}{{ " + " if not loop.last }}{% endfor %}
                {%- for m in minus %} - v_{{ m }}{% endfor %}) > 0 then 'number'
            else 'unknown'
        end as value_state,
        fetched_at

    from pivoted

    -- only where the figure it is about exists (in any state)
    where s_{{ numerator[0] }} is not null

),
{%- endfor %}

derived as (

    {%- for code in derived %}
    select * from derived_{{ loop.index }}
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- endfor %}

),

unioned as (

    select
        area_level,
        area_code,
        boundary_year,
        year,
        measure,
        value,
        value_state,
        source,
        table_id,
        source_key,
        definition_nl,
        fetched_at
    from figures

    union all

    -- a figure CBS publishes itself always wins over the derived one
    select
        derived.area_level,
        derived.area_code,
        derived.boundary_year,
        derived.year,
        derived.measure,
        derived.value,
        derived.value_state,
        'wijkwijs' as source,
        'berekend' as table_id,
        derived.measure as source_key,
        null as definition_nl,
        derived.fetched_at

    from derived

    anti join figures
        on
            derived.area_level = figures.area_level
            and derived.area_code = figures.area_code
            and derived.boundary_year = figures.boundary_year
            and derived.year = figures.year
            and derived.measure = figures.measure

)

select * from unioned
