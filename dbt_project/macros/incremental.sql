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


{% macro changed_periods(scope='changed', period_type='month') -%}
    (
        select period from {{ periods_relation() }}
        where scope = '{{ scope }}' and period_type = '{{ period_type }}'
    )
{%- endmacro %}


{% macro delete_changed_periods(scope='changed', column='period', by_type=false) -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where
        {%- if by_type %}
            (period_type = 'month' and {{ column }} in {{ changed_periods(scope, 'month') }})
            or (period_type = 'year' and {{ column }} in {{ changed_periods(scope, 'year') }})
        {%- else %}
            {{ column }} in {{ changed_periods(scope, 'month') }}
        {%- endif %}
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


{% macro incremental_test_filter(relation) -%}
    {%- set scopes = {
        'int_case_counts_disclosed': ['period', 'changed', false],
    } -%}
    {%- set spec = scopes.get(relation.identifier) -%}
    {%- if spec and not flags.FULL_REFRESH and execute -%}
        {%- set plan = adapter.get_relation(database=target.database, schema='raw',
                                            identifier='build_periods') -%}
        {%- if plan is not none -%}
            {%- set column, scope, by_type = spec -%}
            {%- if by_type -%}
                ((period_type = 'month' and {{ column }} in {{ changed_periods(scope, 'month') }})
                 or (period_type = 'year' and {{ column }} in {{ changed_periods(scope, 'year') }}))
            {%- else -%}
                {{ column }} in {{ changed_periods(scope, 'month') }}
            {%- endif -%}
        {%- endif -%}
    {%- endif -%}
{%- endmacro %}
