-- For each buurt the five buurten of the same gemeente most alike in context: population
-- structure (shares of 0-17, 18-26, 27-66 and 67+, persons per household, residents per km2)
-- and CBS's context features of the buurt's series (income, low income, social minimum,
-- SES-WOA, education, labour participation, age structure: the measures with is_feature,
-- int_cbs_features_carried_forward). On public data alone (no bevolking.csv) CBS's age
-- shares and residents stand in for the gemeente's own.
--
-- Each feature is z-scored within gemeente and boundary year (population standard deviation;
-- a feature that does not vary scores 0). A feature takes part when at least two thirds of
-- the buurten have it as a number; a buurt without it scores 0 there (the gemeente's mean).
-- Distance = Euclidean distance of the z-scores, rank 1-5, ties by code. Water buurten and
-- buurten below the disclosure rules' minimum population (int_disclosure_rules, 50 by
-- default: the true population when the gemeente's own is there, else CBS's) take no part.
-- Own features come from the published population (rounded to 5), so no distance gives away
-- an exact population. docs/models.md.

{%- set own = {
    'eigen_aandeel_0_17': 'aandeel 0-17 jaar',
    'eigen_aandeel_18_26': 'aandeel 18-26 jaar',
    'eigen_aandeel_27_66': 'aandeel 27-66 jaar',
    'eigen_aandeel_67_plus': 'aandeel 67 jaar en ouder',
    'eigen_personen_per_huishouden': 'personen per huishouden',
} %}
{%- set cbs_age = ['aandeel_0_14', 'aandeel_15_24', 'aandeel_25_44', 'aandeel_45_64', 'aandeel_65_plus'] %}
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

cbs_features as (

    select * from {{ ref('int_cbs_features_carried_forward') }}

    where area_level = 'buurt' and value_state = 'number'

),

cbs_residents as (

    select * from {{ ref('int_cbs_figures_derived') }}

    where
        area_level = 'buurt'
        and measure = 'inwoners'
        and year = boundary_year
        and value_state = 'number'

),

measures as (

    select * from {{ ref('stg_cbs__measures') }}

),

-- boundary years with the gemeente's own population
own_years as (

    select distinct boundary_year from population_true where residents_total is not null

),

-- the buurten that take part, with the residents and area for the density
participants as (

    select
        buurten.boundary_year,
        buurten.gemeente_code,
        buurten.buurt_code,
        buurten.area_m2,
        population.residents_total as own_residents,
        population.households as own_households,
        cbs_residents.value as cbs_residents,
        own_years.boundary_year is not null as has_own

    from buurten

    cross join rules

    left join own_years
        on buurten.boundary_year = own_years.boundary_year

    left join population
        on
            buurten.boundary_year = population.boundary_year
            and buurten.buurt_code = population.area_code

    left join population_true
        on
            buurten.boundary_year = population_true.boundary_year
            and buurten.buurt_code = population_true.area_code

    left join cbs_residents
        on
            buurten.boundary_year = cbs_residents.boundary_year
            and buurten.buurt_code = cbs_residents.area_code

    where
        not buurten.is_water
        and buurten.area_m2 > 0
        and case
            when own_years.boundary_year is not null
                then
                    population_true.residents_total >= rules.min_residents
                    and population.residents_total > 0
                    and population.households > 0
            else cbs_residents.value >= rules.min_residents
        end

),

-- every feature of every participant, long form
features as (

    {%- for feature in own %}
    select
        participants.boundary_year,
        participants.gemeente_code,
        participants.buurt_code,
        '{{ feature }}' as feature,
        {%- if feature == 'eigen_personen_per_huishouden' %}
        participants.own_residents / participants.own_households as value
        {%- else %}
        population.{{ feature | replace('eigen_aandeel', 'residents') }}
        / participants.own_residents as value
        {%- endif %}
    from participants
    inner join population
        on
            participants.boundary_year = population.boundary_year
            and participants.buurt_code = population.area_code
    where participants.has_own

    union all
    {%- endfor %}

    select
        boundary_year,
        gemeente_code,
        buurt_code,
        'dichtheid' as feature,
        coalesce(own_residents, cbs_residents) / (area_m2 / 1e6) as value
    from participants

    union all

    -- CBS's context; its age shares only where the gemeente's own are not there
    select
        participants.boundary_year,
        participants.gemeente_code,
        participants.buurt_code,
        cbs_features.measure as feature,
        cbs_features.value
    from participants
    inner join cbs_features
        on
            participants.boundary_year = cbs_features.boundary_year
            and participants.buurt_code = cbs_features.area_code
    where
        not (
            participants.has_own
            and cbs_features.measure in ({% for m in cbs_age %}'{{ m }}'{{ ", " if not loop.last }}{% endfor %})
        )

),

