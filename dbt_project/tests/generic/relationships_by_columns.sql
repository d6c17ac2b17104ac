{#
    Every combination of `columns` in the model exists as the combination `to_columns` in
    `to` (a relationships test on a composite key, e.g. boundary_year + area_level + area_code).
    Rows with a NULL in any of the columns are ignored, as the built-in test does.
#}
{% test relationships_by_columns(model, columns, to, to_columns=none) %}

{%- set to_columns = to_columns or columns -%}

with

child as (

    select distinct {{ columns | join(', ') }}
    from {{ model }}
    where
        {% for column in columns -%}
        {{ column }} is not null{% if not loop.last %} and {% endif %}
        {%- endfor %}

),

parent as (

    select distinct
        {% for i in range(columns | length) -%}
        {{ to_columns[i] }} as {{ columns[i] }}{% if not loop.last %},{% endif %}
        {% endfor %}
    from {{ to }}

),

orphans as (

    select child.*
    from child
    left join parent
        on
            {% for column in columns -%}
            child.{{ column }} = parent.{{ column }}{% if not loop.last %} and {% endif %}
            {%- endfor %}
    where parent.{{ columns[0] }} is null

)

select * from orphans

{% endtest %}
