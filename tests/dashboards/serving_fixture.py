"""A small serving copy with exactly the tables and columns of docs/architecture.md.

Fictional gemeente GM9999 Demstervoort, boundary year 2024: wijk Centrum (buurten Oude Markt,
Havenkwartier) and wijk Noord (Bloemenbuurt, Sluiskwartier, a code with a letter), three months
(2024-01 … 2024-03) and two stapeling years (2023 with numbers, 2024 not yet published).

Cells the tests rely on (`CELLS`): the gemeente figure 1.235 for Hulp bij het huishouden in
maart 2024, a `suppressed` cell (Havenkwartier), a `not_published` cell (Bloemenbuurt, Jeugd) and
an `unknown` month (Oude Markt, februari 2024). Swap `build_serving_fixture` for a copy published
by the real pipeline and the dashboard tests should still describe the same screens.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

YEAR = 2024
PERIODS = [date(2024, 1, 1), date(2024, 2, 1), date(2024, 3, 1)]
GEMEENTE = ("GM9999", "Demstervoort")
WIJKEN = {"WK999901": "Centrum", "WK999902": "Noord"}
# code: (name, wijk, residents 0-17, 18+, 18-66, households, grid cell)
BUURTEN = {
    "BU99990101": ("Oude Markt", "WK999901", 1210, 6480, 5240, 3710, (0, 0)),
    "BU99990102": ("Havenkwartier", "WK999901", 830, 5120, 4380, 2950, (1, 0)),
    "BU99990201": ("Bloemenbuurt", "WK999902", 2140, 9870, 7650, 5030, (0, 1)),
    "BU999902A1": ("Sluiskwartier", "WK999902", 1015, 5910, 5005, 3125, (1, 1)),
}
CATEGORIES = [  # as dbt_project/seeds/categories.csv
    ("wmo", "huishoudelijke_hulp", "Wmo", "Hulp bij het huishouden", "18_plus"),
    ("wmo", "begeleiding", "Wmo", "Ondersteuning thuis / begeleiding", "18_plus"),
    ("wmo", "hulpmiddelen_woonvoorzieningen", "Wmo", "Hulpmiddelen en woonvoorzieningen",
     "18_plus"),
    ("wmo", "vervoer", "Wmo", "Vervoersvoorzieningen", "18_plus"),
    ("wmo", "beschermd_wonen_opvang", "Wmo", "Beschermd wonen en opvang", "18_plus"),
    ("jeugd", "jeugdhulp_zonder_verblijf", "Jeugdwet", "Jeugdhulp zonder verblijf", "0_17"),
    ("jeugd", "jeugdhulp_met_verblijf", "Jeugdwet", "Jeugdhulp met verblijf", "0_17"),
    ("jeugd", "jeugdbescherming", "Jeugdwet", "Jeugdbescherming", "0_17"),
    ("jeugd", "jeugdreclassering", "Jeugdwet", "Jeugdreclassering", "0_17"),
    ("participatiewet", "algemene_bijstand", "Participatiewet", "Algemene bijstand", "18_66"),
    ("participatiewet", "re_integratie", "Participatiewet", "Re-integratievoorziening", "18_66"),
    ("participatiewet", "loonkostensubsidie_beschut_werk", "Participatiewet",
     "Loonkostensubsidie en beschut werk", "18_66"),
]
GROUP_LABELS = {
    "18_plus": "inwoners 18 jaar en ouder",
    "0_17": "inwoners 0 tot en met 17 jaar",
    "18_66": "inwoners 18 tot en met 66 jaar",
}
COMBINATIONS = ["wmo_jeugd", "wmo_participatiewet", "jeugd_participatiewet",
                "wmo_jeugd_participatiewet"]

# Buurt cells that do not follow the formula: (true count, state). Wijk and gemeente figures
# are the true buurt counts summed and rounded to 5; a member that is not published or unknown
# makes the sum not published or unknown. Hulp bij het huishouden in maart 2024 adds up to
# 85 + 3 + 1050 + 95 = 1233 → gemeente 1.235 (45,1 per 1.000 of 27.380 inwoners 18+).
CELLS = {
    ("BU99990101", "wmo", "huishoudelijke_hulp", date(2024, 3, 1)): (85, "number"),
    ("BU99990102", "wmo", "huishoudelijke_hulp", date(2024, 3, 1)): (3, "suppressed"),
    ("BU99990201", "wmo", "huishoudelijke_hulp", date(2024, 3, 1)): (1050, "number"),
    ("BU999902A1", "wmo", "huishoudelijke_hulp", date(2024, 3, 1)): (95, "number"),
    ("BU99990201", "jeugd", "jeugdhulp_zonder_verblijf", date(2024, 3, 1)):
        (0, "not_published"),
    ("BU99990101", "wmo", "huishoudelijke_hulp", date(2024, 2, 1)): (0, "unknown"),
}
STAPELING_CELLS = {("BU99990101", 2023, "wmo_jeugd_participatiewet"): (None, "suppressed")}

DEFINITIONS = [  # as the dbt column meta of dbt_project/models/marts/_marts__models.yml
    ("area_clients_monthly", "clients", "Aantal cliënten",
     "Het aantal inwoners dat in deze maand een voorziening van deze soort had, voor een wijk "
     "of de gemeente opgeteld over de buurten.", "aantal cliënten",
     "Eigen registratie gemeente (maandexport Wmo/Jeugd/Participatiewet)"),
    ("area_clients_monthly", "rate_per_1000", "Cliënten per 1.000 inwoners",
     "Het aantal cliënten per 1.000 inwoners van de bevolkingsgroep in het gebied, zodat grote "
     "en kleine gebieden te vergelijken zijn.",
     "per 1.000 inwoners van de bevolkingsgroep (18+, 0-17 of 18-66 jaar)",
     "Eigen registratie gemeente (maandexport Wmo/Jeugd/Participatiewet); inwoners BRP / CBS"),
    ("area_stapeling_yearly", "households", "Huishoudens",
     "Het aantal huishoudens dat in het jaar ondersteuning kreeg uit precies deze wetten.",
     "aantal huishoudens", "Eigen registratie gemeente of CBS (stapeling)"),
    ("area_stapeling_yearly", "share_pct", "Aandeel huishoudens",
     "Welk percentage van alle huishoudens in het gebied ondersteuning kreeg uit precies deze "
     "wetten tegelijk.", "%",
     "Eigen registratie gemeente of CBS (stapeling); huishoudens BRP / CBS"),
    ("areas", "residents_total", "Inwoners",
     "Het aantal inwoners in het gebied op 1 januari van het indelingsjaar.",
     "aantal inwoners", "BRP / CBS"),
]

DDL = """
create table areas (
    boundary_year integer, area_level varchar, area_code varchar, area_name varchar,
    wijk_code varchar, wijk_name varchar, gemeente_code varchar, gemeente_name varchar,
    is_water boolean, residents_total integer, residents_0_17 integer,
    residents_18_plus integer, residents_18_66 integer, households integer);
