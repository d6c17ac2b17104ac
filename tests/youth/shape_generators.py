"""Generators of the formal kinds of personal data, from their official formats (issue 15).

Each generator takes a `random.Random` and returns a `Sample`: a Dutch sentence with one piece
of personal data (or, for the negatives, a number of the same shape that names nobody). The
values come from the formats and the maintained libraries that define them, never from the
evaluation corpora or the scrubber's own rules:

- phone: valid Dutch numbers of every type drawn with `phonenumbers` (its NL metadata decides
  validity, type and area-code length), rendered in every grouping people type, in words and
  mixed;
- e-mail: generated local parts and domains, plain and obfuscated (" at ", "[at]", " punt " ...);
- BSN: nine digits that pass the elfproef (`stdnum.nl.bsn`), in every grouping;
- IBAN: NL and DE with real bank codes (tests/youth/data/bank_codes.json) and BE with the
  bank ranges `python-stdnum` ships, check digits by `stdnum.iban`;
- licence plates: the 14 RDW sidecodes, letters without vowels as issued since sidecode 4;
- postcodes valid for `stdnum.nl.postcode`, house numbers in the forms of the BAG
  (number, letter, addition) after streets of the evaluation gazetteers;
- dates of birth numeric and written, after and before birth cues;
- initials with an age; a school class with a name.

`python -m tests.youth.shape_generators` measures recall per kind (2,000 samples each with a
fixed seed) and prints it; tests/youth/test_scrub_shapes.py asserts it with hypothesis.
"""

from __future__ import annotations

import json
import random
import string
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as std_iban
from stdnum.nl import bsn as std_bsn
from stdnum.nl import postcode as std_postcode

HERE = Path(__file__).parent
EVAL = HERE / "eval"
TODAY = date(2026, 6, 1)  # the scrubber's "today" in the tests


@dataclass
class Sample:
    kind: str
    text: str
    piece: str = ""  # the personal data in `text` ("" for a negative)
    others: list[tuple[str, str]] = field(default_factory=list)  # (kind, text) also personal

    def record(self, rid: str = "g") -> dict:
        personal = [{"kind": self.kind, "text": self.piece}] if self.piece else []
        personal += [{"kind": k, "text": t} for k, t in self.others]
        return {"id": rid, "text": self.text, "personal": personal, "places": []}


# --- rendering helpers ---------------------------------------------------------------------

_UNITS = "nul een twee drie vier vijf zes zeven acht negen".split()
_TEENS = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
_TENS = "_ _ twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()


def dutch_number(n: int) -> str:
    """0-99 as Dutch writes them: "zeven", "twaalf", "vierendertig", "tweeëntwintig"."""
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _TENS[tens]
    link = "ën" if _UNITS[unit].endswith("e") else "en"  # tweeëntwintig, drieëntwintig
    return f"{_UNITS[unit]}{link}{_TENS[tens]}"


def spoken_group(group: str, rng: random.Random) -> str:
    """Digits as dictated: one by one, or a pair as one number ("nul zes", "vierendertig")."""
    if len(group) == 2 and group[0] != "0" and rng.random() < 0.7:
        return dutch_number(int(group))
    return " ".join(_UNITS[int(c)] for c in group)


def split_groups(digits: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i : i + size])
        i += size
    if i < len(digits):
        out.append(digits[i:])
    return [g for g in out if g]


def wrap(piece: str, rng: random.Random) -> str:
    """The piece wrapped over a line break at one of its spaces, as a form field wraps."""
    spaces = [i for i, c in enumerate(piece) if c == " "]
    if not spaces:
        return piece
    i = rng.choice(spaces)
    return piece[:i] + "\n" + piece[i + 1 :]


# how a piece sits in its sentence: in brackets or quotes, followed by punctuation, on a
# line of its own, glued to a label
_DECORATIONS = ["({})", "[{}]", "{}.", "{}!", "{},", "{}?", "'{}'", '"{}"', "{};", "\n{}",
                "{}\n", "*{}*", "{}...", "{} :)"]  # fmt: skip
_ENCLOSING = ["({})", "[{}]", "'{}'", '"{}"', "*{}*", "{},"]


def chat_stamp(rng: random.Random) -> str:
    """A pasted chat line's stamp, as WhatsApp and Discord exports write it (a recent date)."""
    day = TODAY - timedelta(days=rng.randint(0, 400))
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(
        [
            f"[{hh:02d}:{mm:02d}] ",
            f"[{day:%d-%m-%Y} {hh:02d}:{mm:02d}] ",
            f"{day:%d/%m/%Y}, {hh:02d}:{mm:02d} - ",
            f"[{day.day}-{day.month}-{day:%y} {hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}] ",
        ]
    )


