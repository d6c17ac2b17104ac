"""Every write to the application database is logged in the same transaction: who, what, when.

The detail holds field names, statuses and ids, never the text someone wrote (notes can be
long and personal data is scrubbed from them, but the log stays free of content anyway).
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkwijs.access import Access
from wijkwijs.appdb.models import AuditEntry, utc_now


def record(session: Session, access: Access, action: str, entity: str, key, **detail) -> None:
    session.add(
        AuditEntry(
            at=utc_now(),
            user_id=access.user_id,
            role=access.role,
            action=action,
            entity=entity,
            entity_key=str(key),
            detail=json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
            if detail
            else None,
        )
    )


def entries(session: Session, entity: str | None = None, key=None) -> list[AuditEntry]:
    """The log, oldest first (for the tests and an audit export)."""
    query = select(AuditEntry).order_by(AuditEntry.id)
    if entity is not None:
        query = query.where(AuditEntry.entity == entity)
    if key is not None:
        query = query.where(AuditEntry.entity_key == str(key))
    return list(session.scalars(query))
