"""Where everything lives and how it is tuned: the WIJKWIJS_* environment variables.

The paths derive from WIJKWIJS_DATA_DIR (docs/architecture.md); every variable, what reads it and
its default is in docs/settings.md. Read each call, not at import, so a test can change one."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
# the dashboard's public boundary files (served at /app/static/geo), written at publish
STATIC_GEO_DIR = PROJECT_ROOT / "dashboards" / "static" / "geo"


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


# --- Tuning. Each read here, once per call; the table of all: docs/settings.md ------------------


class SettingError(ValueError):
    """A WIJKWIJS_* variable holds a value that is not of its kind (the message names both)."""


def _number(name: str, default, kind: type):
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return kind(raw)
    except ValueError:
        noun = "a whole number" if kind is int else "a number"
        raise SettingError(f"{name}={raw!r} is not {noun} / is geen getal") from None


def max_file_mb() -> int:
    """Largest input file accepted, in MiB (a bad file cannot exhaust the loader's memory)."""
    return _number("WIJKWIJS_MAX_FILE_MB", 200, int)


def shrink_tolerances() -> tuple[float, float]:
    """How much a file may shrink (fractions) against the version it replaces, and against the
    neighbouring loaded months, before it is held (wijkwijs.ingest.shrink)."""
    return (_number("WIJKWIJS_SHRINK_TOLERANCE_REPLACED", 0.0, float),
            _number("WIJKWIJS_SHRINK_TOLERANCE", 0.05, float))


def writer_wait_seconds() -> float:
    """How long a run waits for a live writer of the warehouse to end (wijkwijs.ingest.writer)."""
    return _number("WIJKWIJS_WRITER_WAIT", 120.0, float)


def max_age_months() -> int:
    """A domain whose newest month is older than this is stale: a warning, not a failure.
    Monthly exports arrive within a month; three gives a quarter's grace."""
    return _number("WIJKWIJS_MAX_AGE_MONTHS", 3, int)


def first_month() -> str:
    """The first month of the Dagster month partitions (ISO date)."""
    return os.environ.get("WIJKWIJS_FIRST_MONTH", "").strip() or "2015-01-01"


def pdok_urls() -> tuple[str, str]:
    """(WFS, OGC API Features) base URLs of PDOK's wijken en buurten, `{year}` in each."""
    return (
        os.environ.get("WIJKWIJS_PDOK_WFS")
        or "https://service.pdok.nl/cbs/wijkenbuurten/{year}/wfs/v1_0",
        os.environ.get("WIJKWIJS_PDOK_OGC")
        or "https://api.pdok.nl/cbs/wijken-en-buurten-{year}/ogc/v1",
    )