create table area_clients_monthly (
    area_level varchar, area_code varchar, period date, domain varchar, category varchar,
    boundary_year integer, clients integer, clients_state varchar, population_group varchar,
    residents integer, rate_per_1000 double, rate_state varchar);
create table area_stapeling_yearly (
    area_level varchar, area_code varchar, year integer, combination varchar,
    boundary_year integer, households integer, households_state varchar,
    total_households integer, share_pct double, share_state varchar);
create table categories (
    domain varchar, category varchar, domain_label varchar, category_label varchar,
    population_group varchar, population_group_label varchar);
create table value_states (value_state varchar, label varchar);
create table definitions (
    table_name varchar, column_name varchar, label varchar, definition varchar,
    unit varchar, source varchar);
create table area_geometry (
    boundary_year integer, area_level varchar, area_code varchar, geojson varchar);
create table publish_info (
    published_at timestamp, content_hash varchar, row_counts varchar,
    suppression_threshold integer, rounding_base integer);
"""


def _areas() -> list[dict]:
    gm_code, gm_name = GEMEENTE
    rows = []
    for code, (name, wijk, r017, r18p, r1866, hh, _) in BUURTEN.items():
        rows.append(dict(area_level="buurt", area_code=code, area_name=name, wijk_code=wijk,
                         wijk_name=WIJKEN[wijk], residents_0_17=r017, residents_18_plus=r18p,
                         residents_18_66=r1866, households=hh))
    for level, code, name, members in (
        *[("wijk", w, n, [b for b, v in BUURTEN.items() if v[1] == w]) for w, n in
          WIJKEN.items()],
        ("gemeente", gm_code, gm_name, list(BUURTEN)),
    ):
        sums = [sum(BUURTEN[b][k] for b in members) for k in (2, 3, 4, 5)]
        rows.append(dict(area_level=level, area_code=code, area_name=name,
                         wijk_code=code if level == "wijk" else None,
                         wijk_name=name if level == "wijk" else None,
                         residents_0_17=sums[0], residents_18_plus=sums[1],
                         residents_18_66=sums[2], households=sums[3]))
    for row in rows:
        row.update(boundary_year=YEAR, gemeente_code=gm_code, gemeente_name=gm_name,
                   is_water=False,
                   residents_total=row["residents_0_17"] + row["residents_18_plus"])
    return rows


def _members(area: dict) -> list[str]:
    if area["area_level"] == "buurt":
        return [area["area_code"]]
    if area["area_level"] == "wijk":
        return [b for b, v in BUURTEN.items() if v[1] == area["area_code"]]
    return list(BUURTEN)


def _buurt_cell(code: str, j: int, m: int) -> tuple[int, str]:
    domain, category = CATEGORIES[j][:2]
    formula = 5 * (1 + (3 * list(BUURTEN).index(code) + 2 * j + m) % 17)
    return CELLS.get((code, domain, category, PERIODS[m]), (formula, "number"))


def _clients(areas: list[dict]) -> list[dict]:
    group_column = {"18_plus": "residents_18_plus", "0_17": "residents_0_17",
                    "18_66": "residents_18_66"}
    rows = []
    for area in areas:
        for j, (domain, category, _, _, group) in enumerate(CATEGORIES):
            for m, period in enumerate(PERIODS):
                cells = [_buurt_cell(b, j, m) for b in _members(area)]
                states = {state for _, state in cells} - {"number", "suppressed"}
                if area["area_level"] == "buurt":
                    clients, state = cells[0]
                else:
                    clients = 5 * round(sum(n for n, _ in cells) / 5)
                    state = sorted(states)[0] if states else "number"
                residents = area[group_column[group]]
                if state == "number":
                    rate = round(clients * 1000 / residents, 1)
                else:
                    clients, rate = None, None
                rows.append(dict(
                    area_level=area["area_level"], area_code=area["area_code"], period=period,
                    domain=domain, category=category, boundary_year=YEAR, clients=clients,
                    clients_state=state, population_group=group, residents=residents,
                    rate_per_1000=rate, rate_state=state))
    return rows


def _stapeling(areas: list[dict]) -> list[dict]:
    rows = []
    for i, area in enumerate(areas):
        for k, combination in enumerate(COMBINATIONS):
            for year in (2023, 2024):
                if year == 2024:
                    households, state = None, "not_published"
                else:
                    households = 15 * (3 + (i + 2 * k) % 7) * len(_members(area))
                    households, state = STAPELING_CELLS.get(
                        (area["area_code"], year, combination), (households, "number"))
                total = area["households"]
                share = round(households * 100 / total, 1) if state == "number" else None
                rows.append(dict(
                    area_level=area["area_level"], area_code=area["area_code"], year=year,
                    combination=combination, boundary_year=YEAR, households=households,
                    households_state=state, total_households=total, share_pct=share,
                    share_state=state))
    return rows


def _square(cells: list[tuple[int, int]]) -> str:
    """A WGS84 polygon covering grid cells (x, y) of 0.02° by 0.012° near 5.9 E, 52.0 N."""
    xs = [c[0] for c in cells]
    ys = [c[1] for c in cells]
    x0, x1 = 5.90 + 0.02 * min(xs), 5.90 + 0.02 * (max(xs) + 1)
    y0, y1 = 52.00 + 0.012 * min(ys), 52.00 + 0.012 * (max(ys) + 1)
    ring = [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]
    return json.dumps({"type": "Polygon", "coordinates": [[[round(x, 6), round(y, 6)]
                                                           for x, y in ring]]})


def _geometry(areas: list[dict]) -> list[dict]:
    return [dict(boundary_year=YEAR, area_level=a["area_level"], area_code=a["area_code"],
                 geojson=_square([BUURTEN[b][6] for b in _members(a)])) for a in areas]


def build_serving_fixture(path: Path) -> Path:
    """Write the serving copy to `path` (a DuckDB file) and return `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    areas = _areas()
    tables = {
        "areas": pd.DataFrame(areas),
        "area_clients_monthly": pd.DataFrame(_clients(areas)),
        "area_stapeling_yearly": pd.DataFrame(_stapeling(areas)),
        "categories": pd.DataFrame(
            [(*c, GROUP_LABELS[c[4]]) for c in CATEGORIES],
            columns=["domain", "category", "domain_label", "category_label",
                     "population_group", "population_group_label"]),
        "value_states": pd.DataFrame(
            [("number", "—"), ("suppressed", "geheim"),
             ("not_published", "nog niet gepubliceerd"), ("unknown", "onbekend")],
            columns=["value_state", "label"]),
        "definitions": pd.DataFrame(
            DEFINITIONS,
            columns=["table_name", "column_name", "label", "definition", "unit", "source"]),
        "area_geometry": pd.DataFrame(_geometry(areas)),
    }
    with duckdb.connect(str(path)) as con:
        con.execute(DDL)
        for name, frame in tables.items():
            con.register("frame", frame)
            con.execute(f"insert into {name} by name select * from frame")
            con.unregister("frame")
        counts = {name: len(frame) for name, frame in tables.items()}
        con.execute(
            "insert into publish_info values (timestamp '2024-04-02 06:00:00', 'fixture', ?, 5, 5)",
            [json.dumps(counts)],
        )
    return path
