"""The schema comes from the Alembic migrations, the same on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from wijkwijs.appdb.engine import (
    app_db,
    current_revision,
    forget,
    head_revision,
    make_engine,
    upgrade,
)
from wijkwijs.appdb.models import Base

TABLES = {"audit_log", "youth_reviews", "idea_feedback", "notes", "note_revisions", "signals",
          "signal_domains", "signal_events", "actions", "meetings", "alembic_version"}


def test_first_use_migrates_to_head_and_models_match_the_migrations(app_db_url):
    db = app_db(app_db_url)
    assert set(inspect(db.engine).get_table_names()) == TABLES
    assert current_revision(db.engine) == head_revision() == "0001"
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    # a model changed without a migration shows up here
    assert diff == []


def test_downgrade_to_nothing_and_up_again(app_db_url):
    engine = make_engine(app_db_url)
    upgrade(engine)
    from alembic import command

    from wijkwijs.appdb.engine import alembic_config

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    upgrade(engine)
    assert set(inspect(engine).get_table_names()) == TABLES
    engine.dispose()
    forget(app_db_url)


def test_default_is_a_sqlite_file_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("WIJKWIJS_APP_DB", raising=False)
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(tmp_path))
    from wijkwijs.config import app_db_url

    url = app_db_url()
    assert url == f"sqlite:///{tmp_path / 'app' / 'wijkwijs_app.sqlite'}"
    db = app_db(url)
    assert (tmp_path / "app" / "wijkwijs_app.sqlite").is_file()
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("pragma journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("pragma foreign_keys").scalar() == 1
    forget(url)
