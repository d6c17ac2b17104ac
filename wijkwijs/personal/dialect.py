"""The regular sound correspondences between Dutch and its dialects, in one place.

The southern, eastern and north-eastern dialects (Limburgish, Brabantish, Twents, Drents,
Gronings) spell a Dutch word by rules, not at random: "jaor" is "jaar", "tied" is "tijd",
"vief" is "vijf". `names.py` reads a dialect word back to the Dutch word; `patterns.py` spells
the few Dutch words its shapes need ("jarig", the number words of a spoken date) as the
dialects do. Each pair is (dialect, Dutch).
"""

from __future__ import annotations

import re

SOUNDS = (
    ("ao", "aa"), ("oa", "aa"), ("ó", "o"), ("ò", "o"), ("ö", "e"), ("ü", "u"), ("è", "e"),
    ("ae", "ee"), ("ei", "ee"), ("eu", "oe"), ("sj", "sch"), ("ê", "e"), ("ó", "u"),
    # Limburgish: "tied" tijd, "luuj" lui, "weun" woon, "väöl" veel, "noeit" nooit,
    # "genóg" genoeg, "kirmis" kermis, "aud" oud
    ("ie", "ij"), ("uuj", "ui"), ("uu", "ui"), ("eu", "oo"), ("ä", "e"), ("oe", "oo"),
    ("ó", "oe"), ("ir", "er"), ("au", "ou"),
)  # fmt: skip
# Twents (Low Saxon) ends a word in "iej" where Dutch has "ij": "wiej" wij, "biej" bij, "ziej"
# zij; inside a word it has "ie" ("vief" vijf), so this pair only reads a word, never spells one
READ_ONLY_SOUNDS = (("iej", "ij"),)
# Dutch writes a long vowel single in an open syllable: "jaore" -> "jaare" is "jaren"
OPEN_SYLLABLE = re.compile(r"(aa|ee|oo|uu)(?=[^aeiouy][aeiouy])")
_SHORT_OPEN = re.compile(r"(?<![aeiou])([aeou])(?=[^aeiouy][aeiouy])")


# Hollands and Zaans make a diminutive in -ie(s) where Dutch has -(t)je(s), and say a short
# word in -e with it: "effies" (even, eventjes: "effe"), "koekies" (koekjes), "stukkies"
DIMINUTIVE_ENDINGS = ("ies", "ie")


def diminutive_readings(word: str) -> set[str]:
    """The Dutch words a diminutive in -ie(s) may read as: "effies" -> "effe", "effjes",
    "efftjes", ...; empty for a word without that ending or with a stem under three letters."""
    for ending in DIMINUTIVE_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            plural = "s" if ending == "ies" else ""
            return {stem + "e", stem + "je" + plural, stem + "tje" + plural, stem + plural}
    return set()


def spellings(word: str) -> set[str]:
    """A Dutch word as the dialects may spell it by one correspondence ("vijf" -> "vief",
    "jarig" -> "jaorig" by way of "jaarig"), the word itself left out."""
    forms = {word, _SHORT_OPEN.sub(lambda m: m.group(1) * 2, word)}
    out = {
        form.replace(dutch, spoken) for form in forms for spoken, dutch in SOUNDS if dutch in form
    }
    return out - forms


# Low Saxon (Achterhoeks, Twents) says the teens in -teen where Dutch has -tien ("viefteen",
# "zesteen"): a spelling of those numbers only, so no word is read by it
_TEEN = ("teen", "tien")


def number_spellings(word: str) -> set[str]:
    """A Dutch number word as the dialects may say it: its `spellings`, and a teen also in
    -teen ("vijftien" -> "vieftien", "viefteen", "vijfteen")."""
    forms = {word} | spellings(word)
    spoken, dutch = _TEEN
    return (forms | {f[: -len(dutch)] + spoken for f in forms if f.endswith(dutch)}) - {word}
