-- Youth input with the reviewers' decisions applied (docs/appdb.md). A decision counts only
-- for the text it was made on (held_hash): a re-delivery with the same text keeps it, a
-- changed text is held again. Approved: published, with the edited text where there is one.
-- Rejected: never published. No decision: as the scrubber left it.
with

youth_input as (

    select * from {{ ref('stg_raw_youth__youth_input') }}

),

decisions as (

    select * from {{ ref('stg_app__youth_reviews') }}

),

fingerprinted as (

    select
        *,
        sha256(coalesce(idea, '') || chr(10) || coalesce(activity, '')) as held_hash
    from youth_input

),

reviewed as (

    select

        fingerprinted.* exclude (idea, activity, is_published),

        ----------  content: the reviewer's edit wins when approved
        case
            when decisions.decision = 'goedgekeurd'
                then coalesce(decisions.edited_idea, fingerprinted.idea)
            else fingerprinted.idea
        end as idea,
        case
            when decisions.decision = 'goedgekeurd'
                then coalesce(decisions.edited_activity, fingerprinted.activity)
            else fingerprinted.activity
        end as activity,

        ----------  the review
        decisions.decision as review_decision,
        decisions.decided_at as reviewed_at,
        case
            when decisions.decision = 'afgewezen' then false
            when decisions.decision = 'goedgekeurd' then true
            else fingerprinted.is_published
        end as is_published

    from fingerprinted

    left join decisions
        on
            fingerprinted.record_id = decisions.source_key
            and fingerprinted.held_hash = decisions.held_hash

)

select * from reviewed
