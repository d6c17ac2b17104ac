"""Afspraken: what a team agreed to do in an area (issue 18.3).

What was agreed, an owner, a due date and a status, linked to a figure (domain and category),
a note or a signal of the same gemeente. A planner reads no actions.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select

from wijkwijs.access import Access
from wijkwijs.appdb import audit
from wijkwijs.appdb.engine import AppDb
from wijkwijs.appdb.errors import InvalidInput
from wijkwijs.appdb.models import Action, Note, Signal
from wijkwijs.appdb.rows import (
    area_columns,
    check_domain,
    filtered,
    get,
    now,
    row_area,
    versioned_update,
)
from wijkwijs.appdb.scope import Area, may_read_row, read_clause, require_write
from wijkwijs.appdb.text import Scrubbed, clean, require_confirmed

ENTITY = "action"
WHAT = "Deze afspraak"
OPEN, BUSY, DONE, DROPPED = "open", "bezig", "afgerond", "vervallen"
STATUSES = (OPEN, BUSY, DONE, DROPPED)
STATUS_LABELS = {OPEN: "Open", BUSY: "Bezig", DONE: "Afgerond", DROPPED: "Vervallen"}
ACTIVE = (OPEN, BUSY)


def _check_links(session, access: Access, area: Area, note_id, signal_id) -> None:
    for model, row_id, what in ((Note, note_id, "notitie"), (Signal, signal_id, "signaal")):
        if row_id is None:
            continue
        row = session.get(model, row_id)
        if row is None or not may_read_row(access, row.area_level, row.area_code):
            raise InvalidInput(f"De gekoppelde {what} ({row_id}) bestaat niet of is niet van u.")
        if row.gemeente_code != area.gemeente_code:
            raise InvalidInput(f"De gekoppelde {what} hoort bij een andere gemeente.")


def add_action(
    db: AppDb,
    access: Access,
    area: Area,
    *,
    text: str,
    owner: str,
    due_on: date | None = None,
    note_id: int | None = None,
    signal_id: int | None = None,
    domain: str | None = None,
    category: str | None = None,
    places: Iterable[str] = (),
    confirm_unsure: bool = False,
) -> tuple[Action, dict[str, Scrubbed]]:
    require_write(access, area)
    check_domain(domain, category)
    texts = {"text": clean(text, "afspraak", places),
             "owner": clean(owner, "eigenaar", places, max_length=200)}
    require_confirmed(texts.values(), confirm_unsure)
    at = now()
    with db.write() as session:
        _check_links(session, access, area, note_id, signal_id)
        action = Action(
            **area_columns(area), text=texts["text"].text, owner=texts["owner"].text,
            due_on=due_on, status=OPEN, note_id=note_id, signal_id=signal_id, domain=domain,
            category=category, created_by=access.user_id, created_role=access.role,
            created_at=at, updated_at=at, version=1,
        )
        session.add(action)
        session.flush()
        audit.record(session, access, "action.create", ENTITY, action.id, area=area.code,
                     note_id=note_id, signal_id=signal_id, domain=domain, category=category)
    return action, texts


def update_action(
    db: AppDb,
    access: Access,
    action_id: int,
    expected_version: int,
    *,
    status: str | None = None,
    text: str | None = None,
    owner: str | None = None,
    due_on: date | None = None,
    places: Iterable[str] = (),
    confirm_unsure: bool = False,
) -> Action:
    """Change the status, text, owner or due date (only what is given; version-checked)."""
    values: dict = {}
    if status is not None:
        if status not in STATUSES:
            raise InvalidInput(f"onbekende status '{status}'")
        values["status"] = status
    texts = {}
    if text is not None:
        texts["text"] = clean(text, "afspraak", places)
    if owner is not None:
        texts["owner"] = clean(owner, "eigenaar", places, max_length=200)
    require_confirmed(texts.values(), confirm_unsure)
    values.update({column: scrubbed.text for column, scrubbed in texts.items()})
    if due_on is not None:
        values["due_on"] = due_on
    with db.write() as session:
        current = get(session, Action, action_id, WHAT)
        require_write(access, row_area(current))
        action = versioned_update(session, Action, action_id, expected_version,
                                  {**values, "updated_at": now()}, WHAT, ENTITY)
        audit.record(session, access, "action.update", ENTITY, action_id,
                     fields=sorted(values), status=values.get("status"))
    return action


def actions_for(
    db: AppDb,
    access: Access,
    *,
    area_codes: Iterable[str] | None = None,
    wijk_code: str | None = None,
    gemeente_code: str | None = None,
    statuses: Iterable[str] | None = None,
    due_before: date | None = None,
) -> list[Action]:
    """Actions `access` may read: the earliest due first, those without a date last."""
    query = select(Action).where(read_clause(access, Action, plan_area_ok=False))
    query = filtered(query, Action, area_codes=area_codes, wijk_code=wijk_code,
                     gemeente_code=gemeente_code)
    if statuses is not None:
        query = query.where(Action.status.in_(list(statuses)))
    if due_before is not None:
        query = query.where(Action.due_on <= due_before)
    query = query.order_by(Action.due_on.is_(None), Action.due_on, Action.id)
    with db.read() as session:
        return list(session.scalars(query))
