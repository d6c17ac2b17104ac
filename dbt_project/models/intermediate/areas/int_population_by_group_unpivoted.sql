-- One row per area, year and population group: the denominators of the rates (seed
-- population_groups: alle inwoners, 0-17, 0-22, 12-22, 15+, 15-64, 18+, 18-66, 18 tot de
-- AOW-leeftijd).
--
-- Per buurt a group is the sum of delivered age bands that cover its ages exactly, without
-- overlap: from the group's first age, each step takes the widest band that starts there and
-- ends within the group (a band that is the group itself wins at once). A group no band set
-- covers is unknown (NULL), never estimated. "18 tot de AOW-leeftijd" ends at the AOW age of
-- the year (seed aow_age): whole-year bands cover it only when that age is a whole number of
-- years; otherwise only the delivered column inwoners_18_tot_aow does. Groups are then rolled
-- up from buurten like every population figure (a buurt without a figure makes its wijk and
-- gemeente unknown).

{%- set max_steps = 8 %}
{%- set open_end = 999 %}

with

bands as (

    select * from {{ ref('stg_raw__population_bands') }}

),

groups as (

    select * from {{ ref('population_groups') }}

),

aow as (

    select * from {{ ref('aow_age') }}

),

buurten_mapped as (

    select * from {{ ref('int_buurten_mapped_to_areas') }}

),

-- the last age of each group in each year (the AOW group moves with the year)
group_ages as (

    select
        years.year,
        groups.population_group,
        groups.age_from as first_age,
        case
            when groups.population_group = '18_aow'
                then case when aow.aow_age_months = 0 then aow.aow_age_years - 1 end
            else coalesce(groups.age_to, {{ open_end }})
        end as last_age

    from (select distinct year from bands) as years

    cross join groups

    left join aow
        on years.year = aow.year

),

buurt_years as (

    select distinct year, boundary_year, buurt_code from bands

),

tiling_0 as (

    select
        buurt_years.year,
        buurt_years.boundary_year,
        buurt_years.buurt_code,
        group_ages.population_group,
        group_ages.last_age,
        group_ages.first_age as next_age,
        0 as residents

    from buurt_years

    inner join group_ages
        on buurt_years.year = group_ages.year

    where group_ages.last_age is not null

),

{%- for step in range(max_steps) %}

tiling_{{ step + 1 }} as (

    select * from tiling_{{ step }} where next_age > last_age

    union all

    select
        tiling.year,
        tiling.boundary_year,
        tiling.buurt_code,
        tiling.population_group,
        tiling.last_age,
        coalesce(bands.age_to, {{ open_end }}) + 1 as next_age,
        tiling.residents + bands.residents as residents

    from tiling_{{ step }} as tiling

    inner join bands
        on
            tiling.year = bands.year
            and tiling.boundary_year = bands.boundary_year
            and tiling.buurt_code = bands.buurt_code
            and tiling.next_age = bands.age_from
            and coalesce(bands.age_to, {{ open_end }}) <= tiling.last_age
            and not bands.to_aow

    where tiling.next_age <= tiling.last_age

    qualify row_number() over (
        partition by tiling.year, tiling.boundary_year, tiling.buurt_code, tiling.population_group
        order by coalesce(bands.age_to, {{ open_end }}) desc
    ) = 1

),
{%- endfor %}

-- a delivered "18 tot de AOW-leeftijd" column is that group exactly
buurt_groups as (

    select year, boundary_year, buurt_code, population_group, residents
    from tiling_{{ max_steps }}
    where
        next_age > last_age
        and not (
            population_group = '18_aow'
            and exists (
                select 1 from bands
                where
                    bands.to_aow
                    and bands.year = tiling_{{ max_steps }}.year
                    and bands.boundary_year = tiling_{{ max_steps }}.boundary_year
                    and bands.buurt_code = tiling_{{ max_steps }}.buurt_code
            )
        )

    union all

    select year, boundary_year, buurt_code, '18_aow', residents
    from bands
    where to_aow

),

-- every buurt of the division and every group, the group unknown where no bands cover it
buurt_population as (

    select
        buurten_mapped.area_level,
        buurten_mapped.area_code,
        years.year,
        years.boundary_year,
        groups.population_group,
        buurt_groups.residents

    from buurten_mapped

    inner join (select distinct year, boundary_year from bands) as years
        on buurten_mapped.boundary_year = years.boundary_year

    cross join groups

    left join buurt_groups
        on
            years.year = buurt_groups.year
            and buurten_mapped.boundary_year = buurt_groups.boundary_year
            and buurten_mapped.buurt_code = buurt_groups.buurt_code
            and groups.population_group = buurt_groups.population_group

),

rolled_up as (

    select

        ----------  grain
        year,
        boundary_year,
        area_level,
        area_code,
        population_group,

        ----------  residents of the group (NULL: unknown)
        {{ sum_if_complete('residents') }} as residents

    from buurt_population

    group by year, boundary_year, area_level, area_code, population_group

)

select * from rolled_up
