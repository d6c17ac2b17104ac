"""Validation rules for inbox files: each a plain function, usable without Dagster.

`validate` runs them in order and returns the typed rows plus every problem found; a file with
any problem is not loaded at all.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

import pandas as pd

from wijkwijs.ingest.kinds import CASE_COUNTS, STAPELING, FileKind, resolve_columns
from wijkwijs.ingest.problems import Problem
from wijkwijs.ingest.unique_totals import check_unique_totals
from wijkwijs.ingest.values import CellError, parse_count

_YEAR = re.compile(r"\d{4}")
FIRST_YEAR, LAST_YEAR = 1900, 2100  # beyond these a year is a typing error, not a period
INT32_MAX = 2**31 - 1  # the count columns of the raw schema are INTEGER
# Shown back in a message only when a value has one of these shapes: a code of an area, a
# period, a small number. Anything else could be a misplaced personal value.
_SAFE_TO_SHOW = re.compile(
    r"^(?:(?:BU|WK|GM)[0-9A-Z]{4,8}(?: \(\d{4}\))?|\d{4}-?\d{2}|\d{4}MM\d{2}|-?\d{1,6}"
    r"(?:[.,]\d{1,3})?)$"
)
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
    # households with a provision in one domain only: not part of the total of two or more
    single_domain: frozenset[str] = field(default_factory=frozenset)
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


def shown(value) -> str:
    """' 'BU99990101'' when the value is safe to repeat, else nothing."""
    text = "" if value is None else str(value)
    return f" '{text}'" if text and _SAFE_TO_SHOW.match(text) else ""


def _from_mask(mask: pd.Series, file: str, column: str, nl: str, en: str, values=None):
    """A Problem per flagged row (the index is the row number in the file), the first
    MAX_PROBLEMS_PER_RULE of them, with a count of the rest in the last one."""
    flagged = mask[mask.fillna(False).astype(bool)].index
    problems = []
    for index in flagged[:MAX_PROBLEMS_PER_RULE]:
        value = shown(values[index]) if values is not None else ""
        problems.append(Problem(file, int(index), column, nl + value, en + value))
    if len(flagged) > MAX_PROBLEMS_PER_RULE:
        rest = len(flagged) - MAX_PROBLEMS_PER_RULE
        problems.append(Problem(file, None, column, f"{nl}: nog {rest} rijen",
                                f"{en}: {rest} more rows"))
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
            if 1 <= int(month) <= 12 and FIRST_YEAR <= int(year) <= LAST_YEAR:
                return date(int(year), int(month), 1)
    return None


def parse_periods(values: pd.Series, file: str, column: str, today: date):
    periods = per_distinct(values, parse_period)
    problems = _from_mask(
        periods.isna(),
        file,
        column,
        f"geen geldige maand (verwacht JJJJ-MM, jaar {FIRST_YEAR}-{LAST_YEAR}, maand 01-12)",
        f"not a valid month (expected YYYY-MM, year {FIRST_YEAR}-{LAST_YEAR}, month 01-12)",
        values,
    )
    this_month = date(today.year, today.month, 1)
    future = per_distinct(periods, lambda p: p is not None and not pd.isna(p) and p > this_month)
    problems += _from_mask(
        future, file, column, "periode ligt in de toekomst", "period is in the future", values
    )
    return periods, problems


def parse_years(values: pd.Series, file: str, column: str):
    valid = per_distinct(
        values, lambda v: bool(_YEAR.fullmatch(v)) and FIRST_YEAR <= int(v) <= LAST_YEAR
    ).astype(bool)
    years = pd.to_numeric(values.where(valid), errors="coerce")
    problems = _from_mask(years.isna(), file, column,
                          f"ongeldig jaar (verwacht vier cijfers, {FIRST_YEAR}-{LAST_YEAR})",
                          f"invalid year (expected four digits, {FIRST_YEAR}-{LAST_YEAR})", values)
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
    # codes are compared as the buurt code is: 'gm9999' is GM9999
    mismatch = values.str.strip().str.upper() != ("GM" + codes.str[2:6])
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
        problems.append(Problem(file, int(index), column, nl, en))
    numbers = parsed.map(lambda p: p[0])
    too_large = numbers.map(lambda n: n is not None and n > INT32_MAX)
    problems += _from_mask(
        too_large, file, column,
        f"aantal groter dan {INT32_MAX:,}".replace(",", "."),
        f"count larger than {INT32_MAX:,}",
    )
    numbers = numbers.where(~too_large, None)
    return (
        pd.Series(numbers, index=values.index, dtype="Int64"),
        pd.Series(parsed.map(lambda p: p[1]), index=values.index, dtype="string"),
        problems,
    )


def check_code_list(
    values: pd.Series, allowed: pd.Series | frozenset, file: str, column: str
) -> list[Problem]:
    """`allowed` is one set for the column, or per row (categories depend on the domain)."""
    if isinstance(allowed, pd.Series):
        pairs = list(zip(values, allowed, strict=True))
    else:
        pairs = [(v, allowed) for v in values]
    problems = []
    outside = [(i, v, a) for i, (v, a) in zip(values.index, pairs, strict=True) if v not in a]
    for index, value, codes in outside[:MAX_PROBLEMS_PER_RULE]:
        close = difflib.get_close_matches(value, sorted(codes), n=1, cutoff=0.75)
        hint_nl = f" (bedoeld: '{close[0]}'?)" if close else ""
        hint_en = f" (did you mean '{close[0]}'?)" if close else ""
        listed = ", ".join(sorted(codes))
        problems.append(Problem(
            file, int(index), column,
            f"code staat niet in de codelijst{hint_nl}; toegestaan: {listed or '-'}",
            f"code not in the code list{hint_en}; allowed: {listed or '-'}",
        ))
    if len(outside) > MAX_PROBLEMS_PER_RULE:
        rest = len(outside) - MAX_PROBLEMS_PER_RULE
        problems.append(Problem(file, None, column, f"code niet in de codelijst: nog {rest} rijen",
                                f"code not in the code list: {rest} more rows"))
    return problems


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
    rows: pd.DataFrame, group: list[str], code: str, value: str, file: str, column: str,
    not_parts: frozenset[str] = frozenset(),
) -> list[Problem]:
    """Where a file carries a total and all its parts as numbers, the parts must add up.
    Codes in `not_parts` are left out (stapeling: the one-domain households are no part of
    the total of two or more domains)."""
    rows = rows[~rows[code].isin(not_parts)]
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
                    int(index),
                    column,
                    f"totaal {total[value]} is niet de som van de delen ({expected})",
                    f"total {total[value]} is not the sum of its parts ({expected})",
                )
            )
    return problems[:MAX_PROBLEMS_PER_RULE]


# what a file name can claim: its domain and its month(s) or year(s)
DOMAIN_WORDS = {
    "wmo": "wmo", "jeugd": "jeugd", "jeugdwet": "jeugd", "jeugdzorg": "jeugd",
    "jeugdhulp": "jeugd", "participatiewet": "participatiewet", "participatie": "participatiewet",
    "pw": "participatiewet", "bijstand": "participatiewet",
}  # fmt: skip
_NAME_MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_. ]?(0[1-9]|1[0-2])(?!\d)")
# 'wmo_juni_2026.csv', 'Jeugd mrt 2026.xlsx': a month written as a word, Dutch or English
MONTH_WORDS = {
    w: m for m, words in enumerate((
        ("januari", "january", "jan"), ("februari", "february", "feb"),
        ("maart", "march", "mrt", "mar"), ("april", "apr"), ("mei", "may"),
        ("juni", "june", "jun"), ("juli", "july", "jul"), ("augustus", "august", "aug"),
        ("september", "sept", "sep"), ("oktober", "october", "okt", "oct"),
        ("november", "nov"), ("december", "dec")), start=1) for w in words
}
_NAME_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


@dataclass(frozen=True)
class NameClaim:
    """The domains, months and years a file's name says it holds (empty: says nothing)."""

    domains: frozenset[str] = frozenset()
    months: frozenset[date] = frozenset()
    years: frozenset[int] = frozenset()


