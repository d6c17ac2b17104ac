-- Residents per buurt, year and age band, every band bevolking.csv delivers (long form).
-- A population row without band rows (a warehouse loaded before the bands existed) gives its
-- four required bands, so no population goes missing. `age_to` NULL: open upwards; `to_aow`:
-- from 18 up to the AOW age of the year.

with

bands as (

    select * from {{ source('raw', 'population_bands') }}

),

population as (

    select * from {{ source('raw', 'population') }}

),

delivered as (

    select
        cast(year as integer) as year,
        cast(boundary_year as integer) as boundary_year,
        trim(buurt_code) as buurt_code,
        band,
        cast(age_from as integer) as age_from,
        cast(age_to as integer) as age_to,
        to_aow,
        cast(residents as integer) as residents
    from bands

),

-- the four required bands of population rows that have no band rows
from_population as (

    select
        cast(population.year as integer) as year,
        cast(population.boundary_year as integer) as boundary_year,
        trim(population.buurt_code) as buurt_code,
        classic.band,
        classic.age_from,
        classic.age_to,
        false as to_aow,
        cast(case classic.band
            when '0_17' then population.residents_0_17
            when '18_26' then population.residents_18_26
            when '27_66' then population.residents_27_66
            else population.residents_67_plus
        end as integer) as residents

    from population

    cross join (
        values ('0_17', 0, 17), ('18_26', 18, 26), ('27_66', 27, 66), ('67_plus', 67, null)
    ) as classic (band, age_from, age_to)

    anti join delivered
        on
            cast(population.year as integer) = delivered.year
            and cast(population.boundary_year as integer) = delivered.boundary_year
            and trim(population.buurt_code) = delivered.buurt_code

),

unioned as (

    select * from delivered
    union all
    select * from from_population

)

select * from unioned
