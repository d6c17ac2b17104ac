"""A small serving copy with exactly the tables and columns of docs/architecture.md.

Fictional gemeente GM9999 Demstervoort, boundary year 2024: wijk Centrum (buurten Oude Markt,
Havenkwartier) and wijk Noord (Bloemenbuurt, Sluiskwartier, a code with a letter), three months
(2024-01 … 2024-03) and two stapeling years (2023 with numbers, 2024 not yet published).

Cells the tests rely on (`CELLS`): the gemeente figure 1.235 for Hulp bij het huishouden in
maart 2024, a `suppressed` cell (Havenkwartier: its wijk Centrum is shown instead, the fallback
flag `show_wijk_instead`), a `not_published` cell (Bloemenbuurt, Jeugd; its wijk is not published
either) and an `unknown` month (Oude Markt, februari 2024).

The copy obeys the disclosure rules of wijkwijs.disclosure (publish_info: threshold 10, base 5)
and passes the attacker (tests/disclosure): no published count below 10, population a multiple
of 5, and Havenkwartier's small count protected by a second hidden cell in its wijk (Oude
Markt, maart, hulp bij het huishouden: secundair); likewise in the stapeling.

The derived columns of the marts (change, index, fallback, the integrated profile, similar
buurten) follow docs/architecture.md and are computed here from the same cells; `load_status`
holds one rejected (quarantined) file. Every other mart of the current schema is there empty,
with the columns of its dbt contract, and `publish_info` carries the current schema_version: a
copy of the one version the dashboard reads (wijkwijs.publish.schema).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import geopandas as gpd
import pandas as pd
import shapely

from wijkwijs.config import DBT_PROJECT_DIR
from wijkwijs.disclosure import DisclosureRules
from wijkwijs.publish.geometry import MAP_CRS, as_map_geojson
from wijkwijs.publish.schema import SCHEMA_VERSION

RULES = DisclosureRules()  # the defaults; the copy says so in publish_info

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
HEADLINE = {"huishoudelijke_hulp", "jeugdhulp_zonder_verblijf", "algemene_bijstand"}
DOMAIN_LABELS = {"wmo": "Wmo", "jeugd": "Jeugdwet", "participatiewet": "Participatiewet"}
HIGH_INDEX = 120
CATEGORIES = [  # as dbt_project/seeds/categories.csv
    ("wmo", "huishoudelijke_hulp", "Wmo", "Hulp bij het huishouden", "18_plus"),
    ("wmo", "begeleiding", "Wmo", "Ondersteuning thuis / begeleiding", "18_plus"),
    (
        "wmo",
        "hulpmiddelen_woonvoorzieningen",
        "Wmo",
        "Hulpmiddelen en woonvoorzieningen",
        "18_plus",
    ),
    ("wmo", "vervoer", "Wmo", "Vervoersvoorzieningen", "18_plus"),
    ("wmo", "beschermd_wonen_opvang", "Wmo", "Beschermd wonen en opvang", "18_plus"),
    ("jeugd", "jeugdhulp_zonder_verblijf", "Jeugdwet", "Jeugdhulp zonder verblijf", "0_17"),
    ("jeugd", "jeugdhulp_met_verblijf", "Jeugdwet", "Jeugdhulp met verblijf", "0_17"),
    ("jeugd", "jeugdbescherming", "Jeugdwet", "Jeugdbescherming", "0_17"),
    ("jeugd", "jeugdreclassering", "Jeugdwet", "Jeugdreclassering", "0_17"),
    ("participatiewet", "algemene_bijstand", "Participatiewet", "Algemene bijstand", "18_66"),
    ("participatiewet", "re_integratie", "Participatiewet", "Re-integratievoorziening", "18_66"),
    (
        "participatiewet",
        "loonkostensubsidie_beschut_werk",
        "Participatiewet",
        "Loonkostensubsidie en beschut werk",
        "18_66",
    ),
]
TOTAL_CATEGORIES = [  # the domains' unique-client totals (seed code `totaal`; not in the
    # fixture's `categories`, which the dashboard reads without them anyway)
    ("wmo", "totaal", "Wmo", "Unieke cliënten Wmo (totaal)", "18_plus"),
    ("jeugd", "totaal", "Jeugdwet", "Unieke jongeren met jeugdhulp (totaal)", "0_17"),
    ("participatiewet", "totaal", "Participatiewet", "Unieke cliënten Participatiewet (totaal)",
     "18_66"),
]
# Unique Wmo clients in maart 2024 (the export's `totaal`); wijken and gemeente are the sums
# (Centrum 280, Noord 1.340, gemeente 1.620). Jeugdwet and Participatiewet, and every domain in
# januari and februari, have no total in the export: nog niet geleverd.
WMO_TOTALS = {"BU99990101": 160, "BU99990102": 120, "BU99990201": 1200, "BU999902A1": 140}
GROUP_LABELS = {
    "18_plus": "inwoners 18 jaar en ouder",
    "0_17": "inwoners 0 tot en met 17 jaar",
    "18_66": "inwoners 18 tot en met 66 jaar",
}
COMBINATIONS = [
    "wmo_jeugd",
    "wmo_participatiewet",
    "jeugd_participatiewet",
    "wmo_jeugd_participatiewet",
]

# Buurt cells that do not follow the formula: (true count, state). Wijk and gemeente figures
# are the true buurt counts summed and rounded to 5; a member that is not published or unknown
# makes the sum not published or unknown. Hulp bij het huishouden in maart 2024 adds up to
# 85 + 3 + 1050 + 95 = 1233 → gemeente 1.235 (45,1 per 1.000 of 27.380 inwoners 18+).
CELLS = {
    ("BU99990101", "wmo", "huishoudelijke_hulp", date(2024, 3, 1)): (85, "suppressed"),
    ("BU99990102", "wmo", "huishoudelijke_hulp", date(2024, 3, 1)): (3, "suppressed"),
    ("BU99990201", "wmo", "huishoudelijke_hulp", date(2024, 3, 1)): (1050, "number"),
    ("BU999902A1", "wmo", "huishoudelijke_hulp", date(2024, 3, 1)): (95, "number"),
    ("BU99990201", "jeugd", "jeugdhulp_zonder_verblijf", date(2024, 3, 1)): (0, "not_published"),
    ("BU99990101", "wmo", "huishoudelijke_hulp", date(2024, 2, 1)): (0, "unknown"),
}
STAPELING_CELLS = {  # the second protects the first (their wijk Centrum is published)
    ("BU99990101", 2023, "wmo_jeugd_participatiewet"): (None, "suppressed"),
    ("BU99990102", 2023, "wmo_jeugd_participatiewet"): (None, "suppressed"),
}

DEFINITIONS = [  # as the dbt column meta of dbt_project/models/marts/_marts__models.yml
    (
        "area_clients_monthly",
        "clients",
        "Aantal cliënten",
        "Het aantal inwoners dat in deze maand een voorziening van deze soort had, voor een wijk "
        "of de gemeente opgeteld over de buurten.",
        "aantal cliënten",
        "Eigen registratie gemeente (maandexport Wmo/Jeugd/Participatiewet)",
    ),
    (
        "area_clients_monthly",
        "rate_per_1000",
        "Cliënten per 1.000 inwoners",
        "Het aantal cliënten per 1.000 inwoners van de bevolkingsgroep in het gebied, zodat grote "
        "en kleine gebieden te vergelijken zijn.",
        "per 1.000 inwoners van de bevolkingsgroep (18+, 0-17 of 18-66 jaar)",
        "Eigen registratie gemeente (maandexport Wmo/Jeugd/Participatiewet); inwoners BRP / CBS",
    ),
    (
        "area_stapeling_yearly",
        "households",
        "Huishoudens",
        "Het aantal huishoudens dat in het jaar ondersteuning kreeg uit precies deze wetten.",
        "aantal huishoudens",
        "Eigen registratie gemeente of CBS (stapeling)",
    ),
    (
        "area_stapeling_yearly",
        "share_pct",
        "Aandeel huishoudens",
        "Welk percentage van alle huishoudens in het gebied ondersteuning kreeg uit precies deze "
        "wetten tegelijk.",
        "%",
        "Eigen registratie gemeente of CBS (stapeling); huishoudens BRP / CBS",
    ),
    (
        "area_clients_monthly",
        "index_gemeente",
        "Index t.o.v. gemeente",
        "Het cijfer per 1.000 inwoners van het gebied gedeeld door dat van de gemeente, maal 100: "
        "100 is het gemeentelijk gemiddelde.",
        "index (gemeente = 100)",
        "Eigen registratie gemeente; bewerking wijkwijs",
    ),
    (
        "area_clients_monthly",
        "rate_change_prev_year",
        "Verandering t.o.v. een jaar eerder",
        "Het verschil in cliënten per 1.000 inwoners met dezelfde maand een jaar eerder.",
        "verschil per 1.000 inwoners",
        "Eigen registratie gemeente; bewerking wijkwijs",
    ),
    (
        "area_profile_monthly",
        "pressure_score",
        "Druk in meer domeinen",
        "In hoeveel van de drie domeinen het gebied minstens 20% boven het gemeentelijk "
        "gemiddelde ligt (index 120 of meer).",
        "aantal domeinen (0-3)",
        "Eigen registratie gemeente; bewerking wijkwijs",
    ),
    (
        "similar_buurten",
        "distance",
        "Verschil in bevolkingsopbouw",
        "Hoe sterk de bevolkingsopbouw van de buurt afwijkt; kleiner is meer vergelijkbaar.",
        "afstand",
        "BRP / CBS; bewerking wijkwijs",
    ),
    (
        "areas",
        "residents_total",
        "Inwoners",
        "Het aantal inwoners in het gebied op 1 januari van het indelingsjaar.",
        "aantal inwoners",
        "BRP / CBS",
    ),
]

DDL = """
create table areas (
    boundary_year integer, area_level varchar, area_code varchar, area_name varchar,
    wijk_code varchar, wijk_name varchar, gemeente_code varchar, gemeente_name varchar,
    is_water boolean, residents_total integer, residents_0_17 integer,
    residents_18_plus integer, residents_18_66 integer, households integer);
