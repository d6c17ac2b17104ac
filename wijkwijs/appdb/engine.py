"""The connection to the application database, and its migrations.

`app_db()` gives one `AppDb` per URL and process (engines are thread-safe and pool their
connections); the first call brings the schema to the newest migration, so `make demo` needs
no extra step and a deployment upgrades on start (PostgreSQL: under an advisory lock, so
several instances starting at once migrate once).

SQLite: a file in the data folder, WAL journal (readers never wait for a writer), foreign keys
on, and a busy timeout so two sessions writing at the same moment queue instead of failing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from wijkwijs.config import app_db_url

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_MS = 15_000


@dataclass(frozen=True)
class AppDb:
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on an error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("pragma foreign_keys = on")
    cursor.execute(f"pragma busy_timeout = {SQLITE_BUSY_MS}")
    cursor.execute("pragma journal_mode = wal")
    cursor.close()


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (Alembic), in one transaction."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def has_schema(engine: Engine) -> bool:
    return inspect(engine).has_table("alembic_version")


_lock = threading.Lock()
_open: dict[str, AppDb] = {}


def app_db(url: str | None = None, *, migrate: bool = True) -> AppDb:
    """The application database at `url` (default: WIJKWIJS_APP_DB or the SQLite file)."""
    url = url or app_db_url()
    with _lock:
        db = _open.get(url)
        if db is None:
            engine = make_engine(url)
            if migrate and current_revision(engine) != head_revision():
                upgrade(engine)
            db = AppDb(engine, sessionmaker(engine, expire_on_commit=False))
            _open[url] = db
        return db


def forget(url: str | None = None) -> None:
    """Close and forget the engine of `url` (all when None): tests, restore."""
    with _lock:
        for key in [url] if url else list(_open):
            db = _open.pop(key, None)
            if db is not None:
                db.engine.dispose()
