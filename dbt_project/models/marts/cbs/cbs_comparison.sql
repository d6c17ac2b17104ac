-- Per area, year and measure: the CBS figure next to the municipality's own figure.
--
-- Like with like only. Population and households: CBS (1 January, randomly rounded to 5)
-- against bevolking.csv. Bijstand: persons with a general assistance benefit against the
-- category algemene_bijstand. Wmo and youth care: CBS counts unique persons, the local export
-- counts clients per category (one person can be in several), so no local figure is the same
-- thing; the local side gives bounds instead: the largest category (at least this many
-- persons) and the sum over categories (at most this many, per month). Local client figures
-- are the average monthly clients of the year (marts.area_clients_yearly), after disclosure
-- control. When several sources hold a CBS figure, OData wins over a StatLine export over the
-- PDOK file.

with

figures as (

    select * from {{ ref('stg_cbs__kwb_figures') }}

),

areas as (

    select * from {{ ref('areas') }}

),

yearly as (

    select * from {{ ref('area_clients_yearly') }}

),

measures as (

    select * from (
        values
        ('inwoners', 'Aantal inwoners', true,
            'Eigen inwonertal op 1 januari (bevolking.csv).'),
        ('huishoudens', 'Aantal huishoudens', true,
            'Eigen aantal huishoudens op 1 januari (bevolking.csv).'),
        ('personen_bijstand', 'Personen met een algemene bijstandsuitkering', true,
            'Gemiddeld aantal cliënten per maand met algemene bijstand (eigen registratie).'),
        ('wmo_clienten', 'Wmo-cliënten', false,
            'Eigen registratie telt cliënten per voorziening, CBS telt personen: '
            || 'alleen een onder- en bovengrens (gemiddeld per maand).'),
        ('jongeren_jeugdzorg', 'Jongeren met jeugdzorg in natura', false,
            'Eigen registratie telt cliënten per vorm van jeugdhulp, CBS telt jongeren: '
            || 'alleen een onder- en bovengrens (gemiddeld per maand).')
    ) as m (measure, measure_label, is_comparable, local_basis)

),

cbs_ranked as (

    select
        figures.*,
        row_number() over (
            partition by year, area_level, area_code, measure
            order by
                case source
                    when 'cbs_odata' then 1 when 'cbs_odata4' then 1 when 'statline_csv' then 2
                    else 3
                end,
                fetched_at desc
        ) as pick
    from figures
    where measure in (select measure from measures)

),

cbs as (

    select * from cbs_ranked where pick = 1

),

local_population as (

    select
        boundary_year as year, area_level, area_code, 'inwoners' as measure,
        cast(residents_total as double) as local_value
    from areas
    union all
    select
        boundary_year as year, area_level, area_code, 'huishoudens' as measure,
        cast(households as double) as local_value
    from areas

),

local_clients as (

    select
        year,
        area_level,
        area_code,
        case domain when 'wmo' then 'wmo_clienten' else 'jongeren_jeugdzorg' end as measure,
        case when bool_and(clients_state = 'number') then max(clients) end as local_lower,
        case when bool_and(clients_state = 'number') then sum(clients) end as local_upper,
        {{ rollup_state('clients_state') }} as local_state
    from yearly
    where domain in ('wmo', 'jeugd') and boundary_year = year
    group by all

),

local_bijstand as (

    select
        year, area_level, area_code, 'personen_bijstand' as measure,
        case when clients_state = 'number' then clients end as local_value,
        clients_state as local_state
    from yearly
    where domain = 'participatiewet' and category = 'algemene_bijstand'
        and boundary_year = year

),

local_figures as (

    select
        year, area_level, area_code, measure, local_value,
        cast(null as double) as local_lower, cast(null as double) as local_upper,
        case when local_value is null then 'unknown' else 'number' end as local_state
    from local_population
    union all
    select
        year, area_level, area_code, measure, local_value,
        null, null, local_state
    from local_bijstand
    union all
    select
        year, area_level, area_code, measure, null,
        local_lower, local_upper, local_state
    from local_clients

),

compared as (

    select

        ----------  grain
        cbs.area_level,
        cbs.area_code,
        cbs.year,
        cbs.measure,
        measures.measure_label,

        ----------  CBS
        cbs.value as cbs_value,
        cbs.value_state as cbs_state,
        cbs.source as cbs_source,
        cbs.table_id as cbs_table,
        cbs.definition_nl as cbs_definition,
        cbs.fetched_at as cbs_fetched_at,

        ----------  own figure
        measures.is_comparable,
        measures.local_basis,
        local_figures.local_value,
        local_figures.local_lower,
        local_figures.local_upper,
        coalesce(local_figures.local_state, 'unknown') as local_state,

        ----------  difference (comparable measures, both figures numbers)
        case
            when measures.is_comparable and cbs.value_state = 'number'
                and local_figures.local_state = 'number'
                then local_figures.local_value - cbs.value
        end as difference,
        case
            when measures.is_comparable and cbs.value_state = 'number'
                and local_figures.local_state = 'number' and cbs.value > 0
                then round(100.0 * (local_figures.local_value - cbs.value) / cbs.value, 1)
        end as difference_pct

    from cbs
    inner join measures on cbs.measure = measures.measure
    left join local_figures
        on cbs.year = local_figures.year
        and cbs.area_level = local_figures.area_level
        and cbs.area_code = local_figures.area_code
        and cbs.measure = local_figures.measure

),

final as (

    select
        *,
        case
            when not is_comparable then 'not_comparable'
            when difference is not null then 'number'
            when cbs_state <> 'number' then cbs_state
            else local_state
        end as difference_state
    from compared

)

select * from final
