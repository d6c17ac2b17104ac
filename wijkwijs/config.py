"""Where everything lives. Two environment variables move it all (see docs/architecture.md)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"


@dataclass(frozen=True)
class Paths:
    data: Path
    warehouse_file: Path | None = None  # default: <data>/warehouse/wijkwijs.duckdb
    inbox_dir: Path | None = None  # default: <data>/inbox (e.g. a share the case system writes)

    @property
    def inbox(self) -> Path:
        return self.inbox_dir or self.data / "inbox"

    @property
    def reference(self) -> Path:
        return self.data / "reference"

    @property
    def quarantine(self) -> Path:
        return self.data / "quarantine"

    @property
    def archive(self) -> Path:
        return self.data / "archive"

    @property
    def serving_dir(self) -> Path:
        return self.data / "serving"

    @property
    def serving(self) -> Path:
        return self.serving_dir / "wijkwijs.duckdb"

    @property
    def warehouse(self) -> Path:
        return self.warehouse_file or self.data / "warehouse" / "wijkwijs.duckdb"

    @property
    def review_copy(self) -> Path:
        """Held youth records for the review page only: never published (docs/appdb.md)."""
        return self.data / "review" / "jongereninbreng_te_beoordelen.duckdb"


# DuckDB takes 80 % of RAM by default; bounded, a national load spills to disk instead and the
# whole pipeline stays under the 6 GB of the benchmark target (dbt: dbt_project/profiles.yml)
DUCKDB_CONFIG = {"memory_limit": os.environ.get("WIJKWIJS_DUCKDB_MEMORY", "4GB")}


def serving_versions_dir(serving: Path) -> Path:
    """Hard links of the recent serving copies, by content hash (wijkwijs.publish.serving)."""
    return serving.parent / "versions"


def app_db_url() -> str:
    """The application database (docs/design.md decision 10) as a SQLAlchemy URL: WIJKWIJS_APP_DB,
    e.g. `postgresql+psycopg://wijkwijs@db/wijkwijs`; default a SQLite file in the data folder."""
    url = os.environ.get("WIJKWIJS_APP_DB", "").strip()
    return url or f"sqlite:///{paths().data / 'app' / 'wijkwijs_app.sqlite'}"


def paths() -> Paths:
    """Paths for this process, read from the environment each call so tests can redirect them."""
    warehouse = os.environ.get("WIJKWIJS_WAREHOUSE")
    inbox = os.environ.get("WIJKWIJS_INBOX")
    return Paths(
        Path(os.environ.get("WIJKWIJS_DATA_DIR", PROJECT_ROOT / "data")),
        Path(warehouse) if warehouse else None,
        Path(inbox) if inbox else None,
    )
