with

source as (

    select * from {{ source('raw', 'case_counts') }}

),

renamed as (

    select

        ----------  ids
        trim(buurt_code) as buurt_code,
        cast(boundary_year as integer) as boundary_year,
        load_id,

        ----------  dimensions
        cast(period as date) as period,
        cast(extract(year from period) as integer) as period_year,
        lower(trim(domain)) as domain,
        lower(trim(category)) as category,

        ----------  measures
        cast(clients as integer) as clients,
        value_state as clients_state

    from source

),

-- A month of a domain that carries unique-client totals (the contract's reserved category
-- `totaal`) has one for every buurt with a category: a buurt the export left without one gets
-- an unknown total, so its wijk and gemeente total is not a number instead of too small.
totals_missing as (

    select
        buurt_code,
        boundary_year,
        any_value(load_id) as load_id,
        period,
        period_year,
        domain,
        'totaal' as category,
        cast(null as integer) as clients,
        'unknown' as clients_state

    from renamed as parts

    where
        parts.category <> 'totaal'
        and exists (
            select 1 from renamed as totals
            where
                totals.category = 'totaal'
                and totals.period = parts.period
                and totals.domain = parts.domain
                and totals.boundary_year = parts.boundary_year
        )
        and not exists (
            select 1 from renamed as totals
            where
                totals.category = 'totaal'
                and totals.period = parts.period
                and totals.domain = parts.domain
                and totals.boundary_year = parts.boundary_year
                and totals.buurt_code = parts.buurt_code
        )

    group by buurt_code, boundary_year, period, period_year, domain

)

select * from renamed

union all

select * from totals_missing
