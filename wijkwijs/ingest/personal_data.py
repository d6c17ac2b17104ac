"""Detect person-level data: such a file is rejected whole and never loaded (DESIGN.md)."""

from __future__ import annotations

import re

import pandas as pd

from wijkwijs.ingest.problems import Problem
from wijkwijs.youth.vocabulary import FIRST_NAMES

# Header words that only person-level files carry.
_PERSONAL_HEADERS = {
    "bsn": ("BSN", "citizen service number"),
    "burgerservicenummer": ("BSN", "citizen service number"),
    "naam": ("naam", "name"),
    "voornaam": ("naam", "name"),
    "achternaam": ("naam", "name"),
    "name": ("naam", "name"),
    "geboortedatum": ("geboortedatum", "date of birth"),
    "date_of_birth": ("geboortedatum", "date of birth"),
    "adres": ("adres", "address"),
    "straat": ("adres", "address"),
    "huisnummer": ("adres", "address"),
    "address": ("adres", "address"),
    "postcode": ("postcode", "postcode"),
    "telefoon": ("telefoonnummer", "phone number"),
    "telefoonnummer": ("telefoonnummer", "phone number"),
    "phone": ("telefoonnummer", "phone number"),
    "email": ("e-mailadres", "e-mail address"),
    "e_mail": ("e-mailadres", "e-mail address"),
}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_POSTCODE6 = re.compile(r"^\d{4}\s?[A-Za-z]{2}$")
_PHONE = re.compile(r"(?<![\d])(?:\+31|0031|0)[\s-]?[1-9](?:[\s-]?\d){8}(?!\d)")
_DATE = re.compile(r"^\d{1,2}[-/]\d{1,2}[-/](?:19|20)\d{2}$|^(?:19|20)\d{2}-\d{2}-\d{2}$")
_ADDRESS = re.compile(r"^[A-Za-zÀ-ÿ .'-]+(?:straat|laan|weg|plein|gracht|kade|singel)\s+\d+", re.I)


def passes_elfproef(digits: str) -> bool:
    """The BSN check: weighted sum 9..2 and -1 for the last digit is a multiple of 11."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


_PERSON_NAME = re.compile(r"^([A-Z][a-zà-ÿ]+)(?:\s+(?:van|de|der|den|el|al|ter|ten)){0,2}\s+[A-Z]")


def _looks_like_person(value: str) -> bool:
    """'Sanne de Vries', 'Mohammed El Amrani': a common first name followed by a surname."""
    match = _PERSON_NAME.match(value)
    return bool(match) and match.group(1) in FIRST_NAMES


def _suspicious_cells(values: pd.Series, dates_allowed: bool):
    """(Dutch, English) kind and boolean mask per pattern, vectorised: files can be large."""
    nine = values.str.fullmatch(r"\d{9}")
    if nine.any():
        nine = nine & values.map(passes_elfproef)
    yield ("BSN", "citizen service number"), nine
    yield ("e-mailadres", "e-mail address"), values.str.contains(_EMAIL)
    yield ("postcode (6 posities)", "six-position postcode"), values.str.match(_POSTCODE6)
    yield ("telefoonnummer", "phone number"), values.str.contains(_PHONE)
    yield ("adres", "street address"), values.str.match(_ADDRESS)
    capitalised = values.str.match(_PERSON_NAME)
    if capitalised.any():
        capitalised = capitalised & values.map(_looks_like_person)
    yield ("naam van een persoon", "person's name"), capitalised
    if not dates_allowed:
        yield ("geboortedatum of andere persoonsdatum", "date of birth"), values.str.match(_DATE)


def find_personal_data(
    frame: pd.DataFrame, file: str, allowed_date_columns: frozenset[str] = frozenset()
) -> list[Problem]:
    """Problems for every column that looks person-level; one per column is enough to reject."""
    problems: list[Problem] = []
    for column in frame.columns:
        header = _PERSONAL_HEADERS.get(column)
        if header:
            problems.append(
                Problem(
                    file,
                    None,
                    column,
                    f"kolom lijkt persoonsgegevens te bevatten ({header[0]}); bestand niet geladen",
                    f"column looks like personal data ({header[1]}); file not loaded",
                )
            )
            continue
        values = frame[column].astype(str)
        # the patterns run over distinct values only: a case-count file of 50,000 rows has a
        # few hundred distinct counts and codes, so this is what keeps national loads fast
        distinct = pd.Series(values.unique())
        for (kind_nl, kind_en), mask in _suspicious_cells(distinct, column in allowed_date_columns):
            if mask.any():
                hits = values.isin(distinct[mask.to_numpy()])
                row = int(hits.to_numpy().argmax()) + 2
                problems.append(
                    Problem(
                        file,
                        row,
                        column,
                        f"waarde lijkt een {kind_nl}; bestand niet geladen",
                        f"value looks like a {kind_en}; file not loaded",
                    )
                )
                break
    return problems
