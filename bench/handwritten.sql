-- The honest lower bound: the published area_clients_monthly computed by one hand-written DuckDB
-- script from the same input files, with every rule the pipeline applies (docs/privacy.md):
-- value states, roll-up buurt -> wijk -> gemeente, the population groups of the categories'
-- definitions, the small-area rule, keyed random rounding of the population, threshold
-- suppression (zeros too), interval-aware secondary suppression with the keyed choice,
-- rounding, rates per 1,000 and in the unit of each category's definition, change against the
-- previous month and a year earlier (same code, crosswalk, same code in another division), the
-- gemeente's rate and index, and the wijk fallback. bench/baselines.py checks its output row
-- for row against the published table (EXCEPT ALL both ways).
--
-- SQL has no loop: the driver runs the section `setup` once, `pass` until a pass hides nothing
-- more (the pipeline's bound: 40), then `final`. Placeholders filled in by the driver:
-- {inbox} (the case files), {bevolking}, {groups} and {aow} (the population-group and AOW-age
-- seeds), {crosswalk} (the crosswalk seed), {threshold}, {base}, {min_residents}, {min_group}, {width}, {pop_base}. Registered by the driver:
-- `buurten_ref` (boundary_year, buurt_code, wijk_code, gemeente_code, change_flag: attributes
-- of the boundary files; DuckDB spatial cannot be installed offline), `categories` (the seed),
-- `pads` (the HMAC-SHA256 inner and outer pad of the disclosure key: the same key as the
-- pipeline, so the same keyed choices).

-- @@ setup

create or replace macro keyed_unit(cell) as (
    ('0x' || left(sha256((select opad from pads) || unhex(sha256((select ipad from pads) || encode(cell)))), 16))::ubigint
    / 18446744073709551616.0
);

create or replace table cases as
with raw as (
    select periode, indelingsjaar, buurtcode, domein, categorie, trim(aantal_clienten) as v
    from read_csv({inbox}, all_varchar = true, union_by_name = true, header = true)
)
select
    cast(strptime(periode, '%Y-%m') as date) as period,
    cast(indelingsjaar as integer) as boundary_year,
    upper(trim(buurtcode)) as buurt_code,
    lower(trim(domein)) as domain,
    lower(trim(categorie)) as category,
    case when regexp_full_match(v, '\d+') then cast(v as integer)
         when regexp_full_match(v, '\d+[.,](0{1,2}|0{4,})') then cast(regexp_extract(v, '^\d+') as integer) end as clients,
    case
        when regexp_full_match(v, '\d+') or regexp_full_match(v, '\d+[.,](0{1,2}|0{4,})') then 'number'
        when lower(v) in ('.', 'x', '-99997') or regexp_full_match(v, '<\s*\d+') then 'suppressed'
        when v in ('-99995', '-99991') then 'not_published'
        else 'unknown'
    end as state
from raw;

create or replace table area_map as
select boundary_year, buurt_code, 'buurt' as area_level, buurt_code as area_code, wijk_code as parent_code, 2 as depth, wijk_code, gemeente_code from buurten_ref
union all
select boundary_year, buurt_code, 'wijk', wijk_code, gemeente_code, 1, wijk_code, gemeente_code from buurten_ref
union all
select boundary_year, buurt_code, 'gemeente', gemeente_code, null, 0, null, gemeente_code from buurten_ref;

create or replace table areas as
select distinct boundary_year, area_level, area_code, parent_code, depth, wijk_code, gemeente_code from area_map;

-- the state priority of a roll-up: not_published > unknown > suppressed; a sum only of numbers
create or replace table rolled as
select m.boundary_year, m.area_level, m.area_code, c.period, c.domain, c.category,
    case when bool_and(c.state = 'number') then cast(sum(c.clients) as integer) end as clients,
    case when bool_or(c.state = 'not_published') then 'not_published'
         when bool_or(c.state = 'unknown') then 'unknown'
         when bool_or(c.state = 'suppressed') then 'suppressed'
         else 'number' end as state
from cases c join area_map m using (boundary_year, buurt_code)
group by all;

-- population per area, year and population group (seed population_groups). Per buurt a group
-- is the sum of delivered age bands (every `inwoners_<from>_<to>` / `_plus` column) that cover
-- its ages exactly: from its first age, each step takes the widest band that starts there and
-- ends within the group; a group no band set covers is unknown, never estimated. 18 to the AOW
-- age ends at the AOW age of the year (seed aow_age) when that is whole years, and a delivered
-- `inwoners_18_tot_aow` is that group exactly. A buurt without a figure makes its parents
-- unknown. `total` is all residents of the four required bands (the small-area rule's total).
create or replace table src as
select * exclude (jaar, indelingsjaar, buurtcode),
    cast(jaar as integer) as year, cast(coalesce(indelingsjaar, jaar) as integer) as boundary_year,
    upper(trim(buurtcode)) as buurt_code
from read_csv('{bevolking}', all_varchar = true, header = true);

create or replace table bands as
with long as (
    unpivot (select year, boundary_year, buurt_code, columns('^inwoners_\d+_(\d+|plus|tot_aow)$') from src)
    on columns('^inwoners_') into name band value v
)
select year, boundary_year, buurt_code, band,
    cast(regexp_extract(band, '^inwoners_(\d+)_', 1) as integer) as age_from,
    coalesce(try_cast(regexp_extract(band, '_(\d+)$', 1) as integer), 999) as age_to,
    band like '%tot_aow' as to_aow,
    cast(nullif(trim(v), '') as integer) as residents
from long;

create or replace table population as
with groups as (
    select population_group, cast(age_from as integer) as age_from, cast(nullif(age_to, '') as integer) as age_to
    from read_csv('{groups}', all_varchar = true, header = true)
),
aow as (
    select cast(year as integer) as year, cast(aow_age_years as integer) as years,
        cast(aow_age_months as integer) as months
    from read_csv('{aow}', all_varchar = true, header = true)
),
group_ages as (
    select y.year, g.population_group, g.age_from as first_age,
        case when g.population_group = '18_aow' then case when aow.months = 0 then aow.years - 1 end
             else coalesce(g.age_to, 999) end as last_age
    from (select distinct year from bands) y cross join groups g left join aow on aow.year = y.year
),
-- per buurt, year and group end: the widest band starting at each age that ends within it
choice as (
    select b.year, b.boundary_year, b.buurt_code, l.last_age, b.age_from,
        max(b.age_to) as age_to, arg_max(b.residents, b.age_to) as residents
    from bands b join (select distinct last_age from group_ages where last_age is not null) l
        on b.age_to <= l.last_age
    where not b.to_aow
    group by all
),
tiling as (
    with recursive t(year, boundary_year, buurt_code, population_group, last_age, next_age, residents) as (
        select k.year, k.boundary_year, k.buurt_code, g.population_group, g.last_age, g.first_age, 0
        from (select distinct year, boundary_year, buurt_code from bands) k
        join group_ages g on g.year = k.year and g.last_age is not null
        union all
        select t.year, t.boundary_year, t.buurt_code, t.population_group, t.last_age,
            c.age_to + 1, t.residents + c.residents
        from t join choice c on c.year = t.year and c.boundary_year = t.boundary_year
            and c.buurt_code = t.buurt_code and c.last_age = t.last_age and c.age_from = t.next_age
        where t.next_age <= t.last_age
    )
    select * from t where next_age > last_age
),
buurt_groups as (
    select year, boundary_year, buurt_code, population_group, residents from tiling
    where not (population_group = '18_aow' and exists (
        select 1 from bands b where b.to_aow and b.year = tiling.year
            and b.boundary_year = tiling.boundary_year and b.buurt_code = tiling.buurt_code))
    union all
    select year, boundary_year, buurt_code, '18_aow', residents from bands where to_aow
),
totals as (
    select year, boundary_year, buurt_code,
        cast(inwoners_0_17 as integer) + cast(inwoners_18_26 as integer)
        + cast(inwoners_27_66 as integer) + cast(inwoners_67_plus as integer) as total
    from src
),
years as (select distinct year, boundary_year from src)
select m.area_level, m.area_code, y.year, y.boundary_year, g.population_group,
    case when count(*) = count(t.total) then sum(t.total) end as total,
    case when count(*) = count(bg.residents) then sum(bg.residents) end as residents
from area_map m join years y using (boundary_year)
cross join (select population_group from groups) g
left join totals t on t.year = y.year and t.boundary_year = m.boundary_year and t.buurt_code = m.buurt_code
left join buurt_groups bg on bg.year = y.year and bg.boundary_year = m.boundary_year
    and bg.buurt_code = m.buurt_code and bg.population_group = g.population_group
group by all;

-- published residents: buurt and wijk randomly rounded to {pop_base} with the key, up with
-- chance remainder / base; the gemeente exact. Equal true values of one area draw the same
-- rounding (the cell is the area and the value, not the group), and a wijk of a single buurt
-- draws as that buurt
create or replace table single_buurt as
select boundary_year, wijk_code, min(area_code) as buurt_code
from areas where area_level = 'buurt'
group by boundary_year, wijk_code having count(*) = 1;

create or replace table population as
select p.*,
    case when p.area_level = 'gemeente' or p.residents is null or {pop_base} <= 1 then p.residents
         else (p.residents // {pop_base} + case when keyed_unit(concat('population|',
                 coalesce(sb.buurt_code, p.area_code), '|', p.residents))
                                            < (p.residents % {pop_base}) / {pop_base} then 1 else 0 end) * {pop_base}
    end as published,
    coalesce(p.total < {min_residents} or p.residents < {min_group}, true) as too_small
