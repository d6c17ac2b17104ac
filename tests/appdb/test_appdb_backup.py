"""Backup and restore of the application database, on SQLite and PostgreSQL
(docs/operations.md): what was there at the backup comes back, what came after is gone."""

from __future__ import annotations

from datetime import date

from tests.appdb.people import OUDE_MARKT, TEAM_CENTRUM
from wijkwijs.appdb import audit, notes
from wijkwijs.appdb.backup import backup, restore
from wijkwijs.appdb.engine import app_db


def texts(db) -> list[str]:
    return [n.text for n in notes.notes_for(db, TEAM_CENTRUM)]


def test_backup_then_restore(db, app_db_url, tmp_path):
    notes.add_note(db, TEAM_CENTRUM, OUDE_MARKT, "Voor de backup.", period_start=date(2024, 3, 1))
    target = backup(app_db_url, tmp_path / "backup" / "app.bak")
    assert target.stat().st_size > 0
    notes.add_note(db, TEAM_CENTRUM, OUDE_MARKT, "Na de backup.", period_start=date(2024, 3, 1))
    assert sorted(texts(db)) == ["Na de backup.", "Voor de backup."]
    restore(app_db_url, target)
    again = app_db(app_db_url)
    assert texts(again) == ["Voor de backup."]
    with again.read() as session:
        assert [e.action for e in audit.entries(session)] == ["note.create"]
    # and it keeps working: the next write gets the next free id
    saved = notes.add_note(again, TEAM_CENTRUM, OUDE_MARKT, "Daarna.",
                           period_start=date(2024, 3, 1))
    assert saved.note.id == 2
