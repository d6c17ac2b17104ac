from tests.appdb.fixtures import app_db_url, db, pg_cluster  # noqa: F401
