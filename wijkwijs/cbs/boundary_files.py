"""Wijk- en buurtkaart files as CBS and PDOK give them, under whatever name the user saved.

Accepted: GeoPackage (`.gpkg`: CBS's `wijkenbuurten_2024_v1.gpkg`, or what `fetch` writes) and
GeoJSON (`.geojson`/`.json`: an OGC API or WFS export, `ogr2ogr` output), anywhere under
data/reference/ (an unpacked CBS zip is a folder) except data/reference/cbs/. One file may
hold all layers, or one file per layer (an OGC API export gives `buurten.geojson` and
`wijken.geojson`): a layer is recognised by its columns (a
`buurtcode` makes it the buurten layer), never by its name. The year comes from the content
(`jrstatcode` of files before 2022, the service address an OGC API or WFS export carries)
or else from the first year 20xx in the file name.

Attribute names are normalised once, here: lower case, camelCase from the WFS to snake_case
(`aantalInwoners` → `aantal_inwoners`) and the upper-case abbreviations of the files before
2022 to today's names (`BU_CODE` → `buurtcode`, `H2O` → `water`). The change flag is read by
stem (`indelingswijziging_wijken_en_buurten` in 2024, `indicatie_wijziging`, `IND_WBI`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import shapely

from wijkwijs.cbs.measures import snake
from wijkwijs.ingest.problems import Problem

SUFFIXES = {".gpkg", ".geojson", ".json"}
LAYERS = ("gemeenten", "wijken", "buurten")
RD_NEW = "EPSG:28992"
# the files before 2022 abbreviate; the GeoPackage of today spells out
OLD_NAMES = {
    "bu_code": "buurtcode",
    "bu_naam": "buurtnaam",
    "wk_code": "wijkcode",
    "wk_naam": "wijknaam",
    "gm_code": "gemeentecode",
    "gm_naam": "gemeentenaam",
    "h2o": "water",
}
CHANGE_FLAG = re.compile(r"^(ind_wbi|indicatie_?wijziging.*|indelings_?wijziging.*)$")
_YEAR = re.compile(r"(?<!\d)(20\d{2})(?!\d)")
_SERVICE_YEAR = re.compile(r"wijken-en-buurten-(20\d{2})|wijkenbuurten/(20\d{2})")
ACCEPTED_NL = (
    "een wijk- en buurtkaart van CBS/PDOK als GeoPackage (.gpkg) of GeoJSON (.geojson, .json) "
    "in data/reference/ (ook in een uitgepakte map), met het jaar in de bestandsnaam of in het "
    "bestand; bijvoorbeeld wijkenbuurten_2024_v1.gpkg (CBS-download), wijkenbuurten_2024.gpkg "
    "(python -m wijkwijs.cbs fetch), buurten_2024.geojson en wijken_2024.geojson "
    "(export van de PDOK OGC API) of een WFS-export als GeoJSON"
)
ACCEPTED_EN = (
    "a CBS/PDOK wijk- en buurtkaart as GeoPackage or GeoJSON under data/reference/, the year "
    "in the file name or in the file"
)


@dataclass
class BoundaryYear:
    """The layers of one boundary year, possibly spread over several files."""

    year: int
    layers: dict[str, list[tuple[Path, str]]] = field(default_factory=dict)

    @property
    def files(self) -> list[Path]:
        return sorted({path for parts in self.layers.values() for path, _ in parts})

    def has(self, layer: str) -> bool:
        return bool(self.layers.get(layer))


def normalise_columns(columns) -> dict[str, str]:
    """Original column name → normalised name."""
    mapping = {}
    for column in columns:
        name = snake(column) if column != "geometry" else column
        name = OLD_NAMES.get(name, name)
        if CHANGE_FLAG.match(name):
            name = "change_flag"
        mapping[column] = name
    return mapping


def classify(columns) -> str | None:
    """Which layer a table of these (normalised) columns is."""
    names = set(columns)
    if "buurtcode" in names:
        return "buurten"
    if "wijkcode" in names:
        return "wijken"
    if "gemeentecode" in names:
        return "gemeenten"
    return None


def _columns(path: Path, layer: str) -> list[str]:
    info = pyogrio.read_info(path, layer=layer)
    return [normalise_columns(list(info["fields"]))[c] for c in info["fields"]]


def _content_year(path: Path, layer: str) -> int | None:
    """The year the file says it is: `jrstatcode` ('2020BU00030000') or a PDOK service address
    in the first part of a GeoJSON (the `links` of an OGC API or WFS answer)."""
    info = pyogrio.read_info(path, layer=layer)
    fields = normalise_columns(list(info["fields"]))
    jr = [c for c, n in fields.items() if n == "jrstatcode"]
    if jr:
        frame = pyogrio.read_dataframe(
            path, layer=layer, columns=jr, read_geometry=False, max_features=5
        )
        years = frame[jr[0]].astype(str).str.extract(r"^(\d{4})")[0].dropna().unique()
        if len(years) == 1:
            return int(years[0])
    if path.suffix.lower() in (".geojson", ".json"):
        with path.open("rb") as handle:
            head = handle.read(65536).decode("utf-8", errors="ignore")
        match = _SERVICE_YEAR.search(head)
        if match:
            return int(match.group(1) or match.group(2))
    return None


def _name_year(path: Path) -> int | None:
    match = _YEAR.search(path.stem)
    return int(match.group(1)) if match else None


def candidates(folder: Path) -> list[Path]:
    """Geo files anywhere under data/reference/ (an unpacked CBS zip is a folder), except the
    CBS exports in data/reference/cbs/ and hidden files (a download being written)."""
    if not folder.is_dir():
        return []
    paths = [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUFFIXES | {".zip"}
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and p.relative_to(folder).parts[0] != "cbs"
    ]
    return sorted(paths)


def find(folder: Path) -> tuple[dict[int, BoundaryYear], list[Problem]]:
    """Every boundary year in the folder, and a problem for each file that looks like a
    boundary file but cannot be used (a zip, no year, not readable)."""
    years: dict[int, BoundaryYear] = {}
    problems: list[Problem] = []
    for path in candidates(folder):
        if path.suffix.lower() == ".zip":
            problems.append(
                Problem(
                    path.name,
                    None,
                    None,
                    "een zip-bestand: pak het uit en zet de .gpkg in data/reference/",
                    "a zip file: unpack it and put the .gpkg in data/reference/",
                )
            )
            continue
        try:
            layers = [row[0] for row in pyogrio.list_layers(path)]
        except Exception as exc:  # GDAL has many ways to say a file is not geodata
            if path.suffix.lower() == ".json":
                continue  # any JSON may live here; only a readable GeoJSON is a candidate
            reason = " ".join(str(exc).split())[:200]
            problems.append(
                Problem(
                    path.name,
                    None,
                    None,
                    f"niet leesbaar als GeoPackage/GeoJSON: {reason}",
                    "not readable as GeoPackage/GeoJSON",
                )
            )
            continue
        for layer in layers:
            kind = classify(_columns(path, layer))
            if kind is None:
                continue
            year = _content_year(path, layer) or _name_year(path)
            if year is None:
                problems.append(
                    Problem(
                        path.name,
                        None,
                        None,
                        "jaar onbekend: zet het jaar in de bestandsnaam, bv. buurten_2024.geojson",
                        "year unknown: put the year in the file name",
                    )
                )
                continue
            years.setdefault(year, BoundaryYear(year)).layers.setdefault(kind, []).append(
                (path, layer)
            )
    return dict(sorted(years.items())), problems


def years(folder: Path) -> dict[int, BoundaryYear]:
    """Boundary year → its layers, from every usable wijk- en buurtkaart file in the folder."""
    return find(folder)[0]


def single_file(path: Path, year: int) -> BoundaryYear:
    """One file as a boundary year (for a caller that names the file itself)."""
    found = BoundaryYear(year)
    for layer in (row[0] for row in pyogrio.list_layers(path)):
        kind = classify(read_attributes(path, layer).columns)
        if kind:
            found.layers.setdefault(kind, []).append((path, layer))
    return found


def nothing_found(folder: Path) -> Problem:
    seen = ", ".join(p.name for p in candidates(folder)[:5])
    return Problem(
        str(folder),
        None,
        None,
        "geen grenzenbestand gevonden"
        + (f" (wel gezien, maar geen wijk- en buurtkaart: {seen})" if seen else "")
        + f". Geaccepteerd: {ACCEPTED_NL}.",
        f"no boundary file found. Accepted: {ACCEPTED_EN}.",
    )


def read_attributes(path: Path, layer: str, geometry: bool = False):
    """One layer with normalised column names; with geometry in RD New (EPSG:28992)."""
    if geometry:
        frame = gpd.read_file(path, layer=layer)
    else:
        frame = pyogrio.read_dataframe(path, layer=layer, read_geometry=False)
    frame = frame.rename(columns=normalise_columns(frame.columns))
    frame = frame.loc[:, ~frame.columns.duplicated()]
    if geometry and frame.crs is not None:
        frame = _fix_axes(frame).to_crs(RD_NEW)
    return frame


def _fix_axes(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Two slips of GeoJSON exports, recognised by where the Netherlands would end up: RD New
    coordinates without a `crs` member (read as WGS84), and WGS84 written latitude first (a
    WFS asked for EPSG:4326 in urn form)."""
    if frame.empty or not frame.crs.is_geographic:
        return frame
    minx, miny, maxx, maxy = frame.total_bounds
    if minx > 1000 and 300000 < miny and maxy < 625000:
        return frame.set_crs(RD_NEW, allow_override=True)
    if 50 < minx and maxx < 54 and 3 < miny and maxy < 8:
        swapped = shapely.transform(frame.geometry.values, lambda xy: xy[:, ::-1])
        return frame.set_geometry(gpd.GeoSeries(swapped, index=frame.index, crs=frame.crs))
    return frame


def read_layer(year: BoundaryYear, layer: str, geometry: bool = False):
    """A layer of a boundary year, all its files together; a code in two files counts once."""
    parts = [read_attributes(path, name, geometry) for path, name in year.layers.get(layer, [])]
    if not parts:
        return None
    if geometry and any(p.crs is None for p in parts):
        return next(p for p in parts if p.crs is None)  # the caller refuses it, naming the file
    frame = pd.concat(parts, ignore_index=True)
    code = {"buurten": "buurtcode", "wijken": "wijkcode", "gemeenten": "gemeentecode"}[layer]
    frame = frame[~frame[code].astype(str).str.strip().duplicated()]
    return gpd.GeoDataFrame(frame, crs=parts[0].crs) if geometry else frame