create table area_clients_monthly (
    area_level varchar, area_code varchar, period date, domain varchar, category varchar,
    boundary_year integer, wijk_code varchar, gemeente_code varchar,
    clients integer, clients_state varchar, population_group varchar,
    residents integer, rate_per_1000 double, rate_state varchar,
    rate_prev_period double, rate_change_prev_period double,
    rate_change_prev_period_pct double, change_prev_period_state varchar,
    rate_prev_year double, rate_change_prev_year double, rate_change_prev_year_pct double,
    change_prev_year_state varchar, series_start boolean, via_crosswalk boolean,
    gemeente_rate_per_1000 double, gemeente_rate_state varchar, index_gemeente double,
    index_state varchar, wijk_rate_per_1000 double, wijk_rate_state varchar,
    show_wijk_instead boolean);
create table area_stapeling_yearly (
    area_level varchar, area_code varchar, year integer, combination varchar,
    boundary_year integer, households integer, households_state varchar,
    total_households integer, share_pct double, share_state varchar);
create table area_client_totals_monthly (
    area_level varchar, area_code varchar, period date, domain varchar, boundary_year integer,
    wijk_code varchar, gemeente_code varchar, domain_label varchar, clients integer,
    clients_state varchar, population_group varchar, population_group_label varchar,
    residents integer, rate double, rate_state varchar, rate_unit varchar,
    index_gemeente double, index_state varchar);
