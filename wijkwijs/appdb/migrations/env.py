"""Alembic environment of the application database (docs/appdb.md).

Run through `wijkwijs.appdb.engine.upgrade` (the app does so at first use, the CLI with
`python -m wijkwijs.appdb upgrade`), or with the alembic CLI:
`alembic -c wijkwijs/appdb/alembic.ini upgrade head` (the URL from WIJKWIJS_APP_DB).
"""

from alembic import context
from sqlalchemy import create_engine, pool, text

from wijkwijs.appdb.models import Base
from wijkwijs.config import app_db_url

config = context.config
target_metadata = Base.metadata
# several app instances may start at once against one PostgreSQL: one migrates, the others wait
_PG_LOCK = 7_215_001


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("select pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url") or app_db_url(),
                      target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or app_db_url(),
                           poolclass=pool.NullPool)
    with engine.connect() as connection:
        _run(connection)


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
