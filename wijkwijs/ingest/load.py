"""Load the inbox: each file loaded whole in one transaction, held, or refused with a report.

Every entry of the inbox gets an outcome, whatever its name, suffix or type:

- `loaded`: validated and written in one transaction, then moved to data/archive/ (from which
  the warehouse can always be rebuilt). A newer file for a (domain, month) replaces that
  month's rows; the load log keeps both versions.
- `duplicate`: the same content is loaded already; nothing changes. The same content as a
  version that was later replaced is *not* a duplicate: sending the original again restores
  it (an undo, logged as such).
- `held`: the file would replace a loaded month with fewer areas, categories or cells than
  that version or than its neighbouring months (wijkwijs.ingest.shrink). It waits in
  data/held/ with the numbers side by side, until an analyst confirms it
  (`make confirm FILE=...`, or the Dagster run config of `inbox_files`).
- `rejected`: moved to data/quarantine/ with <file>.report.json and <file>.report.txt, per row
  and column, Dutch and English. A file with person-level data is not kept anywhere: it is
  deleted, its report says what was found where (never the value) and asks the analyst to
  report a possible data breach.

Nothing a file contains makes `load_file` raise; only faults of the machine do (disk, lock),
and then the file stays in the inbox for the retry. No message repeats a cell value that could
be personal (docs/security.md).
"""

from __future__ import annotations

import getpass
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from wijkwijs.config import DBT_PROJECT_DIR, Paths
from wijkwijs.domains import categories, domains
from wijkwijs.ingest import shrink
from wijkwijs.ingest.inbox import display_name, held_dir, inbox_files, move, readable, safe_name
from wijkwijs.ingest.kinds import FileKind, detect_kind, resolve_columns
from wijkwijs.ingest.load_log import (
    DUPLICATE,
    HELD,
    LOADED,
    REJECTED,
    content_hash,
    load_id_for,
    log_load,
    mark_confirmed,
    mark_replaced,
    versions,
)
from wijkwijs.ingest.personal_data import find_in_cells, find_personal_data, personal_in_name
from wijkwijs.ingest.problems import Problem
from wijkwijs.ingest.readers import STORED_TEXT, Table, UnreadableFile, raw_cells, read_file
from wijkwijs.ingest.reports import quarantine, remove_personal, remove_stale_temp, write_report
from wijkwijs.ingest.validate import ValidationContext
from wijkwijs.ingest.warehouse import load_settings


@dataclass
class FileOutcome:
    file: str
    status: str  # loaded | duplicate | held | rejected
    kind: str | None = None
    rows: int = 0
    replaced: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    report: Path | None = None  # the .report.txt of a rejected or held file
    personal: bool = False  # rejected for person-level data: deleted, never kept
    message: str | None = None


def validation_context(con: duckdb.DuckDBPyConnection, today=None) -> ValidationContext:
    """Boundaries from the warehouse, code lists from the dbt seeds (one place for each list)."""
    buurten: dict[int, dict[str, str]] = {}
    for year, code, gemeente in con.execute(
        "select boundary_year, buurt_code, gemeente_code from raw.buurten"
    ).fetchall():
        buurten.setdefault(year, {})[code] = gemeente
    combinations = pd.read_csv(DBT_PROJECT_DIR / "seeds" / "stapeling_combinations.csv", dtype=str)
    extra = {"today": today} if today else {}
    return ValidationContext(
        buurten=buurten,
        categories={d: frozenset(categories(d, with_totals=True)) for d in domains()},
        combinations=frozenset(combinations["combination"]),
        single_domain=frozenset(
            combinations.loc[combinations["domain_count"] == "1", "combination"]
        ),
        **extra,
    )


# Faults of the environment (disk full, a locked or unreadable warehouse, memory): never a
# reason to quarantine a good file.
TRANSIENT = (
    OSError,
    duckdb.IOException,
    duckdb.TransactionException,
    duckdb.ConnectionException,
    duckdb.OutOfMemoryException,
)


def _problem(display: str, nl: str, en: str, row: int | None = None) -> Problem:
    return Problem(display, row, None, nl, en)