create table categories (
    domain varchar, category varchar, domain_label varchar, category_label varchar,
    population_group varchar, population_group_label varchar, is_headline boolean,
    is_unique_total boolean);
create table similar_buurten (
    boundary_year integer, buurt_code varchar, rank integer, gemeente_code varchar,
    similar_buurt_code varchar, distance double, features varchar);
create table load_status (
    file_name varchar, file_kind varchar, status varchar, rows integer, periods varchar,
    loaded_at timestamp, message varchar);
create table value_states (value_state varchar, label varchar);
create table definitions (
    table_name varchar, column_name varchar, label varchar, definition varchar,
    unit varchar, source varchar);
create table area_geometry (
    boundary_year integer, area_level varchar, area_code varchar, geojson varchar);
create table map_files (boundary_year integer, area_level varchar, file_name varchar);
create table publish_info (
    published_at timestamp, content_hash varchar, row_counts varchar, schema_version integer,
    suppression_threshold integer, rounding_base integer, min_residents integer,
    min_group_residents integer, protection_width integer, population_base integer,
    method varchar);
"""


def _areas() -> list[dict]:
    gm_code, gm_name = GEMEENTE
    rows = []
    for code, (name, wijk, r017, r18p, r1866, hh, _) in BUURTEN.items():
        rows.append(
            dict(
                area_level="buurt",
                area_code=code,
                area_name=name,
                wijk_code=wijk,
                wijk_name=WIJKEN[wijk],
                residents_0_17=r017,
                residents_18_plus=r18p,
                residents_18_66=r1866,
                households=hh,
            )
        )
    for level, code, name, members in (
        *[("wijk", w, n, [b for b, v in BUURTEN.items() if v[1] == w]) for w, n in WIJKEN.items()],
        ("gemeente", gm_code, gm_name, list(BUURTEN)),
    ):
        sums = [sum(BUURTEN[b][k] for b in members) for k in (2, 3, 4, 5)]
        rows.append(
            dict(
                area_level=level,
                area_code=code,
                area_name=name,
                wijk_code=code if level == "wijk" else None,
                wijk_name=name if level == "wijk" else None,
                residents_0_17=sums[0],
                residents_18_plus=sums[1],
                residents_18_66=sums[2],
                households=sums[3],
            )
        )
    for row in rows:
        row.update(
            boundary_year=YEAR,
            gemeente_code=gm_code,
            gemeente_name=gm_name,
            is_water=False,
            residents_total=row["residents_0_17"] + row["residents_18_plus"],
        )
    return rows


def _members(area: dict) -> list[str]:
    if area["area_level"] == "buurt":
        return [area["area_code"]]
    if area["area_level"] == "wijk":
        return [b for b, v in BUURTEN.items() if v[1] == area["area_code"]]
    return list(BUURTEN)


def _buurt_cell(code: str, j: int, m: int) -> tuple[int, str]:
    domain, category = CATEGORIES[j][:2]
    # 10 … 90: every count at least the threshold, so it is published
    formula = 5 * (2 + (3 * list(BUURTEN).index(code) + 2 * j + m) % 17)
    return CELLS.get((code, domain, category, PERIODS[m]), (formula, "number"))


def _totals(areas: list[dict]) -> list[dict]:
    """area_client_totals_monthly: every area, month and domain; Wmo in maart delivered."""
    rows = []
    for area in areas:
        residents = area["residents_0_17"] + area["residents_18_plus"]
        gemeente = sum(WMO_TOTALS.values())
        for domain, _, label, _, _ in TOTAL_CATEGORIES:
            for period in PERIODS:
                delivered = domain == "wmo" and period == PERIODS[-1]
                clients = sum(WMO_TOTALS[b] for b in _members(area)) if delivered else None
                state = "number" if delivered else "not_delivered"
                rate = round(clients * 1000 / residents, 1) if delivered else None
                city = round(gemeente * 1000 / sum(v[2] + v[3] for v in BUURTEN.values()), 1)
                rows.append(dict(
                    area_level=area["area_level"], area_code=area["area_code"], period=period,
                    domain=domain, boundary_year=YEAR,
                    wijk_code=area["wijk_code"],
                    gemeente_code=GEMEENTE[0], domain_label=label, clients=clients,
                    clients_state=state, population_group="total",
                    population_group_label="inwoners", residents=residents if delivered else None,
                    rate=rate, rate_state=state, rate_unit="per 1.000 inwoners",
                    index_gemeente=round(rate * 100 / city, 1) if delivered else None,
                    index_state=state,
                ))
    return rows


def _clients(areas: list[dict]) -> list[dict]:
    group_column = {
        "18_plus": "residents_18_plus",
        "0_17": "residents_0_17",
        "18_66": "residents_18_66",
    }
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
                rows.append(
                    dict(
                        area_level=area["area_level"],
                        area_code=area["area_code"],
                        period=period,
                        domain=domain,
                        category=category,
                        boundary_year=YEAR,
                        clients=clients,
                        clients_state=state,
                        population_group=group,
                        residents=residents,
                        rate_per_1000=rate,
                        rate_state=state,
                    )
                )
    return rows


def _state_of(*states: str | None) -> str:
    """The first state that is not a number (a missing figure is unknown), else number."""
    for state in states:
        if state is None or pd.isna(state):
            return "unknown"
        if state != "number":
            return state
    return "number"


def _derived(clients: pd.DataFrame) -> pd.DataFrame:
    """The change, index and fallback columns of docs/architecture.md on the fixture rows."""
    df = clients.copy()
    wijk_of = {b: v[1] for b, v in BUURTEN.items()}
    df["wijk_code"] = [
        wijk_of.get(c) if lvl == "buurt" else (c if lvl == "wijk" else None)
        for lvl, c in zip(df["area_level"], df["area_code"], strict=True)
    ]
    df["gemeente_code"] = GEMEENTE[0]
    key = ["area_level", "area_code", "domain", "category"]
    df = df.sort_values([*key, "period"], ignore_index=True)
    prev = df.groupby(key)[["rate_per_1000", "rate_state"]].shift(1)
    df["series_start"] = prev["rate_state"].isna()
    df["via_crosswalk"] = False
    states = [_state_of(s, p) for s, p in zip(df["rate_state"], prev["rate_state"], strict=True)]
    df["change_prev_period_state"] = states
    ok = [s == "number" for s in states]
    df["rate_prev_period"] = prev["rate_per_1000"].where(ok)
    df["rate_change_prev_period"] = (df["rate_per_1000"] - prev["rate_per_1000"]).round(1).where(ok)
    df["rate_change_prev_period_pct"] = (
        ((df["rate_per_1000"] / prev["rate_per_1000"] - 1) * 100).round(1).where(ok)
    )
    # no month of 2023 in the fixture: the change on a year earlier is unknown everywhere
    for col in ("rate_prev_year", "rate_change_prev_year", "rate_change_prev_year_pct"):
        df[col] = None
    df["change_prev_year_state"] = [_state_of(s, None) for s in df["rate_state"]]
    other = df[
        ["area_level", "area_code", "domain", "category", "period", "rate_per_1000", "rate_state"]
    ]
    city = other[other["area_level"] == "gemeente"].drop(columns=["area_level", "area_code"])
    df = df.merge(
        city.rename(
            columns={"rate_per_1000": "gemeente_rate_per_1000", "rate_state": "gemeente_rate_state"}
        ),
        on=["domain", "category", "period"],
        how="left",
    )
    wijk = other[other["area_level"] == "wijk"].drop(columns=["area_level"])
    df = df.merge(
        wijk.rename(
            columns={
                "area_code": "wijk_code",
                "rate_per_1000": "wijk_rate_per_1000",
                "rate_state": "wijk_rate_state",
            }
        ),
        on=["wijk_code", "domain", "category", "period"],
        how="left",
    )
    df["index_state"] = [
        _state_of(a, g) for a, g in zip(df["rate_state"], df["gemeente_rate_state"], strict=True)
    ]
    df["index_gemeente"] = (
        (df["rate_per_1000"] / df["gemeente_rate_per_1000"] * 100)
        .round(0)
        .where(df["index_state"] == "number")
    )
    df["show_wijk_instead"] = (
        (df["area_level"] == "buurt")
        & (df["rate_state"] != "number")
        & (df["wijk_rate_state"] == "number")
    )
    return df


def _profile(clients: pd.DataFrame, stapeling: pd.DataFrame) -> pd.DataFrame:
    """marts.area_profile_monthly: the headline category of every domain side by side."""
    head = clients[clients["category"].isin(HEADLINE)]
    rows = []
    for (level, code, period), group in head.groupby(
        ["area_level", "area_code", "period"], sort=True
    ):
        first = group.iloc[0]
        row = dict(
            area_level=level,
            area_code=code,
            period=period,
            boundary_year=YEAR,
            wijk_code=first["wijk_code"],
            gemeente_code=first["gemeente_code"],
        )
        high = []
        for g in group.itertuples(index=False):
            d = g.domain
            is_number = g.index_state == "number"
            row.update(
                {
                    f"{d}_category": g.category,
                    f"{d}_rate_per_1000": g.rate_per_1000,
                    f"{d}_rate_state": g.rate_state,
                    f"{d}_index": g.index_gemeente,
                    f"{d}_index_state": g.index_state,
                    f"{d}_is_high": (g.index_gemeente >= HIGH_INDEX) if is_number else None,
                }
            )
            if is_number and g.index_gemeente >= HIGH_INDEX:
                high.append(d)
        assessed = sum(row[f"{d}_index_state"] == "number" for d in DOMAIN_LABELS)
        st_rows = stapeling[
            (stapeling["area_level"] == level)
            & (stapeling["area_code"] == code)
            & (stapeling["year"] == period.year)
        ]
        row["stapeling_year"] = period.year
        for s in st_rows.itertuples(index=False):
            row[f"stapeling_{s.combination}_pct"] = s.share_pct
            row[f"stapeling_{s.combination}_state"] = s.share_state
        two = st_rows["share_state"].eq("number").all() and len(st_rows)
        row["stapeling_two_or_more_pct"] = (
            round(float(st_rows["share_pct"].sum()), 1) if two else float("nan")
        )
        row["stapeling_two_or_more_state"] = (
            "number" if two else _state_of(*[s for s in st_rows["share_state"] if s != "number"])
        )
        row.update(
            domains_assessed=assessed,
            pressure_score=len(high) if assessed else None,
            pressure_state="number" if assessed else "suppressed",
            pressure_domains=", ".join(DOMAIN_LABELS[d] for d in DOMAIN_LABELS if d in high),
            is_multi_domain_pressure=(len(high) >= 2) if assessed else None,
        )
        rows.append(row)
    return pd.DataFrame(rows)


def _similar() -> pd.DataFrame:
    codes = list(BUURTEN)
    rows = []
    for i, code in enumerate(codes):
        others = sorted((c for c in codes if c != code), key=lambda c: (abs(codes.index(c) - i), c))
        for rank, other in enumerate(others, start=1):
            rows.append(
                dict(
                    boundary_year=YEAR,
                    buurt_code=code,
                    rank=rank,
                    gemeente_code=GEMEENTE[0],
                    similar_buurt_code=other,
                    distance=round(0.4 * rank + 0.1 * i, 2),
                )
            )
    return pd.DataFrame(rows)


LOAD_STATUS = [
    ("wmo_2024-01.csv", "case_counts", "loaded", 60, "2024-01", "2024-02-05 07:00:00", None),
    ("wmo_2024-02.csv", "case_counts", "loaded", 60, "2024-02", "2024-03-04 07:00:00", None),
    ("wmo_2024-03.csv", "case_counts", "loaded", 60, "2024-03", "2024-04-01 07:00:00", None),
    (
        "wmo_2024-03 (1).csv",
        "case_counts",
        "duplicate",
        0,
        "2024-03",
        "2024-04-01 07:05:00",
        "Zelfde inhoud als wmo_2024-03.csv",
    ),
    ("jeugd_2024-03.csv", "case_counts", "loaded", 48, "2024-03", "2024-04-01 07:01:00", None),
    (
        "participatiewet_2024-03.csv",
        "case_counts",
        "replaced",
        36,
        "2024-03",
        "2024-04-01 07:02:00",
        "Vervangt een eerdere levering voor 2024-03",
    ),
    (
        "jeugd_2024-04.csv",
        "case_counts",
        "rejected",
        0,
        None,
        "2024-05-02 07:00:00",
        "Kolom 'bsn' lijkt persoonsgegevens te bevatten; het bestand is niet geladen",
    ),
    ("stapeling_2023.csv", "stapeling", "loaded", 24, "2023", "2024-04-01 07:03:00", None),
]


def _stapeling_buurt(code: str, k: int) -> int:
    """Households of a buurt in 2023 with combination k (true count; a multiple of 15, >= 45)."""
    return 15 * (3 + (list(BUURTEN).index(code) + 2 * k) % 7)


def _stapeling(areas: list[dict]) -> list[dict]:
    rows = []
    for area in areas:
        for k, combination in enumerate(COMBINATIONS):
            for year in (2023, 2024):
                if year == 2024:
                    households, state = None, "not_published"
                else:  # a wijk and the gemeente: the sum of their buurten (multiples of 5)
                    households = sum(_stapeling_buurt(b, k) for b in _members(area))
                    households, state = STAPELING_CELLS.get(
                        (area["area_code"], year, combination), (households, "number")
                    )
                total = area["households"]
                share = round(households * 100 / total, 1) if state == "number" else None
                rows.append(
                    dict(
                        area_level=area["area_level"],
                        area_code=area["area_code"],
                        year=year,
                        combination=combination,
                        boundary_year=YEAR,
                        households=households,
                        households_state=state,
                        total_households=total,
                        share_pct=share,
                        share_state=state,
                    )
                )
    return rows


def _square(cells: list[tuple[int, int]]) -> str:
    """A WGS84 polygon covering grid cells (x, y) of 0.02° by 0.012° near 5.9 E, 52.0 N."""
    xs = [c[0] for c in cells]
    ys = [c[1] for c in cells]
    x0, x1 = 5.90 + 0.02 * min(xs), 5.90 + 0.02 * (max(xs) + 1)
    y0, y1 = 52.00 + 0.012 * min(ys), 52.00 + 0.012 * (max(ys) + 1)
    ring = [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]
    return json.dumps(
        {"type": "Polygon", "coordinates": [[[round(x, 6), round(y, 6)] for x, y in ring]]}
    )


def _geometry(areas: list[dict]) -> list[dict]:
    return [
        dict(
            boundary_year=YEAR,
            area_level=a["area_level"],
            area_code=a["area_code"],
            geojson=_square([BUURTEN[b][6] for b in _members(a)]),
        )
        for a in areas
    ]


# the map's period-first copy of the monthly mart (dbt marts/area_clients_by_period.sql)
PERIOD_KEYS = ("area_level", "period", "domain", "category", "boundary_year", "area_code")
PERIOD_FIGURES = (
    "clients", "clients_state", "rate_per_1000", "rate_state", "residents",
    "index_gemeente", "index_state", "rate_change_prev_year", "change_prev_year_state",
    "rate_change_prev_period", "change_prev_period_state",
)


def add_period_table(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create `area_clients_by_period` from `area_clients_monthly` in `con`, as dbt does."""
    con.execute(
        "create or replace table area_clients_by_period as select "
        f"{', '.join((*PERIOD_KEYS, *PERIOD_FIGURES))} from area_clients_monthly "
        f"order by {', '.join(PERIOD_KEYS)}"
    )


