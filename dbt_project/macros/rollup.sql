{#
    Aggregates for rolling buurt values up to wijk and gemeente.

    A parent gets the sum of its children only when every child is a number. Otherwise the
    parent value is NULL and its state is the first one present in the priority
    not_published > unknown > too_few_residents > suppressed. Because that priority is a fixed
    order, rolling buurten straight up to the gemeente gives the same result as going through
    the wijken. (too_few_residents only occurs after disclosure control, e.g. in a year of
    monthly figures.)
#}

{% macro rollup_state(state_column) -%}
    case
        when bool_or({{ state_column }} = 'not_published') then 'not_published'
        when bool_or({{ state_column }} = 'unknown') then 'unknown'
        when bool_or({{ state_column }} = 'too_few_residents') then 'too_few_residents'
        when bool_or({{ state_column }} = 'suppressed') then 'suppressed'
        else 'number'
    end
{%- endmacro %}


{% macro rollup_value(value_column, state_column) -%}
    case
        when bool_and({{ state_column }} = 'number') then cast(sum({{ value_column }}) as integer)
    end
{%- endmacro %}


{#
    For columns without a state column (population): NULL means unknown, so the parent is the
    sum only when no child is NULL.
#}
{% macro sum_if_complete(value_column) -%}
    case
        when count(*) = count({{ value_column }}) then cast(sum({{ value_column }}) as integer)
    end
{%- endmacro %}
