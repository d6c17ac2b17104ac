{#
    The snapshot of the application database's youth-review decisions
    (wijkwijs/appdb/pipeline_read.py). The Dagster asset raw/app_youth_reviews replaces it on
    every run; created empty here (on-run-start) so a build without that asset, or before the
    first review, still finds its source. Same columns as the asset writes.
#}
{% macro create_app_youth_reviews() -%}
    create schema if not exists raw;
    create table if not exists raw.app_youth_reviews (
        source_key varchar,
        decision varchar,
        idea varchar,
        activity varchar,
        held_hash varchar,
        decided_at timestamp
    )
{%- endmacro %}
