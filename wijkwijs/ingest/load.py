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
import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from wijkwijs.config import DBT_PROJECT_DIR, Paths
from wijkwijs.ingest import shrink
from wijkwijs.ingest.kinds import YOUTH_INPUT, FileKind, detect_kind, resolve_columns
from wijkwijs.ingest.personal_data import find_in_cells, find_personal_data, personal_in_name
from wijkwijs.ingest.problems import Problem
from wijkwijs.ingest.readers import STORED_TEXT, Table, UnreadableFile, raw_cells, read_file
from wijkwijs.ingest.validate import ValidationContext, validate
from wijkwijs.ingest.warehouse import note_changed
from wijkwijs.ingest.youth_keys import youth_source_keys

LOADED, DUPLICATE, HELD, REJECTED = "loaded", "duplicate", "held", "rejected"
DATALEK_NL = (
    "Het bestand bevat gegevens over personen en is daarom niet geladen, niet bewaard en uit de "
    "inbox verwijderd. Meld dit als mogelijk datalek bij de privacy officer (functionaris "
    "gegevensbescherming) van de gemeente, laat de afzender het bestand ook bij de bron "
    "verwijderen en lever een geanonimiseerde export (alleen aantallen per buurt) opnieuw aan."
)
DATALEK_EN = (
    "The file holds data about persons, so it was not loaded, not kept, and removed from the "
    "inbox. Report a possible data breach (datalek) to the privacy officer of the municipality, "
    "have the sender delete the file at its source too, and deliver an anonymised export "
    "(counts per buurt only) again."
)
FIX_NL = "Herstel het bestand en zet het opnieuw in de inbox; niets ervan is geladen."
FIX_EN = "Fix the file and put it in the inbox again; nothing of it was loaded."


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


def content_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def held_dir(paths: Paths) -> Path:
    return paths.data / "held"


def validation_context(con: duckdb.DuckDBPyConnection, today=None) -> ValidationContext:
    """Boundaries from the warehouse, code lists from the dbt seeds (one place for each list)."""
    buurten: dict[int, dict[str, str]] = {}
    for year, code, gemeente in con.execute(
        "select boundary_year, buurt_code, gemeente_code from raw.buurten"
    ).fetchall():
        buurten.setdefault(year, {})[code] = gemeente
    seeds = DBT_PROJECT_DIR / "seeds"
    categories = pd.read_csv(seeds / "categories.csv", dtype=str)
    combinations = pd.read_csv(seeds / "stapeling_combinations.csv", dtype=str)
    extra = {"today": today} if today else {}
    return ValidationContext(
        buurten=buurten,
        categories={d: frozenset(g["category"]) for d, g in categories.groupby("domain")},
        combinations=frozenset(combinations["combination"]),
        single_domain=frozenset(
            combinations.loc[combinations["domain_count"] == "1", "combination"]
        ),
        **extra,
    )


def log_load(con, load_id, file, kind, digest, status, rows, periods, message) -> None:
    con.execute(
        "insert into raw.load_log values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            load_id,
            file,
            kind,
            digest,
            status,
            rows,
            periods,
            datetime.now(UTC).replace(tzinfo=None),
            getpass.getuser(),
            message,
        ],
    )


def write_rows(con, kind: FileKind, rows: pd.DataFrame, load_id: str) -> list[str]:
    """Replace the rows of every key the file carries; returns the load ids it replaced."""
    table = f"raw.{kind.table}"
    rows = rows.assign(load_id=load_id)
    con.register("incoming", rows)
    matches = " and ".join(f"i.{k} = t.{k}" for k in kind.replace_key)
    # the key values as constants too: DuckDB then skips the row groups of other months by
    # their min/max instead of probing every row of a table that grows with each file
    # (a national load went from quadratic to flat per file)
    params: list = []
    known = []
    for k in kind.replace_key:
        values = sorted(rows[k].dropna().unique().tolist())
        known.append(f"t.{k} in ({', '.join('?' for _ in values)})" if values else "false")
        params += values
    prefilter = " and ".join(known) or "true"
    existing = (f"from {table} t where {prefilter} "
                f"and exists (select 1 from incoming i where {matches})")
    replaced = [r[0] for r in
                con.execute(f"select distinct load_id {existing}", params).fetchall()]
    con.execute(f"delete {existing}", params)
    columns = ", ".join(c[0] for c in con.execute(f"describe {table}").fetchall())
    con.execute(f"insert into {table} ({columns}) select {columns} from incoming")
    con.unregister("incoming")
    note_changed(con, kind.table, rows[list(kind.replace_key)].drop_duplicates())
    return replaced


