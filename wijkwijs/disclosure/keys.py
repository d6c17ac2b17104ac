"""The secret key behind every random choice of the disclosure control.

Random rounding of population and the order in which secondary suppression picks a cell are
drawn from HMAC-SHA256(key, cell): the same key gives the same serving copy on every rerun, and
an attacker who reads the copy and the code, but not the key, can neither redo the rounding
nor predict the choice (as in the cell-key method of ABS and Destatis). The key lives outside
the warehouse and the serving copy: `WIJKWIJS_DISCLOSURE_KEY` (hex), else the file
`WIJKWIJS_DISCLOSURE_KEY_FILE`, else `<data>/secrets/disclosure.key`, created on first use with
32 random bytes, readable by its owner only. Keep it with the backups: a new key rounds the
population again, and two roundings of one figure side by side narrow it down
(docs/privacy.md).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from wijkwijs.config import paths

KEY_BYTES = 32


class DisclosureKeyError(RuntimeError):
    """The disclosure key cannot be read or created."""


def key_file() -> Path:
    configured = os.environ.get("WIJKWIJS_DISCLOSURE_KEY_FILE")
    return Path(configured) if configured else paths().data / "secrets" / "disclosure.key"


def disclosure_key() -> bytes:
    """The key (bytes); created in `key_file()` when there is none yet."""
    configured = os.environ.get("WIJKWIJS_DISCLOSURE_KEY")
    if configured:
        try:
            return bytes.fromhex(configured.strip())
        except ValueError as exc:
            raise DisclosureKeyError(
                "WIJKWIJS_DISCLOSURE_KEY moet hexadecimaal zijn / must be hexadecimal"
            ) from exc
    path = key_file()
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            # O_EXCL: two processes creating the key at once keep the first one
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(KEY_BYTES) + "\n")
        return bytes.fromhex(path.read_text().strip())
    except FileExistsError:
        return bytes.fromhex(path.read_text().strip())
    except (OSError, ValueError) as exc:
        raise DisclosureKeyError(
            f"De geheimhoudingssleutel {path} is niet te lezen of te maken ({exc}) / "
            f"the disclosure key {path} cannot be read or created"
        ) from exc


def unit(key: bytes, cell: str) -> float:
    """A number in [0, 1) fixed by the key and the cell's name, unpredictable without the key."""
    digest = hmac.new(key, cell.encode(), hashlib.sha256).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def units(key: bytes, cells: Iterable[str]) -> np.ndarray:
    return np.fromiter((unit(key, c) for c in cells), dtype=float)


_REGISTERED: list = []  # DuckDB keeps no reference to a Python UDF: we keep them alive


def register_unit_function(con, key: bytes) -> str:
    """Register `unit(key, cell)` in DuckDB as a function of one varchar; returns its name.

    The key stays in Python (never in SQL text or a log). Every call registers a new name:
    dbt runs models on cursors of one database, and a function registered by an earlier model
    must not be reused.
    """

    def keyed(cells):  # no annotations: DuckDB inspects them at registration
        import pyarrow as pa

        return pa.array([None if c is None else unit(key, c) for c in cells.to_pylist()],
                        type=pa.float64())

    name = f"keyed_unit_{secrets.token_hex(6)}"
    _REGISTERED.append(keyed)
    con.create_function(name, keyed, ["VARCHAR"], "DOUBLE", type="arrow",
                        null_handling="special")
    return name
