"""Hierarchies of counts for the disclosure tests, and a minimal serving copy made of them.

`hierarchy_cells` lays out one gemeente → wijken → buurten tree per month as the cells
wijkwijs.disclosure.suppress takes; `serving_copy` writes what the suppression published as the
tables the attacker (wijkwijs.attack) reads from a copy: areas, area_clients_monthly and
publish_info. Nothing here decides what is hidden: that is the code under test.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd

from wijkwijs.disclosure import DisclosureRules

KEY = bytes(range(32))
GEMEENTE = "GM0001"


def hierarchy_cells(months: list[list[list[int]]], small: set[str] = frozenset(),
                    residents: dict[str, int] | None = None) -> pd.DataFrame:
    """Cells for `months[m][w][b]` = the count of buurt b of wijk w in month m.

    `small`: codes of areas below the minimum population; `residents`: the published population
    of an area's group (the attacker's bound is this + 4 below the gemeente)."""
    rows = []
    for m, wijken in enumerate(months):
        total = 0
        for w, buurten in enumerate(wijken):
            wijk = f"WK0001{w:02d}"
            for b, count in enumerate(buurten):
                rows.append((m, "buurt", f"BU0001{w:02d}{b:02d}", wijk, 2, count))
            rows.append((m, "wijk", wijk, GEMEENTE, 1, sum(buurten)))
            total += sum(buurten)
        rows.append((m, "gemeente", GEMEENTE, None, 0, total))
    frame = pd.DataFrame(rows, columns=["month", "area_level", "area_code", "parent_code",
                                        "depth", "value"])
    residents = residents or {}
    upper = [
        None if code not in residents else residents[code] + (0 if level == "gemeente" else 4)
        for level, code in zip(frame["area_level"], frame["area_code"], strict=True)
    ]
    return frame.assign(state="number", small=frame["area_code"].isin(small),
                        upper=pd.array(upper, dtype="Int64"), public=False)


def serving_copy(path: Path, published: pd.DataFrame, rules: DisclosureRules,
                 residents: dict[str, int] | None = None, legacy: bool = False) -> Path:
    """A serving copy holding `published` (the output of suppress.protect on hierarchy_cells,
    or cells as the first algorithm published them); `legacy`: publish_info as that algorithm
    wrote it (threshold and base only)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    residents = residents or {}
    areas = published.drop_duplicates("area_code")[["area_level", "area_code", "parent_code"]]
    wijk_of = dict(zip(areas["area_code"], areas["parent_code"], strict=True))
    areas = areas.assign(
        boundary_year=2024,
        wijk_code=[c if lvl == "wijk" else (wijk_of[c] if lvl == "buurt" else None)
                   for lvl, c in zip(areas["area_level"], areas["area_code"], strict=True)],
        gemeente_code=GEMEENTE,
        residents_total=[residents.get(c) for c in areas["area_code"]],
    )
    if "category" not in published.columns:
        published = published.assign(domain="jeugd", category="jeugdreclassering")
    clients = published.assign(
        boundary_year=2024,
        period=pd.to_datetime("2024-01-01") + pd.to_timedelta(published["month"] * 31, "D"),
        clients=published["value"], clients_state=published["state"],
        residents=[residents.get(c) for c in published["area_code"]],
    )
    with duckdb.connect(str(path)) as con:
        con.register("areas_frame", areas)
        con.execute("create table areas as select boundary_year, area_level, area_code, "
                    "wijk_code, gemeente_code, residents_total::integer as residents_total "
                    "from areas_frame")
        con.register("clients_frame", clients)
        con.execute("create table area_clients_monthly as select area_level, area_code, "
                    "period::date as period, domain, category, boundary_year, "
                    "clients::integer as clients, clients_state, "
                    "residents::integer as residents from clients_frame")
        columns = rules.publish_info_columns()
        if legacy:
            columns = {k: columns[k] for k in ("suppression_threshold", "rounding_base")}
        con.execute(
            "create table publish_info as select now()::timestamp as published_at, "
            "'test' as content_hash, ? as row_counts, "
            + ", ".join(f"? as {name}" for name in columns),
            [json.dumps({}), *columns.values()],
        )
    return path
