with

records as (

    select * from {{ ref('youth_input_records') }}

),

counted as (

    select

        ----------  grain
        boundary_year,
        buurt_code,
        theme,
        year,
        quarter,

        ----------  labels
        any_value(theme_label) as theme_label,
        any_value(quarter_start) as quarter_start,

        ----------  measures
        cast(count(*) as integer) as records,
        cast(coalesce(sum(support), 0) as integer) as support_total,
        cast(count(*) filter (where age_band = '10-13') as integer) as records_10_13,
        cast(count(*) filter (where age_band = '14-17') as integer) as records_14_17,
        cast(count(*) filter (where age_band = '18-23') as integer) as records_18_23

    from records

    group by boundary_year, buurt_code, theme, year, quarter

)

select * from counted
