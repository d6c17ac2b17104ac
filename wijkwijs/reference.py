"""Reference data: boundaries (CBS/PDOK wijk- en buurtkaart) and population per buurt.

Reference files are not moved: they describe the municipality and are reloaded whole, in one
transaction, whenever they changed, so a corrected file simply replaces the previous version.
A run whose reference is unchanged keeps the tables (`load_reference_if_changed`): reading and
validating the national boundary files took 6–11 s of every monthly run.

This module sits above both wijkwijs.ingest (the population file is an input kind, read and
checked like one) and wijkwijs.cbs (the boundary files are CBS/PDOK's); cbs builds on the
ingest's cells and readers, and the ingest never imports cbs (tests/ingest/test_import_layers.py).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path

import duckdb
import geopandas as gpd
import pandas as pd

from wijkwijs.cbs import boundary_files as boundaries
from wijkwijs.cbs.boundary_files import BoundaryYear
from wijkwijs.ingest.kinds import POPULATION, resolve_columns
from wijkwijs.ingest.population_bands import read_bands
from wijkwijs.ingest.problems import Problem
from wijkwijs.ingest.readers import read_table
from wijkwijs.ingest.values import NUMBER, parse_count

RD_NEW = "EPSG:28992"


class InvalidReference(ValueError):
    """Reference data that cannot be used; carries the problems."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(p.line() for p in problems))


def _layer(source: BoundaryYear, name: str) -> gpd.GeoDataFrame:
    files = ", ".join(p.name for p in source.files) or str(source.year)
    frame = boundaries.read_layer(source, name, geometry=True)
    if frame is None:
        raise InvalidReference(
            [Problem(files, None, None, f"laag '{name}' ontbreekt", f"layer '{name}' missing")]
        )
    if frame.crs is None:
        raise InvalidReference(
            [
                Problem(
                    files,
                    None,
                    "geometry",
                    "coördinatenstelsel ontbreekt",
                    "coordinate system missing",
                )
            ]
        )
    return frame


def _codes(series: pd.Series) -> pd.Series:
    # CBS pads codes with spaces; codes are strings, never integers.
    return series.astype(str).str.strip()


def _gemeente_filter(frame: gpd.GeoDataFrame, gemeente: str) -> pd.Series:
    """Rows of the configured gemeente (a GM code, or a name matched on gemeentenaam)."""
    from wijkwijs.cbs.config import ConfigError, resolve_gemeente

    codes = _codes(frame["gemeentecode"])
    names = dict(zip(codes, frame.get("gemeentenaam", codes).astype(str), strict=True))
    try:
        code = resolve_gemeente(gemeente, names)
    except ConfigError:
        return pd.Series(False, index=frame.index)  # not in this file; load_reference says so
    return codes == code


def _wijk_names(
    buurten: pd.DataFrame, wijken: pd.DataFrame | None, known: Mapping[str, str]
) -> dict[str, str]:
    """Wijk code → name: the wijken layer, a wijknaam on the buurten, then StatLine's names
    (raw.cbs_area_names); a wijk without any name keeps its code."""
    names = dict(known)
    if "wijknaam" in buurten.columns:
        names.update(zip(_codes(buurten["wijkcode"]), buurten["wijknaam"].astype(str), strict=True))
    if wijken is not None and "wijknaam" in wijken.columns:
        names.update(zip(_codes(wijken["wijkcode"]), wijken["wijknaam"].astype(str), strict=True))
    return {c: n.strip() for c, n in names.items() if n and n.strip() and n.strip() != "None"}