def frame(rng: random.Random, frames: list[str], piece: str, labels: tuple[str, ...] = ()) -> str:
    """`piece` in one of `frames` (or glued to one of `labels`: "tel:06...", "bsn123..."),
    maybe decorated, the sentence maybe lowercased or in capitals."""
    if labels and rng.random() < 0.15:
        template = rng.choice(labels) + rng.choice(["", ":", ".", ": "]) + "{}"
    else:
        template = rng.choice(frames)
    if rng.random() < 0.3:
        # punctuation after the piece only where it ends the sentence
        fits = _DECORATIONS if template.endswith("{}") else _ENCLOSING
        template = template.replace("{}", rng.choice(fits))
    text = template.replace("{}", piece)
    if rng.random() < 0.1:
        text = chat_stamp(rng) + text
    roll = rng.random()
    if roll < 0.15:
        text = text.lower()
    elif roll < 0.22:
        text = text.upper()
    return text


def _cased(piece: str, text: str) -> str:
    """The piece as it appears in `text` after the frame changed the case of the sentence
    ("Budaqlı" in capitals is "BUDAQLI": compared by the case the frame gave it)."""
    for form in (piece, piece.lower(), piece.upper()):
        at = text.find(form)
        if at >= 0:
            return text[at : at + len(form)]
    raise ValueError(f"{piece!r} not in {text!r}")


def framed(
    rng: random.Random, kind: str, frames: list[str], piece: str, labels: tuple[str, ...] = ()
) -> Sample:
    text = frame(rng, frames, piece, labels)
    # "de 14e van juni": the article names nobody (the project's tests keep it)
    personal = piece[3:] if piece.startswith("de ") else piece
    return Sample(kind, text, _cased(personal, text))


# --- phone numbers -------------------------------------------------------------------------

# the types that are someone's own number, and the first digits of their national number
# (the others are an organisation's lines: 0800, 090x, 14 0xx; they are negatives below)
_PERSONAL_TYPES = (
    PhoneNumberType.MOBILE,
    PhoneNumberType.FIXED_LINE,
    PhoneNumberType.VOIP,
    PhoneNumberType.UAN,
)


def valid_dutch_number(rng: random.Random) -> phonenumbers.PhoneNumber:
    """A valid Dutch number of a personal type; mobiles as often as all others together, as
    notes carry them."""
    want_mobile = rng.random() < 0.5
    while True:
        lead = "6" if want_mobile else str(rng.choice([1, 2, 3, 4, 5, 7, 8, 9]))
        number = phonenumbers.parse("+31" + lead + "".join(rng.choices(string.digits, k=8)))
        kind = phonenumbers.number_type(number)
        if phonenumbers.is_valid_number(number) and kind in _PERSONAL_TYPES:
            if want_mobile == (kind == PhoneNumberType.MOBILE):
                return number


def _area_length(number: phonenumbers.PhoneNumber) -> int:
    """Digits of the area or service code after the 0: 2 ("10", "85"), 3 ("118"), 1 ("6")."""
    nsn = phonenumbers.national_significant_number(number)
    if nsn.startswith("6"):
        return 1
    return phonenumbers.length_of_geographical_area_code(number) or 2


def render_phone(number: phonenumbers.PhoneNumber, rng: random.Random) -> str:
    nsn = phonenumbers.national_significant_number(number)  # 9 digits
    national = "0" + nsn
    area = _area_length(number)
    code, rest = national[: area + 1], national[area + 1 :]
    style = rng.randrange(20)
    if style == 17:  # (0)6 without the country code, or "+316-..."
        return rng.choice([f"(0){nsn[:area]}-{nsn[area:]}", f"(0){nsn[:area]} {nsn[area:]}",
                           f"+31{nsn[:area]}-{nsn[area:]}"])  # fmt: skip
    if style == 18:  # spaces around the dash: "06 - 12345678"
        return f"{code} - {rest}"
    if style == 19:  # pairs in words after "nul zes", mixed with digit pairs
        groups = split_groups(rest, [2] * 4)
        return " ".join(
            [spoken_group(code, rng) if area == 1 else code]
            + [spoken_group(g, rng) if rng.random() < 0.5 else g for g in groups]
        )
    if style == 0:
        return national
    if style == 1:
        return f"{code}-{rest}"
    if style == 2:
        return f"{code} {rest}"
    if style == 3:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    if style == 4:
        return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    if style == 5:
        return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if style == 6:
        return f"0031 {nsn[:area]} {nsn[area:]}" if rng.random() < 0.5 else f"0031{nsn}"
    if style == 7:
        sep = rng.choice([" ", "-", ""])
        return f"+31 (0){nsn[:area]}{sep}{nsn[area:]}"
    if style == 8:
        return f"({code}) {rest}" if rng.random() < 0.5 else f"({code}){rest}"
    if style == 9:  # pairs after the code: 06 12 34 56 78, 010 12 34 567
        return " ".join([code, *split_groups(rest, [2] * 4)])
    if style == 10:  # 3-3-4
        return " ".join(split_groups(national, [3, 3, 4]))
    if style == 11:  # dotted
        return ".".join([code, *split_groups(rest, [2, 2, 2, 2])])
    if style == 12:  # dashes everywhere
        return "-".join(split_groups(national, [2, 2, 2, 2, 2]))
    if style == 13:  # +31 6 1234 5678
        return " ".join(["+31", nsn[:area], *split_groups(nsn[area:], [4, 4])])
    if style == 14:  # all in words
        return " ".join(spoken_group(g, rng) for g in split_groups(national, [2, 2, 2, 2, 2]))
    if style == 15:  # the code in words, the rest in digits
        return " ".join([spoken_group(code[:2], rng), code[2:], *split_groups(rest, [2] * 4)])
    # the code in digits, the rest as dictated pairs
    return " ".join([code, *(spoken_group(g, rng) for g in split_groups(rest, [2] * 4))])


