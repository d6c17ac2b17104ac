-- Per area and boundary year: the series it belongs to, the area it continues, and when the
-- series breaks, why and which areas of the previous division it came from.

with

series as (

    select * from {{ ref('int_cbs_area_series') }}

),

final as (

    select
        area_level,
        area_code,
        boundary_year,
        series_key,
        predecessor_code,
        predecessor_year,
        link_basis,
        is_break,
        break_reason,
        case break_reason
            when 'boundary_changed' then 'De grens van dit gebied is veranderd ten opzichte van '
                || predecessor_year || '; eerdere cijfers horen bij een ander gebied.'
            when 'new_area' then 'Dit gebied bestond in de vorige indeling nog niet.'
            when 'code_changed_unlinked' then 'De code van dit gebied is veranderd; de vorige '
                || 'code is zonder grenzenbestand van het vorige jaar niet te bepalen.'
        end as break_text_nl,
        predecessors,
        change_flag
    from series

)

select * from final
