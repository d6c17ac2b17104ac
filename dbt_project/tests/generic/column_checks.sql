{#
    The column tests of one model in one query: the incremental build's form of them.

    On an incremental build dbt's per-node overhead, not the rows, is most of a test's time
    (one new month: ~200 tests of a few dozen milliseconds each, and a Dagster event each).
    There the build leaves out a model's error-severity tests of the kinds column_check_kinds
    names (wijkwijs/build_plan.py: folded_test_selectors) and runs this test instead, which
    runs exactly those tests' own SQL, on the same rows (`model` is the periods the build
    rewrote), in one query. Which tests it checks needs no list: the ones of those kinds of its
    model that this dbt command did not select, and the relationships of its model that dbt
    left out because the model they point to is not rebuilt. On a full refresh this test is
    left out, and in CI (every test selected) it checks nothing.

    It fails (a DuckDB error, so the message reaches the analyst) naming the model, each failed
    test with its check and column, the number of rows and the periods it read; never a value.
#}
{% test column_checks(model) %}

{%- set checks = [] -%}
{%- if execute -%}
    {%- set parent = column_checks_parent(model) -%}
    {%- for node in graph.nodes.values()
            if node.resource_type == 'test' and node.attached_node == parent.unique_id
            and node.unique_id not in selected_resources
            and node.test_metadata and node.test_metadata.name in column_check_kinds()
            and node.config.severity | lower == 'error' -%}
        {%- do checks.append(node) -%}
    {%- endfor -%}
{%- endif -%}

{%- if checks %}
{#- the periods the build rewrote (duckdb__get_where_subquery), read once: every check below
    then scans them, not the table around them (a monthly mart at national scale: 24 M rows,
    its rewritten months 200 k; the area_clients_monthly checks took 10.5 s) -#}
{%- set rewritten = (model | string).startswith('(select * from ') %}
with

{%- if rewritten %}

rewritten as materialized (
    select * from {{ model }}
),
{%- endif %}

failures as (
    {%- for node in checks %}
    select
        '{{ node.test_metadata.name }}' as check_name,
        '{{ node.column_name or "" }}' as column_name,
        '{{ node.name }}' as test_name,
        (select count(*) from ({{ column_check_sql(node, 'rewritten' if rewritten else model) }}) failing) as failing_rows
    {{- "\n    union all" if not loop.last }}
    {%- endfor %}
),

failed as (
    select * from failures where failing_rows > 0
),

message as (
    select
        'kolomcontrole mislukt / column check failed: {{ parent.name }}, '
        || {{ column_checks_periods(parent) }} || ': '
        || string_agg(check_name || coalesce('(' || nullif(column_name, '') || ')', '')
                      || ' ' || failing_rows || ' rij(en)/row(s) [' || test_name || ']', '; '
                      order by test_name) as failure
    from failed
    having count(*) > 0
)

-- a filter, not a column: dbt counts the rows, and DuckDB never computes an unread column
select failure from message where error(failure) is null

{%- else %}
select 1 as failure where false
{%- endif %}

{% endtest %}
