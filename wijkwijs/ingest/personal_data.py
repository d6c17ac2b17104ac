"""Detect person-level data in an input file: such a file is never loaded nor kept (docs/design.md).

Two independent signals, each enough on its own:

- a **header** whose stem only person-level files carry (`BSN-nummer`, `clientnaam`,
  `geb_datum`, `woonadres`, `woonplaats_pc`, ...), matched on the header's letters after
  accents, case, spaces and punctuation are dropped;
- a **value** of a person-level shape: a BSN in any grouping (also eight digits after a
  spreadsheet dropped the leading zero; the elfproef decides), an IBAN, a phone number, an
  e-mail address, a six-position postcode, a street address, a date of birth in numeric or
  written form, or a person's name ("de Vries, S.", "S. de Vries", "SANNE DE VRIES").

Names and streets come from the sourced lists of `wijkwijs.personal.lexicon` (deduce's Dutch
first names, surnames, interfixes and BAG street names; wijkwijs/personal/data/README.md), and
BSN, IBAN, phone, e-mail and the reading of dates are the youth scrubber's detectors
(`wijkwijs.personal.patterns`: python-stdnum, phonenumbers), so both checks find the same
things the same way.

Findings say the kind, the column and the row, never the value: the report of a person-level
file must not become a copy of what it found.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import pandas as pd

from wijkwijs.ingest.problems import Problem
from wijkwijs.personal import patterns
from wijkwijs.personal.lexicon import dutch_first_names as first_names
from wijkwijs.personal.lexicon import dutch_surnames as surnames
from wijkwijs.personal.lexicon import interfixes, place_names, street_names

BSN = ("BSN", "citizen service number (BSN)")
NAME = ("naam van een persoon", "person's name")
BIRTH = ("geboortedatum", "date of birth")
ADDRESS = ("adres", "street address")
POSTCODE = ("postcode (6 posities)", "six-position postcode")
PHONE = ("telefoonnummer", "phone number")
EMAIL = ("e-mailadres", "e-mail address")
IBAN = ("IBAN (rekeningnummer)", "IBAN (bank account)")
PERSON_ID = ("persoonsnummer (cliënt- of dossiernummer)", "person identifier (client or case)")


# --- headers -----------------------------------------------------------------------------------

# stems on the header's letters and digits only ('BSN-nummer' → 'bsnnummer')
_HEADER_STEMS: tuple[tuple[re.Pattern, tuple[str, str]], ...] = tuple(
    (re.compile(pattern), kind)
    for pattern, kind in (
        (r"bsn|burgerservice|sofinummer|sofinr|citizenservice|socialsecurity|^ssn$|"
         r"^(national|personal)id", BSN),
        (r"geboorte|geboren|^geb(dat|datum|dt|jaar)?$|^geb(dat|datum)|birth|^dob$", BIRTH),
        (r"(voor|achter|roep|client|cliënt|klant|persoons|geslachts|familie|meisjes|partner|"
         r"ouder|moeder|vader|kind|jongere|contactpersoon|volledige|eigen|bewoner|aanvrager|"
         r"first|last|sur|given|family|full|maiden|middle)(s)?(naam|name)", NAME),
        (r"^(naam|name|namen|names)$|^(naam|name)(en|s)?(client|persoon|person)|"
         r"voorletter|initialen|initials|tussenvoegsel|achternm|voornm|^naw", NAME),
        (r"adres|address|straat|street|huisnummer|huisnr|huisletter|woonplaats|residence|"
         r"^woonwijkadres|verblijfplaats", ADDRESS),
        (r"postcode(?!4|_?4)|postalcode|zipcode|^pc6|^zip$|^pc$", POSTCODE),
        (r"telefoon|^telnr|^tel$|phone|mobiel|^gsm$|^mobile(nr|no|number)?$", PHONE),
        (r"email|^mail$|^mailadres", EMAIL),
        (r"iban|rekeningnummer|bankrekening|bankaccount", IBAN),
        (r"clientnummer|clientnr|clientid|klantnummer|klantnr|dossiernummer|dossiernr|"
         r"persoonsnummer|persoonsid|anummer|administratienummer|patientnummer|"
         # a case, decision or relation number of a case system points at one person
         r"zaaknummer|zaaknr|zaakid|beschikkingsnummer|beschikkingsnr|beschikkingid|"
         r"relatienummer|relatienr|relatieid|caseid|casenumber|dossierid", PERSON_ID),
    )
)


def _letters(text: str) -> str:
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def header_kind(header: str) -> tuple[str, str] | None:
    """The person-level kind a column name announces, or None."""
    letters = _letters(header)
    if not letters:
        return None
    for pattern, kind in _HEADER_STEMS:
        if pattern.search(letters):
            return kind
    return None


# --- values ------------------------------------------------------------------------------------

_POSTCODE6 = re.compile(r"(?<![\w-])[1-9]\d{3}\s?-?\s?(?!SA|SD|SS|sa|sd|ss)[A-Za-z]{2}(?![\w])")
# a house number with its addition: 12a, 12-2, 12-II, 12/3, 12 bis, 12hs
_ADDRESS = re.compile(r"^(?P<street>[A-Za-zÀ-ÿ'.\- ]{3,60}?)\s*(?P<number>\d{1,5})\s?"
                      r"(?:[-/]?\s?[A-Za-z]{1,4}\b|[-/]\d{1,4}|\s?(?:bis|hs|rd|zw|a|b|c))?"
                      r"(?:[ ,].*)?$")
_STREET_SUFFIX = re.compile(
    r"(straat|laan|weg|plein|gracht|kade|singel|pad|dijk|dreef|steeg|markt|allee|plantsoen|"
    r"boulevard|hof|erf|wal|baan|vaart|burcht|kanaal|haven|dam|ring|park)$"
)
_INITIALS = r"(?:[A-Z]\.\s?){1,5}"
# anywhere in a cell: 'Opgesteld door: dhr. J. Jansen' names a person as much as the name
# alone; a title is followed by initials or a capitalised word, so 'mr' in text is not one
_TITLE = re.compile(r"(?<![\w.])(?i:dhr|mevr|mw|mr|drs|dr|ir|mevrouw|meneer|de heer)\.?\s+"
                    r"(?:[A-Z](?:\.\s?|\s))*(?:[a-z]{1,3}\s)?[A-ZÀ-Ý][A-Za-zÀ-ÿ'\-]+")
_NAME_WORD = r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'\-]+"


def dates_in(value: str, today: date) -> list[date]:
    """Every calendar date since 1900 written in `value`, in any of the Dutch, ISO and English
    notations the youth scrubber reads (`wijkwijs.personal.patterns.written_dates`)."""
    found = (d.as_date() for d in patterns.written_dates(value.strip(), today, in_cell=True))
    return [d for d in found if d is not None and date(1900, 1, 1) <= d <= today]


def _month_boundary(day: date) -> bool:
    """First or last day of a month: a period or a reporting date, not a birthday."""
    return day.day == 1 or (day + pd.Timedelta(days=1)).day == 1


def _address_in(value: str) -> bool:
    m = _ADDRESS.match(value.strip())
    if not m:
        return False
    street = m.group("street").strip(" .-").casefold()
    if not street or not re.search(r"[a-z]{3}", street):
        return False
    last = street.split()[-1] if street.split() else street
    return bool(_STREET_SUFFIX.search(last)) or street in street_names()


def _is_interfix(words: list[str], at: int) -> int:
    """How many words from `at` form a tussenvoegsel (0 if none)."""
    for size in (3, 2, 1):
        if at + size <= len(words) and " ".join(words[at : at + size]).casefold() in interfixes():
            return size
    return 0


def _name_in(value: str) -> bool:
    text = " ".join(value.split())
    if _TITLE.search(text[:1000]):  # 'dhr. J. Jansen', 'mevrouw De Vries', also within text
        return True
    if not text or len(text) > 80 or any(ch.isdigit() for ch in text):
        return False
    # 'de Vries, S.' / 'Vries, S. de' / 'Jansen, J.P.' / 'de Vries, Sanne'
    surname, comma, rest = text.partition(",")
    if comma:
        surname, rest = surname.strip(), rest.strip()
        if not re.fullmatch(rf"(?:{_NAME_WORD}\s?){{1,4}}", surname):
            return False
        initials = rf"(?:[a-z' ]{{1,10}}\s)?{_INITIALS}(?:\s*[a-z' ]{{1,10}})?"
        first = rest.split()[0].casefold() if rest.split() else ""
        return bool(re.fullmatch(initials, rest)) or first in first_names()
    # 'S. de Vries', 'J.P. Jansen'
    if re.fullmatch(rf"{_INITIALS}\s*(?:[a-z']+\s+){{0,3}}{_NAME_WORD}", text):
        return True
    words = text.split(" ")
    if not all(re.fullmatch(_NAME_WORD, w) or w.casefold() in ("'t", "d'") for w in words):
        return False
    if 2 <= len(words) <= 6 and words[0].casefold() in first_names():
        at = 1
        size = _is_interfix(words, at)
        surname_words = words[at + size :]
        if 1 <= len(surname_words) <= 2:
            # 'Sanne de Vries', 'SANNE DE VRIES', 'sanne de vries', 'Hamza Al-Hassan';
            # without a tussenvoegsel the surname must look like one (a capital) or be a
            # known surname ('sanne jansen')
            return bool(size) or all(w[0].isupper() for w in words) or (
                surname_words[-1].casefold() in surnames())
    return False


@dataclass(frozen=True)
class Detector:
    kind: tuple[str, str]
    test: object  # str -> bool


def value_detectors(today: date | None = None, dates: bool = True) -> list[Detector]:
    """In this order: the first that matches names the kind of a value."""
    today = today or date.today()
    found = [
        Detector(EMAIL, lambda v: bool(patterns.email_spans(v))),
        Detector(IBAN, lambda v: bool(patterns.iban_spans(v))),
        Detector(BSN, lambda v: bool(patterns.bsn_spans(v, in_cell=True))),
        Detector(PHONE, lambda v: bool(patterns.phone_spans(v))),
        Detector(POSTCODE, lambda v: bool(_POSTCODE6.search(v))),
        Detector(ADDRESS, _address_in),
        Detector(NAME, _name_in),
    ]
    if dates:
        found.insert(3, Detector(BIRTH, lambda v: any(
            not _month_boundary(d) for d in dates_in(v, today))))
    return found


def value_kind(value: str, today: date | None = None, dates: bool = True):
    """The person-level kind of one value, or None."""
    text = str(value).strip()
    if len(text) < 3:
        return None
    for detector in value_detectors(today, dates):
        if detector.test(text):
            return detector.kind
    return None


# --- a whole table ------------------------------------------------------------------------------


def _finding(file, row, column, kind, count, label) -> Problem:
    where_nl = f" ({label})" if label else ""
    where_en = f" ({label.replace('werkblad', 'sheet').replace('verborgen', 'hidden')})" \
        if label else ""
    more_nl = f", {count} rijen" if count > 1 else ""
    more_en = f", {count} rows" if count > 1 else ""
    return Problem(
        file, row, column,
        f"persoonsgegeven gevonden: {kind[0]}{where_nl}{more_nl}",
        f"personal data found: {kind[1]}{where_en}{more_en}",
    )


def _birth_column(values: pd.Series, today: date) -> bool:
    """Day-precise dates that are not month boundaries, and either several of them or one
    older than a year (an export or reporting date is one recent day)."""
    days = {d for v in values for d in dates_in(v, today) if not _month_boundary(d)}
    return len(days) > 1 or any((today - d).days > 366 for d in days)


# Values found clean, per `today`: the buurt codes, counts and categories of one file come
# back in every other file of a load (370 city files, 14,500 national buurten), and the
# detectors are pure functions of the text and the day. Only clean values are kept, so the
# memo never holds a value that looked personal; it is emptied when it grows too large.
_CLEAN: dict[date, set[str]] = {}
MAX_CLEAN_VALUES = 500_000


def _cell_kind(value: str, today: date, dates_ok: bool) -> tuple[str, str] | None:
    """The person-level kind of one cell of a column (`dates_ok`: the column may hold dates
    of days, as the contract's own date columns do), or None."""
    clean = _CLEAN.get(today)
    if clean is not None and value in clean:
        return None
    kind = value_kind(value, today, dates=False)
    birthdays = kind is None and any(not _month_boundary(d) for d in dates_in(value, today))
    if birthdays and not dates_ok:
        kind = BIRTH
    if kind is None and not birthdays:  # clean in any column: remembered
        if clean is None or len(clean) >= MAX_CLEAN_VALUES:
            _CLEAN.clear()
            clean = _CLEAN.setdefault(today, set())
        clean.add(value)
    return kind


def find_personal_data(
    frame: pd.DataFrame,
    file: str,
    allowed_date_columns: frozenset[str] = frozenset(),
    label: str = "",
    skip_columns: frozenset[str] = frozenset(),
    today: date | None = None,
) -> list[Problem]:
    """A Problem per column that holds person-level data, pointing at its first row.

    The frame's index is the row number in the file (wijkwijs.ingest.readers). Columns in
    `allowed_date_columns` may hold dates (the contract's own period or collection date);
    `skip_columns` are free text that the youth scrubber cleans (their headers still count).
    """
    today = today or date.today()
    problems: list[Problem] = []
    header_row = int(frame.index.min()) - 1 if len(frame.index) else 1
    for position, column in enumerate(frame.columns, start=1):
        by_header = header_kind(column)
        as_value = value_kind(column, today)  # a file without a header row: data in row 1
        shown = f"kolom {position}" if as_value else column
        if by_header or as_value:
            problems.append(_finding(file, None if by_header else header_row, shown,
                                     by_header or as_value, 1, label))
            continue
        if column in skip_columns:
            continue
        values = frame[column].astype(str)
        # the patterns run over distinct values only: a case-count file of 50,000 rows has a
        # few hundred distinct counts and codes, so this is what keeps national loads fast
        distinct = [v for v in pd.unique(values) if len(v.strip()) >= 3]
        dates_ok = column in allowed_date_columns
        kinds: dict[str, tuple[str, str]] = {}
        for v in distinct:
            kind = _cell_kind(v, today, dates_ok)
            if kind is not None:
                kinds[v] = kind
        if any(k is BIRTH for k in kinds.values()) and not _birth_column(
            pd.Series([v for v, k in kinds.items() if k is BIRTH]), today
        ):
            kinds = {v: k for v, k in kinds.items() if k is not BIRTH}
        for kind in dict.fromkeys(kinds.values()):
            hits = values.isin([v for v, k in kinds.items() if k is kind])
            first = int(values.index[hits.to_numpy().argmax()])
            problems.append(_finding(file, first, shown, kind, int(hits.sum()), label))
    return problems


_CONTRACT_DATE_HEADERS = frozenset({"periode", "period", "datum", "date", "jaar", "year"})


def find_in_cells(cells: Iterable[tuple[str, int, int, str]], file: str,
                  today: date | None = None) -> list[Problem]:
    """Person-level values among raw cells (label, row, column number, text) of a file that
    could not be read as a table: a broken file is still checked before it is kept. The first
    cell of a column stands for its header; dates count as in find_personal_data."""
    today = today or date.today()
    seen: dict[tuple, Problem] = {}
    headers: dict[tuple, str] = {}
    dated: dict[tuple, list[tuple[int, str]]] = {}
    for label, row, column, text in cells:
        header = headers.setdefault((label, column), _letters(text))
        kind = value_kind(text, today, dates=False)
        if kind is None and header not in _CONTRACT_DATE_HEADERS and dates_in(text, today):
            dated.setdefault((label, column), []).append((row, text))
        if kind is not None and (label, column, kind) not in seen:
            seen[(label, column, kind)] = _finding(file, row, f"kolom {column}", kind, 1, label)
    for (label, column), hits in dated.items():
        if _birth_column(pd.Series([t for _, t in hits]), today):
            seen[(label, column, BIRTH)] = _finding(file, hits[0][0], f"kolom {column}", BIRTH,
                                                    len(hits), label)
    return list(seen.values())


def is_personal(problem: Problem) -> bool:
    return problem.reason_nl.startswith("persoonsgegeven gevonden")


# --- the file's name ---------------------------------------------------------------------------

MASK = "…"
# how Dutch place names join a place to the water or region it lies by ("Alphen aan den Rijn",
# "Horst aan de Maas", "Bergen op Zoom", "Wijk bij Duurstede"); no Dutch surname does this
_TOPONYM_LINK = ("aan den", "aan de", "aan het", "aan", "op", "bij", "onder", "over")
_LONGEST_PLACE = 6  # words


def _without_places(text: str) -> str:
    """`text` with the places in it blanked (same length, so positions hold): a gemeente's name
    in a file name ("wmo_Hendrik-Ido-Ambacht", "Alphen aan den Rijn") reads like a person's.
    A place of several words is blanked whole; a one-word place only when a toponym link and
    one more word follow it, so that 'Peter Bergen' stays a name."""
    words = list(re.finditer(r"[A-Za-zÀ-ÿ']+", text))
    folded = [w.group().casefold() for w in words]
    places, out, i = place_names(), list(text), 0
    while i < len(words):
        end = None
        for j in range(min(len(words), i + _LONGEST_PLACE), i + 1, -1):
            if " ".join(folded[i:j]) in places:
                end = j
                break
        if end is None and folded[i] in places:
            for link in _TOPONYM_LINK:
                n = len(link.split())
                if " ".join(folded[i + 1:i + 1 + n]) == link and i + 1 + n < len(words):
                    end = i + 2 + n
                    break
        if end is None:
            i += 1
            continue
        for k in range(words[i].start(), words[end - 1].end()):
            out[k] = " "
        i = end
    return "".join(out)


def _date_digits(text: str) -> bool:
    """Eight digits that are a date (31122024, 20241231): a file name's export date, which
    the elfproef can pass with a dropped leading zero, not a BSN."""
    digits = re.sub(r"\D", "", text)
    if len(digits) != 8:
        return False
    for day, month, year in ((digits[:2], digits[2:4], digits[4:]),
                             (digits[6:], digits[4:6], digits[:4])):
        try:
            date(int(year), int(month), int(day))
        except ValueError:
            continue
        if 1900 <= int(year) <= 2100:
            return True
    return False


def _name_spans(text: str) -> list[tuple[int, int, tuple[str, str]]]:
    """Person-level values in a file name (separators read as spaces, positions kept)."""
    spaced = re.sub(r"[_.+\-]", " ", text)
    found = [(s.start, s.end, EMAIL) for s in patterns.email_spans(text)]
    found += [(s.start, s.end, IBAN) for s in patterns.iban_spans(spaced)]
    found += [(s.start, s.end, BSN) for s in patterns.bsn_spans(spaced)
              if not _date_digits(spaced[s.start:s.end])]
    found += [(s.start, s.end, PHONE) for s in patterns.phone_spans(spaced)
              if spaced[s.start:s.end].strip("0 ")]
    found += [(m.start(), m.end(), POSTCODE) for m in _POSTCODE6.finditer(spaced)]
    # a person's name among the words that are not digits ('Sanne de Vries.csv',
    # 'wmo_2026-06_dhr_J_Jansen.xlsx'): the longest run of letter words
    for m in re.finditer(r"[A-Za-zÀ-ÿ']+(?: +[A-Za-zÀ-ÿ']+)+", _without_places(spaced)):
        words = m.group().split()
        for start in range(len(words)):
            candidate = " ".join(words[start:])
            if _name_in(candidate) or _name_in(candidate.replace(" ", ". ", 1)):
                offset = m.start() + m.group().index(words[start])
                found.append((offset, m.end(), NAME))
                break
    return found


def personal_in_name(name: str) -> tuple[str, list[tuple[str, str]]]:
    """(the name with every person-level value masked, the kinds found). A file name is
    repeated in every report, log line and the served load status, so a BSN or a client's
    name in it must not be."""
    suffix = re.search(r"\.[A-Za-z0-9]{1,5}$", name)
    stem, suffix = (name[: suffix.start()], suffix.group()) if suffix else (name, "")
    spans = sorted(_name_spans(stem))
    if not spans:
        return name, []
    name = stem
    masked, last = [], 0
    for start, end, _ in spans:
        if start >= last:
            masked.append(name[last:start] + MASK)
            last = end
        else:
            last = max(last, end)
    masked.append(name[last:] + suffix)
    return "".join(masked), list(dict.fromkeys(kind for _, _, kind in spans))
