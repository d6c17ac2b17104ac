"""Which municipality and which years: from the environment or data/wijkwijs.toml.

Nothing configured means the demo municipality, exactly as before. Switching municipality is
a matter of setting WIJKWIJS_GEMEENTE (a GM code such as GM0363, or a name such as Amsterdam)
and optionally WIJKWIJS_JAREN=2023,2024; the same keys may live in data/wijkwijs.toml:

    gemeente = "GM0363"
    jaren = [2023, 2024]
    online = false   # true: the Dagster asset may download from CBS/PDOK
    odata = "v3"     # "v4": CBS's new data portal (datasets.cbs.nl) instead of opendata.cbs.nl
    pdok = "ogc"     # "wfs": PDOK's WFS instead of the OGC API Features for the boundaries
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from wijkwijs.config import paths

CONFIG_FILE = "wijkwijs.toml"
_CODE = re.compile(r"^(?:GM)?\s*(\d{1,4})$", re.I)
_TRUE = {"1", "true", "ja", "yes", "on"}


class ConfigError(ValueError):
    """A configured value that cannot be used; the message is Dutch / English."""


@dataclass(frozen=True)
class Selection:
    gemeente: str | None  # a GM code, or a name still to be resolved against a code list
    jaren: tuple[int, ...]
    online: bool = False
    cbs: bool = False  # WIJKWIJS_CBS=1: CBS assets on even without a municipality
    odata: str = "v3"  # which CBS OData interface: v3 (opendata.cbs.nl) or v4 (datasets.cbs.nl)
    pdok: str = "ogc"  # which PDOK interface for boundaries: ogc (OGC API Features) or wfs

    @property
    def enabled(self) -> bool:
        """Whether the opt-in CBS/PDOK assets belong in the Dagster definitions."""
        return self.cbs or self.gemeente is not None

    @property
    def gemeente_code(self) -> str | None:
        """The GM code when the municipality was given as a code, else None (a name)."""
        return gemeente_code(self.gemeente) if self.gemeente else None


def gemeente_code(value: str) -> str | None:
    """'GM0363', 'gm363', '0363' and '363' → 'GM0363'; a name → None."""
    match = _CODE.match(value.strip())
    return f"GM{int(match.group(1)):04d}" if match else None


def resolve_gemeente(value: str, names: Mapping[str, str]) -> str:
    """A GM code for a code or a name; names maps GM code → name (from a file or CBS)."""
    code = gemeente_code(value)
    if code:
        return code
    wanted = value.strip().casefold()
    hits = sorted({c.strip() for c, n in names.items() if str(n).strip().casefold() == wanted})
    if len(hits) == 1:
        return hits[0]
    raise ConfigError(
        f"gemeente '{value}' niet (eenduidig) gevonden / municipality not found or ambiguous"
        + (f": {', '.join(hits)}" if hits else "")
    )


def parse_years(text: str | list | tuple) -> tuple[int, ...]:
    """'2023,2024', '2023 2024', '2022-2024' or a list → (2022, 2023, 2024) sorted."""
    items = text if isinstance(text, list | tuple) else re.split(r"[,;\s]+", str(text).strip())
    years: set[int] = set()
    for item in items:
        item = str(item).strip()
        if not item:
            continue
        span = re.match(r"^(\d{4})\s*-\s*(\d{4})$", item)
        if span:
            years.update(range(int(span.group(1)), int(span.group(2)) + 1))
        elif re.match(r"^\d{4}$", item):
            years.add(int(item))
        else:
            raise ConfigError(f"ongeldig jaar '{item}' / invalid year")
    return tuple(sorted(years))


def load_selection(env: Mapping[str, str] | None = None, data_dir: Path | None = None) -> Selection:
    """The selection for this process; environment variables win over data/wijkwijs.toml."""
    env = os.environ if env is None else env
    data_dir = paths().data if data_dir is None else data_dir
    file: dict = {}
    toml = data_dir / CONFIG_FILE
    if toml.exists():
        try:
            file = tomllib.loads(toml.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{toml.name} is geen geldige TOML / not valid TOML: {exc}") from exc
    gemeente = (env.get("WIJKWIJS_GEMEENTE") or str(file.get("gemeente", ""))).strip() or None
    years_raw = env.get("WIJKWIJS_JAREN") or file.get("jaren") or ""
    online = env.get("WIJKWIJS_CBS_ONLINE")
    return Selection(
        gemeente=gemeente,
        jaren=parse_years(years_raw),
        online=(online.lower() in _TRUE) if online else bool(file.get("online", False)),
        cbs=env.get("WIJKWIJS_CBS", "").lower() in _TRUE,
        odata=_choice("odata", env.get("WIJKWIJS_CBS_ODATA") or file.get("odata"), ODATA),
        pdok=_choice("pdok", env.get("WIJKWIJS_PDOK_API") or file.get("pdok"), PDOK),
    )


ODATA = ("v3", "v4")
PDOK = ("ogc", "wfs")


def _choice(key: str, value, allowed: tuple[str, ...]) -> str:
    """A setting with a fixed set of values; nothing set means the first one."""
    text = str(value or allowed[0]).strip().lower()
    if text not in allowed:
        raise ConfigError(
            f"{key} = '{text}' onbekend; kies uit {', '.join(allowed)} / unknown value"
        )
    return text
