"""Reference data: boundaries (CBS/PDOK wijk- en buurtkaart) and population per buurt.

Reference files are not moved: they describe the municipality and are reloaded whole, in one
transaction, on every run, so a corrected file simply replaces the previous version.
"""

from __future__ import annotations

import re
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio

from wijkwijs.ingest.kinds import POPULATION, resolve_columns
from wijkwijs.ingest.problems import Problem
from wijkwijs.ingest.readers import read_table
from wijkwijs.ingest.values import NUMBER, parse_count

RD_NEW = "EPSG:28992"
BOUNDARY_FILE = re.compile(r"wijkenbuurten_(\d{4})\.(gpkg|geojson)$", re.I)


class InvalidReference(ValueError):
    """Reference data that cannot be used; carries the problems."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(p.line() for p in problems))


def boundary_files(folder: Path) -> dict[int, Path]:
    found = {}
    for path in sorted(folder.glob("wijkenbuurten_*")):
        match = BOUNDARY_FILE.search(path.name)
        if match:
            found[int(match.group(1))] = path
    return found


def layer_name(path: Path, name: str) -> str | None:
    """The layer to read for `name`; a single-layer file (a GeoJSON export) holds the buurten."""
    layers = [row[0] for row in pyogrio.list_layers(path)]
    if name in layers:
        return name
    return layers[0] if name == "buurten" and len(layers) == 1 else None


def _has_layer(path: Path, name: str) -> bool:
    return layer_name(path, name) is not None


def _layer(path: Path, name: str) -> gpd.GeoDataFrame:
    if not _has_layer(path, name):
        raise InvalidReference(
            [Problem(path.name, None, None, f"laag '{name}' ontbreekt", f"layer '{name}' missing")]
        )
    frame = gpd.read_file(path, layer=layer_name(path, name))
    frame.columns = [str(c).lower() for c in frame.columns]
    if frame.crs is None:
        raise InvalidReference(
            [
                Problem(
                    path.name,
                    None,
                    "geometry",
                    "coördinatenstelsel ontbreekt",
                    "coordinate system missing",
                )
            ]
        )
    return frame.to_crs(RD_NEW)


def _codes(series: pd.Series) -> pd.Series:
    # CBS pads codes with spaces; codes are strings, never integers.
    return series.astype(str).str.strip()


def _gemeente_filter(path: Path, frame: gpd.GeoDataFrame, gemeente: str) -> pd.Series:
    """Rows of the configured gemeente (a GM code, or a name matched on gemeentenaam)."""
    from wijkwijs.cbs.config import ConfigError, resolve_gemeente

    codes = _codes(frame["gemeentecode"])
    names = dict(zip(codes, frame.get("gemeentenaam", codes).astype(str), strict=True))
    try:
        code = resolve_gemeente(gemeente, names)
    except ConfigError:
        return pd.Series(False, index=frame.index)  # not in this file; load_reference says so
    return codes == code


def _derived_wijken(buurten: gpd.GeoDataFrame, named: pd.DataFrame | None) -> gpd.GeoDataFrame:
    """Wijken from a file with only a buurten layer: the buurten dissolved by wijkcode; names
    from a wijken layer or a wijknaam attribute when there is one, else the code."""
    if buurten.empty:
        return buurten.assign(wijknaam=pd.Series(dtype=str))
    frame = buurten.assign(wijkcode=_codes(buurten["wijkcode"]))
    wijken = frame.dissolve(by="wijkcode", aggfunc="first", as_index=False)
    names = {}
    if named is not None and "wijknaam" in named.columns:
        names = dict(zip(_codes(named["wijkcode"]), named["wijknaam"].astype(str), strict=True))
    elif "wijknaam" in frame.columns:
        names = dict(zip(frame["wijkcode"], frame["wijknaam"].astype(str), strict=True))
    wijken["wijknaam"] = wijken["wijkcode"].map(names).fillna(wijken["wijkcode"])
    return wijken


def read_boundaries(
    path: Path, year: int, gemeente: str | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(buurten, wijken) rows for raw.buurten and raw.wijken from one boundary file.

    With `gemeente` only that municipality is kept (a national file works). A file with only a
    buurten layer gets its wijken by dissolving the buurten by wijkcode."""
    buurten = _layer(path, "buurten")
    has_wijken = _has_layer(path, "wijken")
    wijken = _layer(path, "wijken") if has_wijken else None
    if gemeente and "gemeentecode" in buurten.columns:
        buurten = buurten[_gemeente_filter(path, buurten, gemeente)]
        if wijken is not None and "gemeentecode" in wijken.columns:
            wijken = wijken[_codes(wijken["gemeentecode"]).isin(_codes(buurten["gemeentecode"]))]
    missing = [
        c
        for c in ("buurtcode", "buurtnaam", "wijkcode", "gemeentecode", "gemeentenaam")
        if c not in buurten.columns
    ]
    if missing:
        raise InvalidReference(
            [
                Problem(
                    path.name,
                    None,
                    c,
                    "verplicht attribuut ontbreekt",
                    "required attribute missing",
                )
                for c in missing
            ]
        )
    buurt_rows = pd.DataFrame(
        {
            "boundary_year": year,
            "buurt_code": _codes(buurten["buurtcode"]),
            "buurt_name": buurten["buurtnaam"].astype(str).str.strip(),
            "wijk_code": _codes(buurten["wijkcode"]),
            "gemeente_code": _codes(buurten["gemeentecode"]),
            "gemeente_name": buurten["gemeentenaam"].astype(str).str.strip(),
            "is_water": buurten.get("water", pd.Series("NEE", index=buurten.index))
            .astype(str)
            .str.upper()
            .eq("JA"),
            "change_flag": pd.to_numeric(
                buurten.get("indicatie_wijziging", pd.Series(pd.NA, index=buurten.index)),
                errors="coerce",
            ).astype("Int64"),
            "area_m2": buurten.geometry.area,
            "geometry_wkb": buurten.geometry.to_wkb(),
        }
    )
    if wijken is None or (wijken.empty and not buurten.empty):
        wijken = _derived_wijken(buurten, wijken)
    wijk_rows = pd.DataFrame(
        {
            "boundary_year": year,
            "wijk_code": _codes(wijken["wijkcode"]),
            "wijk_name": wijken["wijknaam"].astype(str).str.strip(),
            "gemeente_code": _codes(wijken["gemeentecode"]),
            "gemeente_name": wijken["gemeentenaam"].astype(str).str.strip(),
            "geometry_wkb": wijken.geometry.to_wkb(),
        }
    )
    return buurt_rows, wijk_rows