def load_file(
    con,
    path: Path,
    paths: Paths,
    ctx: ValidationContext,
    *,
    confirm: bool = False,
    display: str | None = None,
) -> FileOutcome:
    """Load one file whole, hold it, or reject it with a reason; never raises because of its
    content. `confirm` loads a held file although it shrinks a month (the analyst said so)."""
    display = readable(display or path.name)
    masked, kinds = personal_in_name(display)
    if kinds:  # the name is repeated everywhere: the file goes, the name is never shown
        return _personal_name(con, path, paths, masked, kinds)
    if path.is_symlink() or not path.is_file():
        problem = _problem(
            display,
            "geen gewoon bestand maar een snelkoppeling of map; zet het bestand zelf in de "
            "inbox (een link wordt nooit gevolgd)",
            "not a regular file but a link or folder; put the file itself in the inbox (a "
            "link is never followed)",
        )
        return _reject_safely(con, path, paths, [problem], None, None, display)
    try:
        return _load_file(con, path, paths, ctx, confirm, display)
    except TRANSIENT:
        raise  # the machine, not the file: the file stays in the inbox and Dagster retries
    except Exception as exc:  # a reader or rule that failed in a way no test foresaw
        # the exception's text may quote a cell: only its type is shown
        problem = _problem(
            display,
            f"bestand kon niet worden verwerkt (interne fout {type(exc).__name__}); niets "
            "geladen. Meld dit aan de beheerder van wijkwijs met de naam van het bestand",
            f"file could not be processed (internal error {type(exc).__name__}); nothing "
            "loaded. Report this to the wijkwijs maintainers with the file name",
        )
        return _reject_safely(con, path, paths, [problem], None, None, display)


def _personal_name(con, path: Path, paths: Paths, masked: str, kinds) -> FileOutcome:
    """A file whose name holds a BSN, a client's name or contact details: deleted like a
    person-level file, and reported under its name with those values masked."""
    problems = [
        Problem(
            masked,
            None,
            None,
            f"persoonsgegeven gevonden: {kind[0]} (in de bestandsnaam)",
            f"personal data found: {kind[1]} (in the file name)",
        )
        for kind in kinds
    ]
    try:
        digest = content_hash(path) if path.is_file() and not path.is_symlink() else "geen-inhoud"
    except OSError:
        digest = "onleesbaar"
    return _remove(con, path, paths, problems, digest, load_id_for(digest), None, masked)


def _reject_safely(con, path, paths, problems, digest, kind, display) -> FileOutcome:
    """Quarantine and log; if even that fails the file stays in the inbox, still rejected."""
    try:
        digest = digest or (content_hash(path) if path.is_file() else "geen-inhoud")
    except OSError:
        digest = "onleesbaar"
    try:
        return _reject(con, path, paths, problems, digest, load_id_for(digest), kind, display)
    except Exception:
        return FileOutcome(display, REJECTED, kind, problems=problems)


def personal_in(table: Table, kind: FileKind | None, display: str, today) -> list[Problem]:
    """Person-level data in any sheet of the file, hidden ones and rows above the header too."""
    allowed, skip = frozenset(), frozenset()
    if kind is not None:
        found = resolve_columns(table.frame, kind)
        allowed = frozenset(found[c] for c in ("period", "date") if c in found)
        # free text (youth ideas) is the scrubber's: docs/youth-input.md
        skip = frozenset(found[c] for c in kind.free_text if c in found)
    problems = []
    for sheet in table.sheets:
        problems += find_personal_data(sheet.frame, display, allowed, sheet.label, skip, today)
        problems += find_in_cells(
            (
                (sheet.label, row, i, cell)
                for row, cells in sheet.preamble
                for i, cell in enumerate(cells, start=1)
            ),
            display,
            today,
        )
    if table.notes:  # comments, and texts the workbook keeps that no cell shows
        # a text a cell holds was checked above with its column's rules (youth ideas are
        # the scrubber's); only what no cell uses is checked here
        used = {str(c) for sheet in table.sheets for c in sheet.frame.columns}
        for sheet in table.sheets:
            for column in sheet.frame.columns:
                used.update(pd.unique(sheet.frame[column].astype(str)))
            used.update(str(c).strip() for _, cells in sheet.preamble for c in cells)
        notes = [n for n in table.notes if n[0] != STORED_TEXT or n[3] not in used]
        problems += find_in_cells(notes, display, today)
    return problems


