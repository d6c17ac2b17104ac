{#
    States of derived figures (docs/models.md). A derived figure is a number only when every
    figure it is computed from is a number; otherwise it is NULL and its state is the first
    non-number state found, the area's own state first.
#}

{# Change against an earlier figure: `earlier_state` is NULL when there is no earlier figure. #}
{% macro change_state(rate_state, earlier_state) -%}
    case
        when {{ rate_state }} != 'number' then {{ rate_state }}
        when {{ earlier_state }} is null then 'unknown'
        when {{ earlier_state }} != 'number' then {{ earlier_state }}
        else 'number'
    end
{%- endmacro %}


{# Index against a reference rate (100 = the reference); a zero reference gives `unknown`. #}
{% macro index_state(rate_state, reference_rate, reference_state) -%}
    case
        when {{ rate_state }} != 'number' then {{ rate_state }}
        when {{ reference_state }} is null then 'unknown'
        when {{ reference_state }} != 'number' then {{ reference_state }}
        when {{ reference_rate }} = 0 then 'unknown'
        else 'number'
    end
{%- endmacro %}


{# Percentage change; NULL when the change is not a number or the earlier rate is 0. #}
{% macro pct_change(rate, earlier_rate, state) -%}
    case
        when {{ state }} = 'number' and {{ earlier_rate }} != 0
            then cast(({{ rate }} - {{ earlier_rate }}) * 100.0 / {{ earlier_rate }} as double)
    end
{%- endmacro %}
