"""A small serving copy for the Jongereninbreng page (tables of docs/architecture.md).

Gemeente GM9999, boundary year 2025, wijk Centrum with two 500 m buurten side by side:
Marktkwartier (west) and Kerkbuurt (east). Marktkwartier has six published ideas: five of
14-17 year olds (3 groen, 2 sport en spelen) and one of a 10-13 year old (ontmoeten).
Kerkbuurt has two ideas about verkeer (18-23). Youth-care figures for juni 2025: Marktkwartier
85,0 per 1.000, Kerkbuurt suppressed.

The youth tables are made as publish makes them: the age bands go through the disclosure
control (wijkwijs.disclosure.youth) with the default rules of publish_info. No buurt, theme and
quarter has 10 ideas of one age band, so every record's age band is `verborgen` in this copy,
and the ids are the keyed published ids, without order.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
from pyproj import Transformer
from shapely.geometry import box

from wijkwijs.config import DBT_PROJECT_DIR
from wijkwijs.disclosure import DisclosureRules
from wijkwijs.disclosure.youth import disclose_bands, published_ids
from wijkwijs.publish.geometry import map_rows
from wijkwijs.publish.schema import SCHEMA_VERSION

RULES = DisclosureRules()  # as publish_info says

YEAR = 2025
PERIOD = date(2025, 6, 1)
TO_WGS = Transformer.from_crs("EPSG:28992", "EPSG:4326", always_xy=True)
BUURTEN = {
    "BU99990101": ("Marktkwartier", box(155_000, 463_000, 155_500, 463_500), 400),
    "BU99990102": ("Kerkbuurt", box(155_500, 463_000, 156_000, 463_500), 250),
}
# buurt, x, y, precision, quarter, theme, theme label, idea, age band, support
RECORDS = [
    (
        "BU99990101",
        155_150,
        463_150,
        "raster_100m",
        "2025-01-01",
        "groen",
        "Groen",
        "Meer bomen langs de Molenstraat, in de zomer is het daar heel heet",
        "14-17",
        7,
    ),
    (
        "BU99990101",
        155_250,
        463_350,
        "raster_100m",
        "2025-04-01",
        "groen",
        "Groen",
        "Een moestuin waar jongeren zelf dingen kunnen kweken",
        "14-17",
        None,
    ),
    (
        "BU99990101",
        155_350,
        463_150,
        "raster_100m",
        "2025-04-01",
        "groen",
        "Groen",
        "Minder zwerfafval in het park. Groetjes [naam]",
        "14-17",
        2,
    ),
    (
        "BU99990101",
        155_250,
        463_250,
        "buurt",
        "2024-10-01",
        "sport_en_spelen",
        "Sport en spelen",
        "Een panna-kooi in de buurt",
        "14-17",
        3,
    ),
    (
        "BU99990101",
        155_050,
        463_450,
        "raster_100m",
        "2025-04-01",
        "sport_en_spelen",
        "Sport en spelen",
        "Een pumptrack voor BMX en step",
        "14-17",
        1,
    ),
    (
        "BU99990101",
        155_450,
        463_050,
        "raster_100m",
        "2025-01-01",
        "ontmoeten",
        "Ontmoeten",
        "Een overdekte hangplek bij het pleintje aan de Kerkstraat",
        "10-13",
        None,
    ),
    (
        "BU99990102",
        155_650,
        463_150,
        "raster_100m",
        "2025-01-01",
        "verkeer",
        "Verkeer",
        "Een zebrapad bij de school aan de Lindelaan",
        "18-23",
        4,
    ),
    (
        "BU99990102",
        155_850,
        463_350,
        "raster_100m",
        "2025-04-01",
        "verkeer",
        "Verkeer",
        "De bus moet vaker rijden, ook 's avonds",
        "18-23",
        None,
    ),
]
JEUGD_RATES = {
    "BU99990101": (34, 85.0, "number"),
    "BU99990102": (None, None, "suppressed"),
    "GM9999": (60, 92.3, "number"),
}


def records_frame() -> pd.DataFrame:
    frame = pd.DataFrame(
        RECORDS,
        columns=[
            "buurt_code",
            "x_rd",
            "y_rd",
            "location_precision",
            "quarter_start",
            "theme",
            "theme_label",
            "idea",
            "age_band",
            "support",
        ],
    )
    lon, lat = TO_WGS.transform(frame["x_rd"].to_numpy(float), frame["y_rd"].to_numpy(float))
    starts = pd.to_datetime(frame["quarter_start"])
    return frame.assign(
        record_id=[f"load-1-{i:05d}" for i in range(2, len(frame) + 2)],
        boundary_year=YEAR,
        buurt_name=frame["buurt_code"].map(lambda c: BUURTEN[c][0]),
        wijk_code="WK999901",
        wijk_name="Centrum",
        lon=np.round(lon, 6),
        lat=np.round(lat, 6),
        year=starts.dt.year,
        quarter=starts.dt.quarter,
        quarter_start=starts.dt.date,
        organisation="Jongerenwerk Demstervoort",
        activity="Straatgesprek",
        x_rd=frame["x_rd"].astype(float),
        y_rd=frame["y_rd"].astype(float),
        support=frame["support"].astype("Int64"),
    )


def publish_youth(con, released: pd.DataFrame) -> None:
    """youth_input_records and youth_input_by_buurt_theme in `con`, from the released records
    (true age bands, load ids) through the disclosure control, as the dbt marts make them."""
    con.register("released_frame", released)
    con.execute("create or replace temp table released as select * from released_frame")
    con.register("rules_frame", pd.DataFrame([RULES.as_row()]))
    bands = disclose_bands(con, con.table("released"), con.table("rules_frame"), name="fixture")
    bands.to_table("bands")
    ids = published_ids(con.table("released"))
    con.register("ids", ids)
    con.execute("""
        create table youth_input_records as
        select * replace (
            ids.published_id as record_id,
            case when b.state = 'number' then r.age_band else 'verborgen' end as age_band)
        from released r
        join ids using (record_id)
        left join bands b
          on b.boundary_year = r.boundary_year and b.buurt_code = r.buurt_code
         and b.theme = r.theme and b.year = r.year and b.quarter = r.quarter
         and b.age_band = r.age_band""")
    band = {"10-13": "10_13", "14-17": "14_17", "18-23": "18_23"}
    pivot = ", ".join(
        f"max(ideas) filter (where age_band = '{b}')::integer as records_{c}, "
        f"max(state) filter (where age_band = '{b}') as records_{c}_state"
        for b, c in band.items()
    )
    con.execute(f"""
        create table youth_input_by_buurt_theme as
        with counted as (
            select boundary_year, buurt_code, theme, year, quarter,
                any_value(theme_label) as theme_label, any_value(quarter_start) as quarter_start,
                count(*)::integer as records,
                coalesce(sum(support), 0)::integer as support_total
            from released group by all
        ),
        pivoted as (
            select boundary_year, buurt_code, theme, year, quarter, {pivot}
            from bands group by all
        )
        select * from counted join pivoted using (boundary_year, buurt_code, theme, year, quarter)
        """)


def build_youth_serving(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    seeds = DBT_PROJECT_DIR / "seeds"
    categories = pd.read_csv(seeds / "categories.csv", dtype=str)
    for column in ("is_headline", "is_unique_total"):
        categories[column] = categories[column] == "true"
    for column in ("rate_scale", "bbv_rate_scale"):
        categories[column] = pd.to_numeric(categories[column])
    areas = [
        dict(
            area_level="buurt",
            area_code=c,
            area_name=n,
            wijk_code="WK999901",
            wijk_name="Centrum",
            residents_0_17=r,
        )
        for c, (n, _, r) in BUURTEN.items()
    ]
    areas += [
        dict(
            area_level="wijk",
            area_code="WK999901",
            area_name="Centrum",
            wijk_code="WK999901",
            wijk_name="Centrum",
            residents_0_17=650,
        ),
        dict(
            area_level="gemeente",
            area_code="GM9999",
            area_name="Demstervoort",
            wijk_code=None,
            wijk_name=None,
            residents_0_17=650,
        ),
    ]
    for a in areas:
        a.update(
            boundary_year=YEAR,
            gemeente_code="GM9999",
            gemeente_name="Demstervoort",
            is_water=False,
            residents_total=a["residents_0_17"] * 5,
            residents_18_plus=a["residents_0_17"] * 4,
            residents_18_66=a["residents_0_17"] * 3,
            households=a["residents_0_17"] * 2,
        )
    clients = []
    for code, (n, rate, state) in JEUGD_RATES.items():
        level = "gemeente" if code.startswith("GM") else "buurt"
        # the unique-client totals have a mart of their own, as in a real copy
        for cat in categories[~categories["is_unique_total"]].itertuples(index=False):
            first = cat.category == "jeugdhulp_zonder_verblijf"
            clients.append(
                dict(
                    area_level=level,
                    area_code=code,
                    period=PERIOD,
                    domain=cat.domain,
                    category=cat.category,
                    boundary_year=YEAR,
                    clients=n if first else 10,
                    clients_state=state if first else "number",
                    population_group=cat.population_group,
                    residents=650,
                    rate_per_1000=rate if first else 12.5,
                    rate_state=state if first else "number",
                )
            )
    shapes = {
        **{c: s for c, (_, s, _) in BUURTEN.items()},
        "WK999901": BUURTEN["BU99990101"][1].union(BUURTEN["BU99990102"][1]),
    }
    # the map geometry as publish stores it: RD New in whole metres, with each area's box
    geometry = map_rows(
        pd.DataFrame({"boundary_year": YEAR, "area_code": list(shapes),
                      "area_level": ["wijk" if c.startswith("WK") else "buurt" for c in shapes]}),
        list(shapes.values()))
    records = records_frame()
    tables = {
        "areas": pd.DataFrame(areas),
        "area_clients_monthly": pd.DataFrame(clients),
        "categories": categories,
        "value_states": pd.read_csv(seeds / "value_states.csv", dtype=str),
        "definitions": pd.DataFrame(
            [
                (
                    "area_clients_monthly",
                    "rate_per_1000",
                    "Cliënten per 1.000 inwoners",
                    "Het aantal cliënten per 1.000 inwoners van de bevolkingsgroep.",
                    "per 1.000 inwoners",
                    "Eigen registratie gemeente",
                ),
            ],
            columns=["table_name", "column_name", "label", "definition", "unit", "source"],
        ),
        "area_map_geometry": geometry,
    }
    path.unlink(missing_ok=True)
    with duckdb.connect(str(path)) as con:
        for name, frame in tables.items():
            con.register("frame", frame)
            con.execute(f"create table {name} as select * from frame")
            con.unregister("frame")
        publish_youth(con, records)
        # the map's period-first copy of the figures, which every current copy has (dbt mart)
        con.execute("create table area_clients_by_period as "
                    "select * from area_clients_monthly order by period, area_code")
        add_other_marts(con)  # every other mart of the contract, empty, as a current copy
        columns = RULES.publish_info_columns()
        con.execute(
            "create table publish_info as select timestamp '2025-07-02 06:00:00' as "
            "published_at, 'fixture' as content_hash, ? as row_counts, ? as schema_version, "
            + ", ".join(f"? as {name}" for name in columns),
            [json.dumps({}), SCHEMA_VERSION, *columns.values()],
        )
    return path


def add_other_marts(con: duckdb.DuckDBPyConnection) -> None:
    """Every mart the fixture does not fill, empty, with the columns of its dbt contract (the
    manifest `make setup` parses): what a demo copy holds without CBS or youth input."""
    manifest = json.loads((DBT_PROJECT_DIR / "target" / "manifest.json").read_text())
    have = {name for (name,) in con.execute("select table_name from duckdb_tables()").fetchall()}
    for node in manifest["nodes"].values():
        if node["resource_type"] != "model" or node["schema"] != "marts" or node["name"] in have:
            continue
        columns = ", ".join(f"{c['name']} {c['data_type']}" for c in node["columns"].values())
        con.execute(f"create table {node['name']} ({columns})")
