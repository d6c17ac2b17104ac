-- One row per published idea: scrubbed text, generalised place and quarter, the age band only
-- where its cell (buurt, theme, quarter) shows that band, and an id without order
-- (int_youth_record_ids), so nothing in the table says when in the quarter an idea was given.

with

released as (

    select * from {{ ref('int_youth_input_released') }}

),

bands as (

    select * from {{ ref('int_youth_bands_disclosed') }}

),

ids as (

    select * from {{ ref('int_youth_record_ids') }}

),

masked as (

    select

        ----------  grain
        ids.published_id as record_id,

        ----------  where (generalised)
        released.boundary_year,
        released.buurt_code,
        released.buurt_name,
        released.wijk_code,
        released.wijk_name,
        released.location_precision,
        released.x_rd,
        released.y_rd,
        released.lon,
        released.lat,

        ----------  when (quarter only)
        released.year,
        released.quarter,
        released.quarter_start,

        ----------  what
        released.theme,
        released.theme_label,
        released.idea,
        case when bands.state = 'number' then released.age_band else 'verborgen' end
            as age_band,
        released.organisation,
        released.activity,
        released.support

    from released

    inner join ids on released.record_id = ids.record_id

    left join bands
        on
            released.boundary_year = bands.boundary_year
            and released.buurt_code = bands.buurt_code
            and released.theme = bands.theme
            and released.year = bands.year
            and released.quarter = bands.quarter
            and released.age_band = bands.age_band

)

select * from masked
