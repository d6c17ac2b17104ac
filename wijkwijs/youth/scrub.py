"""Scrub youth input of personal data before it is stored (docs/youth-input.md).

The scrubber itself lives in `wijkwijs.personal` so other free text (team notes) goes through
the same one; this module is the youth-input view of it: markers and review reasons as stored
in `raw.youth_input.scrub_markers` and `review_reason`.
"""

from __future__ import annotations

from collections.abc import Iterable

from wijkwijs.personal.scrubber import (
    DIGITS_LEFT,
    MARKERS,
    POSSIBLE_ADDRESS,
    POSSIBLE_NAME,
    POSSIBLE_PERSON,
    UNKNOWN_WORD,
    Gazetteer,
    Scrubber,
    ScrubResult,
)

NAME = MARKERS["name"]
PHONE = MARKERS["phone"]
EMAIL = MARKERS["email"]
ACCOUNT = MARKERS["handle"]
HOUSE_NUMBER = MARKERS["address"]
BSN = MARKERS["bsn"]
POSTCODE = MARKERS["postcode"]
BIRTH_DATE = MARKERS["birth_date"]
IBAN = MARKERS["iban"]
LICENCE_PLATE = MARKERS["licence_plate"]
SCHOOL_CLASS = MARKERS["class_name"]

__all__ = [
    "ACCOUNT", "BIRTH_DATE", "BSN", "DIGITS_LEFT", "EMAIL", "HOUSE_NUMBER", "IBAN",
    "LICENCE_PLATE", "NAME", "PHONE", "POSSIBLE_ADDRESS", "POSSIBLE_NAME", "POSSIBLE_PERSON",
    "POSTCODE",
    "SCHOOL_CLASS", "UNKNOWN_WORD", "Gazetteer", "ScrubResult", "Scrubber", "scrub_text",
]  # fmt: skip


def scrub_text(text: str, places: Iterable[str] = ()) -> ScrubResult:
    """Convenience for one text; build one `Scrubber` for many (it loads the word lists)."""
    return Scrubber(places).scrub(text)
