{# Helpers of the column_checks test (tests/generic/column_checks.sql). #}

{# The model a column_checks test belongs to: `model` is its relation, or the subquery of the
   periods the build rewrote (duckdb__get_where_subquery), naming that relation. #}
{% macro column_checks_parent(model) -%}
    {%- set text = model | string -%}
    {%- for node in graph.nodes.values()
            if node.resource_type in ('model', 'seed', 'snapshot') and node.relation_name
            and (text == node.relation_name
                 or text.startswith('(select * from ' ~ node.relation_name ~ ' ')) -%}
        {%- do return(node) -%}
    {%- endfor -%}
    {%- do exceptions.raise_compiler_error('column_checks: no model for ' ~ text) -%}
{%- endmacro %}


{# The kinds of test column_checks runs: those the build leaves to it (wijkwijs/build_plan.py
   FOLDED_TESTS), and relationships, which dbt leaves out when the model they point to is not
   rebuilt (an excluded parent takes its tests along): the new rows must still point to it. #}
{% macro column_check_kinds() -%}
    {%- do return(['not_null', 'unique', 'accepted_values', 'value_matches_state',
                   'unique_combination_of_columns', 'relationships',
                   'relationships_by_columns']) -%}
{%- endmacro %}


{# The relation of a test argument `ref('name')` (test kwargs keep it as text), from the graph:
   the model is current (left alone by this build, or built before this test). #}
{% macro column_check_ref(node, text) -%}
    {%- set found = modules.re.fullmatch("ref\\(['\"](\\w+)['\"]\\)", text | trim) -%}
    {%- for other in graph.nodes.values()
            if found and other.resource_type in ('model', 'seed', 'snapshot')
            and other.name == found.group(1) -%}
        {%- do return(other.relation_name) -%}
    {%- endfor -%}
    {%- do exceptions.raise_compiler_error(
        'column_checks cannot run ' ~ node.unique_id ~ ': it points to ' ~ text) -%}
{%- endmacro %}


{# A folded test's own SQL, by its generic test, on the rows it would have read: the model's
   (the periods the build rewrote) and its own `where`. A test counted otherwise than "any
   failing row fails" cannot be folded: said at compile time, never checked otherwise. #}
{% macro column_check_sql(node, model) -%}
    {%- set config = node.config -%}
    {%- if config.fail_calc != 'count(*)' or config.error_if != '!= 0'
           or config.warn_if != '!= 0' or config.limit is not none -%}
        {%- do exceptions.raise_compiler_error(
            'column_checks cannot run ' ~ node.unique_id ~ ': it counts failures its own way '
            ~ '(fail_calc, error_if, warn_if or limit); give it severity warn') -%}
    {%- endif -%}
    {%- if config.where -%}
        {%- set model = '(select * from ' ~ model ~ ' where ' ~ config.where ~ ') dbt_where' -%}
    {%- endif -%}
    {%- set name = node.test_metadata.name -%}
    {%- set kwargs = node.test_metadata.kwargs -%}
    {%- if name == 'not_null' -%}
        {{ test_not_null(model, kwargs.column_name) }}
    {%- elif name == 'unique' -%}
        {{ test_unique(model, kwargs.column_name) }}
    {%- elif name == 'accepted_values' -%}
        {{ test_accepted_values(model, kwargs.column_name, kwargs['values'],
                                kwargs.get('quote', true)) }}
    {%- elif name == 'value_matches_state' -%}
        {{ test_value_matches_state(model, kwargs.column_name, kwargs.state_column) }}
    {%- elif name == 'unique_combination_of_columns' -%}
        {{ test_unique_combination_of_columns(model, kwargs.combination_of_columns) }}
    {%- elif name == 'relationships' -%}
        {{ test_relationships(model, kwargs.column_name, column_check_ref(node, kwargs.to),
                              kwargs.field) }}
    {%- elif name == 'relationships_by_columns' -%}
        {{ test_relationships_by_columns(model, kwargs.columns,
                                         column_check_ref(node, kwargs.to),
                                         kwargs.get('to_columns')) }}
    {%- else -%}
        {%- do exceptions.raise_compiler_error('column_checks cannot run ' ~ node.unique_id) -%}
    {%- endif -%}
{%- endmacro %}


{# The periods the test read, as a SQL string expression for its message. #}
{% macro column_checks_periods(parent) -%}
    {%- set spec = incremental_test_scopes().get(parent.name) -%}
    {%- if spec and not flags.FULL_REFRESH -%}
        {%- set column, scope, by_type, period_type = spec -%}
        ('periode(n)/period(s) ' || coalesce((
            select string_agg(label, ', ' order by label) from (
                select distinct strftime(period, '{{ '%Y' if period_type == 'year' else '%Y-%m' }}') as label
                from {{ periods_relation() }}
                where scope = '{{ scope }}' and period_type = '{{ period_type }}')), '-'))
    {%- else -%}
        'alle rijen/all rows'
    {%- endif -%}
{%- endmacro %}
