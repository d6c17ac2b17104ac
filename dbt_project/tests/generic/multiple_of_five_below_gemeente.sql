{#
    Population below the gemeente is published rounded to a multiple of 5, as CBS does
    (wijkwijs.disclosure.population); the gemeente's own figure stays exact.
#}
{% test multiple_of_five_below_gemeente(model, column_name) %}

select *
from {{ model }}
where area_level in ('buurt', 'wijk') and {{ column_name }} % 5 != 0

{% endtest %}
