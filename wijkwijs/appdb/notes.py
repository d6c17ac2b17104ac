"""Duiding: notes that explain the figures of an area and period (issue 18.1).

A note is about an area and a month or range of months, optionally one domain or one figure
(a category of a domain). Its text is scrubbed before it is saved; the writer gets back what
was removed. Every version is kept in `note_revisions`; a note can be removed entirely (with
its history), e.g. when it turns out to hold a case detail.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select

from wijkwijs.access import Access
from wijkwijs.appdb import audit
from wijkwijs.appdb.engine import AppDb
from wijkwijs.appdb.errors import InvalidInput
from wijkwijs.appdb.models import Note, NoteRevision
from wijkwijs.appdb.rows import (
    area_columns,
    check_domain,
    filtered,
    get,
    month_start,
    now,
    row_area,
    versioned_update,
)
from wijkwijs.appdb.scope import Area, may_read_row, read_clause, require_write
from wijkwijs.appdb.text import Scrubbed, clean, require_confirmed

ENTITY = "note"
WHAT = "Deze notitie"


@dataclass(frozen=True)
class Saved:
    note: Note
    scrubbed: Scrubbed  # what was removed from the text, for the writer


def _period(start: date, end: date | None) -> tuple[date, date]:
    start = month_start(start)
    end = month_start(end or start)
    if end < start:
        raise InvalidInput("De periode eindigt voor ze begint.")
    return start, end


def _text(text: str, places: Iterable[str], confirm_unsure: bool) -> Scrubbed:
    scrubbed = clean(text, "tekst", places)
    require_confirmed([scrubbed], confirm_unsure)
    return scrubbed


def add_note(
    db: AppDb,
    access: Access,
    area: Area,
    text: str,
    *,
    period_start: date,
    period_end: date | None = None,
    domain: str | None = None,
    category: str | None = None,
    places: Iterable[str] = (),
    confirm_unsure: bool = False,
) -> Saved:
    require_write(access, area)
    check_domain(domain, category)
    start, end = _period(period_start, period_end)
    scrubbed = _text(text, places, confirm_unsure)
    at = now()
    with db.write() as session:
        note = Note(
            **area_columns(area), period_start=start, period_end=end, domain=domain,
            category=category, text=scrubbed.text, created_by=access.user_id,
            created_role=access.role, created_at=at, updated_by=access.user_id,
            updated_role=access.role, updated_at=at, version=1,
        )
        session.add(note)
        session.flush()
        session.add(_revision(note, access))
        audit.record(session, access, "note.create", ENTITY, note.id, area=area.code,
                     domain=domain, category=category, scrubbed=list(_markers(scrubbed)))
    return Saved(note, scrubbed)


def edit_note(
    db: AppDb,
    access: Access,
    note_id: int,
    expected_version: int,
    text: str,
    *,
    period_start: date,
    period_end: date | None = None,
    domain: str | None = None,
    category: str | None = None,
    places: Iterable[str] = (),
    confirm_unsure: bool = False,
) -> Saved:
    """A new version of a note; ConflictError when someone else saved a newer one first."""
    check_domain(domain, category)
    start, end = _period(period_start, period_end)
    with db.write() as session:
        current = get(session, Note, note_id, WHAT)
        require_write(access, row_area(current))
        scrubbed = _text(text, places, confirm_unsure)
        note = versioned_update(
            session, Note, note_id, expected_version,
            dict(text=scrubbed.text, period_start=start, period_end=end, domain=domain,
                 category=category, updated_by=access.user_id, updated_role=access.role,
                 updated_at=now()),
            WHAT, ENTITY,
        )
        session.add(_revision(note, access))
        audit.record(session, access, "note.edit", ENTITY, note_id, version=note.version,
                     scrubbed=list(_markers(scrubbed)))
    return Saved(note, scrubbed)


def remove_note(db: AppDb, access: Access, note_id: int, expected_version: int) -> None:
    """Delete a note and every earlier version of it (e.g. it held a case detail)."""
    with db.write() as session:
        current = get(session, Note, note_id, WHAT)
        require_write(access, row_area(current))
        # claim the row first, so a concurrent edit cannot slip in between
        versioned_update(session, Note, note_id, expected_version, {}, WHAT, ENTITY)
        session.execute(delete(NoteRevision).where(NoteRevision.note_id == note_id))
        session.execute(delete(Note).where(Note.id == note_id))
        audit.record(session, access, "note.remove", ENTITY, note_id, area=current.area_code)


def notes_for(
    db: AppDb,
    access: Access,
    *,
    area_codes: Iterable[str] | None = None,
    wijk_code: str | None = None,
    gemeente_code: str | None = None,
    period_from: date | None = None,
    period_to: date | None = None,
    updated_since=None,
    plan_buurten: Iterable[str] | None = None,
) -> list[Note]:
    """Notes `access` may read, newest period first; a period filter keeps notes overlapping
    [period_from, period_to]."""
    query = select(Note).where(read_clause(access, Note, plan_buurten))
    query = filtered(query, Note, area_codes=area_codes, wijk_code=wijk_code,
                     gemeente_code=gemeente_code)
    if period_from is not None:
        query = query.where(Note.period_end >= month_start(period_from))
    if period_to is not None:
        query = query.where(Note.period_start <= month_start(period_to))
    if updated_since is not None:
        query = query.where(Note.updated_at >= updated_since)
    query = query.order_by(Note.period_start.desc(), Note.updated_at.desc(), Note.id.desc())
    with db.read() as session:
        return list(session.scalars(query))


def history(
    db: AppDb, access: Access, note_id: int, plan_buurten: Iterable[str] = ()
) -> list[NoteRevision]:
    """Every version of a note, oldest first."""
    with db.read() as session:
        note = get(session, Note, note_id, WHAT)
        if not may_read_row(access, note.area_level, note.area_code, plan_buurten):
            raise PermissionError(f"Uw rol ({access.label}) geeft geen toegang tot deze notitie.")
        return list(session.scalars(
            select(NoteRevision).where(NoteRevision.note_id == note_id)
            .order_by(NoteRevision.version)
        ))


def _revision(note: Note, access: Access) -> NoteRevision:
    return NoteRevision(
        note_id=note.id, version=note.version, text=note.text, period_start=note.period_start,
        period_end=note.period_end, domain=note.domain, category=note.category,
        written_by=access.user_id, written_role=access.role, written_at=now(),
    )


def _markers(scrubbed: Scrubbed) -> list[str]:
    """Which kinds were removed (for the audit log: never the removed text itself)."""
    return sorted({marker for _, marker in scrubbed.removed})
