"""Validation rules for inbox files: each a plain function, usable without Dagster.

`validate` runs them in order and returns the typed rows plus every problem found; a file with
any problem is not loaded at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from wijkwijs.ingest.kinds import CASE_COUNTS, STAPELING, FileKind, resolve_columns
from wijkwijs.ingest.personal_data import find_personal_data
from wijkwijs.ingest.problems import Problem
from wijkwijs.ingest.values import CellError, parse_count

_YEAR = re.compile(r"\d{4}")
MAX_PROBLEMS_PER_RULE = 20  # a broken 100,000-row file needs a readable report, not every row
BUURT_CODE = re.compile(r"^BU[0-9A-Z]{8}$")
_PERIOD_FORMATS = (
    (re.compile(r"^(\d{4})-(\d{2})$"), lambda m: (m[1], m[2])),
    (re.compile(r"^(\d{4})(\d{2})$"), lambda m: (m[1], m[2])),
    (re.compile(r"^(\d{4})-(\d{2})-01$"), lambda m: (m[1], m[2])),
    (re.compile(r"^(\d{4})MM(\d{2})$"), lambda m: (m[1], m[2])),  # CBS StatLine month key
)


@dataclass(frozen=True)
class ValidationContext:
    """What a file is checked against: the loaded boundaries and the code lists."""

    buurten: dict[int, dict[str, str]]  # boundary year → buurt code → gemeente code
    categories: dict[str, frozenset[str]]  # domain → category codes
    combinations: frozenset[str] = field(default_factory=frozenset)
    today: date = field(default_factory=date.today)

    def code_labels(self) -> frozenset[str]:
        """'BU03630001 (2025)' for every buurt of every boundary year: one set lookup per row."""
        if self._labels is None:
            labels = {f"{code} ({year})" for year, codes in self.buurten.items() for code in codes}
            object.__setattr__(self, "_labels", frozenset(labels))
        return self._labels

    _labels: frozenset[str] | None = field(default=None, repr=False, compare=False)


def per_distinct(values: pd.Series, fn) -> pd.Series:
    """`fn` of every value, computed once per distinct value: a national month file has
    58,000 rows but one period and a few hundred counts."""
    return values.map({v: fn(v) for v in pd.unique(values)})


def _from_mask(mask: pd.Series, file: str, column: str, nl: str, en: str, values=None):
    problems = []
    for index in mask[mask].index[:MAX_PROBLEMS_PER_RULE]:
        shown = f" '{values[index]}'" if values is not None else ""
        problems.append(Problem(file, int(index) + 2, column, nl + shown, en + shown))
    return problems


def check_required_columns(frame: pd.DataFrame, kind: FileKind, file: str) -> list[Problem]:
    found = resolve_columns(frame, kind)
    return [
        Problem(
            file,
            None,
            col.aliases[0],
            f"verplichte kolom ontbreekt (ook geaccepteerd: {', '.join(col.aliases[1:])})",
            f"required column missing (also accepted: {', '.join(col.aliases[1:])})",
        )
        for col in kind.required()
        if col.name not in found
    ]


def parse_period(text: str) -> date | None:
    for pattern, parts in _PERIOD_FORMATS:
        match = pattern.match(text.strip())
        if match:
            year, month = parts(match)
            if 1 <= int(month) <= 12:
                return date(int(year), int(month), 1)
    return None


def parse_periods(values: pd.Series, file: str, column: str, today: date):
    periods = per_distinct(values, parse_period)
    problems = _from_mask(
        periods.isna(),
        file,
        column,
        "onbekend periodeformaat (verwacht JJJJ-MM)",
        "unknown period format (expected YYYY-MM)",
        values,
    )
    this_month = date(today.year, today.month, 1)
    future = per_distinct(periods, lambda p: p is not None and not pd.isna(p) and p > this_month)
    problems += _from_mask(
        future, file, column, "periode ligt in de toekomst", "period is in the future", values
    )
    return periods, problems


def parse_years(values: pd.Series, file: str, column: str):
    years = pd.to_numeric(
        values.where(per_distinct(values, lambda v: bool(_YEAR.fullmatch(v))).astype(bool)),
        errors="coerce",
    )
    problems = _from_mask(years.isna(), file, column, "ongeldig jaar", "invalid year", values)
    return years, problems


def check_buurt_codes(
    codes: pd.Series, years: pd.Series, file: str, column: str, ctx: ValidationContext
) -> list[Problem]:
    malformed = ~per_distinct(codes, lambda c: bool(BUURT_CODE.match(c))).astype(bool)
    problems = _from_mask(
        malformed,
        file,
        column,
        "buurtcode heeft niet de vorm BU + 8 tekens",
        "buurt code is not BU + 8 characters",
        codes,
    )
    municipalities = {g for year in ctx.buurten.values() for g in year.values()}
    other = ~malformed & ~per_distinct(codes.str[2:6], lambda g: f"GM{g}" in municipalities)
    problems += _from_mask(
        other,
        file,
        column,
        "buurtcode van een andere gemeente",
        "buurt code of another municipality",
        codes,
    )
    labels = codes + " (" + years.astype("Int64").astype(str) + ")"
    unknown = ~malformed & ~other & years.notna() & ~labels.isin(ctx.code_labels())
    problems += _from_mask(
        unknown,
        file,
        column,
        "buurtcode bestaat niet in het opgegeven indelingsjaar",
        "buurt code does not exist in the boundary year it claims",
        labels,
    )
    return problems


def check_municipality_column(
    values: pd.Series, codes: pd.Series, file: str, column: str
) -> list[Problem]:
    mismatch = values.str.strip() != ("GM" + codes.str[2:6])
    return _from_mask(
        mismatch,
        file,
        column,
        "gemeentecode past niet bij de buurtcode",
        "municipality code does not match the buurt code",
        values,
    )


def _count_or_error(cell: str) -> tuple[int | None, str | None, CellError | None]:
    try:
        return (*parse_count(cell), None)
    except CellError as exc:
        return None, None, exc


def parse_counts(values: pd.Series, file: str, column: str):
    parsed = per_distinct(values, _count_or_error)
    errors = parsed.map(lambda p: p[2])
    problems = []
    for index, exc in errors[errors.notna()].iloc[:MAX_PROBLEMS_PER_RULE].items():
        nl, en = str(exc).split(" / ", 1)
        problems.append(Problem(file, int(index) + 2, column, nl, en))
    return (
        pd.Series(parsed.map(lambda p: p[0]), index=values.index, dtype="Int64"),
        pd.Series(parsed.map(lambda p: p[1]), index=values.index, dtype="string"),
        problems,
    )


def check_code_list(
    values: pd.Series, allowed: pd.Series | frozenset, file: str, column: str
) -> list[Problem]:
    """`allowed` is one set for the column, or per row (categories depend on the domain)."""
    if isinstance(allowed, pd.Series):
        outside = pd.Series(
            [v not in a for v, a in zip(values, allowed, strict=True)], index=values.index
        )
    else:
        outside = ~values.isin(allowed)
    return _from_mask(
        outside,
        file,
        column,
        "code staat niet in de codelijst",
        "code not in the code list",
        values,
    )


def check_duplicates(frame: pd.DataFrame, key: list[str], file: str, column: str) -> list[Problem]:
    duplicated = frame.duplicated(subset=key, keep="first")
    return _from_mask(
        duplicated,
        file,
        column,
        f"dezelfde sleutel ({', '.join(key)}) komt twee keer voor",
        f"the same key ({', '.join(key)}) occurs twice",
    )


TOTAL_CODE = "totaal"  # a file may carry the total beside its parts; it must add up


def check_total_matches_parts(
    rows: pd.DataFrame, group: list[str], code: str, value: str, file: str, column: str
) -> list[Problem]:
    """Where a file carries a total and all its parts as numbers, the parts must add up."""
    is_total = rows[code] == TOTAL_CODE
    numbers = rows[rows["value_state"] == "number"]
    parts = numbers[numbers[code] != TOTAL_CODE].groupby(group)[value].agg(["sum", "count"])
    n_parts = rows[~is_total].groupby(group).size()
    problems = []
    for index, total in rows[is_total & (rows["value_state"] == "number")].iterrows():
        key = tuple(total[g] for g in group)
        if key not in parts.index or parts.loc[key, "count"] != n_parts.get(key, 0):
            continue  # a part is not a number: the total cannot be checked
        expected = int(parts.loc[key, "sum"])
        if expected != int(total[value]):
            problems.append(
                Problem(
                    file,
                    int(index) + 2,
                    column,
                    f"totaal {total[value]} is niet de som van de delen ({expected})",
                    f"total {total[value]} is not the sum of its parts ({expected})",
                )
            )
    return problems[:MAX_PROBLEMS_PER_RULE]


def validate(
    frame: pd.DataFrame, kind: FileKind, file: str, ctx: ValidationContext
) -> tuple[pd.DataFrame, list[Problem]]:
    """Typed rows in warehouse column names, and all problems (empty list: load it)."""
    problems = find_personal_data(frame, file)
    problems += check_required_columns(frame, kind, file)
    if problems:
        return pd.DataFrame(), problems
    found = resolve_columns(frame, kind)
    col = {name: frame[header] for name, header in found.items()}
    out = pd.DataFrame(index=frame.index)

    if kind is CASE_COUNTS:
        out["period"], p = parse_periods(col["period"], file, found["period"], ctx.today)
        problems += p
        period_years = out["period"].map(lambda d: d.year if d else None)
    else:
        out["year"], p = parse_years(col["year"], file, found["year"])
        problems += p
        period_years = out["year"]
    if "boundary_year" in col:
        out["boundary_year"], p = parse_years(col["boundary_year"], file, found["boundary_year"])
        problems += p
    else:
        out["boundary_year"] = period_years
    out["buurt_code"] = col["buurt_code"].str.upper()
    problems += check_buurt_codes(
        out["buurt_code"], out["boundary_year"], file, found["buurt_code"], ctx
    )
    if "municipality_code" in col:
        problems += check_municipality_column(
            col["municipality_code"], out["buurt_code"], file, found["municipality_code"]
        )

    if kind is CASE_COUNTS:
        out["domain"] = col["domain"].str.lower()
        out["category"] = col["category"].str.lower()
        problems += check_code_list(out["domain"], frozenset(ctx.categories), file, found["domain"])
        allowed = out["domain"].map(lambda d: ctx.categories.get(d, frozenset()))
        problems += check_code_list(out["category"], allowed, file, found["category"])
        value_column, key = "clients", ["period", "buurt_code", "domain", "category"]
    elif kind is STAPELING:
        out["combination"] = col["combination"].str.lower()
        problems += check_code_list(
            out["combination"], ctx.combinations | {TOTAL_CODE}, file, found["combination"]
        )
        value_column, key = "households", ["year", "buurt_code", "combination"]
    else:
        raise ValueError(f"no validation rules for kind {kind.name}")

    out[value_column], out["value_state"], p = parse_counts(
        col[value_column], file, found[value_column]
    )
    problems += p
    problems += check_duplicates(out, key, file, found[key[0]])
    if kind is STAPELING and not problems:
        problems += check_total_matches_parts(
            out,
            ["year", "buurt_code"],
            "combination",
            value_column,
            file,
            found[value_column],
        )
        out = out[out["combination"] != TOTAL_CODE]  # derived again by the models
    return out, problems
