-- The months and years this build (re)computes (wijkwijs/build_plan.py):
--   scope 'changed'  the months whose counts changed (on a full refresh every month): their
--                    disclosure, their monthly rates;
--   scope 'compared' what reads them: those months, the month after and the same month a year
--                    later (their changes against the previous month and year), and the years
--                    of those months and the year after (averages and their changes).
-- The pipeline writes raw.build_periods before dbt starts; without it (a warehouse made by
-- hand, the CI fixtures) every month counts as changed, as on a full refresh.

{%- set plan = adapter.get_relation(database=target.database, schema='raw',
                                    identifier='build_periods') if execute else none %}

with

case_counts as (

    select * from {{ ref('stg_raw__case_counts') }}

),

changed as (

    {% if plan is not none -%}
    select distinct cast(period as date) as period from {{ plan }}
    {%- else -%}
    select distinct period from case_counts
    {%- endif %}

),

compared_months as (

    select period from changed
    union
    select cast(period + interval 1 month as date) from changed
    union
    select cast(period + interval 12 month as date) from changed

),

compared_years as (

    select cast(date_trunc('year', period) as date) as period from changed
    union
    select cast(date_trunc('year', period) + interval 1 year as date) from changed

),

final as (

    select 'changed' as scope, 'month' as period_type, period from changed
    union all
    select 'compared' as scope, 'month' as period_type, period from compared_months
    union all
    select 'compared' as scope, 'year' as period_type, period from compared_years

)

select * from final
