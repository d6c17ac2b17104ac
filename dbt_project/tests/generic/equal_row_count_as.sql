{# As many rows as `other` (a table derived row for row from another). `other` is read the way
   `model` is: on an incremental build both only in the periods it rewrote (macros/incremental.sql),
   so the months a build did not touch are not counted again (area_clients_by_period: 24 M rows
   at national scale). #}
{% test equal_row_count_as(model, other) %}

select n_model, n_other
from (select count(*) as n_model from {{ model }})
cross join (select count(*) as n_other from {{ get_where_subquery(other) }})
where n_model != n_other

{% endtest %}
