"""The input file kinds of docs/data-contract.md: their columns, Dutch and English names."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


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

    def required(self) -> list[Column]:
        return [c for c in self.columns if c.required]


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

YOUTH_INPUT = FileKind(
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
        Column("source_id", ("bron_id", "registratienummer", "volgnummer", "source_id", "id"),
               required=False),
    ),
    # a corrected file replaces the records of every (organisation, day) it carries
    replace_key=("organisation", "collected_on"),
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
