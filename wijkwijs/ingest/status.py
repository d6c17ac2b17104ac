"""A small status file published apart from the figures: what the last loads did, at once.

`data/serving/status.json` is written after every ingest, and by `make pipeline` when a run
fails, whether or not a new serving copy follows. The Datastatus page reads it, so a refused
file, a held file or a failed build shows up straight away, while the figures stay those of
the last good copy. It holds what the load log holds (file, kind, status, rows, periods, time,
message; no message repeats a cell value) and the freshness per domain, never a figure.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
from pathlib import Path

from wijkwijs.config import Paths
from wijkwijs.domains import domains

STATUS_NAME = "status.json"


def status_path(paths: Paths) -> Path:
    return paths.serving_dir / STATUS_NAME


def _write(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(f".{path.name}.*.tmp"):  # left by a killed run (one writer)
        stale.unlink(missing_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    os.replace(tmp, path)  # readers see the old or the new file, never half of one


def read_status(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _held(paths: Paths) -> list[dict]:
    from wijkwijs.ingest.inbox import held_dir

    held = []
    for report in sorted(held_dir(paths).glob("*.report.json")):
        data = read_status(report)
        held.append({"file": report.name.removesuffix(".report.json"),
                     "delivered_as": data.get("file"),
                     "reasons": [p.get("reason_nl") for p in data.get("problems", [])],
                     "report": str(report.with_suffix("").with_suffix(".txt"))})
    return held


def write_status(con, paths: Paths, today: date | None = None) -> Path:
    """The load log, freshness and held files as they are now in the warehouse."""
    from wijkwijs.ingest.freshness import domain_freshness, max_age_months

    log = con.execute(
        "select file_name, file_kind, status, rows, periods, loaded_at, message "
        "from raw.load_log order by loaded_at, file_name"
    ).df()
    fresh = domain_freshness(con, list(domains()), today or date.today())
    path = status_path(paths)
    data = read_status(path)
    data.update({
        "written_at": datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds"),
        "load_log": json.loads(log.to_json(orient="records", date_format="iso")),
        "freshness": [{"domain": f.domain, "newest_period": f.newest_period, "rows": f.rows,
                       "last_loaded_at": f.last_loaded_at, "age_months": f.age_months,
                       "fresh": f.fresh, "max_age_months": max_age_months()} for f in fresh],
        "held": _held(paths),
    })
    _write(path, data)
    return path


def record_run(paths: Paths, succeeded: bool, reason: str | None = None) -> Path:
    """The outcome of the last pipeline run, first line of its reason included."""
    path = status_path(paths)
    data = read_status(path)
    data["last_run"] = {
        "at": datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds"),
        "succeeded": succeeded,
        "reason": reason,
    }
    _write(path, data)
    return path