def _periods(rows: pd.DataFrame) -> str:
    column = next(c for c in ("period", "year", "collected_on") if c in rows)
    if column == "collected_on":  # youth input is published per quarter: never log a month
        return ",".join(sorted({quarter_of(v) for v in rows[column]}))
    return ",".join(sorted({str(v)[:7] for v in rows[column]}))


def quarter_of(day) -> str:
    """'2024-K1' for any date of January to March 2024 (Dutch: kwartaal)."""
    day = pd.Timestamp(day)
    return f"{day.year}-K{(day.month - 1) // 3 + 1}"


def load_id_for(digest: str) -> str:
    """When and what: sortable, and unique even for the same file loaded twice."""
    return f"{datetime.now(UTC):%Y%m%dT%H%M%S%f}-{digest[:12]}"


# Faults of the environment (disk full, a locked or unreadable warehouse, memory): never a
# reason to quarantine a good file.
TRANSIENT = (
    OSError,
    duckdb.IOException,
    duckdb.TransactionException,
    duckdb.ConnectionException,
    duckdb.OutOfMemoryException,
)
MAX_NAME_BYTES = 150  # room for a time stamp and ".report.json" within 255 bytes
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\]")


def safe_name(name: str) -> str:
    """`name` without control characters or separators, not hidden, and short enough for
    a time stamp and a report suffix: a file name that stays inside its folder."""
    clean = _UNSAFE.sub("_", readable(name)).strip().lstrip(".") or "bestand"
    stem, dot, suffix = clean.rpartition(".")
    if not dot or len(suffix) > 10:
        stem, suffix = clean, ""
    suffix = f".{suffix}" if suffix else ""
    while len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    return (stem or "bestand") + suffix


def _free_target(folder: Path, name: str) -> Path:
    target = folder / name
    if target.exists() or target.is_symlink() or Path(f"{target}.report.txt").exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        stem, suffix = Path(name).stem, Path(name).suffix
        target = folder / f"{stem}.{stamp}{suffix}"
    if target.resolve().parent != folder.resolve():  # never outside its folder
        raise ValueError(f"unsafe target {target!r}")
    return target


