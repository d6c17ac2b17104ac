{# A share lies in (0, 1]: a crosswalk row with share 0 carries nothing and is a mistake. #}
{% test share_between_0_and_1(model, column_name) %}

select *
from {{ model }}
where {{ column_name }} <= 0 or {{ column_name }} > 1

{% endtest %}
