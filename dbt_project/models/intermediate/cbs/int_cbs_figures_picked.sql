-- One CBS figure per area, boundary year, year and measure, from every source: the yearly
-- Kerncijfers wijken en buurten (boundary year = year) and the other StatLine tables whose
-- topics tabellen.toml maps to a measure (SES-WOA: every period in one regio-indeling).
--
-- When several sources hold the figure, a number beats a state (a file downloaded after CBS
-- published the theme beats an earlier fetch that still said "not yet published"), then OData
-- before a StatLine export before the PDOK file, then the newest fetch. Values are CBS's own:
-- nothing is recomputed, a secret figure stays secret.

with

kwb as (

    select * from {{ ref('stg_cbs__kwb_figures') }}

),

other_tables as (

    select * from {{ ref('stg_cbs__wijk_figures') }}

),

unioned as (

    select
        area_level, area_code, year as boundary_year, year, measure,
        value, value_state, source, table_id, source_key, definition_nl, fetched_at
    from kwb
    union all
    select
        area_level, area_code, boundary_year, year, measure,
        value, value_state, source, table_id, source_key, definition_nl, fetched_at
    from other_tables
    where measure is not null and year is not null

),

ranked as (

    select
        *,
        row_number() over (
            partition by area_level, area_code, boundary_year, year, measure
            order by
                value_state = 'number' desc,
                case source
                    when 'cbs_odata' then 1
                    when 'cbs_odata4' then 1
                    when 'statline_csv' then 2
                    else 3
                end,
                fetched_at desc,
                table_id desc
        ) as pick
    from unioned
    where area_level in ('gemeente', 'wijk', 'buurt')

),

final as (

    select * exclude (pick) from ranked where pick = 1

)

select * from final
