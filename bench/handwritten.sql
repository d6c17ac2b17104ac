-- The lower bound: area_clients_monthly computed by one hand-written DuckDB script on the same
-- input files. Placeholders {inbox}, {bevolking} are filled in by bench/baselines.py; the
-- buurt -> wijk -> gemeente mapping (attributes of the boundary GeoPackage, no geometry) is
-- registered by the driver as `buurten_ref` (DuckDB spatial cannot be installed offline).
-- Same steps as the pipeline: parse value states, roll up buurt -> wijk -> gemeente, disclosure
-- (threshold + rounding; no secondary suppression), rates per 1,000 of the domain's population
-- group, change against the previous month and a year earlier, gemeente rate and index, and the
-- wijk fallback.

create or replace table cases as
select
    cast(strptime(periode, '%Y-%m') as date) as period,
    cast(indelingsjaar as integer) as boundary_year,
    upper(trim(buurtcode)) as buurt_code,
    lower(domein) as domain,
    lower(categorie) as category,
    case when regexp_full_match(trim(aantal_clienten), '\d+') then cast(aantal_clienten as integer) end as clients,
    case
        when regexp_full_match(trim(aantal_clienten), '\d+') then 'number'
        when trim(aantal_clienten) in ('.', 'x', 'X', '-99997') or trim(aantal_clienten) like '<%' then 'suppressed'
        when trim(aantal_clienten) in ('-99995', '-99991') then 'not_published'
        else 'unknown'
    end as state
from read_csv({inbox}, all_varchar = true, union_by_name = true, header = true);

create or replace table population as
select
    cast(jaar as integer) as year,
    cast(coalesce(indelingsjaar, jaar) as integer) as boundary_year,
    buurtcode as buurt_code,
    cast(inwoners_0_17 as integer) as r0_17,
    cast(inwoners_18_26 as integer) + cast(inwoners_27_66 as integer) + cast(inwoners_67_plus as integer) as r18_plus,
    cast(inwoners_18_26 as integer) + cast(inwoners_27_66 as integer) as r18_66
from read_csv('{bevolking}', all_varchar = true, header = true);

create or replace table area_map as
select buurt_code, 'buurt' as area_level, buurt_code as area_code, wijk_code, gemeente_code from buurten_ref
union all
select buurt_code, 'wijk', wijk_code, wijk_code, gemeente_code from buurten_ref
union all
select buurt_code, 'gemeente', gemeente_code, null, gemeente_code from buurten_ref;

create or replace table rolled as
select
    m.area_level, m.area_code, any_value(m.wijk_code) as wijk_code,
    any_value(m.gemeente_code) as gemeente_code, c.period, c.boundary_year, c.domain, c.category,
    sum(c.clients) as clients,
    case
        when bool_and(c.state = 'number') then 'number'
        when bool_or(c.state = 'suppressed') then 'suppressed'
        when bool_or(c.state = 'not_published') then 'not_published'
        else 'unknown'
    end as clients_state
from cases c join area_map m using (buurt_code)
group by all;

create or replace table disclosed as
select * replace (
    case when clients_state = 'number' and clients between 1 and 4 then null
         when clients_state = 'number' then cast(round(clients / 5.0) * 5 as integer) end as clients,
    case when clients_state = 'number' and clients between 1 and 4 then 'suppressed'
         else clients_state end as clients_state)
from rolled;

create or replace table residents as
select m.area_level, m.area_code, p.year, p.boundary_year,
       sum(r0_17) as r0_17, sum(r18_plus) as r18_plus, sum(r18_66) as r18_66
from population p join area_map m using (buurt_code)
group by all;

create or replace table rates as
select d.*,
    case d.domain when 'wmo' then '18_plus' when 'jeugd' then '0_17' else '18_66' end as population_group,
    case d.domain when 'wmo' then r.r18_plus when 'jeugd' then r.r0_17 else r.r18_66 end as residents,
    case when d.clients_state = 'number' and residents > 0 then d.clients * 1000.0 / residents end as rate_per_1000,
    case when d.clients_state <> 'number' then d.clients_state
         when residents > 0 then 'number' else 'unknown' end as rate_state
from disclosed d
left join residents r
  on r.area_level = d.area_level and r.area_code = d.area_code
 and r.year = year(d.period) and r.boundary_year = d.boundary_year;

create or replace table area_clients_monthly as
with lagged as (
    select *,
        lag(rate_per_1000) over w as rate_prev_period,
        lag(period) over w as prev_period,
        lag(rate_per_1000, 12) over w as rate_prev_year,
        lag(period, 12) over w as prev_year_period
    from rates
    window w as (partition by area_level, area_code, domain, category order by period)
)
select l.area_level, l.area_code, l.period, l.domain, l.category, l.boundary_year, l.wijk_code,
    l.gemeente_code, l.clients, l.clients_state, l.population_group, l.residents,
    l.rate_per_1000, l.rate_state,
    case when l.prev_period = l.period - interval 1 month then l.rate_prev_period end as rate_prev_period,
    l.rate_per_1000 - rate_prev_period as rate_change_prev_period,
    100 * (l.rate_per_1000 - rate_prev_period) / nullif(rate_prev_period, 0) as rate_change_prev_period_pct,
    case when l.prev_year_period = l.period - interval 1 year then l.rate_prev_year end as rate_prev_year,
    l.rate_per_1000 - l.rate_prev_year as rate_change_prev_year,
    100 * (l.rate_per_1000 - l.rate_prev_year) / nullif(l.rate_prev_year, 0) as rate_change_prev_year_pct,
    g.rate_per_1000 as gemeente_rate_per_1000, g.rate_state as gemeente_rate_state,
    100 * l.rate_per_1000 / nullif(g.rate_per_1000, 0) as index_gemeente,
    w.rate_per_1000 as wijk_rate_per_1000, w.rate_state as wijk_rate_state,
    l.area_level = 'buurt' and l.rate_state <> 'number' and w.rate_state = 'number' as show_wijk_instead
from lagged l
left join rates g on g.area_level = 'gemeente' and g.area_code = l.gemeente_code
    and g.period = l.period and g.domain = l.domain and g.category = l.category
left join rates w on w.area_level = 'wijk' and w.area_code = l.wijk_code
    and w.period = l.period and w.domain = l.domain and w.category = l.category;

drop table rolled; drop table disclosed; drop table rates;
