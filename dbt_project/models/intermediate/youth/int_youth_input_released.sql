-- The youth input that may be published (released automatically or by a reviewer's decision), with buurt and wijk names: the
-- records before disclosure control. The marts mask the age band by cell and replace the id.

with

youth_input as (

    select * from {{ ref('int_youth_input_reviewed') }}

),

buurten as (

    select * from {{ ref('stg_raw__buurten') }}

),

wijken as (

    select * from {{ ref('stg_raw__wijken') }}

),

published as (

    select * from youth_input
    where is_published

),

joined as (

    select

        ----------  grain
        published.record_id,

        ----------  where (generalised)
        published.boundary_year,
        published.buurt_code,
        buurten.buurt_name,
        buurten.wijk_code,
        wijken.wijk_name,
        published.location_precision,
        published.x_rd,
        published.y_rd,
        published.lon,
        published.lat,

        ----------  when (quarter only)
        published.year,
        published.quarter,
        published.quarter_start,

        ----------  what
        published.theme,
        published.theme_label,
        published.idea,
        published.age_band,
        published.organisation,
        published.activity,
        published.support

    from published

    left join buurten
        on
            published.boundary_year = buurten.boundary_year
            and published.buurt_code = buurten.buurt_code

    left join wijken
        on
            buurten.boundary_year = wijken.boundary_year
            and buurten.wijk_code = wijken.wijk_code

)

select * from joined