from population p
left join single_buurt sb on p.area_level = 'wijk' and sb.boundary_year = p.boundary_year
    and sb.wijk_code = p.area_code;

-- the cells of every tree (boundary year, month, domain, category): the small-area rule with the
-- population of the year (else the latest earlier, else the earliest later year), the bound
-- the published population gives (of the year itself), the primary class
create or replace table work as
with keyed as (
    select r.*, a.parent_code, a.depth, k.population_group, year(r.period) as year
    from rolled r join areas a using (boundary_year, area_level, area_code)
    left join categories k using (domain, category)
),
flags as (
    select k.*, coalesce(b.too_small, f.too_small, true) as small,
        e.published + case when k.area_level = 'gemeente' then 0 else {pop_base} - 1 end as upper
    from keyed k
    asof left join population b on b.boundary_year = k.boundary_year and b.area_level = k.area_level
        and b.area_code = k.area_code and b.population_group = k.population_group and b.year <= k.year
    asof left join population f on f.boundary_year = k.boundary_year and f.area_level = k.area_level
        and f.area_code = k.area_code and f.population_group = k.population_group and f.year >= k.year
    left join population e on e.boundary_year = k.boundary_year and e.area_level = k.area_level
        and e.area_code = k.area_code and e.population_group = k.population_group and e.year = k.year
),
classed as (
    select *,
        case when state <> 'number' or clients is null then 'unavailable'
             when small then 'small' when clients < {threshold} then 'primary' else 'open' end as cls,
        coalesce(upper, 1000000000000) as u,
        cast(round(clients / {base}.0) * {base} as bigint) as rounded
    from flags
)
select boundary_year, period, domain, category, area_level, area_code, parent_code, depth,
    population_group, clients, state, cls, u,
    case cls when 'open' then greatest(rounded - {base} // 2, {threshold}, 0) else 0 end as lo,
    case cls when 'open' then
            case when greatest(rounded - {base} // 2, {threshold}, 0) <= u then least(rounded + ({base} - 1) - {base} // 2, u)
                 else rounded + ({base} - 1) - {base} // 2 end
        when 'primary' then least({threshold} - 1, u) else u end as hi
from classed;

-- the trees with something to protect, and what population alone says of each of their cells
create or replace table active as
select distinct boundary_year, period, domain, category from work where cls in ('primary', 'small');

create or replace table apriori as
with t as (select w.boundary_year, w.period, w.domain, w.category, w.area_code, w.parent_code, w.depth, 0 as lo, w.u as hi
           from work w semi join active using (boundary_year, period, domain, category)),
s2 as (select *, lo as s_lo, hi as s_hi from t where depth = 2),
a2 as (select boundary_year, period, domain, category, parent_code, sum(s_lo) as c_lo, sum(s_hi) as c_hi from s2 group by all),
s1 as (select t.*, greatest(t.lo, coalesce(a.c_lo, t.lo)) as s_lo, least(t.hi, coalesce(a.c_hi, t.hi)) as s_hi
       from t left join a2 a on a.boundary_year = t.boundary_year and a.period = t.period and a.domain = t.domain and a.category = t.category and a.parent_code = t.area_code
       where t.depth = 1),
a1 as (select boundary_year, period, domain, category, parent_code, sum(s_lo) as c_lo, sum(s_hi) as c_hi from s1 group by all),
s0 as (select t.*, greatest(t.lo, coalesce(a.c_lo, t.lo)) as s_lo, least(t.hi, coalesce(a.c_hi, t.hi)) as s_hi
       from t left join a1 a on a.boundary_year = t.boundary_year and a.period = t.period and a.domain = t.domain and a.category = t.category and a.parent_code = t.area_code
       where t.depth = 0),
f1 as (select c.*, case when p.s_lo is null then c.s_lo else greatest(c.s_lo, p.s_lo - (a.c_hi - c.s_hi)) end as f_lo,
              case when p.s_hi is null then c.s_hi else least(c.s_hi, p.s_hi - (a.c_lo - c.s_lo)) end as f_hi
       from s1 c left join s0 p on p.boundary_year = c.boundary_year and p.period = c.period and p.domain = c.domain and p.category = c.category and p.area_code = c.parent_code
       left join a1 a on a.boundary_year = c.boundary_year and a.period = c.period and a.domain = c.domain and a.category = c.category and a.parent_code = c.parent_code),
f2 as (select c.*, case when p.f_lo is null then c.s_lo else greatest(c.s_lo, p.f_lo - (a.c_hi - c.s_hi)) end as f_lo,
              case when p.f_hi is null then c.s_hi else least(c.s_hi, p.f_hi - (a.c_lo - c.s_lo)) end as f_hi
       from s2 c left join f1 p on p.boundary_year = c.boundary_year and p.period = c.period and p.domain = c.domain and p.category = c.category and p.area_code = c.parent_code
       left join a2 a on a.boundary_year = c.boundary_year and a.period = c.period and a.domain = c.domain and a.category = c.category and a.parent_code = c.parent_code)
select boundary_year, period, domain, category, area_code, s_hi - s_lo as a_width from s0
union all select boundary_year, period, domain, category, area_code, f_hi - f_lo from f1
union all select boundary_year, period, domain, category, area_code, f_hi - f_lo from f2;

create or replace table work as
select w.*, coalesce(a.a_width, 1000000000000) as a_width
from work w left join apriori a using (boundary_year, period, domain, category, area_code);

create or replace table fails (boundary_year integer, period date, domain varchar, category varchar, area_code varchar, f_lo hugeint, f_hi hugeint);
create or replace table stuck (boundary_year integer, period date, domain varchar, category varchar, area_code varchar);

-- @@ pass
-- one pass: the interval every cell of the active trees can be in, given all published cells

create or replace table facts as
with t as (select w.* from work w semi join active using (boundary_year, period, domain, category)),
s2 as (select *, lo as s_lo, hi as s_hi from t where depth = 2),
a2 as (select boundary_year, period, domain, category, parent_code, sum(s_lo) as c_lo, sum(s_hi) as c_hi from s2 group by all),
s1 as (select t.*, greatest(t.lo, coalesce(a.c_lo, t.lo)) as s_lo, least(t.hi, coalesce(a.c_hi, t.hi)) as s_hi
       from t left join a2 a on a.boundary_year = t.boundary_year and a.period = t.period and a.domain = t.domain and a.category = t.category and a.parent_code = t.area_code
       where t.depth = 1),
a1 as (select boundary_year, period, domain, category, parent_code, sum(s_lo) as c_lo, sum(s_hi) as c_hi from s1 group by all),
s0 as (select t.*, greatest(t.lo, coalesce(a.c_lo, t.lo)) as s_lo, least(t.hi, coalesce(a.c_hi, t.hi)) as s_hi
       from t left join a1 a on a.boundary_year = t.boundary_year and a.period = t.period and a.domain = t.domain and a.category = t.category and a.parent_code = t.area_code
       where t.depth = 0),
f0 as (select *, s_lo as f_lo, s_hi as f_hi from s0),
f1 as (select c.*, case when p.f_lo is null then c.s_lo else greatest(c.s_lo, p.f_lo - (a.c_hi - c.s_hi)) end as f_lo,
              case when p.f_hi is null then c.s_hi else least(c.s_hi, p.f_hi - (a.c_lo - c.s_lo)) end as f_hi
       from s1 c left join f0 p on p.boundary_year = c.boundary_year and p.period = c.period and p.domain = c.domain and p.category = c.category and p.area_code = c.parent_code
       left join a1 a on a.boundary_year = c.boundary_year and a.period = c.period and a.domain = c.domain and a.category = c.category and a.parent_code = c.parent_code),
f2 as (select c.*, case when p.f_lo is null then c.s_lo else greatest(c.s_lo, p.f_lo - (a.c_hi - c.s_hi)) end as f_lo,
              case when p.f_hi is null then c.s_hi else least(c.s_hi, p.f_hi - (a.c_lo - c.s_lo)) end as f_hi
       from s2 c left join f1 p on p.boundary_year = c.boundary_year and p.period = c.period and p.domain = c.domain and p.category = c.category and p.area_code = c.parent_code
       left join a2 a on a.boundary_year = c.boundary_year and a.period = c.period and a.domain = c.domain and a.category = c.category and a.parent_code = c.parent_code)
select * from f0 union all select * from f1 union all select * from f2;

-- hidden cells still inside 1..threshold-1 or narrower than the width (or than population alone)
create or replace table failing_now as
select boundary_year, period, domain, category, area_code, f_lo, f_hi from facts
where cls in ('primary', 'small', 'secondary')
  and ((f_lo >= 1 and f_hi <= {threshold} - 1) or f_hi - f_lo < least({width}, a_width));

-- a cell failing with the same interval as before was not helped by one more hidden cell
insert into stuck
select n.boundary_year, n.period, n.domain, n.category, n.area_code
from failing_now n join fails f using (boundary_year, period, domain, category, area_code)
where n.f_lo = f.f_lo and n.f_hi = f.f_hi;

delete from fails f using active a
where f.boundary_year = a.boundary_year and f.period = a.period and f.domain = a.domain and f.category = a.category;
insert into fails select * from failing_now;

-- one more hidden cell per failing cell: a child (when pinned by its children), a sibling, the
-- parent, a sibling of a hidden parent; among those of the first tier, drawn with the key
create or replace table picked as
with failing as (
    select x.*, (x.s_lo >= 1 and x.s_hi <= {threshold} - 1) or x.s_hi - x.s_lo < least({width}, x.a_width) as pinned_below,
        p.parent_code as grand_code, p.cls as parent_cls
    from facts x
    semi join fails using (boundary_year, period, domain, category, area_code)
    anti join stuck using (boundary_year, period, domain, category, area_code)
    left join facts p on p.boundary_year = x.boundary_year and p.period = x.period and p.domain = x.domain
        and p.category = x.category and p.area_code = x.parent_code
),
open_cells as (select * from facts where cls = 'open'),
candidates as (
    select f.boundary_year, f.period, f.domain, f.category, f.area_code as for_code, c.area_code,
        case when f.pinned_below then 0 else 4 end as tier
    from failing f join open_cells c using (boundary_year, period, domain, category) where c.parent_code = f.area_code
    union all
    select f.boundary_year, f.period, f.domain, f.category, f.area_code, c.area_code, 1
    from failing f join open_cells c using (boundary_year, period, domain, category)
    where c.parent_code = f.parent_code and c.area_code <> f.area_code
    union all
    select f.boundary_year, f.period, f.domain, f.category, f.area_code, c.area_code, 2
    from failing f join open_cells c using (boundary_year, period, domain, category) where c.area_code = f.parent_code
    union all
    select f.boundary_year, f.period, f.domain, f.category, f.area_code, c.area_code, 3
    from failing f join open_cells c using (boundary_year, period, domain, category)
    where c.parent_code = f.grand_code and c.area_code <> f.parent_code
      and f.parent_cls in ('primary', 'small', 'secondary')
),
ranked as (
    select *, row_number() over (
        partition by boundary_year, period, domain, category, for_code
        order by tier, keyed_unit(concat_ws('|', 'secondary', boundary_year, period, domain, category, area_code))
    ) as choice
    from candidates
)
select distinct boundary_year, period, domain, category, area_code from ranked where choice = 1;

update work w set cls = 'secondary', lo = least({threshold}, w.u), hi = w.u
from picked p
where w.boundary_year = p.boundary_year and w.period = p.period and w.domain = p.domain
  and w.category = p.category and w.area_code = p.area_code;

create or replace table active as select distinct boundary_year, period, domain, category from picked;

-- @@ final

create or replace table rates as
select w.boundary_year, w.period, w.domain, w.category, w.area_level, w.area_code,
    a.wijk_code, a.gemeente_code, w.population_group,
    case when w.cls = 'open' then cast(round(w.clients / {base}.0) * {base} as bigint) end as clients,
    case w.cls when 'open' then 'number' when 'small' then 'too_few_residents'
               when 'unavailable' then w.state else 'suppressed' end as clients_state,
    e.published as residents
from work w
join areas a using (boundary_year, area_level, area_code)
left join population e on e.boundary_year = w.boundary_year and e.area_level = w.area_level
    and e.area_code = w.area_code and e.population_group = w.population_group and e.year = year(w.period);

create or replace table rates as
select *,
    case when clients_state = 'number' and residents > 0 then cast(cast(clients as double) * 1000.0 / residents as double) end as rate_per_1000,
    case when clients_state <> 'number' then clients_state
         when residents is null or residents = 0 then 'unknown' else 'number' end as rate_state
from rates;

-- the same code 1 and 12 months earlier (any division), and through the crosswalk
create or replace table area_clients_monthly as
with earlier as (
    select r.*,
        coalesce(b.change_flag in (2, 3), false) as boundary_changed,
        first_value(r.rate_per_1000) over (w range between interval 1 month preceding and interval 1 month preceding) as m1_rate_per_1000,
        first_value(r.rate_state) over (w range between interval 1 month preceding and interval 1 month preceding) as m1_rate_state,
        first_value(r.boundary_year) over (w range between interval 1 month preceding and interval 1 month preceding) as m1_boundary_year,
        first_value(r.rate_per_1000) over (w range between interval 12 month preceding and interval 12 month preceding) as m12_rate_per_1000,
        first_value(r.rate_state) over (w range between interval 12 month preceding and interval 12 month preceding) as m12_rate_state,
        first_value(r.boundary_year) over (w range between interval 12 month preceding and interval 12 month preceding) as m12_boundary_year
    from rates r
    left join buurten_ref b on b.boundary_year = r.boundary_year and b.buurt_code = r.area_code
    window w as (partition by r.area_level, r.area_code, r.domain, r.category order by r.period)
),
translated as (
    select r.period, r.area_level, r.area_code, r.domain, r.category, k.comparison,
        case when bool_or(coalesce(e.rate_state, 'unknown') = 'not_published') then 'not_published'
             when bool_or(coalesce(e.rate_state, 'unknown') = 'unknown') then 'unknown'
             when bool_or(coalesce(e.rate_state, 'unknown') = 'too_few_residents') then 'too_few_residents'
             when bool_or(coalesce(e.rate_state, 'unknown') = 'suppressed') then 'suppressed'
             else 'number' end as rate_state,
        case when bool_and(coalesce(e.rate_state = 'number', false))
             then cast(sum(x.share * e.clients) * 1000.0 / sum(x.share * e.residents) as double) end as rate_per_1000
    from rates r
    join read_csv('{crosswalk}', header = true, columns = {'from_year': 'INTEGER', 'from_code': 'VARCHAR', 'to_year': 'INTEGER', 'to_code': 'VARCHAR', 'share': 'DOUBLE'}) x
      on r.boundary_year = x.to_year and r.area_code = x.to_code
    cross join (values ('prev_period', 1), ('prev_year', 12)) k (comparison, months)
    left join rates e on e.boundary_year = x.from_year and e.area_code = x.from_code
        and e.period = cast(r.period - to_months(k.months) as date)
        and e.area_level = r.area_level and e.domain = r.domain and e.category = r.category
    group by all
    having count(e.area_code) > 0
),
picked as (
    select e.*,
        case when e.m1_boundary_year = e.boundary_year then e.m1_rate_per_1000 when pp.rate_state is not null then pp.rate_per_1000 when (e.m1_rate_state is not null and (e.m1_boundary_year = e.boundary_year or not e.boundary_changed)) then e.m1_rate_per_1000 end as pp_rate,
        case when e.m1_boundary_year = e.boundary_year then e.m1_rate_state when pp.rate_state is not null then pp.rate_state when (e.m1_rate_state is not null and (e.m1_boundary_year = e.boundary_year or not e.boundary_changed)) then e.m1_rate_state end as pp_state,
        case when e.m1_boundary_year = e.boundary_year then 'same_code' when pp.rate_state is not null then 'crosswalk' when (e.m1_rate_state is not null and (e.m1_boundary_year = e.boundary_year or not e.boundary_changed)) then 'same_code' else 'none' end as pp_basis,
        case when e.m12_boundary_year = e.boundary_year then e.m12_rate_per_1000 when py.rate_state is not null then py.rate_per_1000 when (e.m12_rate_state is not null and (e.m12_boundary_year = e.boundary_year or not e.boundary_changed)) then e.m12_rate_per_1000 end as py_rate,
        case when e.m12_boundary_year = e.boundary_year then e.m12_rate_state when py.rate_state is not null then py.rate_state when (e.m12_rate_state is not null and (e.m12_boundary_year = e.boundary_year or not e.boundary_changed)) then e.m12_rate_state end as py_state,
        case when e.m12_boundary_year = e.boundary_year then 'same_code' when py.rate_state is not null then 'crosswalk' when (e.m12_rate_state is not null and (e.m12_boundary_year = e.boundary_year or not e.boundary_changed)) then 'same_code' else 'none' end as py_basis,
        g.rate_per_1000 as gemeente_rate_per_1000, coalesce(g.rate_state, 'unknown') as gemeente_rate_state,
        wk.rate_per_1000 as wijk_rate_per_1000, coalesce(wk.rate_state, 'unknown') as wijk_rate_state
    from earlier e
    left join translated pp on pp.comparison = 'prev_period' and pp.period = e.period and pp.area_level = e.area_level
        and pp.area_code = e.area_code and pp.domain = e.domain and pp.category = e.category
    left join translated py on py.comparison = 'prev_year' and py.period = e.period and py.area_level = e.area_level
        and py.area_code = e.area_code and py.domain = e.domain and py.category = e.category
    left join rates g on g.area_level = 'gemeente' and g.area_code = e.gemeente_code and g.boundary_year = e.boundary_year
        and g.period = e.period and g.domain = e.domain and g.category = e.category
    left join rates wk on wk.area_level = 'wijk' and wk.area_code = e.wijk_code and wk.boundary_year = e.boundary_year
        and wk.period = e.period and wk.domain = e.domain and wk.category = e.category
),
states as (
    select *,
        case when rate_state <> 'number' then rate_state when pp_state is null then 'unknown'
             when pp_state <> 'number' then pp_state else 'number' end as change_prev_period_state,
        case when rate_state <> 'number' then rate_state when py_state is null then 'unknown'
             when py_state <> 'number' then py_state else 'number' end as change_prev_year_state,
        case when rate_state <> 'number' then rate_state when gemeente_rate_state <> 'number' then gemeente_rate_state
             when gemeente_rate_per_1000 = 0 then 'unknown' else 'number' end as index_state
    from picked
)
select area_level, area_code, period, domain, category, boundary_year, wijk_code, gemeente_code,
    cast(clients as integer) as clients, clients_state, population_group, residents, rate_per_1000, rate_state,
    -- the same rate in the unit of its definition (the seed's scale: %, per 1,000, per 10,000)
    case when clients_state = 'number' and residents > 0
         then cast(clients * cast(k.rate_scale as integer) / residents as double) end as rate,
    k.rate_unit,
    case when change_prev_period_state = 'number' then pp_rate end as rate_prev_period,
    case when change_prev_period_state = 'number' then rate_per_1000 - pp_rate end as rate_change_prev_period,
    case when change_prev_period_state = 'number' and pp_rate != 0 then cast((rate_per_1000 - pp_rate) * 100.0 / pp_rate as double) end as rate_change_prev_period_pct,
    change_prev_period_state,
    case when change_prev_year_state = 'number' then py_rate end as rate_prev_year,
    case when change_prev_year_state = 'number' then rate_per_1000 - py_rate end as rate_change_prev_year,
    case when change_prev_year_state = 'number' and py_rate != 0 then cast((rate_per_1000 - py_rate) * 100.0 / py_rate as double) end as rate_change_prev_year_pct,
    change_prev_year_state,
    pp_basis = 'none' as series_start,
    pp_basis = 'crosswalk' or py_basis = 'crosswalk' as via_crosswalk,
    gemeente_rate_per_1000, gemeente_rate_state,
    case when index_state = 'number' then cast(rate_per_1000 * 100.0 / gemeente_rate_per_1000 as double) end as index_gemeente,
    index_state,
    wijk_rate_per_1000, wijk_rate_state,
    area_level = 'buurt' and rate_state <> 'number' and wijk_rate_state = 'number' as show_wijk_instead
from states left join (select domain, category, rate_scale, rate_unit, is_unique_total from categories) k
    using (domain, category)
-- the unique-client totals have a mart of their own (area_client_totals_monthly)
where coalesce(k.is_unique_total, 'false') <> 'true';

drop table work; drop table facts; drop table rates; drop table rolled; drop table cases;