PHONE_FRAMES = [
    "bel me op {}",
    "mijn nummer is {}",
    "Tel: {}",
    "tel.{}",
    "mob:{}",
    "app me even ({})",
    "{} is mijn nieuwe nummer",
    "nummer van mijn moeder: {}.",
    "bereikbaar op {}, na vier uur",
    "mijn nummer\n{}",
    "je kan bellen naar {}!",
    "{}",
    "ff appen naar {} ok?",
    "Bel mij: {}",
    "via whatsapp {} of gewoon bellen",
    "nieuw nr {} (sla op)",
    "mijn vader zn nummer {}\nbel na het eten",
    "telefoon {} - liefst appen",
]


# family abroad: numbers of the countries many Dutch families come from or live next to
_ABROAD = ["BE", "DE", "MA", "TR", "PL", "SR", "CW", "GB", "ES", "SY", "ER", "SO", "ID", "GH"]


def valid_foreign_mobile(rng: random.Random) -> phonenumbers.PhoneNumber:
    """A valid mobile of another country: its example number with the last digits redrawn."""
    region = rng.choice(_ABROAD)
    example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(example)
    while True:
        tail = "".join(rng.choices(string.digits, k=min(5, len(nsn) - 2)))
        number = phonenumbers.parse(f"+{example.country_code}{nsn[: -len(tail)]}{tail}")
        if phonenumbers.is_valid_number(number):
            return number


def render_foreign(number: phonenumbers.PhoneNumber, rng: random.Random) -> str:
    nsn = phonenumbers.national_significant_number(number)
    return rng.choice(
        [
            phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
            phonenumbers.format_number(number, PhoneNumberFormat.E164),
            f"00{number.country_code} {nsn}",
            f"00{number.country_code}{nsn}",
        ]
    )


def phone(rng: random.Random) -> Sample:
    if rng.random() < 0.1:
        piece = render_foreign(valid_foreign_mobile(rng), rng)
        return framed(rng, "phone", PHONE_FRAMES, piece)
    piece = render_phone(valid_dutch_number(rng), rng)
    if rng.random() < 0.08:  # two numbers one after the other: "06-12345678/06-87654321"
        second = render_phone(valid_dutch_number(rng), rng)
        glue = rng.choice([" / ", "/", " ", ", ", " of "])
        sample = framed(rng, "phone", PHONE_FRAMES, piece + glue + second)
        both = sample.piece
        return Sample("phone", sample.text, both[: len(piece)], [("phone", both[-len(second) :])])
    if rng.random() < 0.1:
        piece = wrap(piece, rng)
    return framed(rng, "phone", PHONE_FRAMES, piece, ("tel", "mob", "telnr", "gsm", "nr"))


# --- e-mail ------------------------------------------------------------------------------

_CONSONANTS, _VOWELS = "bdfghjklmnprstvwz", "aeiou"
_PROVIDERS = ["gmail.com", "hotmail.com", "hotmail.nl", "outlook.com", "live.nl", "icloud.com",
              "yahoo.com", "ziggo.nl", "kpnmail.nl", "home.nl", "xs4all.nl",
              "protonmail.com"]  # fmt: skip
_TLDS = ["nl", "com", "be", "de", "org", "net", "eu"]


def syllables(rng: random.Random, low: int = 2, high: int = 3) -> str:
    return "".join(
        rng.choice(_CONSONANTS) + rng.choice(_VOWELS) for _ in range(rng.randint(low, high))
    )


def _local_part(rng: random.Random) -> str:
    parts = [syllables(rng) for _ in range(rng.choice([1, 1, 2, 2, 3]))]
    local = rng.choice([".", "_", "-", ""]).join(parts)
    if rng.random() < 0.5:
        local += str(rng.choice([rng.randint(1, 99), rng.randint(2005, 2016)]))
    return local