def read_population(path: Path) -> pd.DataFrame:
    frame = read_table(path)
    found = resolve_columns(frame, POPULATION)
    missing = [c for c in POPULATION.required() if c.name not in found]
    if missing:
        raise InvalidReference(
            [
                Problem(
                    path.name,
                    None,
                    c.aliases[0],
                    "verplichte kolom ontbreekt",
                    "required column missing",
                )
                for c in missing
            ]
        )
    rows = pd.DataFrame({"year": pd.to_numeric(frame[found["year"]], errors="coerce")})
    rows["boundary_year"] = (
        pd.to_numeric(frame[found["boundary_year"]], errors="coerce")
        if "boundary_year" in found
        else rows["year"]
    )
    rows["buurt_code"] = _codes(frame[found["buurt_code"]])
    problems = []
    for col in POPULATION.columns[3:]:
        values = []
        for index, cell in frame[found[col.name]].items():
            try:
                count, state = parse_count(cell)
            except ValueError as exc:
                nl, _, en = str(exc).partition(" / ")
                problems.append(Problem(path.name, int(index), found[col.name], nl, en))
                count, state = None, None
            values.append(count if state == NUMBER else None)  # population: NULL is unknown
        # the frame's index is the row number in the file (readers.py): keep it aligned
        rows[col.name] = pd.Series(values, index=frame.index, dtype="Int64")
    if rows["year"].isna().any():
        row = int(rows.index[rows["year"].isna().to_numpy().argmax()])
        problems.append(Problem(path.name, row, found["year"], "ongeldig jaar", "invalid year"))
    if problems:
        raise InvalidReference(problems)
    return rows


def configured_gemeente(folder: Path) -> str | None:
    """WIJKWIJS_GEMEENTE or data/wijkwijs.toml (the data dir is the reference folder's parent)."""
    from wijkwijs.cbs.config import load_selection

    return load_selection(data_dir=folder.parent).gemeente


def load_reference(con, folder: Path, gemeente: str | None = None) -> dict[str, int]:
    """Replace raw.buurten, raw.wijken and raw.population from the reference folder.

    With a configured gemeente (argument, WIJKWIJS_GEMEENTE or data/wijkwijs.toml) only its
    buurten, wijken and population are loaded; files without it are skipped."""
    gemeente = gemeente or configured_gemeente(folder)
    files = boundary_files(folder)
    if not files:
        raise InvalidReference(
            [
                Problem(
                    str(folder),
                    None,
                    None,
                    "geen grenzenbestand wijkenbuurten_<jaar>.gpkg gevonden",
                    "no boundary file wijkenbuurten_<year>.gpkg found",
                )
            ]
        )
    parts = [read_boundaries(path, year, gemeente) for year, path in files.items()]
    if gemeente:
        parts = [(b, w) for b, w in parts if not b.empty]
        if not parts:
            raise InvalidReference(
                [
                    Problem(
                        str(folder),
                        None,
                        "gemeentecode",
                        f"gemeente {gemeente} komt in geen grenzenbestand voor",
                        f"municipality {gemeente} is in no boundary file",
                    )
                ]
            )
    buurten = pd.concat([b for b, _ in parts], ignore_index=True)
    wijken = pd.concat([w for _, w in parts], ignore_index=True)
    population_file = folder / "bevolking.csv"
    population = read_population(population_file) if population_file.exists() else None
    if gemeente and population is not None:
        population = population[population["buurt_code"].isin(buurten["buurt_code"])]
    con.execute("begin transaction")
    try:
        for table, rows in (("buurten", buurten), ("wijken", wijken), ("population", population)):
            if rows is None:
                continue
            con.register("incoming", rows)
            columns = ", ".join(rows.columns)
            con.execute(f"delete from raw.{table}")
            con.execute(f"insert into raw.{table} ({columns}) select {columns} from incoming")
            con.unregister("incoming")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return {
        "buurten": len(buurten),
        "wijken": len(wijken),
        "population": 0 if population is None else len(population),
    }
