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
# spreadsheets turn 12 into "12.0" or "12,00"; exactly three digits after one separator is
# a thousands separator as often as a decimal one ("1.000"), so it is never guessed
_WHOLE_FLOAT = re.compile(r"^(\d+)[.,](0{1,2}|0{4,})$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:[.,\s\u00a0\u202f'’]\d{3})+(?:[.,]\d+)?$")
# how bookkeeping and office software write a negative number: -3, −3 (a minus sign),
# 3- (SAP and other ERP exports), (3) (accounting)
_NEGATIVE = re.compile(
    r"^(?:[-\u2212\u2013]\s?\d[\d.,]*|\d[\d.,]*\s?[-\u2212]|\(\s?\d[\d.,]*\s?\))$"
)
_EXCEL_ERROR = re.compile(r"^#(?:[A-Z/0!?.]+|N/A|NAME\?|WAARDE!|DEEL/0!|VERW!|GETAL!|NB)!?$",
                          re.I)


class CellError(ValueError):
    """Neither a count nor a known marker; the message is the reason, Dutch / English.
    It never repeats the cell: a misplaced cell can hold anything."""


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
    if _THOUSANDS.match(cell):
        raise CellError(
            "getal met een scheidingsteken voor duizendtallen of decimalen (zoals 1.000): "
            "niet te zeggen of het duizend of één is; schrijf aantallen zonder punt, komma of "
            "spatie (1000)"
            " / number with a thousands or decimal separator (such as 1.000): it cannot be "
            "told whether it means one thousand or one; write counts without point, comma or "
            "space (1000)"
        )
    if _EXCEL_ERROR.match(cell):
        raise CellError("Excel-foutwaarde in plaats van een aantal (bijv. #DEEL/0!)"
                        " / Excel error value instead of a count (e.g. #DIV/0!)")
    if _NEGATIVE.match(cell):
        raise CellError("negatief aantal / negative count")
    if re.match(r"^\d+[.,]\d+$", cell):
        raise CellError("aantal met decimalen; een aantal is een geheel getal"
                        " / fractional count; a count is a whole number")
    raise CellError("geen aantal (verwacht een geheel getal of een teken uit de tabel met "
                    "waardestatussen, zoals . of <5)"
                    " / not a count (expected a whole number or a marker from the value-state "
                    "table, such as . or <5)")