def add_map_geometry(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create `area_map_geometry` from `area_geometry`, in the map's planar coordinates
    as publish writes it (wijkwijs.publish.geometry)."""
    rows = con.execute("select * from area_geometry order by all").df()
    planar = gpd.GeoSeries(shapely.from_geojson(rows["geojson"]), crs="EPSG:4326").to_crs(MAP_CRS)
    planar = shapely.set_precision(planar.values, 1.0)
    box = shapely.bounds(planar)
    on_map = rows.drop(columns=["geojson"]).assign(
        geojson=as_map_geojson(planar), minx=box[:, 0], miny=box[:, 1], maxx=box[:, 2],
        maxy=box[:, 3])
    con.register("on_map", on_map)
    con.execute("create or replace table area_map_geometry as select * from on_map")
    con.unregister("on_map")


def _add_other_marts(con: duckdb.DuckDBPyConnection) -> None:
    """Every mart the fixture does not fill, empty, with the columns of its dbt contract (the
    manifest `make setup` parses): what a demo copy holds without CBS or youth input."""
    manifest = json.loads((DBT_PROJECT_DIR / "target" / "manifest.json").read_text())
    have = {name for (name,) in con.execute("select table_name from duckdb_tables()").fetchall()}
    for node in manifest["nodes"].values():
        if node["resource_type"] != "model" or node["schema"] != "marts" or node["name"] in have:
            continue
        columns = ", ".join(f"{c['name']} {c['data_type']}" for c in node["columns"].values())
        con.execute(f"create table {node['name']} ({columns})")


def build_serving_fixture(path: Path) -> Path:
    """Write the serving copy to `path` (a DuckDB file) and return `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    areas = _areas()
    clients = _derived(pd.DataFrame(_clients(areas)))
    stapeling = pd.DataFrame(_stapeling(areas))
    tables = {
        "areas": pd.DataFrame(areas),
        "area_clients_monthly": clients,
        "area_stapeling_yearly": stapeling,
        "area_profile_monthly": _profile(clients, stapeling),
        "similar_buurten": _similar(),
        "load_status": pd.DataFrame(
            LOAD_STATUS,
            columns=["file_name", "file_kind", "status", "rows", "periods", "loaded_at", "message"],
        ).assign(loaded_at=lambda f: pd.to_datetime(f["loaded_at"])),
        "area_client_totals_monthly": pd.DataFrame(_totals(areas)),
        "categories": pd.DataFrame(
            [(*c, GROUP_LABELS[c[4]], c[1] in HEADLINE, False) for c in CATEGORIES],
            columns=[
                "domain",
                "category",
                "domain_label",
                "category_label",
                "population_group",
                "population_group_label",
                "is_headline",
                "is_unique_total",
            ],
        ),
        "value_states": pd.DataFrame(
            [
                ("number", "—"),
                ("suppressed", "geheim"),
                ("not_published", "nog niet gepubliceerd"),
                ("unknown", "onbekend"),
                ("too_few_residents", "te weinig inwoners"),
                ("not_delivered", "nog niet geleverd"),
            ],
            columns=["value_state", "label"],
        ),
        "definitions": pd.DataFrame(
            DEFINITIONS,
            columns=["table_name", "column_name", "label", "definition", "unit", "source"],
        ),
        "area_geometry": pd.DataFrame(_geometry(areas)),
    }
    with duckdb.connect(str(path)) as con:
        con.execute(DDL)
        for name, frame in tables.items():
            con.register("frame", frame)
            if name == "area_profile_monthly":  # wide: its columns come from the frame
                con.execute(f"create table {name} as select * from frame")
            else:
                con.execute(f"insert into {name} by name select * from frame")
            con.unregister("frame")
        add_period_table(con)  # as publish serves it
        add_map_geometry(con)
        _add_other_marts(con)
        counts = {name: len(frame) for name, frame in tables.items()}
        con.execute(
            "insert into publish_info values (timestamp '2024-04-02 06:00:00', 'fixture', ?, "
            "?, " + ", ".join("?" for _ in RULES.publish_info_columns()) + ")",
            [json.dumps(counts), SCHEMA_VERSION, *RULES.publish_info_columns().values()],
        )
    return path
