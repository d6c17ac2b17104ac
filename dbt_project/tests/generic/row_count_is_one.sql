{# Exactly one row, e.g. the rules of a run. #}
{% test row_count_is_one(model) %}

select count(*) as n
from {{ model }}
having count(*) != 1

{% endtest %}
