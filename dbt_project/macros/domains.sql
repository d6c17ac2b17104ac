{#
    The domains, in the order of the categories seed, as a list of (domain, Dutch label): the
    one list the per-domain columns of area_profile_monthly (and macros/pressure.sql) loop
    over, so a domain added to the seed is a domain of the profile (docs/models.md). Read
    from the built seed; at parse time (no database), and when compiling before the seed was
    ever built, the list is empty (a build of the model itself then fails on its contract).
#}
{% macro domains() -%}
    {%- if not execute -%}
        {{ return([]) }}
    {%- endif -%}
    {#- the built seed itself, not ref(): inside a unit test ref() names the test's fixture,
        a CTE no query can read (schema `seeds`: dbt_project.yml) -#}
    {%- set relation = api.Relation.create(
        database=target.database, schema=generate_schema_name('seeds', none),
        identifier='categories') -%}
    {%- if adapter.get_relation(relation.database, relation.schema, relation.identifier) is none -%}
        {{ return([]) }}
    {%- endif -%}
    {%- set rows = run_query(
        "select domain, any_value(domain_label) as domain_label from " ~ relation
        ~ " group by domain order by min(rowid)") -%}
    {{ return(rows.rows | map('list') | list) }}
{%- endmacro %}