def _move(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_target(folder, safe_name(path.name))
    shutil.move(path, target)
    if not target.is_symlink():
        os.utime(target)  # mtime = when it moved here: the archive replays in this order
    return target


def write_text_atomic(path: Path, text: str) -> None:
    """Whole or not at all: a report half written by a killed run is never read."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def remove_stale_temp(folder: Path) -> None:
    """Temporary files a killed run left behind (its own process is gone)."""
    if folder.is_dir():
        for stale in folder.glob(".*.tmp"):
            stale.unlink(missing_ok=True)


def write_report(target: Path, display: str, digest: str, problems: list[Problem],
                 headline: str, advice: tuple[str, str], extra: dict | None = None) -> Path:
    """<target>.report.json and <target>.report.txt; returns the .txt path."""
    report = {
        "file": display,
        "content_hash": digest,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "outcome": headline,
        "advice_nl": advice[0],
        "advice_en": advice[1],
        "problems": [p.as_dict() for p in problems],
        **(extra or {}),
    }
    write_text_atomic(Path(f"{target}.report.json"),
                      json.dumps(report, indent=2, ensure_ascii=False, default=str))
    lines = [f"{headline}: {display}", "", advice[0], advice[1], ""]
    lines += [p.line() for p in problems]
    if extra and extra.get("table"):
        lines += ["", *extra["table"]]
    text_path = Path(f"{target}.report.txt")
    write_text_atomic(text_path, "\n".join(lines) + "\n")
    return text_path


def quarantine(path: Path, paths: Paths, problems: list[Problem], digest: str,
               display: str | None = None, advice=(FIX_NL, FIX_EN)) -> Path:
    """Move a rejected file aside with a machine- and a human-readable report next to it."""
    target = _move(path, paths.quarantine)
    return write_report(target, display or path.name, digest, problems,
                        "Bestand afgewezen / file rejected", advice)


def remove_personal(path: Path, paths: Paths, problems: list[Problem], digest: str,
                    display: str) -> Path:
    """Delete a person-level file; only its report (kinds, columns, rows) stays."""
    paths.quarantine.mkdir(parents=True, exist_ok=True)
    target = _free_target(paths.quarantine, safe_name(display))
    path.unlink()
    return write_report(target, display, digest, problems,
                        "Bestand met persoonsgegevens verwijderd / file with personal data "
                        "deleted", (DATALEK_NL, DATALEK_EN))


def _problem(display: str, nl: str, en: str, row: int | None = None) -> Problem:
    return Problem(display, row, None, nl, en)


def load_file(con, path: Path, paths: Paths, ctx: ValidationContext, *,
              confirm: bool = False, display: str | None = None) -> FileOutcome:
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
    problems = [Problem(masked, None, None,
                        f"persoonsgegeven gevonden: {kind[0]} (in de bestandsnaam)",
                        f"personal data found: {kind[1]} (in the file name)") for kind in kinds]
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


def _personal_in(table: Table, kind: FileKind | None, display: str, today) -> list[Problem]:
    """Person-level data in any sheet of the file, hidden ones and rows above the header too."""
    allowed, skip = frozenset(), frozenset()
    if kind is not None:
        found = resolve_columns(table.frame, kind)
        allowed = frozenset(found[c] for c in ("period", "date") if c in found)
        if kind is YOUTH_INPUT:  # free text: the youth scrubber cleans it (docs/youth-input.md)
            skip = frozenset(found[c] for c in ("idea", "activity") if c in found)
    problems = []
    for sheet in table.sheets:
        problems += find_personal_data(sheet.frame, display, allowed, sheet.label, skip, today)
        problems += find_in_cells(
            ((sheet.label, row, i, cell) for row, cells in sheet.preamble
             for i, cell in enumerate(cells, start=1)), display, today)
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


def typed_rows(con, table: Table, kind: FileKind, display: str, ctx: ValidationContext):
    """The rows to store and the problems: youth input scrubbed, generalised and keyed per
    record (wijkwijs.youth.prepare, youth_keys), every other kind validated."""
    if kind is YOUTH_INPUT:  # scrubbed and generalised before anything is stored
        from wijkwijs.youth.prepare import prepare_youth_input, youth_context

        rows, problems = prepare_youth_input(table.frame, display, youth_context(con, ctx.today))
        if not problems:
            rows = rows.assign(record_id=youth_source_keys(table.frame, rows))
        return rows, problems
    return validate(table.frame, kind, display, ctx)


def _active_load(con, digest: str):
    """The load of this very content whose rows are still in the warehouse, if any."""
    return con.execute(
        "select load_id, file_name from raw.load_log where content_hash = ? and status = ?"
        " order by loaded_at desc limit 1",
        [digest, LOADED],
    ).fetchone()


def _earlier_version(con, digest: str):
    """A load of this content that a later file replaced: sending it again restores it."""
    return con.execute(
        "select load_id from raw.load_log where content_hash = ? and status = 'replaced'"
        " order by loaded_at desc limit 1",
        [digest],
    ).fetchone()


def _load_file(con, path, paths, ctx, confirm, display) -> FileOutcome:
    digest = content_hash(path)
    load_id = load_id_for(digest)
    seen = _active_load(con, digest)
    if seen:
        log_load(con, load_id, display, None, digest, DUPLICATE, 0, None,
                 f"al geladen als {seen[0]} / already loaded as {seen[0]}")
        # loaded, but the run stopped before it was archived: archive it now, so the archive
        # (what a replay or rebuild reads) still holds every accepted file
        archived = (paths.archive / safe_name(seen[1])).exists()
        _move(path, paths.archive / "duplicates" if archived else paths.archive)
        return FileOutcome(display, DUPLICATE)
    restores = _earlier_version(con, digest)
    try:
        table = read_file(path)
    except UnreadableFile as exc:
        personal = find_in_cells(raw_cells(path), display, ctx.today)
        if personal:
            return _remove(con, path, paths, personal, digest, load_id, None, display)
        problems = [Problem(display, exc.row, None, exc.nl, exc.en)]
        return _reject(con, path, paths, problems, digest, load_id, None, display)
    kind = detect_kind(table.frame)
    personal = _personal_in(table, kind, display, ctx.today)
    if personal:
        return _remove(con, path, paths, personal, digest, load_id, kind and kind.name, display)
    if kind is None:
        # a header is shown back only when it reads like a column name, not like data
        headers = ", ".join(c if re.fullmatch(r"[a-zà-ÿ][a-zà-ÿ0-9_]{0,40}", str(c)) else "…"
                            for c in table.frame.columns)[:200]
        problems = [Problem(
            display, None, None,
            f"kolommen passen bij geen enkel bestandstype uit docs/data-contract.md "
            f"(gevonden: {headers})",
            f"columns match no file type of docs/data-contract.md (found: {headers})",
        )]
        return _reject(con, path, paths, problems, digest, load_id, None, display)
    rows, problems = typed_rows(con, table, kind, display, ctx)
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
        note = (f"herstelt de eerdere versie {restores[0]} (ongedaan gemaakte correctie) / "
                f"restores the earlier version {restores[0]} (a correction undone)")
    else:
        note = None
    return _commit(con, path, paths, kind, digest, load_id, rows, display, note)


def _new_since_held(path: Path, shrunk: list) -> bool:
    """A shrink the held file's report did not show (its numbers changed since)."""
    try:
        report = json.loads(Path(f"{path}.report.json").read_text(encoding="utf-8"))
        shown = {(c["key"], c["measure"], c["incoming"], c["loaded"], c["neighbours"])
                 for c in report.get("comparisons", []) if c.get("shrinks")}
    except (OSError, ValueError, KeyError, TypeError):
        return False  # no report to compare with: the confirmation stands
    return any((c.key, c.measure, c.incoming, c.loaded, c.neighbours) not in shown
               for c in shrunk)


def _commit(con, path, paths, kind, digest, load_id, rows, display, note) -> FileOutcome:
    """Write the rows and their load-log entry in one transaction, then archive the file."""
    con.execute("begin transaction")
    try:
        replaced = write_rows(con, kind, rows, load_id)
        if replaced:
            con.execute(
                "update raw.load_log set status = 'replaced' where status = 'loaded' and "
                f"load_id in ({', '.join('?' for _ in replaced)})",
                replaced,
            )
            con.executemany("insert into raw.load_replacements values (?, ?)",
                            [[load_id, r] for r in replaced])
        parts = [note] if note else []
        if replaced:
            parts.append(f"vervangt / replaces {', '.join(replaced)}")
        if kind is YOUTH_INPUT:
            from wijkwijs.youth.prepare import HELD as REVIEW

            held = int((rows["review_status"] == REVIEW).sum())
            if held:
                parts.append(f"{held} te beoordelen / held for review")
        message = "; ".join(parts) or None
        log_load(con, load_id, display, kind.name, digest, LOADED, len(rows), _periods(rows),
                 message)
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
        _move(path, paths.archive)
        for report in (Path(f"{path}.report.txt"), Path(f"{path}.report.json")):
            report.unlink(missing_ok=True)  # a confirmed held file: its hold report is done
    except Exception as exc:  # loaded and committed: say so, but the file stays in the inbox
        outcome.problems.append(_problem(
            display, f"geladen, maar niet gearchiveerd ({type(exc).__name__})",
            f"loaded, but not archived ({type(exc).__name__})",
        ))
    return outcome


def _reject(con, path, paths, problems, digest, load_id, kind, display) -> FileOutcome:
    report = quarantine(path, paths, problems, digest, display)
    log_load(con, load_id, display, kind, digest, REJECTED, 0, None,
             f"{problems[0].line()} (rapport: {report.name})")
    return FileOutcome(display, REJECTED, kind, problems=problems, report=report,
                       message=problems[0].line())


def _remove(con, path, paths, problems, digest, load_id, kind, display) -> FileOutcome:
    """A person-level file: deleted, reported, logged; never archived or quarantined."""
    try:
        report = remove_personal(path, paths, problems, digest, display)
        gone = True
    except OSError:  # cannot delete (permissions): say so loudly, it stays where it is
        report, gone = None, False
    found = "; ".join(
        p.reason_nl.removeprefix("persoonsgegeven gevonden: ")
        + (f" in kolom '{p.column}'" if p.column else "") + (f", rij {p.row}" if p.row else "")
        for p in problems[:5]
    )
    status = "verwijderd" if gone else "NIET VERWIJDERD, verwijder het zelf"
    message = (f"Persoonsgegevens gevonden ({found}); bestand {status}, niet geladen of "
               "bewaard. Meld een mogelijk datalek bij de privacy officer"
               + (f" (rapport: {report.name})" if report else ""))
    log_load(con, load_id, display, kind, digest, REJECTED, 0, None, message)
    return FileOutcome(display, REJECTED, kind, problems=problems, report=report,
                       personal=True, message=message)


def _hold(con, path, paths, comparisons, digest, load_id, kind, display, n_rows) -> FileOutcome:
    """Park a file that would shrink a loaded month, with the numbers side by side."""
    folder = held_dir(paths)
    target = path if path.parent == folder else _move(path, folder)
    table = shrink.table_lines(comparisons)
    problems = [Problem(display, None, None, c.reason_nl(), c.reason_en())
                for c in comparisons if c.shrinks]
    confirm_nl = (f"Klopt dit, bevestig dan met: make confirm FILE={target.name} (of in "
                  "Dagster: inbox_files met run config confirm). Anders: lever een volledig "
                  "bestand aan; tot dan blijft de geladen versie staan.")
    confirm_en = (f"If this is right, confirm with: make confirm FILE={target.name} (or in "
                  "Dagster: inbox_files with run config confirm). Otherwise deliver a complete "
                  "file; until then the loaded version stays.")
    report = write_report(target, display, digest, problems,
                          "Bestand aangehouden / file held", (confirm_nl, confirm_en),
                          {"comparisons": [c.as_dict() for c in comparisons], "table": table})
    message = (f"aangehouden: {problems[0].reason_nl}; bevestigen met make confirm "
               f"FILE={target.name} (rapport: {report.name})")
    log_load(con, load_id, display, kind.name, digest, HELD, n_rows, None, message)
    return FileOutcome(display, HELD, kind.name, n_rows, problems=problems, report=report,
                       message=message)


# --- the inbox -----------------------------------------------------------------------------------


def inbox_files(paths: Paths) -> list[Path]:
    """Every entry of the inbox, whatever its name: regular files, dot-files, links and the
    files inside real sub-folders (a link to a folder is an entry of its own, never followed).
    A file a program still has open for writing waits for the next run (being_written)."""
    if not paths.inbox.is_dir():
        return []
    found = []
    for entry in sorted(paths.inbox.iterdir()):
        if entry.is_dir() and not entry.is_symlink():
            found += [p for p in sorted(entry.rglob("*"))
                      if p.is_symlink() or p.is_file()]
        else:
            found.append(entry)
    found = [p for p in found if not _in_progress(p)]
    writing = being_written(found)
    return [p for p in found if p not in writing]


def being_written(files: list[Path]) -> set[Path]:
    """The files of `files` that a process on this machine has open for writing: a copy or
    export still under way. Left in the inbox, they are read when complete; the inbox
    sensor's fingerprint (built from inbox_files) changes then and starts the run."""
    if not files:
        return set()
    from wijkwijs.ingest.open_files import open_for_writing

    writing = open_for_writing()
    return {p for p in files if not p.is_symlink() and str(p.resolve()) in writing}


def _in_progress(path: Path) -> bool:
    """A temporary file of our own writer (a report being written), never an input."""
    return path.name.startswith(".") and path.name.endswith(".tmp") and \
        path.name.count(".") >= 3 and path.name.rsplit(".", 2)[-2].isdigit()


def readable(name: str) -> str:
    """A file name as text every report, log and table can hold: bytes that are no UTF-8
    (a name from another system, kept by Python as surrogates) become U+FFFD, control
    characters '_'."""
    text = os.fsencode(name).decode("utf-8", "replace")
    return re.sub(r"[\x00-\x1f\x7f]", "_", text)


def display_name(path: Path, paths: Paths) -> str:
    try:
        return readable(str(path.relative_to(paths.inbox)))
    except ValueError:
        return readable(path.name)


def ingest_inbox(con, paths: Paths, ctx: ValidationContext | None = None,
                 confirm: tuple[str, ...] = ()) -> list[FileOutcome]:
    """Every file in the inbox, in name order (so months load in order); then the held files
    the analyst confirmed (`confirm`: their names in data/held/)."""
    ctx = ctx or validation_context(con)
    for folder in (paths.quarantine, held_dir(paths)):
        remove_stale_temp(folder)
    outcomes = [load_file(con, path, paths, ctx, display=display_name(path, paths))
                for path in inbox_files(paths)]
    for name in confirm:
        outcomes.append(confirm_held(con, paths, name, ctx))
    return outcomes


class NotHeld(LookupError):
    """The file to confirm is not among the held files."""


def confirm_held(con, paths: Paths, name: str, ctx: ValidationContext) -> FileOutcome:
    """Load a held file although it shrinks a month: every other rule still applies."""
    path = held_dir(paths) / Path(name).name
    if not path.is_file():
        waiting = sorted(p.name for p in held_dir(paths).glob("*")
                         if p.is_file() and not p.name.endswith((".report.txt", ".report.json")))
        raise NotHeld(
            f"{name} wacht niet op bevestiging in {held_dir(paths)} (wel: "
            f"{', '.join(waiting) or 'geen'}) / {name} is not waiting for confirmation"
        )
    outcome = load_file(con, path, paths, ctx, confirm=True)
    if outcome.status == LOADED:
        con.execute("update raw.load_log set status = 'confirmed' where status = 'held' and "
                    "file_name = ?", [outcome.file])
    return outcome
