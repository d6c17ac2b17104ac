{# As many rows as `other` (a table derived row for row from another). #}
{% test equal_row_count_as(model, other) %}

select n_model, n_other
from (select count(*) as n_model from {{ model }})
cross join (select count(*) as n_other from {{ other }})
where n_model != n_other

{% endtest %}
