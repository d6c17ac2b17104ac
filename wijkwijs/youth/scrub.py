"""Scrub free text of personal data before it is stored (docs/youth-input.md).

Order matters; each step replaces what it finds with a visible marker:

1. e-mail addresses, account links and @handles, phone numbers, BSN-like numbers, postcodes;
2. house numbers after a street ("Molenstraat 12" → "Molenstraat [huisnummer]");
3. places are protected: the municipality's buurt/wijk names and street-like words survive;
4. names: after cues ("ik ben", "ik heet", "groetjes", "(…)") and from the first-name list;
5. what is left is checked: an unknown capitalised word after "met"/"en", a long run of digits
   or a capitalised word followed by a number hold the record for review.

Plain `re`: no maintained Dutch PII library installs offline here (presidio and spaCy models
download language models at run time), and the rules must be readable for a privacy officer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from wijkwijs.ingest.personal_data import passes_elfproef
from wijkwijs.youth.vocabulary import (
    AMBIGUOUS_NAMES,
    FIRST_NAMES,
    NOT_NAMES,
    PERSON_CUES,
    STREET_SUFFIXES,
    UNSURE_CUES,
)

NAME = "[naam]"
PHONE = "[telefoonnummer]"
EMAIL = "[e-mail]"
ACCOUNT = "[account]"
HOUSE_NUMBER = "[huisnummer]"
BSN = "[bsn]"
POSTCODE = "[postcode]"

# Review reasons (stored with the record; never the suspicious word itself).
UNKNOWN_CAPITALISED = "onbekend_woord_met_hoofdletter"
DIGITS_LEFT = "cijfers_over"
POSSIBLE_ADDRESS = "mogelijk_adres"

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_CAP_WORD = rf"[{_UPPER}][{_LOWER}'’-]+"
_PARTICLE = r"(?:van|de|der|den|ter|ten|het|'t|el|al|ben|bin)"
_SUFFIX = "|".join(sorted(STREET_SUFFIXES, key=len, reverse=True))
_NOT_A_HOUSE_NUMBER = r"(?!\s*(?:keer|uur|jaar|jaren|dagen|weken|minuten|min|meter|km|m|euro|%))"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ACCOUNT_LINK = re.compile(
    r"(?:https?://)?(?:www\.)?(?:instagram|tiktok|snapchat|facebook|twitter|x)\.com/@?[\w.]+/?",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
_APP_HANDLE = re.compile(
    r"(?i:\b(?:insta(?:gram)?|snap(?:chat)?|tiktok|discord)\b)(\s*:\s*|\s+is\s+|\s+)(?!\[)"
    r"([A-Za-z0-9_.]+)"
)
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)31[\s.-]?(?:\(0\)[\s.-]?)?|0)[1-9](?:[\s.-]?\d){8}(?!\d)"
    r"|(?<![\w+])(?:\+|00)(?!31)\d{2,3}(?:[\s.-]?\d){7,11}(?!\d)"
)
_NINE_DIGITS = re.compile(r"(?<![\d.])\d{3}[.\s]?\d{2}[.\s]?\d{2}[.\s]?\d{2}(?!\d)")
_POSTCODE = re.compile(r"\b[1-9]\d{3}(?:\s?[A-Z]{2}|[a-z]{2})\b")
_HOUSE = re.compile(
    rf"\b((?i:[a-zà-ÿ'-]{{2,}}(?:{_SUFFIX})))(\s+)(?i:nr\.?\s*|nummer\s+)?"
    rf"(\d{{1,4}}(?:\s?[a-zA-Z]\b)?(?:\s?[-/]\s?\d{{1,4}})?"
    rf"(?:[-\s]?(?i:hs|bis|bg|huis|boven|beneden)\b)?){_NOT_A_HOUSE_NUMBER}(?!\d)"
)
_HOUSE_WORD = re.compile(r"(?i:\b(?:huisnummer|huisnr\.?|nummer|nr\.?)\s*)(\d{1,4}[a-zA-Z]?)\b")
_STREET_PHRASE = re.compile(
    rf"\b(?:{_CAP_WORD}\s+(?:{_PARTICLE}\s+){{0,2}}){{0,2}}[{_UPPER}][{_LOWER}'-]*(?:{_SUFFIX})\b"
    rf"|\b[{_LOWER}'-]{{2,}}(?:straat|laan|weg|plein|gracht|kade|singel|dijk)\b"
)
_NAME_TAIL = rf"(?:\s+(?:{_PARTICLE}\s+){{0,3}}{_CAP_WORD})?"
_CUE = "|".join(re.escape(c) for c in sorted(PERSON_CUES, key=len, reverse=True))
_CUED_NAME = re.compile(rf"(?i:\b(?:{_CUE}))(\s*[:,]?\s+)([\w'’-]+)({_NAME_TAIL})")
_BRACKETED = re.compile(rf"\(\s*({_CAP_WORD})({_NAME_TAIL})\s*\)")
_LISTED = re.compile(rf"\b({_CAP_WORD})({_NAME_TAIL})")
_UNSURE = re.compile(rf"\b(?:{'|'.join(UNSURE_CUES)})\s+(?:{_PARTICLE}\s+)?({_CAP_WORD})")
_LONG_DIGITS = re.compile(r"\d(?:[\s.-]?\d){4,}")
_WORD_NUMBER = re.compile(rf"\b({_CAP_WORD})\s+\d{{1,4}}[a-zA-Z]?\b{_NOT_A_HOUSE_NUMBER}")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s*|\n\s*|[\"“]\s*)$")
_PROTECT = "\ue000{}\ue001"
_PROTECTED = re.compile("\ue000(\\d+)\ue001")

_LOWER_NAMES = frozenset(n.lower() for n in FIRST_NAMES)


@dataclass(frozen=True)
class ScrubResult:
    text: str
    markers: tuple[str, ...]  # markers placed, in order of first use, e.g. ("[naam]",)
    review_reasons: tuple[str, ...]  # empty: safe to publish

    @property
    def needs_review(self) -> bool:
        return bool(self.review_reasons)


def _at_sentence_start(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text[:start]))


class Scrubber:
    """Scrubs texts; `places` are the municipality's own place names (kept as they are)."""

    def __init__(self, places: Iterable[str] = ()):
        phrases = sorted({p.strip() for p in places if p and p.strip()}, key=len, reverse=True)
        self._places = (
            re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")
            if phrases
            else None
        )
        words = {w for p in phrases for w in re.findall(rf"[{_UPPER}][\w'-]+", p)}
        self._known = frozenset(words | NOT_NAMES)

    # --- helpers -------------------------------------------------------------------------

    def _is_place_or_word(self, word: str) -> bool:
        return word in self._known or bool(
            re.fullmatch(rf"[\w'-]*(?:{_SUFFIX})", word, re.IGNORECASE)
        )

    def _looks_like_name(self, word: str) -> bool:
        return bool(re.fullmatch(_CAP_WORD, word)) and not self._is_place_or_word(word)

    def _tail_ok(self, tail: str) -> bool:
        """A surname after a name: its capitalised word must not be a place or known word."""
        last = tail.split()[-1] if tail.strip() else ""
        return bool(last) and self._looks_like_name(last)

    # --- steps ---------------------------------------------------------------------------

    def scrub(self, text: str) -> ScrubResult:
        text = (text or "").strip()
        used: list[str] = []

        def mark(marker: str) -> str:
            if marker not in used:
                used.append(marker)
            return marker

        text = _EMAIL.sub(lambda m: mark(EMAIL), text)
        text = _ACCOUNT_LINK.sub(lambda m: mark(ACCOUNT), text)
        text = _HANDLE.sub(lambda m: mark(ACCOUNT), text)

        def app_handle(m: re.Match) -> str:
            explicit = ":" in m.group(1) or " is " in m.group(1)
            if not (explicit or re.search(r"[_\d.]", m.group(2))):
                return m.group(0)
            return m.group(0)[: m.start(2) - m.start(0)] + mark(ACCOUNT)

        text = _APP_HANDLE.sub(app_handle, text)
        text = _PHONE.sub(lambda m: mark(PHONE), text)
        text = _NINE_DIGITS.sub(
            lambda m: mark(BSN) if passes_elfproef(re.sub(r"\D", "", m.group(0))) else m.group(0),
            text,
        )
        text = _POSTCODE.sub(lambda m: mark(POSTCODE), text)
        text = _HOUSE.sub(lambda m: f"{m.group(1)}{m.group(2)}{mark(HOUSE_NUMBER)}", text)
        text = _HOUSE_WORD.sub(lambda m: mark(HOUSE_NUMBER), text)

        protected: list[str] = []

        def protect(m: re.Match) -> str:
            protected.append(m.group(0))
            return _PROTECT.format(len(protected) - 1)

        if self._places is not None:
            text = self._places.sub(protect, text)
        text = _STREET_PHRASE.sub(protect, text)

        def cued(m: re.Match) -> str:
            word, tail = m.group(2), m.group(3)
            is_name = word.lower() in _LOWER_NAMES or self._looks_like_name(word)
            if not is_name:
                return m.group(0)
            keep_tail = "" if tail and self._tail_ok(tail) else tail
            head = m.group(0)[: m.start(2) - m.start(0)]
            return f"{head}{mark(NAME)}{keep_tail}"

        text = _CUED_NAME.sub(cued, text)

        def bracketed(m: re.Match) -> str:
            word, tail = m.group(1), m.group(2)
            if not (word in FIRST_NAMES or self._looks_like_name(word)):
                return m.group(0)
            keep_tail = "" if tail and self._tail_ok(tail) else tail
            return f"({mark(NAME)}{keep_tail})"

        text = _BRACKETED.sub(bracketed, text)

        def listed(m: re.Match) -> str:
            word, tail = m.group(1), m.group(2)
            if word not in FIRST_NAMES:
                return m.group(0)
            if word in AMBIGUOUS_NAMES and _at_sentence_start(text, m.start()):
                return m.group(0)
            keep_tail = "" if tail and self._tail_ok(tail) else tail
            return f"{mark(NAME)}{keep_tail}"

        text = _LISTED.sub(listed, text)

        reasons: list[str] = []
        if any(self._looks_like_name(m.group(1)) for m in _UNSURE.finditer(text)):
            reasons.append(UNKNOWN_CAPITALISED)
        if _LONG_DIGITS.search(text):
            reasons.append(DIGITS_LEFT)
        if any(
            m.group(1) not in NOT_NAMES and not _at_sentence_start(text, m.start())
            for m in _WORD_NUMBER.finditer(text)
        ):
            reasons.append(POSSIBLE_ADDRESS)

        text = _PROTECTED.sub(lambda m: protected[int(m.group(1))], text)
        return ScrubResult(text, tuple(used), tuple(reasons))


def scrub_text(text: str, places: Iterable[str] = ()) -> ScrubResult:
    """Convenience for one text; build one `Scrubber` for many."""
    return Scrubber(places).scrub(text)
