{#
    Every raw table, created empty from the columns its dbt source declares (data_type, a
    not_null constraint where a value is required), so a build finds every source even when
    no loader ran (the demo path without CBS data, a first build before any review decision).
    The loaders create the same tables from the same declarations (wijkwijs/raw_tables.py);
    a column declared later reaches an older warehouse as a nullable column at the end.
    Runs at on-run-start (dbt_project.yml); an existing table and its rows are kept.
#}
{% macro create_raw_tables() -%}
    {%- if execute -%}
    create schema if not exists raw;
    {%- for source in graph.sources.values() | sort(attribute='unique_id')
           if source.schema == 'raw' and source.columns %}
    {%- set required = [] %}
    {%- for column in source.columns.values() %}
        {%- do required.append(column.constraints | selectattr('type', 'equalto', 'not_null')
                                                  | list | length > 0) %}
    {%- endfor %}
    create table if not exists raw.{{ source.name }} (
        {%- for column in source.columns.values() %}
        {{ column.name }} {{ column.data_type }}{{ ' not null' if required[loop.index0] }}
        {{- ',' if not loop.last }}
        {%- endfor %}
    );
    {%- for column in source.columns.values() %}
        {%- if not required[loop.index0] %}
    alter table raw.{{ source.name }} add column if not exists {{ column.name }} {{ column.data_type }};
        {%- endif %}
    {%- endfor %}
    {%- endfor %}
    {%- endif -%}
{%- endmacro %}