-- a feature counts for a gemeente when two thirds of its buurten have it
coverage as (

    select
        features.boundary_year,
        features.gemeente_code,
        features.feature,
        count(*) >= 2.0 / 3 * max(n.participants) as is_used

    from features

    inner join (
        select boundary_year, gemeente_code, count(*) as participants
        from participants
        group by all
    ) as n
        on
            features.boundary_year = n.boundary_year
            and features.gemeente_code = n.gemeente_code

    where features.value is not null

    group by all

),

-- z-score per gemeente, boundary year and feature; a feature that does not vary scores 0
z_scored as (

    select
        features.boundary_year,
        features.gemeente_code,
        features.buurt_code,
        features.feature,
        coalesce(
            (features.value - avg(features.value) over feature_window)
            / nullif(stddev_pop(features.value) over feature_window, 0),
            0
        ) as z

    from features

    inner join coverage
        on
            features.boundary_year = coverage.boundary_year
            and features.gemeente_code = coverage.gemeente_code
            and features.feature = coverage.feature

    where coverage.is_used and features.value is not null

    window feature_window as (
        partition by features.boundary_year, features.gemeente_code, features.feature
    )

),

used as (

    select distinct boundary_year, gemeente_code, feature from z_scored

),

pairs as (

    select
        buurt.boundary_year,
        buurt.gemeente_code,
        buurt.buurt_code,
        other.buurt_code as similar_buurt_code

    from participants as buurt

    inner join participants as other
        on
            buurt.boundary_year = other.boundary_year
            and buurt.gemeente_code = other.gemeente_code
            and buurt.buurt_code != other.buurt_code

),

-- a buurt without a feature scores 0 there (the gemeente's mean)
distances as (

    select
        pairs.boundary_year,
        pairs.gemeente_code,
        pairs.buurt_code,
        pairs.similar_buurt_code,
        sqrt(sum(power(coalesce(mine.z, 0) - coalesce(theirs.z, 0), 2))) as distance

    from pairs

    inner join used
        on
            pairs.boundary_year = used.boundary_year
            and pairs.gemeente_code = used.gemeente_code

    left join z_scored as mine
        on
            pairs.boundary_year = mine.boundary_year
            and pairs.buurt_code = mine.buurt_code
            and used.feature = mine.feature

    left join z_scored as theirs
        on
            pairs.boundary_year = theirs.boundary_year
            and pairs.similar_buurt_code = theirs.buurt_code
            and used.feature = theirs.feature

    group by all

),

-- the features each gemeente and boundary year was compared on, in Dutch
feature_labels as (

    select
        used.boundary_year,
        used.gemeente_code,
        string_agg(
            coalesce(
                case used.feature
                    {%- for feature, label in own.items() %}
                    when '{{ feature }}' then '{{ label }}'
                    {%- endfor %}
                    when 'dichtheid' then 'inwoners per km²'
                end,
                lower(measures.measure_label),
                used.feature
            ),
            ', ' order by used.feature
        ) as features

    from used

    left join measures
        on used.feature = measures.measure

    group by all

),

ranked as (

    select
        distances.boundary_year,
        distances.buurt_code,
        cast(
            row_number() over (
                partition by distances.boundary_year, distances.buurt_code
                order by round(distances.distance, 9), distances.similar_buurt_code  -- rounded: float noise must not break ties
            ) as integer
        ) as rank,
        distances.gemeente_code,
        distances.similar_buurt_code,
        cast(round(distances.distance, 4) as double) as distance,
        feature_labels.features

    from distances

    inner join feature_labels
        on
            distances.boundary_year = feature_labels.boundary_year
            and distances.gemeente_code = feature_labels.gemeente_code

)

select * from ranked
where rank <= {{ max_rank }}
