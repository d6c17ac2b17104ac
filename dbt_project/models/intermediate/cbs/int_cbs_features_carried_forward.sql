-- Context features per buurt and wijk of each boundary year, for comparing areas (similar
-- buurten): income, low income, social minimum, SES-WOA, education, labour participation and
-- age structure (the measures with is_feature in wijkwijs/cbs/measures.py; care figures are
-- pressure, not context, and are no feature).
--
-- CBS publishes income and care figures a year or two after the population figures, so the
-- newest KWB edition often has them as "not yet published". Each area then takes the newest
-- number of its own series (the same area under earlier boundary years, see
-- int_cbs_area_series): `figure_year` says from which year, `is_carried` that it is older
-- than the boundary year. An area whose series has no number keeps the state of its newest
-- figure. Across a series break nothing is carried: another area is another area.

with

figures as (

    select * from {{ ref('int_cbs_figures_derived') }}

),

measures as (

    select * from {{ ref('stg_cbs__measures') }}

),

series as (

    select * from {{ ref('stg_cbs__area_series') }}

),

features as (

    select
        series.area_level,
        series.area_code,
        series.boundary_year,
        series.series_key,
        figures.measure,
        figures.value,
        figures.value_state,
        figures.year as figure_year,
        figures.boundary_year as figure_boundary_year,
        figures.area_code as figure_area_code,
        figures.source

    from series

    inner join series as same_series
        on
            series.area_level = same_series.area_level
            and series.series_key = same_series.series_key
            and same_series.boundary_year <= series.boundary_year

    inner join figures
        on
            same_series.area_level = figures.area_level
            and same_series.area_code = figures.area_code
            and same_series.boundary_year = figures.boundary_year
            and figures.year <= series.boundary_year

    inner join measures
        on figures.measure = measures.measure

    where series.area_level in ('wijk', 'buurt') and measures.is_feature

),

ranked as (

    select
        *,
        row_number() over (
            partition by area_level, area_code, boundary_year, measure
            order by value_state = 'number' desc, figure_year desc, figure_boundary_year desc
        ) as pick
    from features

),

final as (

    select
        area_level,
        area_code,
        boundary_year,
        series_key,
        measure,
        value,
        value_state,
        figure_year,
        figure_boundary_year,
        figure_area_code,
        source,
        figure_year < boundary_year or figure_boundary_year < boundary_year as is_carried
    from ranked
    where pick = 1

)

select * from final
