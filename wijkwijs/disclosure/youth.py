"""Disclosure control of the youth input marts (docs/youth-input.md, docs/privacy.md).

An idea is not a person or a case and every published idea is listed as a quote, so the number
of ideas per buurt, theme and quarter is public. The age band is the quasi-identifier: per cell
(buurt, theme, year, quarter) a band with fewer ideas than the threshold is hidden, and, as for
the case counts, more bands until the cell's total minus the shown bands cannot narrow a hidden
band down (wijkwijs.disclosure.suppress, with the total as a public root). The records then show
an age band only where their cell shows that band, so counting records gives nothing more.
"""

from __future__ import annotations

import hashlib
import hmac
import re

import pandas as pd

from wijkwijs.disclosure.dbt import rules_of
from wijkwijs.disclosure.keys import disclosure_key
from wijkwijs.disclosure.suppress import Hierarchy, protect

BANDS = ("10-13", "14-17", "18-23")
CELL = ("boundary_year", "buurt_code", "theme", "year", "quarter")
ID_CHARS = 20  # 80 bits of HMAC: unique for any realistic number of ideas, checked by dbt
# a load id starts with the time of the load; the rest (the file's content hash) and the line
# are stable, so a warehouse rebuilt from the archive serves the same ids
LOAD_TIME = re.compile(r"^[0-9]{8}T[0-9]+-")


def disclose_bands(session, released, rules_rel, *, name: str):
    rules = rules_of(rules_rel)
    released.to_view(f"{name}_released", replace=True)
    cell = ", ".join(CELL)
    bands = ", ".join(f"('{b}')" for b in BANDS)
    session.execute(
        f"""
        create or replace temp view {name}_cells as
        with totals as (
            select {cell}, count(*) as ideas from {name}_released group by all
        ),
        counted as (
            select {cell}, age_band, count(*) as ideas from {name}_released group by all
        ),
        per_band as (
            select t.*, b.band, coalesce(c.ideas, 0) as value
            from totals t
            cross join (values {bands}) as b (band)
            left join counted c
              on {" and ".join(f"c.{c} = t.{c}" for c in CELL)} and c.age_band = b.band
        )
        select {cell}, 'total' as area_code, cast(null as varchar) as parent_code, 0 as depth,
            ideas as value, 'number' as state, false as small, cast(null as bigint) as upper,
            true as public
        from totals
        union all
        select {cell}, band, 'total', 1, value, 'number', false, ideas, false
        from per_band
        """
    )
    out = protect(session, f"{name}_cells", Hierarchy(CELL, depth=1, exact=True), rules,
                  disclosure_key(), name)
    return out.filter("depth = 1").project(
        f"{cell}, area_code as age_band, cast(value as integer) as ideas, state, suppression"
    )


def published_ids(released) -> pd.DataFrame:
    key = disclosure_key()
    ids = released.project("record_id").df()["record_id"].astype(str)
    return pd.DataFrame({  # string dtype: VARCHAR in DuckDB even when there are no ideas yet
        "record_id": pd.Series(ids, dtype="string"),
        "published_id": pd.Series(
            [hmac.new(key, f"youth-record|{LOAD_TIME.sub('', r)}".encode(),
                      hashlib.sha256).hexdigest()[:ID_CHARS]
             for r in ids], dtype="string"),
    })
