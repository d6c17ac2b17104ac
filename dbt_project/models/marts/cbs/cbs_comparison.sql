-- Per area, year and measure: the CBS figure next to the municipality's own figure
-- ("eigen registratie" next to "CBS" in the profile), like with like or marked as not.
--
-- Like with like: population and households (CBS: 1 January, randomly rounded to 5; own:
-- bevolking.csv as published); bijstand, the stand on 31 December as CBS counts it, as a
-- count and as % of the residents of 15 and older (own: algemene_bijstand's December count,
-- marts.area_clients_yearly). Not like with like: Wmo and youth care, where CBS counts unique
-- persons in the year and the own export counts clients per category per month (one person
-- can be in several), so the own side gives bounds: the largest category (at least this many
-- persons) and the sum over categories (at most this many), as counts and as rates in CBS's
-- unit (per 1,000 residents; % of the residents up to 22). Own client figures are the yearly
-- figures after disclosure control. CBS figures come from marts.cbs_area_figures (published,
-- else derived from CBS's own figures).

with

figures as (

    select * from {{ ref('cbs_area_figures') }}

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
            'Cliënten met algemene bijstand in december (eigen registratie), zoals het CBS de '
            || 'stand op 31 december telt.'),
        ('aandeel_bijstand_15_plus', 'Personen met bijstand (% van 15 jaar en ouder)', true,
            'Cliënten met algemene bijstand in december als percentage van de eigen inwoners '
            || 'van 15 jaar en ouder.'),
        ('wmo_clienten', 'Wmo-cliënten', false,
            'Eigen registratie telt cliënten per voorziening per maand, CBS telt personen in '
            || 'het jaar: alleen een onder- en bovengrens (gemiddeld per maand).'),
        ('wmo_clienten_per_1000', 'Wmo-cliënten per 1.000 inwoners', false,
            'Eigen registratie telt cliënten per voorziening per maand, CBS telt personen in '
            || 'het jaar: alleen een onder- en bovengrens per 1.000 inwoners.'),
        ('jongeren_jeugdzorg', 'Jongeren met jeugdzorg in natura', false,
            'Eigen registratie telt cliënten per vorm van jeugdhulp per maand, CBS telt '
            || 'jongeren in het jaar: alleen een onder- en bovengrens (gemiddeld per maand).'),
        ('aandeel_jongeren_jeugdzorg', 'Jongeren met jeugdzorg (% tot 23 jaar)', false,
            'Eigen registratie telt cliënten per vorm van jeugdhulp per maand, CBS telt '
            || 'jongeren in het jaar: alleen een onder- en bovengrens als % van de inwoners '
            || 'tot 23 jaar.')
    ) as m (measure, measure_label, is_comparable, local_basis)

),

cbs as (

    select figures.*
    from figures
    inner join measures on figures.measure = measures.measure
    where figures.boundary_year = figures.year

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

-- Wmo and youth care: bounds from the categories (count, and the rate in CBS's unit)
local_clients as (

    select
        yearly.year,
        yearly.area_level,
        yearly.area_code,
        bounds.measure,
        case
            when bool_and(yearly.clients_state = 'number')
                then case when bounds.is_rate then max(yearly.clients) * bounds.scale
                    / max(group_residents.residents) else max(yearly.clients) end
        end as local_lower,
        case
            when bool_and(yearly.clients_state = 'number')
                then case when bounds.is_rate then sum(yearly.clients) * bounds.scale
                    / max(group_residents.residents) else sum(yearly.clients) end
        end as local_upper,
        case
            when not bool_and(yearly.clients_state = 'number')
                then {{ rollup_state('yearly.clients_state') }}
            when bounds.is_rate and not coalesce(max(group_residents.residents) > 0, false)
                then 'unknown'
            else 'number'
        end as local_state

    from yearly

    inner join (
        values
        ('wmo', 'wmo_clienten', false, 1, 'total'),
        ('wmo', 'wmo_clienten_per_1000', true, 1000, 'total'),
        ('jeugd', 'jongeren_jeugdzorg', false, 1, '0_22'),
        ('jeugd', 'aandeel_jongeren_jeugdzorg', true, 100, '0_22')
    ) as bounds (domain, measure, is_rate, scale, population_group)
        on yearly.domain = bounds.domain

    -- the residents of CBS's denominator, as published
    left join {{ ref('int_population_by_group_published') }} as group_residents
        on
            yearly.year = group_residents.year
            and yearly.boundary_year = group_residents.boundary_year
            and yearly.area_level = group_residents.area_level
            and yearly.area_code = group_residents.area_code
            and bounds.population_group = group_residents.population_group

    where yearly.boundary_year = yearly.year

    group by yearly.year, yearly.area_level, yearly.area_code, bounds.measure, bounds.is_rate,
        bounds.scale

),

-- bijstand: the December stand as a count and as % of 15+ (the category's own rate)
local_bijstand as (

    select
        year, area_level, area_code, 'personen_bijstand' as measure,
        case when clients_state = 'number' then clients end as local_value,
        clients_state as local_state
    from yearly
    where domain = 'participatiewet' and category = 'algemene_bijstand' and boundary_year = year

    union all

    select
        year, area_level, area_code, 'aandeel_bijstand_15_plus' as measure,
        rate as local_value,
        rate_state as local_state
    from yearly
    where domain = 'participatiewet' and category = 'algemene_bijstand' and boundary_year = year

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
        cbs.cbs_definition,
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
