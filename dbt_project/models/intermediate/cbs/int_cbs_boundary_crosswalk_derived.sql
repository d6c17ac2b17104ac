-- The boundary crosswalk in the shape of the boundary_crosswalk seed (from_year, from_code,
-- to_year, to_code, share), derived from the boundary files instead of typed by hand: for
-- every area that did not simply continue (code changed, boundary moved, new), the areas of
-- the previous boundary year it overlaps and which share of each of them lies in it. Rows
-- of the seed, when a gemeente still keeps one, come on top (they win for their pairs).

with

crosswalk as (

    select * from {{ ref('stg_cbs__area_crosswalk') }}

),

series as (

    select * from {{ ref('stg_cbs__area_series') }}

),

seed as (

    select * from {{ ref('boundary_crosswalk') }}

),

changed as (

    select crosswalk.*
    from crosswalk
    inner join series
        on
            crosswalk.area_level = series.area_level
            and crosswalk.to_code = series.area_code
            and crosswalk.to_year = series.boundary_year
    where series.is_break or crosswalk.from_code <> crosswalk.to_code

),

derived as (

    select
        from_year,
        from_code,
        to_year,
        to_code,
        round(share_of_from, 4) as share,
        'geometry' as basis
    from changed
    where share_of_from >= 0.01

),

final as (

    select from_year, from_code, to_year, to_code, share, 'seed' as basis from seed
    union all
    select derived.*
    from derived
    anti join seed
        on
            derived.from_year = seed.from_year
            and derived.from_code = seed.from_code
            and derived.to_year = seed.to_year
            and derived.to_code = seed.to_code

)

select * from final
