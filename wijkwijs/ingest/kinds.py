"""The input file kinds of docs/data-contract.md: their columns, Dutch and English names, and
how a file of each kind is checked and stored.

A kind knows how to load itself (`prepare`, `write`, `periods`, `load_note`), so the loader
(wijkwijs.ingest.load) and an undo treat every kind alike: youth input is the one kind that
prepares its rows differently (scrubbed, generalised, keyed per record) and is logged per
quarter, which `YouthInputKind` says in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from wijkwijs.ingest.warehouse import note_changed
from wijkwijs.raw_tables import columns as declared_columns

if TYPE_CHECKING:
    from wijkwijs.ingest.problems import Problem
    from wijkwijs.ingest.readers import Table
    from wijkwijs.ingest.validate import ValidationContext


@dataclass(frozen=True)
class Column:
    name: str  # the warehouse (English) name
    aliases: tuple[str, ...]  # accepted headers after normalise_header, Dutch first
    required: bool = True


@dataclass(frozen=True)
class FileKind:
    name: str
    table: str
    columns: tuple[Column, ...]
    replace_key: tuple[str, ...]  # a newer file for the same key replaces the older rows
    # free-text columns a scrubber cleans: the check for person-level data leaves them alone
    free_text: tuple[str, ...] = ()

    def required(self) -> list[Column]:
        return [c for c in self.columns if c.required]

    def prepare(
        self, con, table: Table, display: str, ctx: ValidationContext
    ) -> tuple[pd.DataFrame, list[Problem]]:
        """The rows to store and every problem with them: each column checked against
        docs/data-contract.md. `con` is the warehouse (read only here)."""
        del con
        # imported on use: the validator reads the kinds this module defines
        from wijkwijs.ingest.validate import validate

        return validate(table.frame, self, display, ctx)

    def write(self, con, rows: pd.DataFrame, load_id: str) -> list[str]:
        """Replace the rows of every key the file carries; returns the load ids it replaced."""
        table = f"raw.{self.table}"
        rows = rows.assign(load_id=load_id)
        con.register("incoming", self.incoming(rows))
        matches = " and ".join(f"i.{k} = t.{k}" for k in self.replace_key)
        # the key values as constants too: DuckDB then skips the row groups of other months
        # by their min/max instead of probing every row of a table that grows with each file
        # (a national load went from quadratic to flat per file)
        params: list = []
        known = []
        for k in self.replace_key:
            values = sorted(rows[k].dropna().unique().tolist())
            known.append(f"t.{k} in ({', '.join('?' for _ in values)})" if values else "false")
            params += values
        prefilter = " and ".join(known) or "true"
        # one statement finds and deletes the replaced rows (a select of their load ids and a
        # delete with the same condition each scanned the key's rows)
        deleted = con.execute(
            f"delete from {table} t where {prefilter} "
            f"and exists (select 1 from incoming i where {matches}) returning load_id",
            params,
        ).fetchall()
        replaced = list(dict.fromkeys(r[0] for r in deleted))
        # the declared columns (the table is created from them), not a describe per file
        names = ", ".join(declared_columns(self.table))
        con.execute(f"insert into {table} ({names}) select {names} from incoming")
        con.unregister("incoming")
        note_changed(con, self.table, rows[list(self.replace_key)].drop_duplicates())
        return replaced

    def incoming(self, rows: pd.DataFrame):
        """The rows as DuckDB reads them: an Arrow table of the typed columns (no Python
        object of a column inspected one by one)."""
        import pyarrow as pa

        return pa.Table.from_pandas(rows, preserve_index=False)

    def periods(self, rows: pd.DataFrame) -> str:
        """The months (or years) the rows cover, for the load log: '2024-01,2024-02'."""
        column = "period" if "period" in rows else "year"
        return ",".join(sorted({str(v)[:7] for v in pd.unique(rows[column])}))

    def load_note(self, rows: pd.DataFrame) -> str | None:
        """What the load log says about stored rows beyond their number (nothing here)."""
        del rows
        return None


def quarter_of(day) -> str:
    """'2024-K1' for any date of January to March 2024 (Dutch: kwartaal)."""
    day = pd.Timestamp(day)
    return f"{day.year}-K{(day.month - 1) // 3 + 1}"


@dataclass(frozen=True)
class YouthInputKind(FileKind):
    """Youth input (docs/youth-input.md): its free text scrubbed and its places generalised
    before anything is stored, each record keyed so a corrected file replaces it; logged per
    quarter, the finest period it is ever published in."""

    def prepare(
        self, con, table: Table, display: str, ctx: ValidationContext
    ) -> tuple[pd.DataFrame, list[Problem]]:
        from wijkwijs.ingest.youth_input import prepare_youth_input, youth_context
        from wijkwijs.ingest.youth_keys import youth_source_keys

        rows, problems = prepare_youth_input(table.frame, display, youth_context(con, ctx.today))
        if not problems:
            rows = rows.assign(record_id=youth_source_keys(table.frame, rows))
        return rows, problems

    def incoming(self, rows: pd.DataFrame):
        """Scrubbed records hold mixed Python objects: DuckDB's own conversion reads them."""
        return rows

    def periods(self, rows: pd.DataFrame) -> str:
        return ",".join(sorted({quarter_of(v) for v in rows["collected_on"]}))

    def load_note(self, rows: pd.DataFrame) -> str | None:
        from wijkwijs.youth.codes import HELD

        held = int((rows["review_status"] == HELD).sum())
        return f"{held} te beoordelen / held for review" if held else None


