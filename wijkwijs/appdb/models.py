"""The tables of the application database (SQLAlchemy 2 declarative; migrations in migrations/).

Conventions:
- every row someone can change has a `version` (optimistic locking: an update names the
  version it read and fails with a Dutch message when someone else saved first, never a lost
  update; `wijkwijs.appdb.errors.ConflictError`);
- who did something is stored as the user id and the role; the pages show the role only;
- times are UTC; free text is scrubbed before it is stored (`wijkwijs.appdb.text`);
- areas are CBS codes (strings) with their level; the wijk and gemeente of a buurt are derived
  from the code (`wijkwijs.appdb.scope`), stored so a wijkteam's rows can be selected by wijk.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# named constraints, so Alembic migrations (and SQLite batch mode) can refer to them
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator):
    """A UTC timestamp on every backend: stored without zone, returned zone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass a UTC time")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect):
        return None if value is None else value.replace(tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class _Area:
    """The area a row is about."""

    gemeente_code: Mapped[str] = mapped_column(String(6))
    area_level: Mapped[str] = mapped_column(String(10))  # gemeente, wijk, buurt
    area_code: Mapped[str] = mapped_column(String(10))
    wijk_code: Mapped[str | None] = mapped_column(String(8))
    area_name: Mapped[str] = mapped_column(String(200))


class AuditEntry(Base):
    """One write: who, what, when. Never the text that was written."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    user_id: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(40))  # e.g. note.create, signal.status
    entity: Mapped[str] = mapped_column(String(40))
    entity_key: Mapped[str] = mapped_column(String(80))
    detail: Mapped[str | None] = mapped_column(Text)  # changed fields, new status; no free text


class YouthReview(Base):
    """A reviewer's decision on a held youth record, keyed on the record's stable source key so
    it survives a re-delivery of the file."""

    __tablename__ = "youth_reviews"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_key: Mapped[str] = mapped_column(String(80), unique=True)
    # sha256 of the held text the decision was made on: a re-delivery with the same text keeps
    # the decision, a changed text is held again (an approval is for one text)
    held_hash: Mapped[str] = mapped_column(String(64))
    decision: Mapped[str] = mapped_column(String(20))  # goedgekeurd, afgewezen
    idea: Mapped[str | None] = mapped_column(Text)  # the edited (scrubbed) text; None: as held
    activity: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)  # why rejected (scrubbed)
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_role: Mapped[str] = mapped_column(String(20))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)


class IdeaFeedback(Base):
    """What was done with a published idea (one current answer per idea; history in audit)."""

    __tablename__ = "idea_feedback"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_key: Mapped[str] = mapped_column(String(80), unique=True)
    status: Mapped[str] = mapped_column(String(30))  # in_behandeling, opgenomen, niet_haalbaar
    plan_name: Mapped[str | None] = mapped_column(String(200))
    explanation: Mapped[str | None] = mapped_column(Text)  # scrubbed
    updated_by: Mapped[str] = mapped_column(String(200))
    updated_role: Mapped[str] = mapped_column(String(20))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)


class Note(_Area, Base):
    """Duiding: what a figure of an area and period means. Edits keep their history."""

    __tablename__ = "notes"
    __table_args__ = (Index("ix_notes_area", "area_code", "period_start"),
                      Index("ix_notes_wijk", "wijk_code"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_start: Mapped[date] = mapped_column(Date)  # first day of the first month
    period_end: Mapped[date] = mapped_column(Date)  # first day of the last month
    domain: Mapped[str | None] = mapped_column(String(30))  # wmo, jeugd, participatiewet
    category: Mapped[str | None] = mapped_column(String(60))  # a figure of that domain
    text: Mapped[str] = mapped_column(Text)  # scrubbed
    created_by: Mapped[str] = mapped_column(String(200))
    created_role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_by: Mapped[str] = mapped_column(String(200))
    updated_role: Mapped[str] = mapped_column(String(20))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)


class NoteRevision(Base):
    """Every version of a note's text, the first one included."""

    __tablename__ = "note_revisions"
    __table_args__ = (UniqueConstraint("note_id", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    domain: Mapped[str | None] = mapped_column(String(30))
    category: Mapped[str | None] = mapped_column(String(60))
    written_by: Mapped[str] = mapped_column(String(200))
    written_role: Mapped[str] = mapped_column(String(20))
    written_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class Signal(_Area, Base):
    """Where a rule, procedure or system blocked maatwerk (a system fault on the table)."""

    __tablename__ = "signals"
    __table_args__ = (Index("ix_signals_area", "area_code"), Index("ix_signals_wijk", "wijk_code"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))  # scrubbed
    what_happened: Mapped[str] = mapped_column(Text)  # scrubbed
    workaround: Mapped[str | None] = mapped_column(Text)  # the temporary solution (scrubbed)
    who_should_act: Mapped[str | None] = mapped_column(String(300))  # scrubbed
    status: Mapped[str] = mapped_column(String(20))  # open, besproken, opgelost, geescaleerd
    owner: Mapped[str | None] = mapped_column(String(200))  # a team or function (scrubbed)
    raised_on: Mapped[date] = mapped_column(Date)
    status_on: Mapped[date] = mapped_column(Date)  # date of the last status change
    created_by: Mapped[str] = mapped_column(String(200))
    created_role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)


class SignalDomain(Base):
    """The domains a signal is about (one or more)."""

    __tablename__ = "signal_domains"
    signal_id: Mapped[int] = mapped_column(
        ForeignKey("signals.id", ondelete="CASCADE"), primary_key=True
    )
    domain: Mapped[str] = mapped_column(String(30), primary_key=True)


class SignalEvent(Base):
    """A signal's history: raised, each status change, a new owner."""

    __tablename__ = "signal_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    signal_id: Mapped[int] = mapped_column(ForeignKey("signals.id", ondelete="CASCADE"),
                                           index=True)
    status_from: Mapped[str | None] = mapped_column(String(20))
    status_to: Mapped[str] = mapped_column(String(20))
    on_date: Mapped[date] = mapped_column(Date)
    comment: Mapped[str | None] = mapped_column(Text)  # scrubbed
    by_user: Mapped[str] = mapped_column(String(200))
    by_role: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class Action(_Area, Base):
    """Afspraak: what a team agreed to do, linked to a figure, a note or a signal."""

    __tablename__ = "actions"
    __table_args__ = (Index("ix_actions_area", "area_code"), Index("ix_actions_wijk", "wijk_code"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)  # scrubbed
    owner: Mapped[str] = mapped_column(String(200))  # scrubbed
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))  # open, bezig, afgerond, vervallen
    note_id: Mapped[int | None] = mapped_column(ForeignKey("notes.id", ondelete="SET NULL"))
    signal_id: Mapped[int | None] = mapped_column(ForeignKey("signals.id", ondelete="SET NULL"))
    domain: Mapped[str | None] = mapped_column(String(30))  # linked figure: domain …
    category: Mapped[str | None] = mapped_column(String(60))  # … and category
    created_by: Mapped[str] = mapped_column(String(200))
    created_role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)


class Meeting(_Area, Base):
    """A team meeting held for an area: "since our last meeting" starts here."""

    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_area", "area_code", "held_on"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_role: Mapped[str] = mapped_column(String(20))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