def _domain(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return rng.choice(_PROVIDERS)
    if rng.random() < 0.3:
        return f"student.{syllables(rng)}college.nl"
    return f"{syllables(rng)}.{rng.choice(_TLDS)}"


_AT_FORMS = ["@", " @ ", "@ ", " at ", "[at]", "(at)", " [at] ", " apenstaartje ", " (at) "]
_DOT_FORMS = [".", " punt ", " dot ", "[punt]", "(dot)", " . ", "[dot]", " (punt) "]


def render_email(rng: random.Random) -> str:
    local, domain = _local_part(rng), _domain(rng)
    if rng.random() < 0.08:  # the provider only: "sanne.v @gmail", "mo2010 at hotmail"
        # (not "home" or "live": "at home" names no provider)
        provider = rng.choice(["gmail", "hotmail", "outlook", "icloud", "yahoo", "ziggo"])
        return local + rng.choice(["@", " @", " @ ", " at ", "[at]"]) + provider
    if rng.random() < 0.1:
        local = local.capitalize()
        domain = domain.capitalize()
    if rng.random() < 0.45:
        return f"{local}@{domain}" if rng.random() < 0.8 else f"{local}@{domain}".upper()
    at = rng.choice(_AT_FORMS)
    dot = rng.choice(_DOT_FORMS)
    if rng.random() < 0.3:
        local = local.replace(".", dot)
    address = local + at + domain.replace(".", dot)
    return address.upper() if rng.random() < 0.1 else address


EMAIL_FRAMES = [
    "mail me op {}",
    "mijn mail is {}",
    "E-mail: {}",
    "mail:{}",
    "stuur het naar {} aub",
    "({})",
    "{} is mijn adres",
    "mailen kan naar {}, ik lees het elke dag",
    "mijn e-mailadres\n{}",
    "{}!",
    "contact: {}.",
    "email van mijn moeder {} - zij regelt dat",
]


def email(rng: random.Random) -> Sample:
    return framed(rng, "email", EMAIL_FRAMES, render_email(rng), ("mail", "email", "e-mail"))


# --- BSN -----------------------------------------------------------------------------------


def valid_bsn(rng: random.Random, leading_zero: bool = False) -> str:
    """Nine digits passing the elfproef; `leading_zero`: one 0 first (a spreadsheet drops
    every leading zero, so only these lose exactly one)."""
    while True:
        head = "0" + str(rng.randint(1, 9)) if leading_zero else str(rng.randint(1, 9))
        digits = head + "".join(rng.choices(string.digits, k=9 - len(head)))
        if std_bsn.is_valid(digits):
            return digits


def render_bsn(rng: random.Random) -> str:
    lost_zero = rng.random() < 0.15
    digits = valid_bsn(rng, leading_zero=lost_zero)
    if lost_zero:
        return digits[1:]  # a spreadsheet dropped the leading zero
    style = rng.randrange(6)
    if style == 0:
        return digits
    if style == 1:
        return rng.choice([" ", ".", "-"]).join(split_groups(digits, [3, 3, 3]))
    if style == 2:
        return ".".join(split_groups(digits, [4, 2, 3]))
    if style == 3:
        return ".".join(split_groups(digits, [2, 3, 4]))
    if style == 4:
        return " ".join(split_groups(digits, [2, 2, 2, 3]))
    return rng.choice([" ", "-"]).join(split_groups(digits, [4, 2, 3]))


BSN_FRAMES = [
    "bsn {}",
    "BSN: {}",
    "burgerservicenummer {}",
    "zijn bsn is {}",
    "bsn-nummer:{}",
    "haar burgerservicenummer ({}) staat op de pas",
    "{} (bsn)",
    "mijn nummer voor de gemeente is {}",
    "het nummer {} stond op de brief van de belasting",
    "sofinummer {}\nnodig voor de aanvraag",
]


def bsn(rng: random.Random) -> Sample:
    return framed(rng, "bsn", BSN_FRAMES, render_bsn(rng), ("bsn", "BSN", "bsn-nummer"))


# --- IBAN ----------------------------------------------------------------------------------

_BANK_CODES = json.loads((HERE / "data" / "bank_codes.json").read_text(encoding="utf-8"))


def _be_bank_prefixes() -> list[str]:
    """Three-digit prefixes of Belgian banks: the bounds of the ranges in the NBB list that
    python-stdnum ships (stdnum/be/banks.dat: "000-049 bic=... bank=...")."""
    path = Path(std_iban.__file__).parent / "be" / "banks.dat"
    prefixes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line[:1].isdigit() and "bic=" in line:
            low, _, high = line.split(" ", 1)[0].partition("-")
            prefixes += [low, high] if high and high != low else [low]
    return prefixes


_BE_PREFIXES = _be_bank_prefixes()


def valid_iban(rng: random.Random) -> str:
    country = rng.choices(["NL", "BE", "DE"], weights=[8, 1, 1])[0]
    if country == "NL":
        bban = rng.choice(_BANK_CODES["nl"]) + "".join(rng.choices(string.digits, k=10))
    elif country == "DE":
        bban = rng.choice(_BANK_CODES["de"]) + "".join(rng.choices(string.digits, k=10))
    else:
        head = rng.choice(_BE_PREFIXES) + "".join(rng.choices(string.digits, k=7))
        check = int(head) % 97 or 97
        bban = f"{head}{check:02d}"
    number = country + "00" + bban
    number = country + std_iban.calc_check_digits(number) + bban
    assert std_iban.is_valid(number), number
    return number


def render_iban(rng: random.Random) -> str:
    compact = valid_iban(rng)
    grouped = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    forms = [
        compact,
        grouped,
        grouped.lower(),
        compact.lower(),
        wrap(grouped, rng),
        grouped.replace(" ", "-"),
        f"{compact[:2]} {compact[2:4]} {compact[4:8]} {compact[8:]}",  # "NL 91 ABNA 0417164300"
    ]
    return rng.choice(forms)


IBAN_FRAMES = [
    "iban {}",
    "IBAN: {}",
    "rekeningnummer {}",
    "maak het over naar {} t.n.v. mijn moeder",
    "rek.nr:{}",
    "{} (rekening van de club? nee van mij)",
    "het geld mag naar {}.",
    "mijn rekening\n{}",
]


def iban(rng: random.Random) -> Sample:
    return framed(rng, "iban", IBAN_FRAMES, render_iban(rng), ("iban", "IBAN", "rek"))


# --- licence plates ------------------------------------------------------------------------

# the RDW's sidecodes 1-14 (L a letter, D a digit)
SIDECODES = (
    "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
    "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
)  # fmt: skip
# letters on plates issued since sidecode 4: no vowels (nor C, Q: read as O, G)
_PLATE_LETTERS = "BDFGHJKLMNPRSTVXZ"


def render_plate(rng: random.Random) -> str:
    shape = rng.choice(SIDECODES)
    plate = "".join(
        rng.choice(_PLATE_LETTERS) if c == "L" else rng.choice(string.digits) if c == "D" else c
        for c in shape
    )
    style = rng.randrange(5)
    if style == 1:
        plate = plate.lower()
    elif style == 2:
        plate = plate.replace("-", "")
    elif style == 3:
        plate = plate.replace("-", "").lower()
    elif style == 4:
        plate = plate.replace("-", " ")
    return plate


PLATE_FRAMES = [
    "kenteken {}",
    "een scooter met {}",
    "de auto ({}) staat er elke avond",
    "nummerbord {}",
    "{} stond weer op de stoep",
    "een zwarte golf, {}, rijdt te hard",
    "kenteken:{}",
    "die brommer {} scheurt door het park",
    "busje met kenteken\n{}",
]


def plate(rng: random.Random) -> Sample:
    return framed(rng, "licence_plate", PLATE_FRAMES, render_plate(rng), ("kenteken",))


# --- postcodes and house numbers -----------------------------------------------------------


def valid_postcode(rng: random.Random) -> str:
    while True:
        letters = "".join(rng.choices(string.ascii_uppercase, k=2))
        code = f"{rng.randint(1000, 9999)} {letters}"
        if std_postcode.is_valid(code):
            return code


def render_postcode(rng: random.Random) -> str:
    code = valid_postcode(rng)
    return rng.choice([code, code.replace(" ", ""), code.lower(), code.replace(" ", "").lower()])


POSTCODE_FRAMES = [
    "postcode {}",
    "mijn postcode is {}",
    "pc: {}",
    "wij wonen in {} sinds vorig jaar",
    "{}, bij het park",
    "adres: {} vaartveen",
    "postcode:{}",
    "het pakket ging naar {} maar kwam niet aan",
]


def postcode(rng: random.Random) -> Sample:
    return framed(rng, "postcode", POSTCODE_FRAMES, render_postcode(rng), ("postcode", "pc"))


def _streets(stem: str) -> list[str]:
    return json.loads((EVAL / f"{stem}.json").read_text(encoding="utf-8")).get("streets", [])


# streets the scrubber's gazetteer holds, and streets of other gemeenten it does not know,
# there only those named with a common street noun (a "Hooiwagen" is a street only to a
# gazetteer that has it)
KNOWN_STREETS = _streets("gazetteer")
_STREET_NOUNS = ("straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "pad",
                 "hof", "dreef", "steeg", "plantsoen", "markt")  # fmt: skip
# (one word: "Heikampse Dreef" of another gemeente is a street only to its own gazetteer)
OTHER_STREETS = [
    s
    for g in range(2, 7)
    for s in _streets(f"gazetteer_heldout{g}")
    if s.lower().endswith(_STREET_NOUNS) and " " not in s
]


def render_house_number(rng: random.Random) -> str:
    """A BAG house number (1-9999), a letter and an addition, as people type them."""
    n = str(rng.choice([rng.randint(1, 99), rng.randint(1, 99), rng.randint(100, 400)]))
    style = rng.randrange(11)
    forms = [
        n,
        n + rng.choice("abcd"),
        f"{n} {rng.choice('ABCD')}",
        f"{n}-{rng.choice(['I', 'II', 'III'])}",
        f"{n} bis",
        f"{n} hs",
        f"{n}-{rng.randint(1, 4)}",
        f"{n}/{rng.randint(1, 4)}",
        f"{n}-{rng.choice(['hs', 'bis', 'A'])}",
        f"{n}{rng.choice('ABC')}",
        f"{n} huis",
    ]
    return forms[style]


ADDRESS_FRAMES = [
    "ik woon op de {street} {}",
    "{street} {} is ons huis",
    "adres: {street} {}",
    "wij wonen {street} {}, 2 hoog",
    "bij {street} {} staat een kapotte lamp",
    "{street} {}\nhet huis met de blauwe deur",
    "hij woont in de {street}, nr {}",
    "{street} huisnummer {}",
    "ze woont {street} nummer {}.",
]


def address(rng: random.Random) -> Sample:
    street = rng.choice(KNOWN_STREETS if rng.random() < 0.5 else OTHER_STREETS)
    number = render_house_number(rng)
    text = rng.choice(ADDRESS_FRAMES).replace("{street}", street).replace("{}", number)
    if rng.random() < 0.15:
        text = text.lower()
    # the annotated piece is the street with its number: the street may stay, the number not
    at = text.lower().find(street.lower())
    end = text.find(number.lower() if number.lower() in text else number, at)
    return Sample("address", text, text[at : end + len(number)])


# --- dates of birth ------------------------------------------------------------------------

_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]  # fmt: skip


