"""Review of held youth input (issue 15.3): approve, edit and approve, or reject.

A record the scrubber was unsure about is stored scrubbed in the warehouse with
`review_status = 'te_beoordelen'` and never published. A youth worker (or an analyst) sees it
on the review page with the scrubber's marks and decides here. The decision is keyed on the
record's stable source key, so it survives a re-delivery of the file; the next pipeline run
reads the decisions (`wijkwijs.appdb.pipeline_read`) and publishes an approved record with its
edited text, never a rejected one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from wijkwijs.access import YOUTH_REVIEW, Access
from wijkwijs.appdb import audit
from wijkwijs.appdb.engine import AppDb
from wijkwijs.appdb.errors import ConflictError, InvalidInput
from wijkwijs.appdb.models import YouthReview
from wijkwijs.appdb.rows import now, versioned_update
from wijkwijs.appdb.text import Scrubbed, clean

ENTITY = "youth_review"
WHAT = "Het besluit over dit idee"
APPROVED, REJECTED = "goedgekeurd", "afgewezen"
DECISIONS = (APPROVED, REJECTED)
DECISION_LABELS = {APPROVED: "Goedgekeurd", REJECTED: "Afgewezen"}


@dataclass(frozen=True)
class Decided:
    review: YouthReview
    scrubbed: dict[str, Scrubbed]  # per edited field, what the scrubber removed


def held_hash(idea: str, activity: str) -> str:
    """The fingerprint of a held record's text; the dbt model int_youth_input_reviewed
    computes the same (sha256 of idea, a newline, activity)."""
    return hashlib.sha256(f"{idea or ''}\n{activity or ''}".encode()).hexdigest()


def _edited(new: str | None, held: str, field: str, places) -> Scrubbed | None:
    """The edit of a held text, scrubbed; None when it is left as it was held."""
    if new is None or new.strip() == (held or "").strip():
        return None
    return clean(new, field, places)


def decide(
    db: AppDb,
    access: Access,
    source_key: str,
    decision: str,
    *,
    expected_version: int | None,
    held_idea: str,
    held_activity: str,
    idea: str | None = None,
    activity: str | None = None,
    reason: str | None = None,
    places: Iterable[str] = (),
) -> Decided:
    """Record (or change) the decision on one held record.

    `expected_version` is the version of the decision the reviewer saw, None when they saw
    none: if another reviewer decided in the meantime, ConflictError and nothing is saved.
    """
    access.require(YOUTH_REVIEW)
    if decision not in DECISIONS:
        raise InvalidInput(f"onbekend besluit '{decision}'")
    if not source_key:
        raise InvalidInput("Dit idee heeft geen bronsleutel en kan niet worden beoordeeld.")
    edits = {"idea": _edited(idea, held_idea, "idee", places),
             "activity": _edited(activity, held_activity, "activiteit", places)}
    why = clean(reason, "reden", places, required=decision == REJECTED, max_length=1000)
    values = dict(
        decision=decision,
        held_hash=held_hash(held_idea, held_activity),
        idea=edits["idea"].text if edits["idea"] and decision == APPROVED else None,
        activity=edits["activity"].text if edits["activity"] and decision == APPROVED else None,
        reason=why.text or None,
        decided_by=access.user_id, decided_role=access.role, decided_at=now(),
    )
    try:
        with db.write() as session:
            if expected_version is None:
                review = YouthReview(source_key=source_key, version=1, **values)
                session.add(review)
                session.flush()  # a unique violation here: someone decided first
            else:
                review_id = session.scalars(
                    select(YouthReview.id).where(YouthReview.source_key == source_key)
                ).one_or_none()
                if review_id is None:  # withdrawn in the meantime
                    raise ConflictError(WHAT, None, None, 0)
                review = versioned_update(session, YouthReview, review_id, expected_version,
                                          values, WHAT, ENTITY)
            audit.record(session, access, f"youth_review.{decision}", ENTITY, review.id,
                         source_key=source_key, edited=sorted(k for k, v in edits.items() if v))
    except IntegrityError:
        current = current_decision(db, access, source_key)
        raise ConflictError(WHAT, current.decided_role if current else None,
                            current.decided_at if current else None,
                            current.version if current else 0) from None
    return Decided(review, {k: v for k, v in edits.items() if v is not None})


def withdraw(db: AppDb, access: Access, source_key: str, expected_version: int) -> None:
    """Undo a decision: the record is held again (and unpublished by the next run)."""
    access.require(YOUTH_REVIEW)
    with db.write() as session:
        review_id = session.scalars(
            select(YouthReview.id).where(YouthReview.source_key == source_key)
        ).one_or_none()
        if review_id is None:
            raise ConflictError(WHAT, None, None, 0)
        versioned_update(session, YouthReview, review_id, expected_version, {}, WHAT, ENTITY)
        session.execute(delete(YouthReview).where(YouthReview.id == review_id))
        audit.record(session, access, "youth_review.withdraw", ENTITY, review_id,
                     source_key=source_key)


def decisions(db: AppDb, access: Access, keys: Iterable[str] | None = None) -> dict:
    """source_key → YouthReview."""
    access.require(YOUTH_REVIEW)
    query = select(YouthReview)
    if keys is not None:
        query = query.where(YouthReview.source_key.in_(sorted(set(keys))))
    with db.read() as session:
        return {r.source_key: r for r in session.scalars(query)}


def current_decision(db: AppDb, access: Access, source_key: str) -> YouthReview | None:
    return decisions(db, access, [source_key]).get(source_key)
