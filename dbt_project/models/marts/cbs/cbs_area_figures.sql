-- Every CBS figure per area and year, as the dashboard shows it: "Bron: CBS", the year, the
-- state, the unit and a one-line definition, the gemeente's figure beside it (and for a rate
-- or share the index, gemeente = 100), plus the series key that joins the same area over
-- boundary years and whether this year breaks the series (the area changed).
--
-- Figures are CBS's own (rounded, secret or not yet published as CBS published them), or,
-- where CBS publishes no such figure, derived from CBS's own figures of the same area and
-- year (int_cbs_figures_derived; source 'wijkwijs', "CBS (berekend)"). A trend is the rows of
-- one series_key ordered by year; a row with is_series_break starts a new line (the area
-- before it was another area).

with

figures as (

    select * from {{ ref('int_cbs_figures_derived') }}

),

measures as (

    select * from {{ ref('stg_cbs__measures') }}

),

series as (

    select * from {{ ref('int_cbs_area_series') }}

),

boundaries as (

    select * from {{ ref('int_areas_rolled_up') }}

),

cbs_names as (

    select area_code, year, max(area_name) as area_name
    from {{ ref('stg_cbs__area_names') }}
    group by all

),

final as (

    select

        ----------  grain
        figures.area_level,
        figures.area_code,
        figures.boundary_year,
        figures.year,
        figures.measure,

        ----------  area
        coalesce(boundaries.area_name, cbs_names.area_name, figures.area_code) as area_name,
        case figures.area_level
            when 'gemeente' then figures.area_code
            else 'GM' || substr(figures.area_code, 3, 4)
        end as gemeente_code,

        ----------  measure
        measures.measure_label,
        measures.theme,
        measures.unit,
        measures.definition_nl,
        figures.definition_nl as cbs_definition,

        ----------  figure
        figures.value,
        figures.value_state,

        ----------  the gemeente's figure of the same measure and year; for a rate or share
        ----------  the index (gemeente = 100)
        gemeente.value as gemeente_value,
        coalesce(gemeente.value_state, 'unknown') as gemeente_state,
        case
            when
                measures.unit in ('%', 'per 1 000 inwoners')
                and figures.value_state = 'number'
                and gemeente.value_state = 'number'
                and gemeente.value > 0
                then cast(figures.value * 100.0 / gemeente.value as double)
        end as index_gemeente,
        case
            when measures.unit not in ('%', 'per 1 000 inwoners') then 'unknown'
            when figures.value_state != 'number' then figures.value_state
            when gemeente.value_state is null then 'unknown'
            when gemeente.value_state != 'number' then gemeente.value_state
            when gemeente.value > 0 then 'number'
            else 'unknown'
        end as index_state,

        ----------  provenance
        case when figures.source = 'wijkwijs' then 'CBS (berekend)' else 'CBS' end
            as source_label,
        figures.source,
        figures.table_id,
        figures.source_key,
        figures.fetched_at,

        ----------  series
        series.series_key,
        coalesce(series.is_break, false) as is_series_break,
        series.break_reason,
        series.predecessors

    from figures

    inner join measures
        on figures.measure = measures.measure

    left join series
        on
            figures.area_level = series.area_level
            and figures.area_code = series.area_code
            and figures.boundary_year = series.boundary_year

    left join figures as gemeente
        on
            gemeente.area_level = 'gemeente'
            and gemeente.area_code = case figures.area_level
                when 'gemeente' then figures.area_code
                else 'GM' || substr(figures.area_code, 3, 4)
            end
            and figures.boundary_year = gemeente.boundary_year
            and figures.year = gemeente.year
            and figures.measure = gemeente.measure

    left join boundaries
        on
            figures.area_level = boundaries.area_level
            and figures.area_code = boundaries.area_code
            and figures.boundary_year = boundaries.boundary_year

    left join cbs_names
        on
            figures.area_code = cbs_names.area_code
            and figures.boundary_year = cbs_names.year

    where measures.theme <> 'indeling'

)

select * from final
