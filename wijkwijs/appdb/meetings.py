"""Team meetings per area: the agenda covers what happened since the last one (issue 18.4)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from wijkwijs.access import Access
from wijkwijs.appdb import audit
from wijkwijs.appdb.engine import AppDb
from wijkwijs.appdb.errors import InvalidInput
from wijkwijs.appdb.models import Meeting
from wijkwijs.appdb.rows import area_columns, now
from wijkwijs.appdb.scope import Area, read_clause, require_write

ENTITY = "meeting"


def record_meeting(db: AppDb, access: Access, area: Area, held_on: date) -> Meeting:
    """The team met on `held_on`: the next agenda starts the day after."""
    require_write(access, area)
    if held_on > date.today():
        raise InvalidInput("Een overleg in de toekomst kan niet als gehouden worden vastgelegd.")
    with db.write() as session:
        meeting = Meeting(**area_columns(area), held_on=held_on, recorded_by=access.user_id,
                          recorded_role=access.role, recorded_at=now())
        session.add(meeting)
        session.flush()
        audit.record(session, access, "meeting.record", ENTITY, meeting.id, area=area.code,
                     held_on=held_on.isoformat())
    return meeting


def last_meeting(db: AppDb, access: Access, area_code: str, before: date | None = None):
    """The date of the latest meeting of the area (before `before`), or None."""
    query = select(Meeting.held_on).where(read_clause(access, Meeting, plan_area_ok=False),
                                          Meeting.area_code == area_code)
    if before is not None:
        query = query.where(Meeting.held_on < before)
    with db.read() as session:
        return session.scalars(query.order_by(Meeting.held_on.desc()).limit(1)).first()