def birth_day(rng: random.Random) -> date:
    """A child's or a parent's date of birth."""
    start = date(2006, 1, 1) if rng.random() < 0.75 else date(1950, 1, 1)
    span = (date(2020, 12, 31) if start.year == 2006 else date(1999, 12, 31)) - start
    return start + timedelta(days=rng.randint(0, span.days))


def render_date(day: date, rng: random.Random, with_year: bool = True) -> str:
    """A date in the numeric and written notations Dutch people use."""
    d, m, y = day.day, day.month, day.year
    month = _MONTHS[m - 1]
    # the abbreviations Dutch uses: "mrt", "sept" beside "sep"; others their first three
    short = {3: "mrt", 9: rng.choice(["sep", "sept"])}.get(m, month[:3])
    numeric = [
        f"{d}-{m}-{y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d:02d}/{m:02d}/{y % 100:02d}",
        f"{d}/{m}/{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d}.{m}.{y % 100:02d}",
        f"{d:02d}-{m:02d}-'{y % 100:02d}",
        f"{y}/{m:02d}/{d:02d}",
    ]
    written = [
        f"{d} {month} {y}",
        f"{d} {short} '{y % 100:02d}",
        f"{d} {short}. {y}",
        f"{d}e {month} {y}",
        f"{dutch_number(d) if d < 32 and d < 100 else d} {month} {y}",
        f"{d} {month.capitalize()} {y}",
    ]
    if not with_year:
        return rng.choice([f"{d} {month}", f"{d}-{m}", f"{d} {short}", f"de {d}e van {month}"])
    return rng.choice(numeric + written)


