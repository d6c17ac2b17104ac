"""The raw schema of the warehouse, from its one definition: the dbt sources' declared columns.

Every table the loaders write (`raw.*`: ingest, reference, CBS/PDOK, the application database's
snapshot, the loader's own bookkeeping) is a table of a dbt source with schema `raw`, its
columns declared there with `data_type` and, where a value is required, a `not_null`
constraint (`dbt_project/models/staging/*/_*__sources.yml`). The loaders create the tables
from those declarations (`create_raw_tables`), and so does dbt at the start of every run
(`dbt_project/macros/raw_tables.sql`), so a build finds every source even when no loader ran.

A column added to a declaration later reaches an existing warehouse as a nullable column at
the end of its table (`add column if not exists`); the loaders name the columns they insert.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import yaml

from wijkwijs.config import DBT_PROJECT_DIR

SOURCES_GLOB = "models/staging/*/_*__sources.yml"


@dataclass(frozen=True)
class RawColumn:
    name: str
    data_type: str
    not_null: bool

    def ddl(self, *, added: bool = False) -> str:
        required = " not null" if self.not_null and not added else ""
        return f"{self.name} {self.data_type}{required}"


@cache
def raw_tables() -> dict[str, tuple[RawColumn, ...]]:
    """Table name -> its declared columns, in declaration order, for every source in `raw`."""
    tables: dict[str, tuple[RawColumn, ...]] = {}
    for path in sorted(DBT_PROJECT_DIR.glob(SOURCES_GLOB)):
        for source in yaml.safe_load(path.read_text(encoding="utf-8")).get("sources") or []:
            if source.get("schema") != "raw":
                continue
            for table in source.get("tables") or []:
                columns = tuple(
                    RawColumn(c["name"], c["data_type"],
                              any(k.get("type") == "not_null" for k in c.get("constraints", [])))
                    for c in table.get("columns") or [])
                if not columns:
                    raise ValueError(f"{path}: source table raw.{table['name']} declares no "
                                     f"columns (name and data_type), so it cannot be created")
                tables[table["name"]] = columns
    return tables


def columns(table: str) -> list[str]:
    """The column names of `raw.<table>`, in order."""
    return [c.name for c in raw_tables()[table]]


@cache
def raw_ddl() -> str:
    """`create table if not exists` for every raw table, then the columns a declaration gained
    since an older warehouse made the table (nullable, at the end)."""
    statements = ["create schema if not exists raw"]
    for table, cols in raw_tables().items():
        body = ", ".join(c.ddl() for c in cols)
        statements.append(f"create table if not exists raw.{table} ({body})")
        statements += [f"alter table raw.{table} add column if not exists {c.ddl(added=True)}"
                       for c in cols if not c.not_null]
    return ";\n".join(statements) + ";\n"


def create_raw_tables(con) -> None:
    """Every raw table, empty when new; an existing table and its rows are kept."""
    con.execute(raw_ddl())
