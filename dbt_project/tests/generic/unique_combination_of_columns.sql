{#
    The combination of the given columns is unique (the grain of a model).
    A stand-in for dbt_utils.unique_combination_of_columns, which needs `dbt deps`.
#}
{% test unique_combination_of_columns(model, combination_of_columns) %}

with

grouped as (

    select
        {{ combination_of_columns | join(', ') }},
        count(*) as n_rows

    from {{ model }}

    group by {{ combination_of_columns | join(', ') }}

)

select * from grouped
where n_rows > 1

{% endtest %}
