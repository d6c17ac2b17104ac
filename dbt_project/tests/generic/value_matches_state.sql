{#
    A value is present exactly when its state is `number`: a suppressed, not published or
    unknown value never carries a number, and a number is never NULL.
#}
{% test value_matches_state(model, column_name, state_column) %}

select *
from {{ model }}
where ({{ state_column }} = 'number') != ({{ column_name }} is not null)

{% endtest %}
