"""A youth-input file (docs/data-contract.md) checked, scrubbed and generalised, ready to store
(`kinds.YOUTH_INPUT.prepare`). Its codes (themes, age bands, review states) are the youth
package's (wijkwijs.youth.codes), which never imports the ingest.

`prepare_youth_input` returns the rows for raw.youth_input and every problem; a file with any
problem is quarantined whole, like every other inbox file. A record the scrubber is unsure
about is not a problem: it is stored with review_status 'te_beoordelen' and never published.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import geopandas as gpd
import numpy as np
import pandas as pd

from wijkwijs.ingest.kinds import YOUTH_INPUT, resolve_columns
from wijkwijs.ingest.personal_data import find_personal_data
from wijkwijs.ingest.problems import Problem
from wijkwijs.ingest.validate import BUURT_CODE, MAX_PROBLEMS_PER_RULE, check_required_columns
from wijkwijs.ingest.validate import shown as shown_if_safe
from wijkwijs.youth import locate
from wijkwijs.youth.codes import AGE_BANDS, HELD, PUBLISHED, THEMES
from wijkwijs.youth.scrub import Scrubber

FREE_TEXT = YOUTH_INPUT.free_text  # scrubbed; every other column must hold no personal data
COLUMNS = [
    "line", "collected_on", "boundary_year", "buurt_code", "x_rd", "y_rd", "lon", "lat",
    "location_precision", "theme", "idea", "age_band", "organisation", "activity", "support",
    "scrub_markers", "review_status", "review_reason",
]  # fmt: skip


@dataclass(frozen=True)
class YouthContext:
    buurten: gpd.GeoDataFrame  # boundary_year, buurt_code, geometry (RD New)
    places: tuple[str, ...]  # buurt, wijk and gemeente names: kept by the scrubber
    today: date

    @property
    def years(self) -> list[int]:
        return sorted({int(y) for y in self.buurten["boundary_year"]})

    def codes(self, year: int) -> frozenset[str]:
        return frozenset(self.buurten.loc[self.buurten["boundary_year"] == year, "buurt_code"])


def youth_context(con, today: date | None = None) -> YouthContext:
    """Boundaries and place names from the warehouse (raw.buurten, raw.wijken)."""
    rows = con.execute(
        "select boundary_year, buurt_code, geometry_wkb from raw.buurten order by all"
    ).df()
    names = con.execute(
        "select buurt_name from raw.buurten union select wijk_name from raw.wijken "
        "union select gemeente_name from raw.buurten"
    ).fetchall()
    return YouthContext(
        buurten=locate.buurten_frame(rows),
        places=tuple(sorted({n[0] for n in names if n[0]})),
        today=today or date.today(),
    )


class _Problems:
    def __init__(self, file: str):
        self.file, self.items, self._per_rule = file, [], {}

    def add(self, index: int, column: str, nl: str, en: str, value: str | None = None) -> None:
        key = (column, nl)
        self._per_rule[key] = self._per_rule.get(key, 0) + 1
        if self._per_rule[key] > MAX_PROBLEMS_PER_RULE:
            return
        shown = shown_if_safe(value)  # never a value that could be personal
        self.items.append(Problem(self.file, int(index), column, nl + shown, en + shown))


def _support(text: str) -> int | None | str:
    cell = (text or "").strip()
    if cell == "":
        return None
    if cell.isdigit():
        return int(cell)
    if cell.endswith((".0", ",0")) and cell[:-2].isdigit():
        return int(cell[:-2])
    return "invalid"


def prepare_youth_input(
    frame: pd.DataFrame, file: str, ctx: YouthContext
) -> tuple[pd.DataFrame, list[Problem]]:
    """Rows for raw.youth_input (without record_id and load_id) and the problems found."""
    found = resolve_columns(frame, YOUTH_INPUT)
    checked = frame.drop(columns=[found[c] for c in FREE_TEXT if c in found])
    problems = find_personal_data(checked, file, frozenset({found.get("date", "datum")}))
    problems += check_required_columns(frame, YOUTH_INPUT, file)
    if problems:
        return pd.DataFrame(columns=COLUMNS), problems
    report = _Problems(file)
    empty = pd.Series("", index=frame.index)
    col = {c.name: frame[found[c.name]] if c.name in found else empty for c in YOUTH_INPUT.columns}

    dates = pd.to_datetime(col["date"], format="%Y-%m-%d", errors="coerce")
    for i in dates.index[dates.isna()]:
        report.add(
            i,
            found["date"],
            "ongeldige datum (verwacht JJJJ-MM-DD)",
            "invalid date (expected YYYY-MM-DD)",
            col["date"][i],
        )
    for i in dates.index[dates.dt.date > ctx.today]:
        report.add(
            i, found["date"], "datum ligt in de toekomst", "date is in the future", col["date"][i]
        )
    themes = col["theme"].str.lower()
    for i in themes.index[~themes.isin(THEMES)]:
        report.add(
            i,
            found["theme"],
            "thema staat niet in de codelijst",
            "theme not in the code list",
            col["theme"][i],
        )
    bands = col["age_band"].str.replace(" ", "").str.replace("–", "-")
    for i in bands.index[~bands.isin(AGE_BANDS)]:
        report.add(
            i,
            found["age_band"],
            "leeftijdsgroep staat niet in de codelijst",
            "age band not in the code list",
            col["age_band"][i],
        )
    for name in ("idea", "organisation", "activity"):
        for i in col[name].index[col[name] == ""]:
            report.add(i, found[name], "verplichte waarde ontbreekt", "required value missing")
    support = col["support"].map(_support)
    for i in support.index[support.map(lambda s: s == "invalid")]:
        report.add(
            i, found.get("support", "aantal_steun"), "geen aantal", "not a count", col["support"][i]
        )

    located = _locate(col, dates, ctx, report, found)
    scrubber = Scrubber(ctx.places)
    ideas = [scrubber.scrub(t) for t in col["idea"]]
    activities = [scrubber.scrub(t) for t in col["activity"]]
    if report.items:
        return pd.DataFrame(columns=COLUMNS), report.items

    markers = [
        ",".join(dict.fromkeys(m.strip("[]") for m in (a.markers + b.markers))) or None
        for a, b in zip(ideas, activities, strict=True)
    ]
    reasons = [
        ",".join(dict.fromkeys(a.review_reasons + b.review_reasons)) or None
        for a, b in zip(ideas, activities, strict=True)
    ]
    rows = pd.DataFrame(
        {
            "line": frame.index.to_numpy(),  # the row number in the file (readers.py)
            "collected_on": dates.dt.date,
            **located,
            "theme": themes,
            "idea": [r.text for r in ideas],
            "age_band": bands,
            "organisation": col["organisation"],
            "activity": [r.text for r in activities],
            "support": pd.array(support.to_list(), dtype="Int64"),
            "scrub_markers": markers,
            "review_status": [HELD if r else PUBLISHED for r in reasons],
            "review_reason": reasons,
        },
        index=frame.index,
    )
    return rows[COLUMNS].reset_index(drop=True), []


def _locate(col, dates, ctx: YouthContext, report: _Problems, found) -> dict[str, list]:
    """boundary_year, buurt_code, generalised x/y (RD and WGS84) and precision per row."""
    n = len(dates)
    years = [
        locate.boundary_year_for(int(d.year), ctx.years) if pd.notna(d) else None for d in dates
    ]
    codes = col["buurt_code"].str.upper().to_numpy(dtype=object)
    has_code = codes != ""
    has_xy = (col["x"] != "") & (col["y"] != "")
    x_rd = np.full(n, np.nan)
    y_rd = np.full(n, np.nan)
    precision = np.where(has_code & ~has_xy, locate.BUURT, locate.GRID).astype(object)
    crs_column = found.get("crs", "crs")

    crs = col["crs"].map(locate.normalise_crs)
    x = pd.to_numeric(col["x"].str.replace(",", "."), errors="coerce")
    y = pd.to_numeric(col["y"].str.replace(",", "."), errors="coerce")
    for i, index in enumerate(col["date"].index):
        if has_xy.iloc[i]:
            if crs.iloc[i] is None:
                report.add(
                    index,
                    crs_column,
                    "coördinatenstelsel ontbreekt of is niet EPSG:4326/EPSG:28992",
                    "coordinate system missing or not EPSG:4326/EPSG:28992",
                    col["crs"].iloc[i],
                )
            elif (
                pd.isna(x.iloc[i])
                or pd.isna(y.iloc[i])
                or not locate.plausible(x.iloc[i], y.iloc[i], crs.iloc[i])
            ):
                report.add(
                    index,
                    found.get("x", "x"),
                    "coördinaten ongeldig of buiten Nederland voor dit coördinatenstelsel",
                    "coordinates invalid or outside the Netherlands for this coordinate system",
                    f"{col['x'].iloc[i]} {col['y'].iloc[i]}",
                )
            else:
                px, py = locate.to_rd(x.iloc[i], y.iloc[i], crs.iloc[i])
                x_rd[i], y_rd[i] = float(px), float(py)
        elif has_code[i]:
            code, year = codes[i], years[i]
            if not BUURT_CODE.match(code):
                report.add(
                    index,
                    found.get("buurt_code", "buurtcode"),
                    "buurtcode heeft niet de vorm BU + 8 tekens",
                    "buurt code is not BU + 8 characters",
                    code,
                )
            elif year is not None and code not in ctx.codes(year):
                report.add(
                    index,
                    found.get("buurt_code", "buurtcode"),
                    "buurtcode bestaat niet in het indelingsjaar van de datum",
                    "buurt code does not exist in the boundary year of the date",
                    f"{code} ({year})",
                )
        else:
            report.add(
                index,
                found.get("buurt_code", "buurtcode"),
                "geen locatie: vul buurtcode of x, y en crs in",
                "no location: fill in buurtcode or x, y and crs",
            )

    with_point = ~np.isnan(x_rd)
    if with_point.any():
        point_years = np.array([y if y is not None else -1 for y in years])[with_point]
        found_codes = locate.buurt_of_points(
            x_rd[with_point], y_rd[with_point], point_years, ctx.buurten
        )
        codes = codes.copy()
        for j, i in enumerate(np.flatnonzero(with_point)):
            if found_codes[j] is None:
                report.add(
                    col["date"].index[i],
                    found.get("x", "x"),
                    "coördinaat ligt in geen enkele buurt van de gemeente",
                    "coordinate lies in no buurt of the municipality",
                )
            codes[i] = found_codes[j]
        x_rd[with_point], y_rd[with_point] = locate.snap_to_grid(x_rd[with_point], y_rd[with_point])
    centres = locate.representative_points(ctx.buurten)
    for i in np.flatnonzero(~with_point):
        centre = centres.get((years[i], codes[i])) if years[i] is not None else None
        if centre is not None:
            x_rd[i], y_rd[i] = centre
    lon, lat = locate.to_wgs84(x_rd, y_rd)
    return {
        "boundary_year": years,
        "buurt_code": list(codes),
        "x_rd": x_rd,
        "y_rd": y_rd,
        "lon": lon,
        "lat": lat,
        "location_precision": list(precision),
    }

