"""Free text on its way into the application database: scrubbed like youth input.

Notes are for context, never for case details: every text a person writes here (notes,
signals, actions, feedback, review edits) goes through the youth-input scrubber before it is
saved, and the writer sees what was removed. The scrubber is called through `scrub` only, so a
change of its API touches this one function.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from wijkwijs.appdb.errors import InvalidInput, NeedsConfirmation

MAX_TEXT = 4000
_MARKER = re.compile(r"\[[a-z-]+\]")
# the scrubber's review reasons in the words a writer understands
REASON_TEXT = {
    "onbekend_woord_met_hoofdletter": "een onbekend woord met een hoofdletter, misschien een naam",
    "cijfers_over": "een lange reeks cijfers",
    "mogelijk_adres": "een woord met een nummer erachter, misschien een adres",
    "onbekend_woord": "een woord dat in geen woordenlijst staat, misschien een naam",
    "mogelijke_naam": "een voornaam die ook een gewoon woord is, aan het begin van een zin",
    "mogelijk_persoon": "bij een tweede lezing: een woord op een plek waar een persoon staat "
    "(een bijnaam, een afzender, een klas of datum naast een naam)",
}
MARKER_TEXT = {
    "[naam]": "naam",
    "[telefoonnummer]": "telefoonnummer",
    "[e-mail]": "e-mailadres",
    "[account]": "account op sociale media",
    "[huisnummer]": "huisnummer",
    "[bsn]": "burgerservicenummer",
    "[postcode]": "postcode",
    "[geboortedatum]": "geboortedatum",
    "[iban]": "rekeningnummer",
    "[kenteken]": "kenteken",
    "[klas]": "klas",
}


@dataclass(frozen=True)
class Scrubbed:
    text: str  # what is saved
    removed: tuple[tuple[str, str], ...]  # (what was there, marker); shown once, never stored
    reasons: tuple[str, ...]  # Dutch: why the scrubber is unsure (empty: it is not)

    @property
    def changed(self) -> bool:
        return bool(self.removed)

    def removed_text(self) -> str:
        """"Verwijderd: 'Sanne' (naam), '06-…' (telefoonnummer)" for the writer."""
        parts = [f"'{old}' → {marker}" for old, marker in self.removed]
        return "; ".join(parts)


@lru_cache(maxsize=8)
def _scrubber(places: tuple[str, ...]):
    from wijkwijs.youth.scrub import Scrubber

    return Scrubber(places)


def scrub(text: str, places: Iterable[str] = ()):
    """The youth-input scrubber's result for `text` (its `.text`, `.markers`, `.review_reasons`).

    The one call into wijkwijs.youth.scrub; `places` are the gemeente's own place names.
    """
    return _scrubber(tuple(sorted(set(places)))).scrub(text)


def _removed(original: str, scrubbed: str) -> tuple[tuple[str, str], ...]:
    """The fragments of `original` that became a marker in `scrubbed`.

    The scrubber only replaces: the text between markers is the original's, so the markers'
    originals are what lies between those literal pieces. Word-level difflib when that fails
    (a scrubber that also rewrites other text).
    """
    pieces = _MARKER.split(scrubbed)
    markers = _MARKER.findall(scrubbed)
    if not markers:
        return ()
    pattern = "(.+?)".join(re.escape(p) for p in pieces)
    found = re.fullmatch(pattern, original, re.DOTALL)
    if found:
        return tuple((g.strip(), m) for g, m in zip(found.groups(), markers, strict=True))
    old, new = original.split(), scrubbed.split()
    out = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        marks = _MARKER.findall(" ".join(new[j1:j2]))
        if op == "replace" and marks:
            out.append((" ".join(old[i1:i2]), marks[0]))
    return tuple(out)


def clean(
    text: str | None,
    field: str,
    places: Iterable[str] = (),
    *,
    required: bool = True,
    max_length: int = MAX_TEXT,
) -> Scrubbed:
    """`text` checked (required, length) and scrubbed; `field` is the Dutch field name."""
    text = (text or "").strip()
    if not text:
        if required:
            raise InvalidInput(f"Vul '{field}' in.")
        return Scrubbed("", (), ())
    if len(text) > max_length:
        raise InvalidInput(f"'{field}' is te lang ({len(text)} tekens; ten hoogste {max_length}).")
    result = scrub(text, places)
    reasons = tuple(REASON_TEXT.get(r, r.replace("_", " ")) for r in result.review_reasons)
    return Scrubbed(result.text, _removed(text, result.text), reasons)


def require_confirmed(texts: Iterable[Scrubbed], confirm_unsure: bool) -> None:
    """Refuse a save while the scrubber doubts any of its fields, until the writer confirmed.

    Every free-text write asks the same: a doubtful word in an owner or a comment field can be
    a name as easily as one in a note (issue 18's workspace; notes asked, the rest did not).
    """
    doubted = [t for t in texts if t.reasons]
    if doubted and not confirm_unsure:
        reasons = tuple(dict.fromkeys(r for t in doubted for r in t.reasons))
        raise NeedsConfirmation(reasons, doubted[0].text)