def name_claim(file: str) -> NameClaim:
    stem = PurePath(file).name.lower()
    stem = stem.rsplit(".", 1)[0] if "." in stem.lstrip(".") else stem
    words = set(re.split(r"[^a-z0-9]+", stem))
    domains = frozenset(DOMAIN_WORDS[w] for w in words if w in DOMAIN_WORDS)
    months = frozenset(date(int(y), int(m), 1) for y, m in _NAME_MONTH.findall(stem))
    named_years = {int(y) for y in _NAME_YEAR.findall(stem)}
    named = {MONTH_WORDS[w] for w in re.findall(r"[a-z]+", stem) if w in MONTH_WORDS}
    if not months and named and named_years:
        months = frozenset(date(y, m, 1) for y in named_years for m in named)
    years = frozenset() if months else frozenset(named_years)
    return NameClaim(domains, months, years)


def check_name_claim(out: pd.DataFrame, kind: FileKind, file: str, found: dict) -> list[Problem]:
    """Rows of another domain, month or year than the file's name gives are refused: loaded,
    they would replace that other month with a stray row or two."""
    claim = name_claim(file)
    problems = []
    if kind is CASE_COUNTS and claim.domains:
        other = ~out["domain"].isin(claim.domains) & out["domain"].isin(set(DOMAIN_WORDS.values()))
        names = ", ".join(sorted(claim.domains))
        problems += _from_mask(
            other, file, found["domain"],
            f"rij van een ander domein dan de bestandsnaam noemt ({names})",
            f"row of another domain than the file name gives ({names})", out["domain"],
        )
    if kind is CASE_COUNTS and (claim.months or claim.years):
        periods = out["period"]
        inside = periods.map(lambda p: p is None or pd.isna(p) or p in claim.months
                             or p.year in claim.years)
        names = ", ".join([f"{m:%Y-%m}" for m in sorted(claim.months)]
                          + [str(y) for y in sorted(claim.years)])
        problems += _from_mask(
            ~inside.astype(bool), file, found["period"],
            f"rij van een andere periode dan de bestandsnaam noemt ({names})",
            f"row of another period than the file name gives ({names})",
            periods.map(lambda p: f"{p:%Y-%m}" if p is not None and not pd.isna(p) else ""),
        )
    claimed_years = claim.years | {m.year for m in claim.months}
    if kind is STAPELING and claimed_years:
        inside = out["year"].map(lambda y: pd.isna(y) or int(y) in claimed_years)
        names = ", ".join(str(y) for y in sorted(claimed_years))
        problems += _from_mask(
            ~inside.astype(bool), file, found["year"],
            f"rij van een ander jaar dan de bestandsnaam noemt ({names})",
            f"row of another year than the file name gives ({names})", out["year"],
        )
    return problems


