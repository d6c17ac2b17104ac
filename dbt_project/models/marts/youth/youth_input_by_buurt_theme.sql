-- Ideas per boundary year, buurt, theme and quarter, with the support summed and the ideas per
-- age band after disclosure control (int_youth_bands_disclosed): a hidden band is NULL with
-- its state, never a small number.

{%- set bands = ['10-13', '14-17', '18-23'] %}

with

released as (

    select * from {{ ref('int_youth_input_released') }}

),

bands as (

    select * from {{ ref('int_youth_bands_disclosed') }}

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
        cast(coalesce(sum(support), 0) as integer) as support_total

    from released

    group by boundary_year, buurt_code, theme, year, quarter

),

bands_pivoted as (

    select
        boundary_year,
        buurt_code,
        theme,
        year,
        quarter,
        {%- for band in bands %}
        {%- set column = 'records_' ~ band | replace('-', '_') %}
        max(ideas) filter (where age_band = '{{ band }}') as {{ column }},
        max(state) filter (where age_band = '{{ band }}') as {{ column }}_state
        {%- if not loop.last %},{% endif %}
        {%- endfor %}

    from bands

    group by boundary_year, buurt_code, theme, year, quarter

),

joined as (

    select
        counted.*,
        {%- for band in bands %}
        {%- set column = 'records_' ~ band | replace('-', '_') %}
        cast(bands_pivoted.{{ column }} as integer) as {{ column }},
        coalesce(bands_pivoted.{{ column }}_state, 'unknown') as {{ column }}_state
        {%- if not loop.last %},{% endif %}
        {%- endfor %}

    from counted

    left join bands_pivoted
        on
            counted.boundary_year = bands_pivoted.boundary_year
            and counted.buurt_code = bands_pivoted.buurt_code
            and counted.theme = bands_pivoted.theme
            and counted.year = bands_pivoted.year
            and counted.quarter = bands_pivoted.quarter

)

select * from joined
