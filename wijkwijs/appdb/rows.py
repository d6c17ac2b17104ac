"""Helpers the repository modules share: area columns, filters, the version-checked update."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from wijkwijs.access import ROLE_LABELS
from wijkwijs.appdb.errors import ConflictError, InvalidInput, NotFound
from wijkwijs.appdb.models import AuditEntry, utc_now
from wijkwijs.appdb.scope import Area
from wijkwijs.domains import domains


def area_columns(area: Area) -> dict:
    return {
        "gemeente_code": area.gemeente_code,
        "area_level": area.level,
        "area_code": area.code,
        "wijk_code": area.wijk_code,
        "area_name": area.name,
    }


def row_area(row) -> Area:
    return Area(row.area_level, row.area_code, row.area_name)


def check_domain(domain: str | None, category: str | None = None) -> None:
    if domain is not None and domain not in domains():
        raise InvalidInput(f"onbekend domein '{domain}' (kies uit {', '.join(domains())})")
    if category is not None and domain is None:
        raise InvalidInput("Kies bij een cijfer ook het domein.")


def month_start(day: date) -> date:
    return day.replace(day=1)


def filtered(
    query: Select,
    model,
    *,
    area_codes: Iterable[str] | None = None,
    wijk_code: str | None = None,
    gemeente_code: str | None = None,
) -> Select:
    """`query` narrowed to some areas: codes (any level), a wijk with its buurten, a gemeente."""
    if area_codes is not None:
        query = query.where(model.area_code.in_(sorted(set(area_codes))))
    if wijk_code is not None:
        query = query.where(model.wijk_code == wijk_code)
    if gemeente_code is not None:
        query = query.where(model.gemeente_code == gemeente_code)
    return query


def get(session: Session, model, row_id: int, what: str):
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(f"{what} bestaat niet (meer).")
    return row


def versioned_update(
    session: Session,
    model,
    row_id: int,
    expected_version: int,
    values: Mapping,
    what: str,
    entity: str,
):
    """UPDATE … SET values, version = version + 1 WHERE id AND version = expected_version.

    One statement, so two app instances (or two sessions of one) never both win: the second
    finds 0 rows and gets a ConflictError saying who (role, from the audit log of `entity`)
    changed it and when; nothing is lost. Returns the updated row.
    """
    result = session.execute(
        update(model)
        .where(model.id == row_id, model.version == expected_version)
        .values(**values, version=model.version + 1)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        current = session.execute(select(model).where(model.id == row_id)).scalar_one_or_none()
        if current is None:
            raise NotFound(f"{what} bestaat niet (meer).")
        last = session.execute(
            select(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_key == str(row_id))
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        raise ConflictError(
            what, ROLE_LABELS.get(last.role, last.role) if last else None,
            last.at if last else None, current.version,
        )
    row = session.get(model, row_id, populate_existing=True)
    return row


def now():
    return utc_now()