BUURT = Column("buurt_code", ("buurtcode", "neighbourhood_code", "buurt_code"))
BOUNDARY_YEAR = Column("boundary_year", ("indelingsjaar", "boundary_year"), required=False)

CASE_COUNTS = FileKind(
    name="case_counts",
    table="case_counts",
    columns=(
        Column("period", ("periode", "period")),
        BOUNDARY_YEAR,
        Column("municipality_code", ("gemeentecode", "municipality_code"), required=False),
        BUURT,
        Column("domain", ("domein", "domain")),
        Column("category", ("categorie", "category")),
        Column("clients", ("aantal_clienten", "aantal_cliënten", "clients")),
    ),
    replace_key=("domain", "period"),
)

STAPELING = FileKind(
    name="stapeling",
    table="stapeling",
    columns=(
        Column("year", ("jaar", "year")),
        BOUNDARY_YEAR,
        BUURT,
        Column("combination", ("combinatie", "combination")),
        Column("households", ("aantal_huishoudens", "households")),
    ),
    replace_key=("year",),
)

POPULATION = FileKind(
    name="population",
    table="population",
    columns=(
        Column("year", ("jaar", "year")),
        BOUNDARY_YEAR,
        BUURT,
        Column("residents_0_17", ("inwoners_0_17", "residents_0_17")),
        Column("residents_18_26", ("inwoners_18_26", "residents_18_26")),
        Column("residents_27_66", ("inwoners_27_66", "residents_27_66")),
        Column("residents_67_plus", ("inwoners_67_plus", "residents_67_plus")),
        Column("households", ("huishoudens", "households")),
    ),
    replace_key=("year",),
)

YOUTH_INPUT = YouthInputKind(
    name="youth_input",
    table="youth_input",
    columns=(
        Column("date", ("datum", "date")),
        Column("buurt_code", BUURT.aliases, required=False),
        Column("x", ("x",), required=False),
        Column("y", ("y",), required=False),
        Column("crs", ("crs",), required=False),
        Column("theme", ("thema", "theme")),
        Column("idea", ("idee", "idea")),
        Column("age_band", ("leeftijdsgroep", "age_band")),
        Column("organisation", ("organisatie", "organisation")),
        Column("activity", ("activiteit", "activity")),
        Column("support", ("aantal_steun", "support"), required=False),
        # the youth worker's own id of the record, when the export has one
        Column(
            "source_id",
            ("bron_id", "registratienummer", "volgnummer", "source_id", "id"),
            required=False,
        ),
    ),
    # a corrected file replaces the records of every (organisation, day) it carries
    replace_key=("organisation", "collected_on"),
    free_text=("idea", "activity"),
)

INBOX_KINDS = (CASE_COUNTS, STAPELING, YOUTH_INPUT)


def resolve_columns(frame: pd.DataFrame, kind: FileKind) -> dict[str, str]:
    """Map warehouse column name → header present in the file."""
    present = set(frame.columns)
    return {col.name: alias for col in kind.columns for alias in col.aliases if alias in present}


def detect_kind(frame: pd.DataFrame, kinds=INBOX_KINDS) -> FileKind | None:
    """The kind whose required columns are best covered; None when nothing fits at all."""

    def coverage(kind: FileKind) -> float:
        found = resolve_columns(frame, kind)
        return sum(c.name in found for c in kind.required()) / len(kind.required())

    best = max(kinds, key=coverage)
    return best if coverage(best) >= 0.5 else None
