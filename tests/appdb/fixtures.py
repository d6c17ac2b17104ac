"""Fixtures for the application database on both backends (imported by the conftests).

`app_db_url` runs a test once on SQLite (a file in the test's folder) and once on PostgreSQL
(a fresh database in the session's throwaway cluster, tests/appdb/postgres.py).
"""

from __future__ import annotations

import pytest

from tests.appdb.postgres import running_cluster
from wijkwijs.appdb.engine import app_db, forget

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_cluster():
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture(params=BACKENDS)
def app_db_url(request, tmp_path, monkeypatch):
    """The URL of an empty application database, also set as WIJKWIJS_APP_DB."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'app.sqlite'}"
        monkeypatch.setenv("WIJKWIJS_APP_DB", url)
        yield url
        forget(url)
        return
    cluster = request.getfixturevalue("pg_cluster")
    with cluster.database() as url:
        monkeypatch.setenv("WIJKWIJS_APP_DB", url)
        yield url


@pytest.fixture
def db(app_db_url):
    """The application database, migrated."""
    return app_db(app_db_url)
