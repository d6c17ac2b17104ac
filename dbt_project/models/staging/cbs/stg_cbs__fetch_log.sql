-- What the CBS/PDOK loaders read or fetched, when, and whether it worked.

{{ config(pre_hook=[
    "create schema if not exists raw",
    "create table if not exists raw.cbs_fetch_log (logged_at timestamp not null, source varchar not null, table_id varchar, year integer, status varchar not null, rows integer, fetched_at timestamp, message varchar)"
]) }}

with

source as (

    select * from {{ source('raw_cbs', 'cbs_fetch_log') }}

),

renamed as (

    select

        logged_at,
        source,
        coalesce(table_id, '-') as table_id,
        year,
        status,
        rows,
        fetched_at,
        message

    from source

)

select * from renamed
