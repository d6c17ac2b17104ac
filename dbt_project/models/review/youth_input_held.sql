-- Held youth input for the review page only (docs/appdb.md). Schema `review`: publish copies
-- marts and seeds, never this; wijkwijs.publish.review_copy writes it to a separate file that
-- only the review role reads. The least a reviewer needs: the scrubbed text with the
-- scrubber's marks and reasons, theme, buurt, quarter, age band, organisation, activity.
-- No coordinates, no exact date.
with

reviewed as (

    select * from {{ ref('int_youth_input_reviewed') }}

),

buurten as (

    select * from {{ ref('stg_raw__buurten') }}

),

wijken as (

    select * from {{ ref('stg_raw__wijken') }}

),

held as (

    select

        ----------  grain: the stable source key the decision is keyed on
        reviewed.record_id as source_key,
        reviewed.held_hash,

        ----------  the scrubbed text as held (before any edit) and the scrubber's findings
        youth_input.idea as held_idea,
        youth_input.activity as held_activity,
        reviewed.scrub_markers,
        reviewed.review_reason,

        ----------  context
        reviewed.theme,
        reviewed.theme_label,
        reviewed.age_band,
        reviewed.organisation,
        reviewed.support,
        reviewed.quarter_start,
        reviewed.boundary_year,
        reviewed.buurt_code,
        buurten.buurt_name,
        wijken.wijk_name,
        reviewed.location_precision,

        ----------  state as of this run
        reviewed.review_decision,
        reviewed.is_published

    from reviewed

    inner join {{ ref('stg_raw_youth__youth_input') }} as youth_input
        on reviewed.record_id = youth_input.record_id

    left join buurten
        on
            reviewed.boundary_year = buurten.boundary_year
            and reviewed.buurt_code = buurten.buurt_code

    left join wijken
        on
            buurten.boundary_year = wijken.boundary_year
            and buurten.wijk_code = wijken.wijk_code

    where reviewed.review_status = 'te_beoordelen'

)

select * from held
