"""How a scanned form reads once the scanner's confusions are undone (issue 15, ninth round).

Text recognition confuses letters and digits of the same shape: "Formu1ier", "F0RMULIER",
"stoe1en" are words, "2O26" and "22.OO" are numbers. Read as they are, the digits cut a word in
two ("Formu", "ier": unknown words that hold the record) or make it a username ("stoe1en"),
and a number with a letter O loses its shape ("2O26-118" read as "nr. 2" and a house number).

`reading(text, is_word)` gives the text with every such confusion undone, character for
character, so that offsets in it are offsets in the original: the scrubber detects on the
reading and replaces in the original. A run is only read as a word when the reading is
vocabulary, so a name glued to digits ("emma01", "sven777") stays what it is.

The reading also undoes what a word processor or a phone's keyboard makes of a typed number:
a hyphen turned into an en or em dash or a minus sign ("06–12345678", "FZ–123–K",
"03—03—2012") and a no-break or thin space ("06\u00a012345678") read as the plain ones.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

# a run of letters and digits in which a digit may stand for a letter, and the letter O for a
# digit: "Aanme1dformu1ier", "K0OKW0RKSH0P", "2O26"
_MIXED = re.compile(r"[^\W_]*(?:[^\W\d_]\d|\d[^\W\d_])[^\W_]*")
# "22.OO uur", "€ 25,OO": zeros read as the letter O after a number's point or comma
_ZEROS_AFTER_POINT = re.compile(r"(?<=\d[.,:])[Oo]{2}(?![^\W\d_])")
# a digit that is a letter of a like shape: 0 is o, 1 is l or i, 4 is a, 5 is s, 8 is b
_LETTERS_FOR = {"0": ("o",), "1": ("l", "i"), "4": ("a",), "5": ("s",), "8": ("b",)}
_MOST_ONES = 4  # 2**4 readings at most: a run with more is no word
# a dash other than the hyphen inside a number ("06–1234", "06 – 1234") or glued inside a
# code of letters and digits ("FZ–123–K"); not between a number and a word ("14 — parents")
_TYPED_DASH = re.compile(
    r"(?<=\d)[ \u00a0]?[\u2010-\u2015\u2212](?=[ \u00a0]?\d)"
    r"|(?<=\d)[\u2010-\u2015\u2212](?=[^\W\d_])|(?<=[^\W\d_])[\u2010-\u2015\u2212](?=\d)"
)
_ODD_SPACE = re.compile(r"[\u00a0\u2007\u2009\u202f]")


def reading(text: str, is_word: Callable[[str], bool]) -> str:
    """`text` with OCR confusions undone where the result is a word or a number; same length."""
    chars = list(text)
    for m in _MIXED.finditer(text):
        run = m.group(0)
        fixed = _as_number(run) or _as_word(run, is_word)
        if fixed:
            chars[m.start() : m.end()] = fixed
    for m in _ZEROS_AFTER_POINT.finditer(text):
        chars[m.start() : m.end()] = "0" * len(m.group(0))
    for m in _TYPED_DASH.finditer(text):
        chars[m.end() - 1] = "-"
    for m in _ODD_SPACE.finditer(text):
        chars[m.start()] = " "
    return "".join(chars)


def letter_readings(word: str) -> set[str]:
    """A lowercase word as it reads when a scanner took "m" for "rn" or a capital "I" for "l"
    ("naarn" -> "naam", "aanrneldkaart" -> "aanmeldkaart", "lntake" -> "intake")."""
    readings = {word.replace("rn", "m")}
    if word.startswith("ln"):
        readings |= {"in" + r[2:] for r in (word, *readings)}
    readings.discard(word)
    return readings


def capital_i_reading(word: str) -> str | None:
    """A word in capitals whose capital I the scanner read as a lowercase l, lowercased
    ("lNSCHRlJVING" -> "inschrijving"); None for any other word ("Lotte", "NLjongeren")."""
    rest = word.replace("l", "")
    if "l" not in word or len(rest) < 3 or not rest.isalpha() or not rest.isupper():
        return None
    return word.replace("l", "I").lower()


def _as_number(run: str) -> str | None:
    """ "2O26", "5O", "O412": digits with the letter O among them are a number."""
    if not re.fullmatch(r"[\dOo]+", run) or not re.search(r"\d", run):
        return None
    return re.sub("[Oo]", "0", run)


def _as_word(run: str, is_word: Callable[[str], bool]) -> str | None:
    """ "Formu1ier" -> "Formulier", "F0RMULIER" -> "FORMULIER"; None when no reading of the
    digits 0 and 1 as letters is a word (or when other digits are in the run)."""
    letters = [c for c in run if c.isalpha()]
    if re.search(r"[2-379]", run):
        return None
    if len(letters) < 3 and not re.fullmatch(r"[^\W\d_]{2}[01]", run):
        return None  # "10de": an ordinal, "b1c": a class ("Te1" is "Tel")
    if re.search(r"(?<![^\W\d_])[458]|[458](?![^\W\d_])", run):
        return None  # "brinkhovenweg5", "KENTEKEN840": a number glued to a word, no letter
    # two digits at an end are a number glued to a name ("emma01", "sven77") unless they are
    # zeros and ones in a word of four letters or more ("alcoh01", "VOETBA11": a whole
    # dictionary word then, tried below)
    edge = re.search(r"^\d{2}|\d{2}$", run)
    if edge and (re.search(r"[2-9]", edge.group(0)) or len(letters) < 4):
        return None
    upper = all(c.isupper() for c in letters)
    # "T0ESTEMMlNG", "0NTVANGSTBEWlJS": capitals with a digit for a letter and each capital I
    # read as a lowercase l (as `capital_i_reading` reads a word without digits)
    capital_i = not upper and capital_i_reading("".join(letters)) is not None
    positions = [i for i, c in enumerate(run) if c in _LETTERS_FOR]
    if len(positions) > _MOST_ONES:
        return None
    for choice in itertools.product(*(_LETTERS_FOR[run[i]] for i in positions)):
        chars = list(run)
        for i, letter in zip(positions, choice, strict=True):
            chars[i] = letter.upper() if upper or capital_i else letter
        candidate = "".join(chars)
        if capital_i:
            candidate = candidate.replace("l", "I")
        if is_word(candidate.lower()):
            return candidate
    return None
