-- The area profile shows exactly one headline category per domain.
select domain, count(*) as n_headline
from {{ ref('categories') }}
where is_headline
group by domain
having count(*) != 1