def _load_file(con, path, paths, ctx, confirm, display) -> FileOutcome:
    digest = content_hash(path)
    load_id = load_id_for(digest)
    seen, restores = versions(con, digest)
    if seen:
        log_load(
            con,
            load_id,
            display,
            None,
            digest,
            DUPLICATE,
            0,
            None,
            f"al geladen als {seen[0]} / already loaded as {seen[0]}",
        )
        # loaded, but the run stopped before it was archived: archive it now, so the archive
        # (what a replay or rebuild reads) still holds every accepted file
        archived = (paths.archive / safe_name(seen[1])).exists()
        move(path, paths.archive / "duplicates" if archived else paths.archive)
        return FileOutcome(display, DUPLICATE)
    try:
        table = read_file(path)
    except UnreadableFile as exc:
        personal = find_in_cells(raw_cells(path), display, ctx.today)
        if personal:
            return _remove(con, path, paths, personal, digest, load_id, None, display)
        problems = [Problem(display, exc.row, None, exc.nl, exc.en)]
        return _reject(con, path, paths, problems, digest, load_id, None, display)
    kind = detect_kind(table.frame)
    personal = personal_in(table, kind, display, ctx.today)
    if personal:
        return _remove(con, path, paths, personal, digest, load_id, kind and kind.name, display)
    if kind is None:
        # a header is shown back only when it reads like a column name, not like data
        headers = ", ".join(
            c if re.fullmatch(r"[a-zà-ÿ][a-zà-ÿ0-9_]{0,40}", str(c)) else "…"
            for c in table.frame.columns
        )[:200]
        problems = [
            Problem(
                display,
                None,
                None,
                f"kolommen passen bij geen enkel bestandstype uit docs/data-contract.md "
                f"(gevonden: {headers})",
                f"columns match no file type of docs/data-contract.md (found: {headers})",
            )
        ]
        return _reject(con, path, paths, problems, digest, load_id, None, display)
    rows, problems = kind.prepare(con, table, display, ctx)
    if problems:
        return _reject(con, path, paths, problems, digest, load_id, kind.name, display)
    comparisons = shrink.compare(con, kind, rows)
    shrunk = [c for c in comparisons if c.shrinks]
    if confirm and _new_since_held(path, shrunk):
        # something loaded after the analyst read the report (the other half of a month):
        # the confirmation was for other numbers, so the file is held again with these
        confirm = False
    if shrunk and not confirm and not restores:
        return _hold(con, path, paths, comparisons, digest, load_id, kind, display, len(rows))
    if confirm and shrunk:
        note = f"bevestigd door {getpass.getuser()} / confirmed by {getpass.getuser()}"
    elif restores:
        note = (
            f"herstelt de eerdere versie {restores[0]} (ongedaan gemaakte correctie) / "
            f"restores the earlier version {restores[0]} (a correction undone)"
        )
    else:
        note = None
    return _commit(con, path, paths, kind, digest, load_id, rows, display, note)


def _new_since_held(path: Path, shrunk: list) -> bool:
    """A shrink the held file's report did not show (its numbers changed since)."""
    try:
        report = json.loads(Path(f"{path}.report.json").read_text(encoding="utf-8"))
        shown = {
            (c["key"], c["measure"], c["incoming"], c["loaded"], c["neighbours"])
            for c in report.get("comparisons", [])
            if c.get("shrinks")
        }
    except (OSError, ValueError, KeyError, TypeError):
        return False  # no report to compare with: the confirmation stands
    return any((c.key, c.measure, c.incoming, c.loaded, c.neighbours) not in shown for c in shrunk)


def _commit(con, path, paths, kind, digest, load_id, rows, display, note) -> FileOutcome:
    """Write the rows and their load-log entry in one transaction, then archive the file."""
    con.execute("begin transaction")
    try:
        replaced = kind.write(con, rows, load_id)
        mark_replaced(con, load_id, replaced)
        parts = [note] if note else []
        if replaced:
            parts.append(f"vervangt / replaces {', '.join(replaced)}")
        if kind_note := kind.load_note(rows):
            parts.append(kind_note)
        message = "; ".join(parts) or None
        log_load(
            con, load_id, display, kind.name, digest, LOADED, len(rows), kind.periods(rows), message
        )
        con.execute("commit")
    except TRANSIENT:
        con.execute("rollback")
        raise  # the machine, not the file: nothing loaded, the file waits for the retry
    except Exception as exc:  # all rows or none: roll back, then reject with the reason
        con.execute("rollback")
        problem = _problem(
            display,
            f"schrijven in het warehouse mislukt ({type(exc).__name__}); niets geladen",
            f"writing to the warehouse failed ({type(exc).__name__}); nothing loaded",
        )
        return _reject(con, path, paths, [problem], digest, load_id, kind.name, display)
    outcome = FileOutcome(display, LOADED, kind.name, len(rows), replaced, message=message)
    try:
        move(path, paths.archive)
        for report in (Path(f"{path}.report.txt"), Path(f"{path}.report.json")):
            report.unlink(missing_ok=True)  # a confirmed held file: its hold report is done
    except Exception as exc:  # loaded and committed: say so, but the file stays in the inbox
        outcome.problems.append(
            _problem(
                display,
                f"geladen, maar niet gearchiveerd ({type(exc).__name__})",
                f"loaded, but not archived ({type(exc).__name__})",
            )
        )
    return outcome