BIRTH_FRAMES = [
    "geboren op {}",
    "geb. {}",
    "geboortedatum: {}",
    "Geboortedatum {}",
    "dob {}",
    "zij is geboren {} in het ziekenhuis",
    "{} geboren",
    "(geb {})",
    "haar geboortedag is {}",
    "ik ben {} geboren en woon hier al lang",
    "hij wordt 14 op {}",
    "verjaardag: {}",
]
# a birthday without the year: only with a cue it is personal
BIRTHDAY_FRAMES = [
    "ik ben jarig op {}",
    "{} is mijn verjaardag",
    "jarig {}!",
    "haar verjaardag is {}",
    "hij wordt 15 op {}",
    "geboren op {}",
    "{} jarig, kom je ook?",
    "op {} is zijn verjaardag",
]
# a month and a year together with a birth cue
BIRTH_MONTH_FRAMES = ["geboren in {}", "geb. {}", "geboortedatum: {}", "ze is in {} geboren"]


def birth_date(rng: random.Random) -> Sample:
    day = birth_day(rng)
    roll = rng.random()
    if roll < 0.65:
        return framed(rng, "birth_date", BIRTH_FRAMES, render_date(day, rng))
    if roll < 0.85:
        return framed(rng, "birth_date", BIRTHDAY_FRAMES, render_date(day, rng, with_year=False))
    month = _MONTHS[day.month - 1]
    return framed(rng, "birth_date", BIRTH_MONTH_FRAMES, f"{month} {day.year}")


# --- initials with an age, a class with a name ---------------------------------------------


def render_initials(rng: random.Random) -> str:
    letters = [rng.choice(string.ascii_uppercase) for _ in range(rng.choice([1, 1, 2, 2, 3]))]
    style = rng.randrange(4)
    if style == 0:
        return "".join(f"{c}." for c in letters)
    if style == 1:
        return "".join(f"{c}." for c in letters).lower()
    if style == 2:
        return " ".join(f"{c}." for c in letters)
    return "".join(f"{c}." for c in letters)


def render_age(rng: random.Random) -> str:
    age = rng.randint(6, 23)
    return rng.choice([f"({age})", f"({age} jaar)", f"{age} jr", f"{age} jaar", f"{age}jr",
                       f", {age} jaar", f" - {age} jaar", f"({dutch_number(age)})"])  # fmt: skip


INITIALS_FRAMES = [
    "{} wil een voetbalkooi",
    "idee van {}: meer bankjes",
    "{} vindt het park te donker",
    "volgens {} is de speeltuin kapot",
    "{}\nwil een hangplek",
    "ingevuld door {}.",
]


_PARTICLES = ["", "", "", "van ", "de ", "van der ", "van den ", "ter ", "el ", "van 't "]


