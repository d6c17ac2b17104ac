with

source as (

    select * from {{ source('app', 'app_youth_reviews') }}

),

renamed as (

    select

        ----------  ids
        source_key,
        held_hash,

        ----------  the decision
        decision,
        idea as edited_idea,
        activity as edited_activity,
        cast(decided_at as timestamp) as decided_at

    from source

)

select * from renamed
