with

source as (

    select * from {{ source('raw_youth', 'youth_input') }}

),

renamed as (

    select

        ----------  ids
        record_id,
        load_id,
        trim(buurt_code) as buurt_code,
        cast(boundary_year as integer) as boundary_year,

        ----------  time: the exact date stays in raw, marts get the quarter
        cast(collected_on as date) as collected_on,
        cast(extract(year from collected_on) as integer) as year,
        cast(extract(quarter from collected_on) as integer) as quarter,
        cast(date_trunc('quarter', collected_on) as date) as quarter_start,

        ----------  content (scrubbed)
        lower(trim(theme)) as theme,
        case lower(trim(theme))
            when 'ontmoeten' then 'Ontmoeten'
            when 'sport_en_spelen' then 'Sport en spelen'
            when 'groen' then 'Groen'
            when 'veiligheid_en_verlichting' then 'Veiligheid en verlichting'
            when 'verkeer' then 'Verkeer'
            when 'wonen' then 'Wonen'
            when 'voorzieningen' then 'Voorzieningen'
            when 'overig' then 'Overig'
        end as theme_label,
        idea,
        age_band,
        organisation,
        activity,
        cast(support as integer) as support,

        ----------  generalised location
        location_precision,
        cast(x_rd as double) as x_rd,
        cast(y_rd as double) as y_rd,
        cast(lon as double) as lon,
        cast(lat as double) as lat,

        ----------  privacy
        scrub_markers,
        review_status,
        review_reason,
        review_status in ('automatisch_vrijgegeven', 'vrijgegeven') as is_published

    from source

)

select * from renamed
