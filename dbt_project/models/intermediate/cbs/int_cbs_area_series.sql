-- Series per area and boundary year, with the areas of the previous boundary year it came
-- from (codes with the share of this area they make up) for the text under a break.

with

series as (

    select * from {{ ref('stg_cbs__area_series') }}

),

crosswalk as (

    select * from {{ ref('stg_cbs__area_crosswalk') }}

),

origins as (

    select
        area_level,
        to_code as area_code,
        to_year as boundary_year,
        string_agg(
            from_code || ' (' || cast(round(100 * share_of_to) as integer) || '%)',
            ', ' order by share_of_to desc, from_code
        ) as predecessors
    from crosswalk
    where share_of_to >= 0.01
    group by all

),

final as (

    select
        series.*,
        origins.predecessors
    from series
    left join origins
        on
            series.area_level = origins.area_level
            and series.area_code = origins.area_code
            and series.boundary_year = origins.boundary_year

)

select * from final
