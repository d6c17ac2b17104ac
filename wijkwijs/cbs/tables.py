"""Any StatLine table with a region dimension, through a documented mapping file.

The shipped mapping (wijkwijs/cbs/tabellen.toml: SES-WOA and the per-wijk Wmo, youth-care and
stapeling tables) can be extended by the gemeente in data/reference/cbs/tabellen.toml; its
entries are tried first. An entry says how to find the table (catalogue search text and a title
pattern, a fixed table id, or a CSV file-name pattern), which boundary year its areas have, and
which topics are which wijkwijs measure.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from wijkwijs.cbs.measures import BY_CODE, Measure, words

SHIPPED = Path(__file__).with_name("tabellen.toml")
USER_FILE = "tabellen.toml"  # in data/reference/cbs/
_YEAR = re.compile(r"^\s*(\d{4})")


class MappingError(ValueError):
    """A mapping file that cannot be used; the message names the file, entry and key."""


@dataclass(frozen=True)
class TableSpec:
    name: str
    theme: str
    search: str | None = None  # catalogue search text
    title: str | None = None  # regex on the catalogue title
    ids: tuple[str, ...] = ()  # fixed table ids
    file: str | None = None  # regex on a CSV file name
    boundary: str | None = None  # regex with one group: the boundary year in the title
    topics: tuple[tuple[str, str], ...] = ()  # (regex on topic path words, measure code)
    dimensions: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (dim, regex)
    fixed_boundary_year: int | None = None  # 'indelingsjaar': for exports without a title
    split: tuple[str, ...] = ()  # 'uitsplitsing': dimensions whose value is part of a measure

    def matches_title(self, title: str, table_id: str = "") -> bool:
        if table_id and table_id.upper() in {i.upper() for i in self.ids}:
            return True
        return bool(self.title and re.search(self.title, title, re.I))

    def matches_file(self, name: str) -> bool:
        return bool(self.file and re.search(self.file, name, re.I))

    def measure(self, path: str, split_values: str = "") -> str | None:
        """The measure of a topic path; with `uitsplitsing` the words of the splitting
        dimensions' values come first ('hulp bij het huishouden wmo clienten')."""
        text = words(f"{split_values} {path}")
        for pattern, code in self.topics:
            if re.search(pattern, text, re.I):
                return code
        return None

    def boundary_year(self, title: str) -> int | None:
        match = re.search(self.boundary, title, re.I) if self.boundary else None
        return int(match.group(1)) if match else self.fixed_boundary_year


def _measure(entry: dict, source: str, n: int) -> Measure:
    """A measure the gemeente defines for its own tables ([[maat]] in tabellen.toml)."""
    where = f"{source}, maat {n + 1}"
    missing = [k for k in ("code", "label", "eenheid", "definitie") if not entry.get(k)]
    if missing:
        raise MappingError(f"{where}: ontbreekt / missing: {', '.join(missing)}")
    code = str(entry["code"]).strip()
    if not re.fullmatch(r"[a-z][a-z0-9_]*", code) or code in BY_CODE:
        raise MappingError(
            f"{where}: code '{code}' moet nieuw zijn en uit kleine letters, cijfers en _ bestaan"
            " / code must be new, lower case"
        )
    return Measure(
        code,
        str(entry["label"]),
        str(entry["eenheid"]),
        str(entry.get("thema") or "overig"),
        str(entry["definitie"]),
        feature=bool(entry.get("kenmerk", False)),
    )


def _spec(entry: dict, source: str, n: int, known: set[str]) -> TableSpec:
    where = f"{source}, tabel {n + 1}"
    name = str(entry.get("naam") or "").strip()
    if not name:
        raise MappingError(f"{where}: 'naam' ontbreekt / 'naam' missing")
    if not (entry.get("titel") or entry.get("id") or entry.get("bestand")):
        raise MappingError(
            f"{where} ({name}): geef 'titel', 'id' of 'bestand' / give 'titel', 'id' or 'bestand'"
        )
    topics = []
    for pattern, code in (entry.get("onderwerpen") or {}).items():
        if code not in known:
            raise MappingError(
                f"{where} ({name}): onbekende maat '{code}' / unknown measure; bekend: "
                + ", ".join(sorted(known))
            )
        topics.append((pattern, code))
    split = entry.get("uitsplitsing") or ()
    split = (split,) if isinstance(split, str) else tuple(str(d) for d in split)
    patterns = [
        *(entry.get(k) for k in ("titel", "bestand", "indeling")),
        *split,
        *(entry.get("dimensies") or {}),
        *(entry.get("dimensies") or {}).values(),
    ]
    for pattern in [p for p in patterns if p] + [p for p, _ in topics]:
        try:
            re.compile(str(pattern))
        except re.error as exc:
            raise MappingError(f"{where} ({name}): ongeldig patroon '{pattern}': {exc}") from exc
    ids = entry.get("id") or ()
    return TableSpec(
        name=name,
        theme=str(entry.get("thema") or name),
        search=entry.get("zoek") or None,
        title=entry.get("titel") or None,
        ids=tuple([ids] if isinstance(ids, str) else ids),
        file=entry.get("bestand") or None,
        boundary=entry.get("indeling") or None,
        topics=tuple(topics),
        dimensions=tuple((str(k), str(v)) for k, v in (entry.get("dimensies") or {}).items()),
        fixed_boundary_year=int(entry["indelingsjaar"]) if entry.get("indelingsjaar") else None,
        split=split,
    )


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise MappingError(f"{path.name}: niet leesbaar als TOML / not valid TOML: {exc}") from exc


