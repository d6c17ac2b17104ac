"""What was done with each idea of young people (issue 15.4).

Per published idea (keyed on its stable source key) a planner or youth worker records one
answer: in progress, taken into a plan (which), or not feasible (why). Its history is in the
audit log; the feedback document per plan area is `wijkwijs.youth.feedback`.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from wijkwijs.access import IDEA_FEEDBACK, Access
from wijkwijs.appdb import audit
from wijkwijs.appdb.engine import AppDb
from wijkwijs.appdb.errors import ConflictError, InvalidInput
from wijkwijs.appdb.models import IdeaFeedback
from wijkwijs.appdb.rows import now, versioned_update
from wijkwijs.appdb.text import Scrubbed, clean, require_confirmed

ENTITY = "idea_feedback"
WHAT = "De terugkoppeling op dit idee"
IN_PROGRESS, IN_PLAN, NOT_FEASIBLE = "in_behandeling", "opgenomen", "niet_haalbaar"
STATUSES = (IN_PROGRESS, IN_PLAN, NOT_FEASIBLE)
STATUS_LABELS = {IN_PROGRESS: "In behandeling", IN_PLAN: "Opgenomen in een plan",
                 NOT_FEASIBLE: "Niet haalbaar"}


def set_feedback(
    db: AppDb,
    access: Access,
    source_key: str,
    status: str,
    *,
    expected_version: int | None,
    plan_name: str | None = None,
    explanation: str | None = None,
    places: Iterable[str] = (),
    confirm_unsure: bool = False,
) -> tuple[IdeaFeedback, Scrubbed]:
    """Record or change the answer to one idea (version-checked like every write)."""
    access.require(IDEA_FEEDBACK)
    if status not in STATUSES:
        raise InvalidInput(f"onbekende status '{status}'")
    plan = clean(plan_name, "plan", places, required=status == IN_PLAN, max_length=200)
    why = clean(explanation, "toelichting", places, required=status == NOT_FEASIBLE,
                max_length=1500)
    require_confirmed([plan, why], confirm_unsure)
    values = dict(status=status, plan_name=plan.text or None, explanation=why.text or None,
                  updated_by=access.user_id, updated_role=access.role, updated_at=now())
    try:
        with db.write() as session:
            if expected_version is None:
                row = IdeaFeedback(source_key=source_key, version=1, **values)
                session.add(row)
                session.flush()
            else:
                row_id = session.scalars(
                    select(IdeaFeedback.id).where(IdeaFeedback.source_key == source_key)
                ).one()
                row = versioned_update(session, IdeaFeedback, row_id, expected_version, values,
                                       WHAT, ENTITY)
            audit.record(session, access, "idea_feedback.set", ENTITY, row.id,
                         source_key=source_key, status=status)
    except IntegrityError:
        current = feedback_for(db, access, [source_key]).get(source_key)
        raise ConflictError(WHAT, current.updated_role if current else None,
                            current.updated_at if current else None,
                            current.version if current else 0) from None
    return row, why


def feedback_for(db: AppDb, access: Access, keys: Iterable[str]) -> dict[str, IdeaFeedback]:
    """source_key → the current answer, for the given ideas."""
    access.require(IDEA_FEEDBACK)
    with db.read() as session:
        rows = session.scalars(
            select(IdeaFeedback).where(IdeaFeedback.source_key.in_(sorted(set(keys))))
        )
        return {r.source_key: r for r in rows}
