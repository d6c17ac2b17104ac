"""Signalen: where a rule, procedure or system blocked maatwerk (issue 18.2).

A professional solves it for the resident for now *and* puts the system fault on the table:
domain(s), area, what happened, the temporary workaround, who should act. A signal moves

    open → besproken → opgelost
                     → geëscaleerd → opgelost

with an owner and the date of every step (`signal_events`). The gemeente (analyst, beleid)
sees every signal and moves any; a wijkteam raises and moves those of its own wijken.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import pandas as pd
from sqlalchemy import select

from wijkwijs.access import Access
from wijkwijs.appdb import audit
from wijkwijs.appdb.engine import AppDb
from wijkwijs.appdb.errors import InvalidInput
from wijkwijs.appdb.models import Signal, SignalDomain, SignalEvent
from wijkwijs.appdb.rows import area_columns, filtered, get, now, versioned_update
from wijkwijs.appdb.scope import Area, read_clause, require_signal_move, require_write
from wijkwijs.appdb.text import Scrubbed, clean, require_confirmed
from wijkwijs.domains import domains as known_domains

ENTITY = "signal"
WHAT = "Dit signaal"
OPEN, DISCUSSED, SOLVED, ESCALATED = "open", "besproken", "opgelost", "geescaleerd"
STATUSES = (OPEN, DISCUSSED, SOLVED, ESCALATED)
STATUS_LABELS = {OPEN: "Open", DISCUSSED: "Besproken", SOLVED: "Opgelost",
                 ESCALATED: "Geëscaleerd"}
NEXT = {OPEN: (DISCUSSED,), DISCUSSED: (SOLVED, ESCALATED), ESCALATED: (SOLVED,), SOLVED: ()}
CLOSED = (SOLVED,)


@dataclass(frozen=True)
class SignalView:
    signal: Signal
    domains: tuple[str, ...]
    events: tuple[SignalEvent, ...] = field(default=())

    def __getattr__(self, name):  # the signal's columns as attributes of the view
        return getattr(self.signal, name)

    def date_of(self, status: str) -> date | None:
        """The (last) date the signal reached `status`."""
        days = [e.on_date for e in self.events if e.status_to == status]
        return days[-1] if days else None


@dataclass(frozen=True)
class Raised:
    signal: SignalView
    scrubbed: dict[str, Scrubbed]  # per field, what was removed


def _domains(domains: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(d for d in known_domains() if d in set(domains))
    unknown = set(domains) - set(known_domains())
    if unknown:
        raise InvalidInput(f"onbekend domein: {', '.join(sorted(unknown))}")
    if not chosen:
        raise InvalidInput("Kies ten minste één domein.")
    return chosen


def raise_signal(
    db: AppDb,
    access: Access,
    area: Area,
    *,
    title: str,
    domains: Iterable[str],
    what_happened: str,
    workaround: str | None = None,
    who_should_act: str | None = None,
    owner: str | None = None,
    raised_on: date | None = None,
    places: Iterable[str] = (),
    confirm_unsure: bool = False,
) -> Raised:
    require_write(access, area)
    chosen = _domains(list(domains))
    texts = {
        "title": clean(title, "titel", places, max_length=200),
        "what_happened": clean(what_happened, "wat er gebeurde", places),
        "workaround": clean(workaround, "tijdelijke oplossing", places, required=False),
        "who_should_act": clean(who_should_act, "wie moet in actie komen", places,
                                required=False, max_length=300),
        "owner": clean(owner, "eigenaar", places, required=False, max_length=200),
    }
    require_confirmed(texts.values(), confirm_unsure)
    day = raised_on or date.today()
    if day > date.today():
        raise InvalidInput("De datum van het signaal ligt in de toekomst.")
    at = now()
    with db.write() as session:
        signal = Signal(
            **area_columns(area), title=texts["title"].text,
            what_happened=texts["what_happened"].text,
            workaround=texts["workaround"].text or None,
            who_should_act=texts["who_should_act"].text or None,
            owner=texts["owner"].text or None, status=OPEN, raised_on=day, status_on=day,
            created_by=access.user_id, created_role=access.role, created_at=at, updated_at=at,
            version=1,
        )
        session.add(signal)
        session.flush()
        session.add_all(SignalDomain(signal_id=signal.id, domain=d) for d in chosen)
        session.add(SignalEvent(signal_id=signal.id, status_from=None, status_to=OPEN,
                                on_date=day, by_user=access.user_id, by_role=access.role, at=at))
        audit.record(session, access, "signal.raise", ENTITY, signal.id, area=area.code,
                     domains=list(chosen))
    return Raised(_view(db, signal.id), texts)


def move_signal(
    db: AppDb,
    access: Access,
    signal_id: int,
    expected_version: int,
    to_status: str,
    *,
    on_date: date | None = None,
    comment: str | None = None,
    owner: str | None = None,
    places: Iterable[str] = (),
    confirm_unsure: bool = False,
) -> SignalView:
    """The next step of a signal (see NEXT), with its date, a comment and maybe a new owner."""
    if to_status not in STATUSES:
        raise InvalidInput(f"onbekende status '{to_status}'")
    day = on_date or date.today()
    note = clean(comment, "toelichting", places, required=False)
    new_owner = clean(owner, "eigenaar", places, required=False, max_length=200)
    require_confirmed([note, new_owner], confirm_unsure)
    with db.write() as session:
        current = get(session, Signal, signal_id, WHAT)
        require_signal_move(access, current.area_level, current.area_code, current.area_name)
        if to_status not in NEXT[current.status]:
            allowed = ", ".join(STATUS_LABELS[s] for s in NEXT[current.status]) or "geen"
            raise InvalidInput(
                f"Een signaal met status {STATUS_LABELS[current.status]} kan niet naar "
                f"{STATUS_LABELS[to_status]}; wel naar: {allowed}."
            )
        if day < current.status_on or day > date.today():
            raise InvalidInput("De datum ligt voor de vorige stap of in de toekomst.")
        values = dict(status=to_status, status_on=day, updated_at=now())
        if new_owner.text:
            values["owner"] = new_owner.text
        versioned_update(session, Signal, signal_id, expected_version, values, WHAT, ENTITY)
        session.add(SignalEvent(signal_id=signal_id, status_from=current.status,
                                status_to=to_status, on_date=day, comment=note.text or None,
                                by_user=access.user_id, by_role=access.role, at=now()))
        audit.record(session, access, "signal.status", ENTITY, signal_id,
                     status_from=current.status, status_to=to_status,
                     owner_changed=bool(new_owner.text))
    return _view(db, signal_id)


def update_signal(
    db: AppDb,
    access: Access,
    signal_id: int,
    expected_version: int,
    *,
    workaround: str | None = None,
    who_should_act: str | None = None,
    owner: str | None = None,
    places: Iterable[str] = (),
    confirm_unsure: bool = False,
) -> SignalView:
    """Change the workaround, who should act or the owner (version-checked)."""
    fields = {"workaround": (workaround, "tijdelijke oplossing", 4000),
              "who_should_act": (who_should_act, "wie moet in actie komen", 300),
              "owner": (owner, "eigenaar", 200)}
    texts = {
        column: clean(value, label, places, required=False, max_length=limit)
        for column, (value, label, limit) in fields.items() if value is not None
    }
    require_confirmed(texts.values(), confirm_unsure)
    values = {column: scrubbed.text or None for column, scrubbed in texts.items()}
    with db.write() as session:
        current = get(session, Signal, signal_id, WHAT)
        require_signal_move(access, current.area_level, current.area_code, current.area_name)
        versioned_update(session, Signal, signal_id, expected_version,
                         {**values, "updated_at": now()}, WHAT, ENTITY)
        audit.record(session, access, "signal.edit", ENTITY, signal_id, fields=sorted(values))
    return _view(db, signal_id)


def signals_for(
    db: AppDb,
    access: Access,
    *,
    area_codes: Iterable[str] | None = None,
    wijk_code: str | None = None,
    gemeente_code: str | None = None,
    statuses: Iterable[str] | None = None,
    domain: str | None = None,
    plan_buurten: Iterable[str] | None = None,
) -> list[SignalView]:
    """Signals `access` may read, newest first, with their domains and history."""
    query = select(Signal).where(read_clause(access, Signal, plan_buurten))
    query = filtered(query, Signal, area_codes=area_codes, wijk_code=wijk_code,
                     gemeente_code=gemeente_code)
    if statuses is not None:
        query = query.where(Signal.status.in_(list(statuses)))
    if domain is not None:
        query = query.where(
            Signal.id.in_(select(SignalDomain.signal_id).where(SignalDomain.domain == domain))
        )
    query = query.order_by(Signal.raised_on.desc(), Signal.id.desc())
    with db.read() as session:
        signals = list(session.scalars(query))
        return _views(session, signals)


def signal(db: AppDb, access: Access, signal_id: int, plan_buurten=None) -> SignalView:
    with db.read() as session:
        row = session.scalars(
            select(Signal).where(Signal.id == signal_id,
                                 read_clause(access, Signal, plan_buurten))
        ).one_or_none()
        if row is None:
            raise PermissionError(f"Signaal {signal_id} bestaat niet of uw rol "
                                  f"({access.label}) geeft er geen toegang toe.")
        return _views(session, [row])[0]


def _view(db: AppDb, signal_id: int) -> SignalView:
    with db.read() as session:
        return _views(session, [get(session, Signal, signal_id, WHAT)])[0]


def _views(session, signals: list[Signal]) -> list[SignalView]:
    ids = [s.id for s in signals]
    domains: dict[int, list[str]] = {i: [] for i in ids}
    events: dict[int, list[SignalEvent]] = {i: [] for i in ids}
    if ids:
        for row in session.scalars(select(SignalDomain).where(SignalDomain.signal_id.in_(ids))):
            domains[row.signal_id].append(row.domain)
        for row in session.scalars(select(SignalEvent).where(SignalEvent.signal_id.in_(ids))
                                   .order_by(SignalEvent.on_date, SignalEvent.id)):
            events[row.signal_id].append(row)
    return [
        SignalView(s, tuple(d for d in known_domains() if d in domains[s.id]), tuple(events[s.id]))
        for s in signals
    ]


def counts_frame(views: list[SignalView]) -> pd.DataFrame:
    """One row per signal and domain (a signal about two domains counts in both):
    id, domain, area_level, area_code, area_name, wijk_code, raised_on, status, closed_on."""
    rows = [
        {"signal_id": v.id, "domain": d, "area_level": v.area_level, "area_code": v.area_code,
         "area_name": v.area_name, "wijk_code": v.wijk_code, "raised_on": v.raised_on,
         "status": v.status, "closed_on": v.date_of(SOLVED)}
        for v in views for d in v.domains
    ]
    return pd.DataFrame(rows, columns=["signal_id", "domain", "area_level", "area_code",
                                       "area_name", "wijk_code", "raised_on", "status",
                                       "closed_on"])
