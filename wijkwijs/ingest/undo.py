"""Undo a correction: put back the versions a loaded file replaced, and log it.

The versions come from data/archive/ (every accepted file is kept there), found by their
content hash, and go through the same validation as when they first arrived. Only the keys
the undone file carried are restored, so a later file for another month stays as it is. A
file that replaced nothing is simply taken out. The load log keeps every step: the undone
load becomes `undone`, each restored version a new `loaded` entry saying why.
"""

from __future__ import annotations

import getpass

import pandas as pd

from wijkwijs.config import Paths
from wijkwijs.ingest.kinds import CASE_COUNTS, STAPELING, YOUTH_INPUT, FileKind
from wijkwijs.ingest.load_log import LOADED, content_hash, load_id_for, log_load
from wijkwijs.ingest.readers import read_file
from wijkwijs.ingest.validate import ValidationContext
from wijkwijs.ingest.warehouse import note_changed

KINDS = {k.name: k for k in (CASE_COUNTS, STAPELING, YOUTH_INPUT)}


class CannotUndo(LookupError):
    """Nothing to undo, or a version to put back is missing; the message says which."""


def _archived_by_hash(paths: Paths) -> dict[str, object]:
    folders = [paths.archive, paths.archive / "duplicates"]
    return {content_hash(p): p for folder in folders if folder.is_dir()
            for p in sorted(folder.iterdir()) if p.is_file()}


def _rows_of(path, kind: FileKind, ctx: ValidationContext, con) -> pd.DataFrame:
    rows, problems = kind.prepare(con, read_file(path), path.name, ctx)
    if problems:
        raise CannotUndo(
            f"de eerdere versie {path.name} voldoet niet meer aan de regels ({problems[0].line()})"
            f" / the earlier version {path.name} no longer passes the rules"
        )
    return rows


def undo_load(con, paths: Paths, file_name: str, ctx: ValidationContext) -> list[str]:
    """Undo the newest active load of `file_name`; returns what was done, one line each."""
    found = con.execute(
        "select load_id, file_kind from raw.load_log where file_name = ? and status = ?"
        " order by loaded_at desc limit 1",
        [file_name, LOADED],
    ).fetchone()
    if found is None:
        raise CannotUndo(f"geen geladen versie van {file_name} in het laadlog / no loaded "
                         f"version of {file_name} in the load log")
    load_id, kind_name = found
    kind = KINDS[kind_name]
    replaced = [r[0] for r in con.execute(
        "select r.replaced_load_id from raw.load_replacements r where r.load_id = ?", [load_id]
    ).fetchall()]
    versions = con.execute(
        "select load_id, file_name, content_hash from raw.load_log where load_id in "
        "(select unnest(?::varchar[]))", [replaced]
    ).fetchall() if replaced else []
    archive = _archived_by_hash(paths) if versions else {}
    missing = [name for _, name, digest in versions if digest not in archive]
    if missing:
        raise CannotUndo(f"niet in het archief: {', '.join(missing)} / not in the archive")
    restored = [(name, digest, _rows_of(archive[digest], kind, ctx, con))
                for _, name, digest in versions]
    keys = con.execute(
        f"select distinct {', '.join(kind.replace_key)} from raw.{kind.table} where load_id = ?",
        [load_id],
    ).df()
    user = getpass.getuser()
    done = []
    con.execute("begin transaction")
    try:
        con.execute(f"delete from raw.{kind.table} where load_id = ?", [load_id])
        note_changed(con, kind.table, keys)
        con.execute("update raw.load_log set status = 'undone', message = concat_ws('; ', "
                    "message, ?) where load_id = ?",
                    [f"ongedaan gemaakt door {user} / undone by {user}", load_id])
        done.append(f"ongedaan gemaakt / undone: {file_name} ({load_id})")
        wanted = {_key(tuple(r)) for r in keys.itertuples(index=False)}
        for name, digest, rows in restored:  # only the keys the undone load carried
            mask = [(_key(tuple(r)) in wanted)
                    for r in rows[list(kind.replace_key)].itertuples(index=False)]
            part = rows[mask]
            if part.empty:
                continue
            new_id = load_id_for(digest)
            kind.write(con, part, new_id)
            log_load(con, new_id, name, kind.name, digest, LOADED, len(part), kind.periods(part),
                     f"teruggezet bij het ongedaan maken van {load_id} door {user} / restored "
                     f"when {load_id} was undone by {user}")
            done.append(f"teruggezet / restored: {name} ({len(part)} rijen / rows)")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return done


def _key(values) -> tuple[str, ...]:
    """One spelling per key value (dates from pandas and DuckDB compare equal)."""
    out = []
    for v in values if isinstance(values, tuple) else (values,):
        out.append(pd.Timestamp(v).strftime("%Y-%m-%d") if hasattr(v, "year") else str(v))
    return tuple(out)
