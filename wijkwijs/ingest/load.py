"""Load the inbox: each file validated, then loaded whole in one transaction, or quarantined.

- the same file twice changes nothing (content hash in raw.load_log);
- a newer file for a period that was loaded before replaces that period's rows, and the load log
  keeps both versions;
- a rejected file moves to data/quarantine/ with <file>.report.json and <file>.report.txt;
- an accepted file moves to data/archive/, from which the warehouse can always be rebuilt;
- nothing a file contains makes `load_file` raise: whatever goes wrong while reading,
  checking or writing ends in a rejection with a Problem, and the rows are loaded all or none
  (docs/security.md). Files keep a safe name inside quarantine/ and archive/.
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
from wijkwijs.ingest.kinds import YOUTH_INPUT, FileKind, detect_kind
from wijkwijs.ingest.problems import Problem
from wijkwijs.ingest.readers import TABULAR_SUFFIXES, UnreadableFile, read_table
from wijkwijs.ingest.validate import ValidationContext, validate
from wijkwijs.youth.prepare import HELD, insert_youth_rows, prepare_youth_input, youth_context


@dataclass
class FileOutcome:
    file: str
    status: str  # loaded | duplicate | rejected | deferred
    kind: str | None = None
    rows: int = 0
    replaced: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def content_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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
    return replaced


def _periods(rows: pd.DataFrame) -> str:
    column = "period" if "period" in rows else "year"
    return ",".join(sorted({str(v)[:7] for v in rows[column]}))


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
INT32_MAX = 2**31 - 1  # the count columns of the raw schema are INTEGER


def safe_name(name: str) -> str:
    """`name` without control characters or separators, not hidden, and short enough for
    a time stamp and a report suffix: a file name that stays inside its folder."""
    clean = _UNSAFE.sub("_", name).strip().lstrip(".") or "bestand"
    stem, dot, suffix = clean.rpartition(".")
    if not dot or len(suffix) > 10:
        stem, suffix = clean, ""
    suffix = f".{suffix}" if suffix else ""
    while len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    return (stem or "bestand") + suffix


def _move(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    name = safe_name(path.name)
    target = folder / name
    if target.exists() or target.is_symlink():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        stem, suffix = Path(name).stem, Path(name).suffix
        target = folder / f"{stem}.{stamp}{suffix}"
    if target.resolve().parent != folder.resolve():  # never outside its folder
        raise ValueError(f"unsafe target {target!r}")
    shutil.move(path, target)
    os.utime(target)  # mtime = when it moved here: the archive replays in this order
    return target


def quarantine(path: Path, paths: Paths, problems: list[Problem], digest: str) -> Path:
    """Move a rejected file aside with a machine- and a human-readable report next to it."""
    target = _move(path, paths.quarantine)
    report = {
        "file": path.name,
        "content_hash": digest,
        "rejected_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "problems": [p.as_dict() for p in problems],
    }
    Path(f"{target}.report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    lines = [f"Bestand afgewezen / file rejected: {path.name}", ""]
    lines += [p.line() for p in problems]
    Path(f"{target}.report.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def _problem(path: Path, nl: str, en: str) -> Problem:
    return Problem(path.name, None, None, nl, en)


def load_file(con, path: Path, paths: Paths, ctx: ValidationContext) -> FileOutcome:
    """Load one file whole, or reject it with a reason; never raises because of its content."""
    if path.is_symlink() or not path.is_file():
        problem = _problem(
            path,
            "geen gewoon bestand (een snelkoppeling of map wordt niet gelezen)",
            "not a regular file (a link or folder is not read)",
        )
        return _reject_safely(con, path, paths, [problem], None, None)
    try:
        return _load_file(con, path, paths, ctx)
    except TRANSIENT:
        raise  # the machine, not the file: the file stays in the inbox and Dagster retries
    except Exception as exc:  # a reader or rule that failed in a way no test foresaw
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        problem = _problem(
            path,
            f"bestand kon niet worden verwerkt ({reason}); niets geladen",
            f"file could not be processed ({reason}); nothing loaded",
        )
        return _reject_safely(con, path, paths, [problem], None, None)


def _reject_safely(con, path, paths, problems, digest, kind) -> FileOutcome:
    """Quarantine and log; if even that fails the file stays in the inbox, still rejected."""
    try:
        digest = digest or content_hash(path)
    except OSError:
        digest = "onleesbaar"
    try:
        return _reject(con, path, paths, problems, digest, load_id_for(digest), kind)
    except Exception:
        return FileOutcome(path.name, "rejected", kind, problems=problems)


def _too_large(rows: pd.DataFrame, path: Path, columns=("clients", "households", "support")):
    """Counts beyond the INTEGER columns of the raw schema: a clear reason, not a crash."""
    problems = []
    for column in columns:
        if column in rows:
            values = pd.to_numeric(rows[column], errors="coerce")
            if (values > INT32_MAX).any():
                problems.append(
                    Problem(path.name, None, column,
                            f"aantal groter dan {INT32_MAX}", f"count larger than {INT32_MAX}")
                )
    return problems


def _load_file(con, path: Path, paths: Paths, ctx: ValidationContext) -> FileOutcome:
    digest = content_hash(path)
    seen = con.execute(
        "select load_id, file_name from raw.load_log"
        " where content_hash = ? and status in ('loaded', 'replaced') order by loaded_at",
        [digest],
    ).fetchone()
    load_id = load_id_for(digest)
    if seen:
        log_load(
            con,
            load_id,
            path.name,
            None,
            digest,
            "duplicate",
            0,
            None,
            f"al geladen als {seen[0]} / already loaded as {seen[0]}",
        )
        # loaded, but the run stopped before it was archived: archive it now, so the archive
        # (what a replay or rebuild reads) still holds every accepted file
        archived = (paths.archive / safe_name(seen[1])).exists()
        _move(path, paths.archive / "duplicates" if archived else paths.archive)
        return FileOutcome(path.name, "duplicate")
    try:
        frame = read_table(path)
    except UnreadableFile as exc:
        nl, _, en = str(exc).partition(" / ")
        problems = [Problem(path.name, None, None, nl, en or nl)]
        return _reject(con, path, paths, problems, digest, load_id, None)
    kind = detect_kind(frame)
    if kind is None:
        problems = [
            Problem(
                path.name,
                None,
                None,
                "kolommen passen bij geen enkel bestandstype uit docs/data-contract.md",
                "columns match no file type of docs/data-contract.md",
            )
        ]
        return _reject(con, path, paths, problems, digest, load_id, None)
    if kind is YOUTH_INPUT:  # scrubbed and generalised before anything is stored
        rows, problems = prepare_youth_input(frame, path.name, youth_context(con, ctx.today))
        problems = problems or _too_large(rows, path)
        if problems:
            return _reject(con, path, paths, problems, digest, load_id, kind.name)

        def write_youth():
            insert_youth_rows(con, rows, load_id)
            held = int((rows["review_status"] == HELD).sum())
            periods = _periods(rows.rename(columns={"collected_on": "period"}))
            return periods, f"{held} te beoordelen / held for review" if held else None, []

        return _commit(con, path, paths, kind, digest, load_id, len(rows), write_youth)
    rows, problems = validate(frame, kind, path.name, ctx)
    problems = problems or _too_large(rows, path)
    if problems:
        return _reject(con, path, paths, problems, digest, load_id, kind.name)

    def write_counts():
        replaced = write_rows(con, kind, rows, load_id)
        if replaced:
            con.execute(
                "update raw.load_log set status = 'replaced' where load_id in "
                f"({', '.join('?' for _ in replaced)})",
                replaced,
            )
        message = f"vervangt / replaces {', '.join(replaced)}" if replaced else None
        return _periods(rows), message, replaced

    return _commit(con, path, paths, kind, digest, load_id, len(rows), write_counts)


def _commit(con, path, paths, kind, digest, load_id, n_rows, write) -> FileOutcome:
    """Write the rows and their load-log entry in one transaction, then archive the file."""
    con.execute("begin transaction")
    try:
        periods, message, replaced = write()
        log_load(con, load_id, path.name, kind.name, digest, "loaded", n_rows, periods, message)
        con.execute("commit")
    except TRANSIENT:
        con.execute("rollback")
        raise  # the machine, not the file: nothing loaded, the file waits for the retry
    except Exception as exc:  # all rows or none: roll back, then reject with the reason
        con.execute("rollback")
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        problem = _problem(
            path,
            f"schrijven in het warehouse mislukt ({reason}); niets geladen",
            f"writing to the warehouse failed ({reason}); nothing loaded",
        )
        return _reject(con, path, paths, [problem], digest, load_id, kind.name)
    outcome = FileOutcome(path.name, "loaded", kind.name, n_rows, replaced)
    try:
        _move(path, paths.archive)
    except Exception as exc:  # loaded and committed: say so, but the file stays in the inbox
        outcome.problems.append(_problem(
            path, f"geladen, maar niet gearchiveerd: {exc}", f"loaded, but not archived: {exc}"
        ))
    return outcome


def _reject(con, path, paths, problems, digest, load_id, kind) -> FileOutcome:
    quarantine(path, paths, problems, digest)
    log_load(con, load_id, path.name, kind, digest, "rejected", 0, None, problems[0].line())
    return FileOutcome(path.name, "rejected", kind, problems=problems)


def inbox_files(paths: Paths) -> list[Path]:
    if not paths.inbox.exists():
        return []
    return sorted(
        p
        for p in paths.inbox.iterdir()
        if p.is_file() and p.suffix.lower() in TABULAR_SUFFIXES and not p.name.startswith(".")
    )


def ingest_inbox(con, paths: Paths, ctx: ValidationContext | None = None) -> list[FileOutcome]:
    """Every file in the inbox, in name order (so months load in order)."""
    ctx = ctx or validation_context(con)
    return [load_file(con, path, paths, ctx) for path in inbox_files(paths)]
