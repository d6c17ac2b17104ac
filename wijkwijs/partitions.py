"""Per-gemeente partitions: one data folder and one warehouse per gemeente, combined at publish.

A regional or national body runs the same pipeline once per gemeente (the Dagster job
`gemeente_pipeline`, orchestration/defs/partitions.py), each in its own data folder
`<data>/gemeenten/<GM code>/` (inbox, reference, archive, quarantine, warehouse: the layout of
docs/architecture.md), so partitions write different DuckDB files and run in parallel. The
publish then unions the partitions' marts into one combined warehouse and writes the one
serving copy from it with the ordinary publish (wijkwijs.publish.serving: attacker audit on the
whole combined copy, atomic swap).

This is exact because nothing the marts hold crosses a gemeente: the area tree is buurt < wijk
< gemeente (macros/rollup.sql), suppression and its complementary cells stay inside a parent
(wijkwijs.disclosure), comparisons are with the area's own wijk and gemeente and with its own
earlier periods (int_area_rates_compared), and similar buurten are sought within the gemeente
(similar_buurten). tests/orchestration/test_partitions.py holds the partitioned copy to one
run's, table for table. The combine refuses partitions that break the assumption: a gemeente in
two partitions, a partition holding another gemeente's areas, or partitions built with
different disclosure rules, code lists or table shapes.

`split_delivery` cuts a shared delivery (one file for many gemeenten, as the national benchmark
writes) into those folders; a gemeente that delivers its own files needs no split.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

from wijkwijs.config import DUCKDB_CONFIG, Paths, SettingError
from wijkwijs.ingest.kinds import BUURT
from wijkwijs.publish.served import PUBLISH_READS, served_tables

GEMEENTE_CODE = re.compile(r"^GM\d{4}$")
PARTITIONS_DIR = "gemeenten"
# what publish reads from the warehouse besides the served tables: the map's boundaries
GEOMETRY_TABLES = (("raw", "buurten"), ("raw", "wijken"))
# identical in every partition (code lists and the disclosure rules): taken once, after a check
SHARED_SCHEMAS = ("seeds",)
SHARED_TABLES = tuple(PUBLISH_READS)
TEXT_SUFFIXES = (".csv", ".txt")
DELIMITERS = ";,\t|"


class PartitionError(ValueError):
    """Partitions that cannot be split or combined; the message names the gemeente and table."""


def partitions_root(base: Paths) -> Path:
    return base.data / PARTITIONS_DIR


def gemeente_paths(base: Paths, code: str) -> Paths:
    """The data folder of one gemeente: its own inbox, reference, archive and warehouse."""
    if not GEMEENTE_CODE.match(code):
        raise PartitionError(f"{code!r} is geen gemeentecode (GM + 4 cijfers) / not a code")
    return Paths(partitions_root(base) / code)


def combined_warehouse(base: Paths) -> Path:
    """The union of the partitions' marts, the warehouse the combined publish reads."""
    return base.data / "warehouse" / "gemeenten_combined.duckdb"


def gemeente_codes(base: Paths) -> list[str]:
    """The partitions: WIJKWIJS_GEMEENTEN (comma-separated codes) when set, else the gemeente
    folders present under <data>/gemeenten/ (a new gemeente is a new folder)."""
    raw = os.environ.get("WIJKWIJS_GEMEENTEN", "").strip()
    if raw:
        given = [c.strip() for c in raw.split(",") if c.strip()]
        bad = [c for c in given if not GEMEENTE_CODE.match(c.upper())]
        if bad:
            raise SettingError(f"WIJKWIJS_GEMEENTEN={raw!r}: {', '.join(bad)} is geen "
                               "gemeentecode (GM + 4 cijfers) / not a gemeente code")
        return sorted({c.upper() for c in given})
    root = partitions_root(base)
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and GEMEENTE_CODE.match(p.name))


def gemeente_of_buurt(buurtcode: str) -> str | None:
    """CBS codes nest: BU<gemeente 4><wijk 2><buurt 2>, so a buurt's gemeente is in its code."""
    code = buurtcode.strip().upper()
    return f"GM{code[2:6]}" if code.startswith("BU") and code[2:6].isdigit() else None


