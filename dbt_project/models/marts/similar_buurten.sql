-- For each buurt the five buurten of the same gemeente most alike in population structure:
-- shares of the age bands 0-17, 18-26, 27-66 and 67+, persons per household and residents
-- per km2, each z-scored within the gemeente and boundary year, Euclidean distance, rank 1-5.
-- Features come from the published population (randomly rounded to 5), so no distance can
-- give away an exact population. Water buurten and buurten below the disclosure rules'
-- minimum population (int_disclosure_rules, 50 by default) take no part. docs/models.md.

{%- set features = ['share_0_17', 'share_18_26', 'share_27_66', 'share_67_plus', 'persons_per_household', 'density'] %}
{%- set max_rank = 5 %}

with

rules as (

    select * from {{ ref('int_disclosure_rules') }}

),

-- the population of 1 January of the boundary year, as published in marts.areas
population as (

    select * from {{ ref('int_population_published') }}

    where area_level = 'buurt' and year = boundary_year

),

-- the minimum is checked on the true population, as for every social figure
population_true as (

    select * from {{ ref('int_population_rolled_up') }}

    where area_level = 'buurt' and year = boundary_year

),

buurten as (

    select * from {{ ref('stg_raw__buurten') }}

),

features as (

    select
        buurten.boundary_year,
        buurten.gemeente_code,
        buurten.buurt_code,
        population.residents_0_17 / population.residents_total as share_0_17,
        population.residents_18_26 / population.residents_total as share_18_26,
        population.residents_27_66 / population.residents_total as share_27_66,
        population.residents_67_plus / population.residents_total as share_67_plus,
        population.residents_total / population.households as persons_per_household,
        population.residents_total / (buurten.area_m2 / 1e6) as density

    from buurten

    inner join population
        on
            buurten.boundary_year = population.boundary_year
            and buurten.buurt_code = population.area_code

    inner join population_true
        on
            buurten.boundary_year = population_true.boundary_year
            and buurten.buurt_code = population_true.area_code

    cross join rules

    where
        not buurten.is_water
        and population_true.residents_total >= rules.min_residents
        and population.residents_total > 0
        and population.households > 0
        and buurten.area_m2 > 0

),

-- z-score per gemeente and boundary year; a feature that does not vary scores 0
z_scored as (

    select
        boundary_year,
        gemeente_code,
        buurt_code,
        {%- for feature in features %}
        coalesce(
            ({{ feature }} - avg({{ feature }}) over gemeente)
            / nullif(stddev_pop({{ feature }}) over gemeente, 0),
            0
        ) as z_{{ feature }}
        {%- if not loop.last %},{% endif %}
        {%- endfor %}

    from features

    window gemeente as (partition by boundary_year, gemeente_code)

),

pairs as (

    select
        buurt.boundary_year,
        buurt.gemeente_code,
        buurt.buurt_code,
        other.buurt_code as similar_buurt_code,
        sqrt(
            {%- for feature in features %}
            power(buurt.z_{{ feature }} - other.z_{{ feature }}, 2)
            {%- if not loop.last %} +{% endif %}
            {%- endfor %}
        ) as distance

    from z_scored as buurt

    inner join z_scored as other
        on
            buurt.boundary_year = other.boundary_year
            and buurt.gemeente_code = other.gemeente_code
            and buurt.buurt_code != other.buurt_code

),

ranked as (

    select
        boundary_year,
        buurt_code,
        cast(
            row_number() over (
                partition by boundary_year, buurt_code
                order by round(distance, 9), similar_buurt_code  -- rounded: float noise must not break ties
            ) as integer
        ) as rank,
        gemeente_code,
        similar_buurt_code,
        cast(round(distance, 4) as double) as distance

    from pairs

)

select * from ranked
where rank <= {{ max_rank }}
