-- Households with provisions in several domains per area, year and combination, rolled up
-- from buurten with the same state rules as the client counts (macros/rollup.sql).

with

stapeling as (

    select * from {{ ref('stg_raw__stapeling') }}

),

buurten_mapped as (

    select * from {{ ref('int_buurten_mapped_to_areas') }}

),

joined as (

    select
        buurten_mapped.area_level,
        buurten_mapped.area_code,
        stapeling.boundary_year,
        stapeling.year,
        stapeling.combination,
        stapeling.households,
        stapeling.households_state

    from stapeling

    inner join buurten_mapped
        on
            stapeling.boundary_year = buurten_mapped.boundary_year
            and stapeling.buurt_code = buurten_mapped.buurt_code

),

rolled_up as (

    select

        ----------  grain
        area_level,
        area_code,
        year,
        combination,
        boundary_year,

        ----------  measures
        {{ rollup_value('households', 'households_state') }} as households,
        {{ rollup_state('households_state') }} as households_state

    from joined

    group by area_level, area_code, year, combination, boundary_year

)

select * from rolled_up