# --- split a shared delivery ------------------------------------------------------------------


@dataclass(frozen=True)
class _Text:
    encoding: str
    delimiter: str
    header: list[str]
    rows: list[list[str]]


def _read_text_table(path: Path) -> _Text:
    data = path.read_bytes()
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        encoding, text = "cp1252", data.decode("cp1252")
    first = text.split("\n", 1)[0]
    delimiter = max(DELIMITERS, key=first.count)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return _Text(encoding, delimiter, rows[0] if rows else [], rows[1:])


def _write_text_table(table: _Text, rows: list[list[str]], path: Path) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=table.delimiter, lineterminator="\n")
    writer.writerow(table.header)
    writer.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue().encode(table.encoding))


def _split_text_file(path: Path, codes: set[str]) -> dict[str, tuple[_Text, list[list[str]]]]:
    """The rows of each gemeente, by the buurt code of each row."""
    table = _read_text_table(path)
    names = [h.strip().lower() for h in table.header]
    column = next((names.index(a) for a in BUURT.aliases if a in names), None)
    if column is None:
        raise PartitionError(f"{path.name}: geen kolom buurtcode, dus niet per gemeente te "
                             "splitsen / no buurt code column to split by")
    parts: dict[str, list[list[str]]] = {}
    for number, row in enumerate(table.rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        gemeente = gemeente_of_buurt(row[column]) if column < len(row) else None
        if gemeente is None:
            raise PartitionError(f"{path.name}, regel {number}, kolom {table.header[column]}: "
                                 "geen geldige buurtcode / not a valid buurt code")
        if gemeente in codes:
            parts.setdefault(gemeente, []).append(row)
    return {g: (table, rows) for g, rows in parts.items()}


def _split_boundaries(path: Path, base: Paths, codes: set[str]) -> None:
    import pyogrio

    from wijkwijs.demo.writers import write_gpkg

    layers = {name: pyogrio.read_dataframe(path, layer=name)
              for name, _ in pyogrio.list_layers(path)}
    for code in codes:
        own = {name: frame[frame["gemeentecode"] == code] if "gemeentecode" in frame else frame
               for name, frame in layers.items()}
        write_gpkg(own, gemeente_paths(base, code).reference / path.name)


def split_delivery(source: Paths, base: Paths, codes: list[str]) -> dict[str, list[str]]:
    """Copy a shared delivery (source's reference/ and inbox/) into each gemeente's folder under
    base, keeping only that gemeente's rows and boundaries: text tables (CSV) by their buurt
    code, GeoPackages by `gemeentecode`; other reference files are copied whole. A gemeente with
    no rows in a file gets no copy of it. Returns the files written per gemeente."""
    wanted = set(codes)
    written: dict[str, list[str]] = {c: [] for c in codes}
    for path in sorted(source.reference.iterdir()) if source.reference.is_dir() else []:
        if path.suffix.lower() == ".gpkg":
            _split_boundaries(path, base, wanted)
            for code in codes:
                written[code].append(f"reference/{path.name}")
        elif path.suffix.lower() in TEXT_SUFFIXES:
            for code, (table, rows) in _split_text_file(path, wanted).items():
                _write_text_table(table, rows, gemeente_paths(base, code).reference / path.name)
                written[code].append(f"reference/{path.name}")
        elif path.is_file():
            for code in codes:
                target = gemeente_paths(base, code).reference / path.name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, target)
                written[code].append(f"reference/{path.name}")
    for path in sorted(source.inbox.iterdir()) if source.inbox.is_dir() else []:
        if not path.is_file():
            continue
        if path.suffix.lower() not in TEXT_SUFFIXES:
            raise PartitionError(f"{path.name}: alleen CSV-bestanden worden per gemeente "
                                 "gesplitst; lever dit bestand per gemeente aan / only CSV "
                                 "files are split")
        for code, (table, rows) in _split_text_file(path, wanted).items():
            _write_text_table(table, rows, gemeente_paths(base, code).inbox / path.name)
            written[code].append(f"inbox/{path.name}")
    return written