def initials_age(rng: random.Random) -> Sample:
    roll = rng.random()
    if roll < 0.3:  # with a surname: "A.B. van Dijk, 15 jaar", "J.K. Öztürk (14)"
        surname = rng.choice(SURNAMES)
        name = f"{render_initials(rng).upper()} {rng.choice(_PARTICLES)}{surname}"
        age = rng.choice([f", {rng.randint(6, 23)} jaar", f" ({rng.randint(6, 23)})",
                          f" {rng.randint(6, 23)} jr", f", {rng.randint(6, 23)}jr"])  # fmt: skip
        piece = name + age
    elif roll < 0.45:  # two lowercase letters before an age in brackets: "jk (12)"
        letters = "".join(rng.choice(_CONSONANTS) for _ in range(2))
        piece = f"{letters} ({rng.randint(6, 23)})"
    else:
        age = render_age(rng)
        piece = render_initials(rng) + ("" if age[0] in ",(" and rng.random() < 0.5 else " ") + age
        piece = piece.replace("  ", " ")
    return framed(rng, "initials_age", INITIALS_FRAMES, piece)


def _first_names() -> list[str]:
    """First names from the project's sourced list (Faker's nl_NL provider, its README)."""
    path = HERE.parents[1] / "wijkwijs" / "personal" / "data" / "faker_first_names.txt"
    names = [w.strip() for w in path.read_text(encoding="utf-8").splitlines()]
    return [w for w in names if w and not w.startswith("#") and w.isalpha()]


FIRST_NAMES = _first_names()


def _surnames() -> list[str]:
    path = HERE.parents[1] / "wijkwijs" / "personal" / "data" / "faker_surnames.txt"
    names = [w.strip() for w in path.read_text(encoding="utf-8").splitlines()]
    return [w for w in names if w and not w.startswith("#") and w.replace("-", "").isalpha()]


SURNAMES = _surnames()
_SCHOOL = ["havo", "vwo", "vmbo", "mavo", "tl", "kb", "bb", "gt", "atheneum", "gym"]


def render_class(rng: random.Random) -> str:
    year = rng.randint(1, 6)
    style = rng.randrange(9)
    forms = [
        f"klas {year}{rng.choice('abcdfgh')}",
        f"{year}{rng.choice('abcdfgh')}",
        f"klas {year}{rng.choice(_SCHOOL)}-{rng.choice('abc')}",
        f"{year}{rng.choice(_SCHOOL)}{rng.choice(['', '-a', 'b', ' c'])}",
        f"groep {rng.randint(1, 8)}",
        f"brugklas {rng.choice(['', '1'])}{rng.choice('abc')}".replace("  ", " "),
        f"{year} {rng.choice(_SCHOOL)}",
        f"groep {rng.randint(3, 8)}{rng.choice('abc')}",
        f"{rng.choice(_SCHOOL)} {year}",
    ]
    return forms[style]


CLASS_FRAMES = [
    "{name} uit {} wil een pannaveld",
    "{name} ({}) vindt de speeltuin saai",
    "{name} zit in {} en wil een skatebaan",
    "{}: {name} wil meer bankjes",
    "idee van {name}, {}",
    "{name} uit {}\nwil een hangplek",
]


def class_name(rng: random.Random) -> Sample:
    name = rng.choice(FIRST_NAMES)
    klass = render_class(rng)
    text = rng.choice(CLASS_FRAMES).replace("{name}", name).replace("{}", klass)
    return Sample("class_name", text, klass, [("name", name)])


# --- negatives: the same shapes, naming nobody ---------------------------------------------


def _organisation_number(rng: random.Random) -> str:
    roll = rng.randrange(5)
    if roll == 0:
        return f"0800-{rng.randint(0, 9999):04d}"
    if roll == 1:
        return f"0900-{rng.randint(0, 9999):04d}"
    if roll == 2:
        return f"14 0{rng.randint(10, 99)}"
    if roll == 3:
        return f"0800 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    # (a long 0900 number may be a named adult's business line: the corpora count it personal)
    return f"0900 {rng.randint(1000, 9999)}"