def check_has_rows(frame: pd.DataFrame, file: str) -> list[Problem]:
    if len(frame):
        return []
    return [Problem(file, None, None,
                    "geen gegevensrijen: het bestand heeft alleen een kopregel; niets geladen",
                    "no data rows: the file holds only a header; nothing loaded")]


def validate(
    frame: pd.DataFrame, kind: FileKind, file: str, ctx: ValidationContext
) -> tuple[pd.DataFrame, list[Problem]]:
    """Typed rows in warehouse column names, and all problems (empty list: load it).

    A file that breaks no rule is typed set-based in DuckDB (wijkwijs.ingest.validate_sql);
    any other goes through the rules below, which word the per-row report. The person-level
    check runs before this, on every sheet (wijkwijs.ingest.load)."""
    from wijkwijs.ingest.validate_sql import fast_rows  # it reads this module's rules

    rows = fast_rows(frame, kind, file, ctx)
    if rows is not None:
        return rows, []
    return validate_by_row(frame, kind, file, ctx)


def validate_by_row(
    frame: pd.DataFrame, kind: FileKind, file: str, ctx: ValidationContext
) -> tuple[pd.DataFrame, list[Problem]]:
    """Every rule, cell by cell: the typed rows and each problem with its row and column."""
    problems = check_required_columns(frame, kind, file) or check_has_rows(frame, file)
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
    problems += check_name_claim(out, kind, file, found)
    problems += check_duplicates(out, key, file, found[key[0]])
    if kind is CASE_COUNTS and not problems:
        problems += check_unique_totals(out, file, found[value_column], ctx.categories,
                                        MAX_PROBLEMS_PER_RULE)
    if kind is STAPELING and not problems:
        problems += check_total_matches_parts(
            out,
            ["year", "buurt_code"],
            "combination",
            value_column,
            file,
            found[value_column],
            ctx.single_domain,
        )
        out = out[out["combination"] != TOTAL_CODE]  # derived again by the models
    return out, problems