def _reject(con, path, paths, problems, digest, load_id, kind, display) -> FileOutcome:
    report = quarantine(path, paths, problems, digest, display)
    log_load(
        con,
        load_id,
        display,
        kind,
        digest,
        REJECTED,
        0,
        None,
        f"{problems[0].line()} (rapport: {report.name})",
    )
    return FileOutcome(
        display, REJECTED, kind, problems=problems, report=report, message=problems[0].line()
    )


def _remove(con, path, paths, problems, digest, load_id, kind, display) -> FileOutcome:
    """A person-level file: deleted, reported, logged; never archived or quarantined."""
    try:
        report = remove_personal(path, paths, problems, digest, display)
        gone = True
    except OSError:  # cannot delete (permissions): say so loudly, it stays where it is
        report, gone = None, False
    found = "; ".join(
        p.reason_nl.removeprefix("persoonsgegeven gevonden: ")
        + (f" in kolom '{p.column}'" if p.column else "")
        + (f", rij {p.row}" if p.row else "")
        for p in problems[:5]
    )
    status = "verwijderd" if gone else "NIET VERWIJDERD, verwijder het zelf"
    message = (
        f"Persoonsgegevens gevonden ({found}); bestand {status}, niet geladen of "
        "bewaard. Meld een mogelijk datalek bij de privacy officer"
        + (f" (rapport: {report.name})" if report else "")
    )
    log_load(con, load_id, display, kind, digest, REJECTED, 0, None, message)
    return FileOutcome(
        display, REJECTED, kind, problems=problems, report=report, personal=True, message=message
    )


def _hold(con, path, paths, comparisons, digest, load_id, kind, display, n_rows) -> FileOutcome:
    """Park a file that would shrink a loaded month, with the numbers side by side."""
    folder = held_dir(paths)
    target = path if path.parent == folder else move(path, folder)
    table = shrink.table_lines(comparisons)
    problems = [
        Problem(display, None, None, c.reason_nl(), c.reason_en()) for c in comparisons if c.shrinks
    ]
    confirm_nl = (
        f"Klopt dit, bevestig dan met: make confirm FILE={target.name} (of in "
        "Dagster: inbox_files met run config confirm). Anders: lever een volledig "
        "bestand aan; tot dan blijft de geladen versie staan."
    )
    confirm_en = (
        f"If this is right, confirm with: make confirm FILE={target.name} (or in "
        "Dagster: inbox_files with run config confirm). Otherwise deliver a complete "
        "file; until then the loaded version stays."
    )
    report = write_report(
        target,
        display,
        digest,
        problems,
        "Bestand aangehouden / file held",
        (confirm_nl, confirm_en),
        {"comparisons": [c.as_dict() for c in comparisons], "table": table},
    )
    message = (
        f"aangehouden: {problems[0].reason_nl}; bevestigen met make confirm "
        f"FILE={target.name} (rapport: {report.name})"
    )
    log_load(con, load_id, display, kind.name, digest, HELD, n_rows, None, message)
    return FileOutcome(
        display, HELD, kind.name, n_rows, problems=problems, report=report, message=message
    )


def ingest_inbox(
    con, paths: Paths, ctx: ValidationContext | None = None, confirm: tuple[str, ...] = ()
) -> list[FileOutcome]:
    """Every file in the inbox, in name order (so months load in order); then the held files
    the analyst confirmed (`confirm`: their names in data/held/)."""
    ctx = ctx or validation_context(con)
    for folder in (paths.quarantine, held_dir(paths)):
        remove_stale_temp(folder)
    with load_settings(con):
        outcomes = [
            load_file(con, path, paths, ctx, display=display_name(path, paths))
            for path in inbox_files(paths)
        ]
        for name in confirm:
            outcomes.append(confirm_held(con, paths, name, ctx))
    return outcomes


class NotHeld(LookupError):
    """The file to confirm is not among the held files."""


def confirm_held(con, paths: Paths, name: str, ctx: ValidationContext) -> FileOutcome:
    """Load a held file although it shrinks a month: every other rule still applies."""
    path = held_dir(paths) / Path(name).name
    if not path.is_file():
        waiting = sorted(
            p.name
            for p in held_dir(paths).glob("*")
            if p.is_file() and not p.name.endswith((".report.txt", ".report.json"))
        )
        raise NotHeld(
            f"{name} wacht niet op bevestiging in {held_dir(paths)} (wel: "
            f"{', '.join(waiting) or 'geen'}) / {name} is not waiting for confirmation"
        )
    outcome = load_file(con, path, paths, ctx, confirm=True)
    if outcome.status == LOADED:
        mark_confirmed(con, outcome.file)
    return outcome
