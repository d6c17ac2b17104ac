"""The report next to a file that was refused or held (<file>.report.json and .report.txt,
Dutch and English, per row and column), and moving it aside: quarantined, or deleted when it
holds person-level data. No report repeats a cell value that could be personal."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

from wijkwijs.config import Paths
from wijkwijs.ingest.inbox import free_target, move, safe_name
from wijkwijs.ingest.problems import Problem

DATALEK_NL = (
    "Het bestand bevat gegevens over personen en is daarom niet geladen, niet bewaard en uit de "
    "inbox verwijderd. Meld dit als mogelijk datalek bij de privacy officer (functionaris "
    "gegevensbescherming) van de gemeente, laat de afzender het bestand ook bij de bron "
    "verwijderen en lever een geanonimiseerde export (alleen aantallen per buurt) opnieuw aan."
)
DATALEK_EN = (
    "The file holds data about persons, so it was not loaded, not kept, and removed from the "
    "inbox. Report a possible data breach (datalek) to the privacy officer of the municipality, "
    "have the sender delete the file at its source too, and deliver an anonymised export "
    "(counts per buurt only) again."
)
FIX_NL = "Herstel het bestand en zet het opnieuw in de inbox; niets ervan is geladen."
FIX_EN = "Fix the file and put it in the inbox again; nothing of it was loaded."


def write_text_atomic(path: Path, text: str) -> None:
    """Whole or not at all: a report half written by a killed run is never read."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def remove_stale_temp(folder: Path) -> None:
    """Temporary files a killed run left behind (its own process is gone)."""
    if folder.is_dir():
        for stale in folder.glob(".*.tmp"):
            stale.unlink(missing_ok=True)


def write_report(target: Path, display: str, digest: str, problems: list[Problem],
                 headline: str, advice: tuple[str, str], extra: dict | None = None) -> Path:
    """<target>.report.json and <target>.report.txt; returns the .txt path."""
    report = {
        "file": display,
        "content_hash": digest,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "outcome": headline,
        "advice_nl": advice[0],
        "advice_en": advice[1],
        "problems": [p.as_dict() for p in problems],
        **(extra or {}),
    }
    write_text_atomic(Path(f"{target}.report.json"),
                      json.dumps(report, indent=2, ensure_ascii=False, default=str))
    lines = [f"{headline}: {display}", "", advice[0], advice[1], ""]
    lines += [p.line() for p in problems]
    if extra and extra.get("table"):
        lines += ["", *extra["table"]]
    text_path = Path(f"{target}.report.txt")
    write_text_atomic(text_path, "\n".join(lines) + "\n")
    return text_path


def quarantine(path: Path, paths: Paths, problems: list[Problem], digest: str,
               display: str | None = None, advice=(FIX_NL, FIX_EN)) -> Path:
    """Move a rejected file aside with a machine- and a human-readable report next to it."""
    target = move(path, paths.quarantine)
    return write_report(target, display or path.name, digest, problems,
                        "Bestand afgewezen / file rejected", advice)


def remove_personal(path: Path, paths: Paths, problems: list[Problem], digest: str,
                    display: str) -> Path:
    """Delete a person-level file; only its report (kinds, columns, rows) stays."""
    paths.quarantine.mkdir(parents=True, exist_ok=True)
    target = free_target(paths.quarantine, safe_name(display))
    path.unlink()
    return write_report(target, display, digest, problems,
                        "Bestand met persoonsgegevens verwijderd / file with personal data "
                        "deleted", (DATALEK_NL, DATALEK_EN))