def load_measures(folder: Path | None = None) -> list[Measure]:
    """The measures the gemeente adds in data/reference/cbs/tabellen.toml ([[maat]])."""
    user = folder / USER_FILE if folder is not None else None
    if user is None or not user.exists():
        return []
    entries = _read(user).get("maat", [])
    return [_measure(e, user.name, n) for n, e in enumerate(entries)]


def read_specs(path: Path, extra: list[Measure] = ()) -> list[TableSpec]:
    known = set(BY_CODE) | {m.code for m in extra}
    return [_spec(e, path.name, n, known) for n, e in enumerate(_read(path).get("tabel", []))]


def load_specs(folder: Path | None = None) -> list[TableSpec]:
    """The gemeente's entries (data/reference/cbs/tabellen.toml) first, then the shipped ones."""
    user = folder / USER_FILE if folder is not None else None
    if user is None or not user.exists():
        return read_specs(SHIPPED)
    return read_specs(user, load_measures(folder)) + read_specs(SHIPPED)


def spec_for_title(specs: list[TableSpec], title: str, table_id: str = "") -> TableSpec | None:
    return next((s for s in specs if s.matches_title(title, table_id)), None)


def spec_for_file(specs: list[TableSpec], name: str) -> TableSpec | None:
    return next((s for s in specs if s.matches_file(name)), None)


def period_year(period: str | None) -> int | None:
    """'2022JJ00', '2022*' (provisional) and '2022' → 2022."""
    match = _YEAR.match(period or "")
    return int(match.group(1)) if match else None


_WHOLE_YEAR = re.compile(r"^\s*\d{4}(JJ00)?\s*\*?\s*$", re.I)


def _dimension_values(dimensions: pd.Series, name_pattern: str) -> pd.Series:
    """The value of the dimension whose name matches `name_pattern` (a regex, searched
    case-insensitively: 'type' finds 'TypeMaatwerkarrangement' and 'Type maatwerkarrangement')."""
    pattern = rf"(?:^|; )[^=;]*?(?i:{name_pattern})[^=;]*=([^;]*)"
    return dimensions.fillna("").str.extract(pattern)[0].fillna("")


def apply(spec: TableSpec, rows: pd.DataFrame, title: str) -> pd.DataFrame:
    """Long rows of a table (topic_path, period, dimensions, ...) → with measure codes, the
    boundary year of the areas and the theme; rows outside the fixed dimension values go.

    A measure is a figure per area and whole year: periods of part of a year (halves,
    quarters, months) keep no measure, and the values of the `uitsplitsing` dimensions are part
    of the topic text the patterns match ('hulp bij het huishouden wmo clienten')."""
    if rows.empty:
        return rows
    rows = rows.copy()
    for dim, pattern in spec.dimensions:
        values = _dimension_values(rows["dimensions"], dim)
        rows = rows[values.str.contains(pattern, case=False, regex=True)]
    split = (
        pd.concat([_dimension_values(rows["dimensions"], d) for d in spec.split], axis=1)
        .agg(" ".join, axis=1)
        if spec.split and len(rows)
        else pd.Series("", index=rows.index)
    )
    rows["measure"] = [spec.measure(path, values)
                       for path, values in zip(rows["topic_path"], split, strict=True)]
    whole_year = rows["period"].fillna("").map(lambda p: bool(_WHOLE_YEAR.match(p)) or not p)
    rows.loc[~whole_year, "measure"] = None
    # a measure must be one figure per area and period: with other dimensions left open it
    # is not, and picking one of its rows would be a guess
    open_dims = rows["measure"].notna() & rows.duplicated(
        ["area_code", "period", "measure"], keep=False
    )
    rows.attrs["ambiguous"] = sorted(rows.loc[open_dims, "measure"].unique())
    rows.loc[open_dims, "measure"] = None
    rows["year"] = rows["period"].map(period_year)
    fixed = spec.boundary_year(title)
    rows["boundary_year"] = fixed if fixed is not None else rows["year"]
    rows["family"] = spec.name
    rows["table_title"] = title
    return rows


def ambiguity_note(rows: pd.DataFrame) -> str:
    """A Dutch sentence for the load log when mapped topics had open dimensions."""
    found = rows.attrs.get("ambiguous") or []
    if not found:
        return ""
    return (
        " Niet als maat gebruikt, want per gebied en periode staan er meerdere cijfers "
        f"(kies één dimensiewaarde met [tabel.dimensies] in tabellen.toml): {', '.join(found)}."
    )
