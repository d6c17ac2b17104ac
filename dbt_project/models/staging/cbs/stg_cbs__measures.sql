-- The CBS measures wijkwijs knows, with one Dutch label, unit, theme and definition each
-- (written from wijkwijs/cbs/measures.py on every CBS refresh).

with

source as (

    select * from {{ source('raw_cbs', 'cbs_measures') }}

),

renamed as (

    select
        measure,
        measure_label,
        unit,
        theme,
        definition_nl,
        is_feature
    from source

)

select * from renamed