def _derived_wijken(buurten: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Wijken from a file with only a buurten layer: the buurten dissolved by wijkcode."""
    if buurten.empty:
        return buurten.assign(wijkcode=pd.Series(dtype=str))
    frame = buurten.assign(wijkcode=_codes(buurten["wijkcode"]))
    return frame.dissolve(by="wijkcode", aggfunc="first", as_index=False)


def read_boundaries(
    source: BoundaryYear | Path,
    year: int | None = None,
    gemeente: str | None = None,
    known_names: Mapping[str, str] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(buurten, wijken) rows for raw.buurten and raw.wijken from one boundary year.

    With `gemeente` only that municipality is kept (a national file works). A year with only
    a buurten layer gets its wijken by dissolving the buurten by wijkcode."""
    if isinstance(source, Path):
        source = boundaries.single_file(source, year)
    buurten = _layer(source, "buurten")
    wijken = _layer(source, "wijken") if source.has("wijken") else None
    if gemeente and "gemeentecode" in buurten.columns:
        buurten = buurten[_gemeente_filter(buurten, gemeente)]
        if wijken is not None and "gemeentecode" in wijken.columns:
            wijken = wijken[_codes(wijken["gemeentecode"]).isin(_codes(buurten["gemeentecode"]))]
    missing = [
        c
        for c in ("buurtcode", "buurtnaam", "wijkcode", "gemeentecode", "gemeentenaam")
        if c not in buurten.columns
    ]
    if missing:
        files = ", ".join(p.name for p in source.files)
        raise InvalidReference(
            [
                Problem(
                    files, None, c, "verplicht attribuut ontbreekt", "required attribute missing"
                )
                for c in missing
            ]
        )
    buurt_rows = pd.DataFrame(
        {
            "boundary_year": source.year,
            "buurt_code": _codes(buurten["buurtcode"]),
            "buurt_name": buurten["buurtnaam"].astype(str).str.strip(),
            "wijk_code": _codes(buurten["wijkcode"]),
            "gemeente_code": _codes(buurten["gemeentecode"]),
            "gemeente_name": buurten["gemeentenaam"].astype(str).str.strip(),
            "is_water": buurten.get("water", pd.Series("NEE", index=buurten.index))
            .astype(str)
            .str.strip()
            .str.upper()
            .isin(["JA", "B"]),  # 'B': a buurt that is (mostly) water in the files before 2022
            "change_flag": pd.to_numeric(
                buurten.get("change_flag", pd.Series(pd.NA, index=buurten.index)),
                errors="coerce",
            ).astype("Int64"),
            "area_m2": buurten.geometry.area,
            "geometry_wkb": buurten.geometry.to_wkb(),
        }
    )
    names = _wijk_names(buurten, wijken, known_names or {})
    if wijken is None or (wijken.empty and not buurten.empty):
        wijken = _derived_wijken(buurten)
    codes = _codes(wijken["wijkcode"]) if not wijken.empty else pd.Series(dtype=str)
    gemeente_of = dict(zip(buurt_rows["wijk_code"], buurt_rows["gemeente_code"], strict=True))
    gemeente_name = dict(zip(buurt_rows["gemeente_code"], buurt_rows["gemeente_name"], strict=True))
    wijk_gemeente = (
        _codes(wijken["gemeentecode"]) if "gemeentecode" in wijken else codes.map(gemeente_of)
    )
    wijk_rows = pd.DataFrame(
        {
            "boundary_year": source.year,
            "wijk_code": codes,
            "wijk_name": codes.map(names).fillna(codes),
            "gemeente_code": wijk_gemeente,
            "gemeente_name": (
                wijken["gemeentenaam"].astype(str).str.strip()
                if "gemeentenaam" in wijken
                else wijk_gemeente.map(gemeente_name)
            ),
            "geometry_wkb": wijken.geometry.to_wkb(),
        }
    )
    return buurt_rows, wijk_rows


def read_population(path: Path) -> pd.DataFrame:
    """The rows of raw.population (the four required age bands and households)."""
    return read_population_file(path)[0]


def read_population_file(path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(raw.population rows, raw.population_bands rows) of bevolking.csv: the four required
    bands and households, and every age band of the file in long form (population_bands.py).
    Raises InvalidReference naming file, row, column and reason."""
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
    bands, band_problems = read_bands(
        frame, path.name, rows[["year", "boundary_year", "buurt_code"]]
    )
    # the required bands are checked above already; report each cell once
    problems += [p for p in band_problems if p not in problems]
    if problems:
        raise InvalidReference(problems)
    return rows, bands


def configured_gemeente(folder: Path) -> str | None:
    """WIJKWIJS_GEMEENTE or data/wijkwijs.toml (the data dir is the reference folder's parent)."""
    from wijkwijs.cbs.config import load_selection

    return load_selection(data_dir=folder.parent).gemeente


def known_area_names(con) -> dict[str, str]:
    """Wijk and buurt names CBS published (raw.cbs_area_names, written by wijkwijs.cbs), newest
    year last so it wins; empty when no CBS data was loaded yet."""
    try:
        rows = con.execute(
            "select area_code, area_name from raw.cbs_area_names order by year, source"
        ).fetchall()
    except duckdb.Error:
        return {}
    return dict(rows)


def reference_source_key(con, folder: Path, gemeente: str | None = None) -> str:
    """What the reference tables are made from: the files in the folder (name, size, time), the
    gemeente they are cut to, the CBS area names they are named with, and the code (a new
    release reads the files again). Cheap: no file is read."""
    from wijkwijs.build_plan import source_digest
    from wijkwijs.run_inputs import _listing, code_digest

    names = source_digest(con, "raw.cbs_area_names")
    parts = [_listing(folder), gemeente or configured_gemeente(folder), names, code_digest()]
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()


def load_reference_if_changed(con, folder: Path) -> dict[str, int] | None:
    """`load_reference` unless the tables were loaded from exactly this reference (None: kept)."""
    try:
        loaded = con.execute("select source_key from raw.reference_source").fetchall()
    except duckdb.Error:
        loaded = []
    if loaded == [(reference_source_key(con, folder),)]:
        return None
    return load_reference(con, folder)


def load_reference(con, folder: Path, gemeente: str | None = None) -> dict[str, int]:
    """Replace raw.buurten, raw.wijken and raw.population from the reference folder.

    With a configured gemeente (argument, WIJKWIJS_GEMEENTE or data/wijkwijs.toml) only its
    buurten, wijken and population are loaded; files without it are skipped. Nothing is
    written when a boundary file cannot be used: the problems name each file."""
    gemeente = gemeente or configured_gemeente(folder)
    # taken before any file is read: a file changed while it is read is read again next run
    source_key = reference_source_key(con, folder, gemeente)
    files, problems = boundaries.find(folder)
    if problems:
        raise InvalidReference(problems)
    if not files:
        raise InvalidReference([boundaries.nothing_found(folder)])
    names = known_area_names(con)
    parts = [read_boundaries(source, None, gemeente, names) for source in files.values()]
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
    population, bands = (
        read_population_file(population_file) if population_file.exists() else (None, None)
    )
    if gemeente and population is not None:
        population = population[population["buurt_code"].isin(buurten["buurt_code"])]
        bands = bands[bands["buurt_code"].isin(buurten["buurt_code"])]
    con.execute("begin transaction")
    try:
        tables = (
            ("buurten", buurten),
            ("wijken", wijken),
            ("population", population),
            ("population_bands", bands),
        )
        for table, rows in tables:
            if rows is None:
                continue
            con.register("incoming", rows)
            columns = ", ".join(rows.columns)
            con.execute(f"delete from raw.{table}")
            con.execute(f"insert into raw.{table} ({columns}) select {columns} from incoming")
            con.unregister("incoming")
        con.execute("delete from raw.reference_source")
        con.execute("insert into raw.reference_source values (?, current_timestamp)", [source_key])
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return {
        "buurten": len(buurten),
        "wijken": len(wijken),
        "population": 0 if population is None else len(population),
    }
