"""Value states: a count is a number, suppressed, not yet published or unknown; never 0."""

from __future__ import annotations

import re

NUMBER = "number"
SUPPRESSED = "suppressed"
NOT_PUBLISHED = "not_published"
UNKNOWN = "unknown"
STATES = (NUMBER, SUPPRESSED, NOT_PUBLISHED, UNKNOWN)

# How sources write a value that is not a number (CBS StatLine, PDOK, case-system exports).
_MARKERS = {
    ".": SUPPRESSED,
    "x": SUPPRESSED,
    "-99997": SUPPRESSED,
    "-99995": NOT_PUBLISHED,
    "-99991": NOT_PUBLISHED,
    "": UNKNOWN,
    "?": UNKNOWN,
    "-99999": UNKNOWN,
}
_BELOW = re.compile(r"^<\s*\d+$")  # "<5": the source suppressed a small count
_WHOLE = re.compile(r"^\d+$")
_WHOLE_FLOAT = re.compile(r"^(\d+)[.,]0+$")  # spreadsheets turn 12 into "12.0"


class CellError(ValueError):
    """Neither a count nor a known marker; the message is the reason, Dutch / English."""


def parse_count(text: str) -> tuple[int | None, str]:
    """Turn one cell into (count, state). Raises CellError with the reason for a bad cell."""
    cell = (text or "").strip()
    state = _MARKERS.get(cell.lower())
    if state is not None:
        return None, state
    if _BELOW.match(cell):
        return None, SUPPRESSED
    if _WHOLE.match(cell):
        return int(cell), NUMBER
    whole = _WHOLE_FLOAT.match(cell)
    if whole:
        return int(whole.group(1)), NUMBER
    if re.match(r"^-\d+([.,]\d+)?$", cell):
        raise CellError(f"negatief aantal '{cell}' / negative count '{cell}'")
    if re.match(r"^\d+[.,]\d+$", cell):
        raise CellError(f"aantal met decimalen '{cell}' / fractional count '{cell}'")
    raise CellError(f"geen aantal '{cell}' / not a count '{cell}'")