def negative(rng: random.Random) -> Sample:
    """Numbers that look like personal data and name nobody."""
    h1, h2 = rng.randint(7, 16), rng.randint(17, 23)
    mins = rng.choice(["00", "15", "30", "45"])
    year = rng.randint(1990, 2027)
    event = TODAY + timedelta(days=rng.randint(-400, 300))
    frames = [
        f"open van {h1}.{mins}-{h2}.00 uur",
        f"het buurthuis is open {h1}:{mins} - {h2}:{mins}",
        f"de entree kost €{rng.randint(1, 40)},{rng.choice(['00', '50', '95'])}",
        f"kost {rng.randint(1, 99)},{rng.randint(10, 99)} euro per maand",
        f"we wonnen met {rng.randint(0, 9)}-{rng.randint(0, 9)} van de buren",
        f"het werd {rng.randint(0, 9)} - {rng.randint(0, 9)}",
        f"in {year} is het park aangelegd",
        f"sinds {year} woon ik hier",
        f"bus {rng.randint(1, 399)} rijdt maar een keer per uur",
        f"lijn {rng.randint(1, 99)} stopt niet meer bij de school",
        f"de markt is op {render_date(event, rng)}",
        f"op {event.day} {_MONTHS[event.month - 1]} is er een buurtfeest",
        f"bel de kindertelefoon: {_organisation_number(rng)}",
        f"de gemeente is bereikbaar via {_organisation_number(rng)}",
        f"KvK {rng.randint(10000000, 99999999)}",
        f"{rng.randint(1, 100)}% van de jongeren wil een hangplek",
        f"{rng.randint(1, 99)},{rng.randint(1, 9)} procent sport nooit",
        f"de app is nu versie {rng.randint(1, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
        f"update {rng.randint(1, 9)}.{rng.randint(0, 9)} is uit",
        f"schooljaar {year}-{year + 1}",
        f"{rng.randint(2, 40)} jongeren kwamen op de avond af",
        f"we hebben {rng.randint(100, 9999)} handtekeningen",
        f"de speeltuin kost €{rng.randint(10, 250)}.000",
        f"stuur de brief naar Postbus {rng.randint(1, 9999)}, {valid_postcode(rng)} Vaartveen",
        f"o.a. {rng.randint(2, 40)} jongeren kwamen kijken",
        f"voor kinderen t/m {rng.randint(6, 18)} jaar",
        f"groep {rng.randint(1, 8)} van de school wil meer bankjes",
        f"klas {rng.randint(1, 6)}{rng.choice('abc')} heeft een plan gemaakt",
        f"de {rng.choice(['A', 'N'])}{rng.randint(1, 350)} is dicht",
        f"{rng.randint(2, 5)}x per week open",
        f"de {rng.randint(1, 9)}e plaats voor het team",
        f"het veld is {rng.randint(20, 120)} bij {rng.randint(20, 80)} meter",
        f"het kost {rng.randint(2, 9)}.{rng.randint(100, 999)} euro",
        f"in {year} en {year + 1} was het feest",
        f"om {h2}{mins} op tv",
        f"we waren met {rng.randint(2, 60)} man",
        f"bel de gemeente op 14 0{rng.randint(10, 99)} (gratis)",
        f"bus {rng.randint(1, 99)} om {h1}.{mins}",
        f"nummer {rng.randint(1, 10)} in de lijst van leukste plekken",
        f"de score was {rng.randint(0, 5)}-{rng.randint(0, 5)} na {rng.randint(10, 90)} minuten",
        f"de wedstrijd begint om {h1}.{mins}",
        f"het project duurt van {year} tot {year + 2}",
    ]
    text = rng.choice(frames)
    return Sample("negative", chat_stamp(rng) + text if rng.random() < 0.15 else text)


# --- measuring -----------------------------------------------------------------------------

GENERATORS: dict[str, Callable[[random.Random], Sample]] = {
    "phone": phone,
    "email": email,
    "bsn": bsn,
    "iban": iban,
    "licence_plate": plate,
    "postcode": postcode,
    "address": address,
    "birth_date": birth_date,
    "initials_age": initials_age,
    "class_name": class_name,
    "negative": negative,
}


def scrubber():
    from wijkwijs.personal.scrubber import Gazetteer, Scrubber

    return Scrubber(gazetteer=Gazetteer.from_json(EVAL / "gazetteer.json"), today=TODAY)


def piece_removed(sample: Sample, result) -> bool:
    """The evaluation's own test (wijkwijs.personal.evaluation): every identifying character
    of the piece lies in a replaced span, and its text no longer occurs."""
    from wijkwijs.personal.evaluation import evaluate

    record = {
        "id": "g",
        "text": sample.text,
        "personal": [{"kind": sample.kind, "text": sample.piece}],
    }

    class _Fixed:  # the result already computed
        def scrub(self, _text):
            return result

    report = evaluate([record], _Fixed())
    return report.per_kind[sample.kind][0] == 1


def measure(n: int = 2000, seed: int = 15, kinds: list[str] | None = None, show: int = 0) -> dict:
    scrub = scrubber()
    out = {}
    for kind, generate in GENERATORS.items():
        if kinds and kind not in kinds:
            continue
        rng = random.Random(f"{seed}-{kind}")
        masked = caught = held = 0
        misses = []
        for _ in range(n):
            sample = generate(rng)
            result = scrub.scrub(sample.text)
            held += result.needs_review
            if kind == "negative":
                ok = result.text == sample.text
                caught += ok
                masked += ok and not result.needs_review
                if not ok:
                    misses.append((sample.text, result.text))
                continue
            removed = piece_removed(sample, result)
            masked += removed
            caught += removed or result.needs_review
            if not (removed or result.needs_review):
                misses.append((sample.text, result.text))
        out[kind] = {"n": n, "masked": masked, "caught": caught, "held": held}
        label = "unchanged" if kind == "negative" else "caught"
        print(
            f"{kind:<14} {label} {caught}/{n} ({100 * caught / n:.1f} %), "
            f"{'untouched' if kind == 'negative' else 'masked'} {masked / n:.1%}, "
            f"held {held / n:.1%}"
        )
        for text, cleaned in misses[:show]:
            print(f"    MISS {text!r} -> {cleaned!r}")
    return out


if __name__ == "__main__":
    args = sys.argv[1:]
    show = int(args.pop(args.index("--show") + 1)) if "--show" in args else 0
    if "--show" in args:
        args.remove("--show")
    count = int(args.pop(args.index("-n") + 1)) if "-n" in args else 2000
    if "-n" in args:
        args.remove("-n")
    measure(count, kinds=args or None, show=show)
