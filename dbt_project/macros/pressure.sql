{#
    The multi-domain pressure signal, one rule for the profile of the gemeente's own figures
    (area_profile_monthly) and the one on CBS's figures (cbs_area_profile): a domain is high
    when its index against the gemeente is `high_index` (120) or more; domains with a
    non-number index are not assessed. docs/models.md.

    `domains` is a list of (domain, Dutch label); the relation needs `<domain>_index` and
    `<domain>_index_state` for each.
#}

{#- select items: `<domain>_is_high` per domain and `domains_assessed` -#}
{% macro pressure_flags(domains, high_index=120) -%}
    {%- for domain, _ in domains %}
    case
        when {{ domain }}_index_state = 'number' then {{ domain }}_index >= {{ high_index }}
    end as {{ domain }}_is_high,
    {%- endfor %}
    {%- for domain, _ in domains %}
    cast(coalesce({{ domain }}_index_state = 'number', false) as integer)
    {%- if not loop.last %} + {% endif %}
    {%- endfor %} as domains_assessed
{%- endmacro %}


{#- select items on a relation with pressure_flags: pressure_score, pressure_state,
    pressure_domains -#}
{% macro pressure_columns(domains) -%}
    case
        when domains_assessed > 0 then
            {%- for domain, _ in domains %}
            cast(coalesce({{ domain }}_is_high, false) as integer)
            {%- if not loop.last %} + {% endif %}
            {%- endfor %}
    end as pressure_score,
    case
        when domains_assessed > 0 then 'number'
        {%- for state in ['not_published', 'unknown', 'too_few_residents', 'suppressed'] %}
        when
            {%- for domain, _ in domains %}
            coalesce({{ domain }}_index_state, 'unknown') = '{{ state }}'
            {%- if not loop.last %} or{% endif %}
            {%- endfor %}
            then '{{ state }}'
        {%- endfor %}
        else 'unknown'
    end as pressure_state,
    case
        when domains_assessed > 0 then concat_ws(
            ', ',
            {%- for domain, label in domains %}
            case when {{ domain }}_is_high then '{{ label }}' end
            {%- if not loop.last %},{% endif %}
            {%- endfor %}
        )
    end as pressure_domains
{%- endmacro %}
