{#
    Incremental builds of the monthly models (wijkwijs/build_plan.py, docs/architecture.md).

    Each monthly model is `incremental` with strategy `append` and, as its pre-hook,
    `delete_changed_periods(...)`: on an incremental build the periods it is about to write
    are deleted first, so a new or corrected month replaces the old rows whole, and a month
    whose only load was undone disappears. On a full refresh (or a first build) the table is
    made whole and the hook does nothing.
#}

{# The plan's relation by name, not ref(): hooks and tests may read it without depending on it
   (every incremental model refs it, so it is built before them). #}
{% macro periods_relation() -%}
    {{ graph.nodes['model.wijkwijs.int_periods_changed'].relation_name }}
{%- endmacro %}


{# `literal`: the periods read now and written out as constants. A test reads a view with
   them: DuckDB pushes constants down to the raw table's scan, but a subquery's semi-join only
   after the view's own work (the case counts' staging view: 38 s against 1 s at national). #}
{% macro changed_periods(scope='changed', period_type='month', literal=false) -%}
    {%- set query -%}
        select period from {{ periods_relation() }}
        where scope = '{{ scope }}' and period_type = '{{ period_type }}'
    {%- endset -%}
    {%- if literal and execute -%}
        {%- set periods = run_query(query ~ ' order by period').columns[0].values() -%}
        (cast(null as date){% for period in periods %}, date '{{ period }}'{% endfor %})
    {%- else -%}
        ({{ query }})
    {%- endif -%}
{%- endmacro %}


{% macro delete_changed_periods(scope='changed', column='period', by_type=false,
                                 period_type='month') -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where {{ in_changed_periods(scope, column, by_type, period_type) }}
    {%- endif -%}
{%- endmacro %}


{# The predicate "this row's period is one the build recomputes": on a table with both period
   types (`by_type`), or with one (`period_type`; `column` may be an expression, e.g.
   make_date(year, 1, 1)). The models filter their input with it, their pre-hooks delete with
   it and their tests read with it: one definition of the periods a build replaces. #}
{% macro in_changed_periods(scope='changed', column='period', by_type=false,
                            period_type='month', literal=false) -%}
    {%- if by_type -%}
        ((period_type = 'month' and {{ column }} in {{ changed_periods(scope, 'month', literal) }})
         or (period_type = 'year' and {{ column }} in {{ changed_periods(scope, 'year', literal) }}))
    {%- else -%}
        {{ column }} in {{ changed_periods(scope, period_type, literal) }}
    {%- endif -%}
{%- endmacro %}


{#
    Tests on an incremental build read only the periods it rewrote (the other months were
    tested when they were written); on a full refresh, and wherever the plan table is absent
    (CI), every row. Overrides dbt's own macro, which applies a test's `where` config.
#}

{% macro duckdb__get_where_subquery(relation) -%}
    {%- set where = config.get('where') -%}
    {%- set scoped = incremental_test_filter(relation) -%}
    {%- if where or scoped -%}
        {%- set filters = [where, scoped] | select | list -%}
        (select * from {{ relation }} where {{ filters | join(' and ') }}) dbt_subquery
    {%- else -%}
        {% do return(relation) %}
    {%- endif -%}
{%- endmacro %}


{% macro incremental_test_scopes() -%}
    {#- per incremental model: the column, scope, by_type and period_type of its pre-hook
        (area_clients_by_period's row-count test reads area_clients_monthly scoped the same
        way); and the case counts' staging view, whose other months were tested when they were
        loaded (20.9 M rows at national scale) -#}
    {%- do return({
        'int_case_counts_rolled_up': ['period', 'changed', false, 'month'],
        'int_case_counts_disclosed': ['period', 'changed', false, 'month'],
        'int_area_rates_by_period': ['period', 'compared', true, 'month'],
        'int_area_rates_compared': ['period', 'compared', true, 'month'],
        'area_clients_monthly': ['period', 'compared', false, 'month'],
        'area_clients_by_period': ['period', 'compared', false, 'month'],
        'area_client_totals_monthly': ['period', 'compared', false, 'month'],
        'area_clients_yearly': ['make_date(year, 1, 1)', 'compared', false, 'year'],
        'area_profile_monthly': ['period', 'compared', false, 'month'],
        'stg_raw__case_counts': ['period', 'changed', false, 'month'],
    }) -%}
{%- endmacro %}


{% macro incremental_test_filter(relation) -%}
    {%- set spec = incremental_test_scopes().get(relation.identifier) -%}
    {%- if spec and not flags.FULL_REFRESH and execute -%}
        {%- set plan = adapter.get_relation(database=target.database, schema='raw',
                                            identifier='build_periods') -%}
        {%- if plan is not none -%}
            {%- set column, scope, by_type, period_type = spec -%}
            {{ in_changed_periods(scope, column, by_type, period_type, literal=true) }}
        {%- endif -%}
    {%- endif -%}
{%- endmacro %}