# --- combine the partitions' warehouses -------------------------------------------------------


def _columns(con, database: str, schema: str, table: str) -> list[tuple[str, str]]:
    return con.execute(
        "select column_name, data_type from duckdb_columns() where database_name = ? "
        "and schema_name = ? and table_name = ? order by column_index",
        [database, schema, table]).fetchall()


def _check_own_areas(con, alias: str, code: str) -> None:
    found = [g for (g,) in con.execute(
        f"select distinct gemeente_code from {alias}.marts.areas order by 1").fetchall()]
    if found != [code]:
        others = ", ".join(str(g) for g in found if g != code) or "geen / none"
        raise PartitionError(f"partitie {code}: marts.areas hoort alleen {code} te bevatten, "
                             f"maar bevat ook {others} / the partition holds areas of other "
                             "gemeenten: filter its reference data")


def combine_warehouses(base: Paths, codes: list[str], manifest_path: Path) -> Path:
    """One warehouse holding every partition's served tables (and what publish reads besides):
    gemeente tables unioned, shared tables (seeds, disclosure rules) taken once after checking
    that every partition has the same. Written aside and renamed into place."""
    if not codes:
        raise PartitionError("geen gemeenten om samen te voegen / no partitions to combine")
    target = combined_warehouse(base)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    tables = [(t.schema, t.name) for t in served_tables(manifest_path)]
    tables += [t for t in (*SHARED_TABLES, *GEOMETRY_TABLES) if t not in tables]
    aliases = {code: f"p_{code.lower()}" for code in codes}
    try:
        with duckdb.connect(str(tmp), config=DUCKDB_CONFIG) as con:
            for code, alias in aliases.items():
                warehouse = gemeente_paths(base, code).warehouse
                if not warehouse.exists():
                    raise PartitionError(f"partitie {code}: geen warehouse ({warehouse}); draai "
                                         "eerst die partitie / run that partition first")
                con.execute(f"attach '{warehouse}' as {alias} (read_only)")
                _check_own_areas(con, alias, code)
            first_code, first = codes[0], aliases[codes[0]]
            for schema, table in tables:
                shape = _columns(con, first, schema, table)
                if not shape:
                    raise PartitionError(f"partitie {first_code}: tabel {schema}.{table} "
                                         "ontbreekt / table missing")
                for code, alias in aliases.items():
                    if _columns(con, alias, schema, table) != shape:
                        raise PartitionError(f"partitie {code}: tabel {schema}.{table} heeft "
                                             f"andere kolommen dan in {first_code} / other "
                                             "columns: build every partition with this version")
                con.execute(f"create schema if not exists {schema}")
                if schema in SHARED_SCHEMAS or (schema, table) in SHARED_TABLES:
                    for code, alias in aliases.items():
                        differ = con.execute(
                            f"select count(*) from ((select * from {alias}.{schema}.{table} "
                            f"except all select * from {first}.{schema}.{table}) union all "
                            f"(select * from {first}.{schema}.{table} except all "
                            f"select * from {alias}.{schema}.{table}))").fetchone()[0]
                        if differ:
                            raise PartitionError(
                                f"partitie {code}: {schema}.{table} verschilt van {first_code} "
                                "(andere codelijsten of geheimhoudingsregels) / differs between "
                                "partitions: publish them with the same rules")
                    con.execute(f"create table {schema}.{table} as "
                                f"select * from {first}.{schema}.{table}")
                else:
                    union = " union all ".join(f"select * from {alias}.{schema}.{table}"
                                               for alias in aliases.values())
                    con.execute(f"create table {schema}.{table} as {union}")
            for alias in aliases.values():
                con.execute(f"detach {alias}")
            con.execute("checkpoint")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)
    return target


def publish_gemeenten(base: Paths, codes: list[str], manifest_path: Path):
    """Combine the partitions and publish the one serving copy (base's serving path) with the
    ordinary publish: incremental against the current copy, audited, swapped in atomically."""
    from wijkwijs.publish.serving import publish

    warehouse = combine_warehouses(base, codes, manifest_path)
    return publish(warehouse=warehouse, serving=base.serving, manifest_path=manifest_path)
