"""Remove personal data from free text: `Scrubber(gazetteer).scrub(text) -> ScrubResult`.

Used for youth input (docs/youth-input.md) and meant for every free text the platform stores
(team notes). Steps, all on the text as it reads with a scanner's confusions undone ("Formu1ier",
"2O26"; ocr.py: same offsets as the original), then replaced at once in the original:

1. shapes (patterns.py): e-mail (also "[at]"/"punt"), profile links and handles, IBAN,
   dates of birth, phone numbers, BSN, postcodes, licence plates, initials with an age;
2. places are protected: the gemeente's gazetteer (streets, buurten, wijken, parks, schools,
   shops, clubs), Dutch towns, chains and brands active in the Netherlands, street-like words;
   a house number after a street goes, the street stays;
3. names by allowlist (names.py); a school class goes when the record names someone;
4. what is left and doubtful holds the record for review: it is never published unreviewed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from wijkwijs.personal import ocr
from wijkwijs.personal import patterns as p
from wijkwijs.personal.lexicon import (
    FREQUENT_WORD_ZIPF,
    fold,
    free_mail_domains,
    lexicon,
    role_mailboxes,
    strip_accents,
)
from wijkwijs.personal.names import (
    FUNCTION_WORD_ZIPF,
    KIN,
    KIN_PREDICATE,
    PERSON_KINDS,
    PERSON_VERBS,
    THING_VERBS,
    TITLES,
    TOKEN,
    UNKNOWN,
    NameFinder,
    is_title,
)
from wijkwijs.personal.residual import Residual, is_agent_noun, is_role

MARKERS = {
    p.NAME: "[naam]",
    p.INITIALS_AGE: "[naam]",
    p.PHONE: "[telefoonnummer]",
    p.EMAIL: "[e-mail]",
    p.HANDLE: "[account]",
    p.ADDRESS: "[huisnummer]",
    p.POSTCODE: "[postcode]",
    p.BSN: "[bsn]",
    p.BIRTH_DATE: "[geboortedatum]",
    p.IBAN: "[iban]",
    p.LICENCE_PLATE: "[kenteken]",
    p.CLASS_NAME: "[klas]",
}

# Review reasons: stored with the record, never the doubtful text itself.
UNKNOWN_WORD = "onbekend_woord"  # a word in no list, not clearly a name
POSSIBLE_NAME = "mogelijke_naam"  # a first name that is also a word, opening a sentence
DIGITS_LEFT = "cijfers_over"
POSSIBLE_ADDRESS = "mogelijk_adres"
# the second pass (residual.py): a word where a person may still stand in the scrubbed text
POSSIBLE_PERSON = "mogelijk_persoon"

STREET_SUFFIXES = (
    "straat", "straatje", "str", "laan", "laantje", "weg", "weggetje", "plein", "pleintje",
    "pad", "paadje", "gracht", "kade", "singel", "dijk", "dreef", "hof", "steeg", "steegje",
    "ring", "markt", "plantsoen", "erf", "wal", "dam", "haven", "boulevard", "allee", "passage",
    "promenade", "gaarde", "werf", "zoom", "hoven", "park", "baan", "veld", "akker", "burcht",
    "poort", "kwartier", "oord", "straatweg", "dwarsstraat",
)  # fmt: skip
_SUFFIX = "|".join(sorted(STREET_SUFFIXES, key=len, reverse=True))
_NOT_A_HOUSE = (
    r"(?!\d)(?!\s\d{3}\b)"  # "het nummer 14 010" is a phone number in two groups
    rf"(?!{p.SCHOOL_LEVEL_AFTER})"
    # (what counts follows on the same line: "Huisnr: 44\nAuto: ..." is a form's next field)
    r"(?![ \t]*(?:x\b|-?hoog\b|keer|uur|u\b|jaar|jarige|jaren|dagen|dag|weken|maanden|"
    r"minuten|min\b|sec|meter|m\b|km|kilometer|euro|eur|€|%|procent|mensen|man\b|kinderen|jongeren|jongens|"
    r"meiden|meisjes|kids|personen|stuks|bankjes|lampen|plekken|auto|bussen|tegen|-\s?\d+\s*"
    r"(?:gewonnen|verloren|gelijk)"
    r"|(?:tot|t/m|tm)\s*\d"  # a range: "nummer 1 tot 40"
    r"|(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b"  # a date: "op 14 februari"
    # a rank, not a home: "nummer 1 in de lijst", "op nummer 3 van de top 10"
    r"|(?:in|op|van)\s+(?:de|het|onze|hun|mijn|die)\s+(?:\w+)?(?:lijst|top|ranking|klassement)"
    # a shirt number: "nummer 7 van de JO17", "nummer 10 van het eerste elftal"
    r"|van\s+(?:de|het|ons|onze)\s+(?:\w+\s+)?(?:[jm]o\d|team|elftal|selectie|ploeg)))"
)
# 12, 12a, 12 A, 12-14, 12/2, 12-bis, 12 hs, 12-III: the letter only when no word follows
_HOUSE_NUMBER_CORE = (
    r"\d{1,4}(?:\s?[a-zA-Z](?![\w])|(?:\s?-\s?|\s)(?:bis|hs|huis|boven|beneden|bg|i{1,3})\b"
    # a range ("12-14"), not a postcode after a dash ("Zeesleperlaan 140 – 3084 VG")
    r"|\s?[-/]\s?(?![1-9]\d{3}\s?[a-zA-Z]{2}(?!\w))\d{1,4}(?![\d]))?"
)
_WORDS = re.compile(r"[^\W\d_]+")
_STREET_SUFFIX = re.compile(rf"(?:{_SUFFIX})$")
# the endings only streets have; "-veld", "-hof", "-dijk", "-oord" end surnames as often
_REAL_STREET_END = re.compile(
    r"(?:straat|straatje|str|laan|weg|plein|pad|kade|singel|gracht|dreef|steeg|plantsoen|"
    r"boulevard|allee|passage|promenade)$"
)
_STREET = re.compile(
    rf"(?<![\w])(?:[A-Z][\w'’-]+\s+(?:(?:van|de|der|den|het|'t|ter|ten)\s+){{0,3}}){{0,3}}"
    rf"(?P<word>[^\W\d_][\w'’-]*(?:{_SUFFIX}))(?![\w])"
)
_STREET_NUMBER = re.compile(
    rf"(?<![\w])(?P<street>[^\W\d_][\w'’-]*(?:{_SUFFIX}))(?P<gap>\s*(?:nr\.?|nummer|no\.?)?\s*)"
    rf"(?P<number>{_HOUSE_NUMBER_CORE}){_NOT_A_HOUSE}(?![\d,.:]\d)",
    re.IGNORECASE,
)
_NUMBER_AFTER_STREET = re.compile(
    rf"\s*(?:nr\.?|nummer|no\.?)?\s*(?P<number>{_HOUSE_NUMBER_CORE}){_NOT_A_HOUSE}(?![\d,.:]\d)",
    re.IGNORECASE,
)
_NUMBER_WORD = re.compile(
    # ("Huisnummer: 44": a form's field says what it numbers, its colon too)
    r"\b(?:(?:huisnummer|huisnr\.?)\s*:?|nr\.?|nummer|no\.)\s*(?P<number>"
    + _HOUSE_NUMBER_CORE
    + ")"
    + _NOT_A_HOUSE
    + r"(?!\s*:(?!\d))",  # a list: "nummer 2: bankjes"
    re.IGNORECASE,
)
# "huisnurnrner nr 44", "Huisnurnmer: 44": a house number's label as a scanner misread it
# (names.scanned_reading) before its number
_WORD_BEFORE_NUMBER = re.compile(
    rf"\b(?P<label>[^\W\d_]{{6,}})\s*:?\s*(?:nr\.?|no\.?)?\s*(?P<number>{_HOUSE_NUMBER_CORE})"
    rf"{_NOT_A_HOUSE}(?![\d,.:]\d)",
    re.IGNORECASE,
)
# "3512 JK 14", "3512JK, 14a": a postcode and a house number, the two PostNL's address
# check takes, place one home
_NUMBER_AFTER_POSTCODE = re.compile(
    r"[ \t]*,?[ \t]*(?:nr\.?[ \t]*)?(?P<number>"
    + _HOUSE_NUMBER_CORE
    + ")"
    + _NOT_A_HOUSE
    + r"(?![\d,.:]\d)",
    re.IGNORECASE,
)


def _worded_number(least: int) -> str:
    """A house number in words from `least` on, with its letter ("achttien b"): group `number`."""
    words = sorted((w for w, n in p.SPOKEN_NUMBERS.items() if n >= least), key=len, reverse=True)
    return r"(?P<number>(?:" + "|".join(words) + r")(?:\s?[a-d](?!\w))?)"


# "Beukenlaan drieëntwintig", "nummer twaalf": a house number in words, only where nothing
# but punctuation or a small word follows ("Markt twee kramen" is a count)
_WORDED_NUMBER_END = r"\s*(?:[,.;:!?)]|$)|\s+(?:en|in|bij|te|hoog|op|woon\w*|wonen)\b"
_WORDED_HOUSE_NUMBER = _worded_number(2) + rf"(?={_WORDED_NUMBER_END})"
# after "nummer" the count is a house number whatever follows: "Kievitpad nummer achttien
# woont ze", "op de Lindelaan nr. zeven is het feest"
_WORDED_AFTER_STREET_NUMBER = re.compile(
    rf"(?<![\w])(?P<street>[^\W\d_][\w'’-]*(?:{_SUFFIX}))\s+(?:nr\.?|nummer)\s*"
    + _worded_number(1)
    + r"(?!\w)",
    re.IGNORECASE,
)
_WORDED_AFTER_STREET = re.compile(
    rf"(?<![\w])(?P<street>[^\W\d_][\w'’-]*(?:{_SUFFIX}))\s+(?:(?:nr\.?|nummer)\s*)?"
    + _WORDED_HOUSE_NUMBER,
    re.IGNORECASE,
)
# after the gemeente's own street, whatever its ending ("Skûtsjeleane", "Buorren"): the
# endings above are Dutch, the gazetteer knows the Frisian and other streets
_WORDED_AFTER_KNOWN_STREET = re.compile(
    r"\s+(?:(?:nr\.?|nummer)\s*)?"
    + _worded_number(2)
    # after the gemeente's own street also before a copula: "zijn adres is wulpenerf
    # tweeënveertig is dat" ("Markt twee kramen" is still a count)
    + rf"(?={_WORDED_NUMBER_END}|\s+(?:is|was)\b)",
    re.IGNORECASE,
)
# "huisnummer" says what the count numbers, whatever follows: "het huisnummer is nummer elf
# voor de brief", "huisnummer: zeven"
_WORDED_AFTER_HOUSE_NUMBER = re.compile(
    r"\bhuisnummer\s*(?::|is|was)?\s*(?:nummer\s+)?" + _worded_number(1) + r"(?!\w)",
    re.IGNORECASE,
)
_WORDED_AFTER_NUMBER_WORD = re.compile(
    r"\b(?:huisnummer|huisnr\.?|nr\.?|nummer)\s+" + _WORDED_HOUSE_NUMBER, re.IGNORECASE
)
_HOME_CUE = re.compile(
    r"\b(?:woon|woont|wonen|woonde|woonden|woonachtig|flat|portiek|huis|adres|appartement|"
    r"bovenwoning|benedenwoning|galerij|deur|verhuisd|thuis|kamer)\b",
    re.IGNORECASE,
)
_OP_NUMBER = re.compile(
    r"\b(?:op|bij|naast|tegenover)\s+(?:de\s+|het\s+)?(?P<number>[1-9]\d{0,3}(?:\s?[a-zA-Z](?![\w]))?)"
    + _NOT_A_HOUSE
    + r"(?![\d,.:]\d|\s?-\s?\d)",  # not "op 0800-2000", a phone number
    re.IGNORECASE,
)
# "nr. 2026-118": a year and a serial number: a document, not a house
_YEAR_SERIAL = re.compile(r"(?:19|20)\d{2}\s?-\s?\d{2,}")
# a home's nouns before "nr." ("woning nr. 4"), besides the home cues above
_HOME_NOUNS = frozenset("woning woningen huisje huizen nummer huisnummer".split())
_FLOOR = re.compile(r"\b\d{1,2}(?:e|de|ste)?[\s-]hoog\b", re.I)
# "de 2e verdieping van de bieb" is a building; only about a home it is part of an address
_STOREY = re.compile(r"\b\d{1,2}(?:e|de|ste)\s+(?:etage|verdieping)\b", re.I)
_CLUB = re.compile(
    r"\b(?i:fc|vv|sv|afc|rkvv|rksv|rkav|vvv|jvc|hsv|csv|svv|bvv)\s+"  # not "sc": Snapchat
    r"(?P<club>[^\W\d_][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)
# a street name typed apart, as a voice memo transcribes it: "het Emma plein", "de Zeemans
# kade", "in de Overweg buurt" (after an article or a preposition, before a street noun that
# is never an adverb: not "weg")
_SPLIT_STREET = re.compile(
    r"\b(?i:de|het|op|aan|bij|in|naar|langs|over|uit|vanaf)\s+"
    r"(?P<street>(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?i:straat|laan|plein|kade|singel|gracht|dreef|steeg|plantsoen|buurt|wijk|park|hof|pad))\b"
)
_LONG_DIGITS = re.compile(r"\d(?:[\s.\-]?\d){4,}")
# money and thousands are no identifiers: "€25.000", "1.250 euro", "25.000 handtekeningen"
_AMOUNTS = re.compile(r"€\s?\d[\d.,]*|\b\d{1,3}(?:\.\d{3})+(?:,\d+)?\b")
# nor are a date ("deadline 01-03-2026"), a case or reference number of an organisation
# ("zaaknummer Z-2024-08813", "refnr. 2024-118734") or the municipal number "14 010"
_NO_IDENTIFIER = re.compile(
    r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b"
    r"|\b[A-Z]{0,3}-?(?:19|20)\d{2}-\d{3,}\b"
    # (not "dossier 123456": in the social domain a dossier is a resident's)
    r"|\b(?i:zaak|ref|referentie|kenmerk|melding)"
    r"[\w.]*[\s:]*(?:nr\.?|nummer)?[\s:]*[A-Z]{0,3}[\d\-/.]+(?:[A-Z]{1,3}-[\d\-/.]+)?"
    r"|\b14\s?0\d{2,3}\b|\b0800[\s\-]?\d(?:[\s\-]?\d){3,6}\b|\b090\d[\s\-]?\d{4}\b"
    # a chat export's stamp ("[14-11-26 19:02:11]", "19-11-26 22:48 -") and an ISO date
    r"|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2}(?:\d{2})?,?\s+\d{1,2}:\d{2}(?::\d{2})?\b"
    r"|\b(?:19|20)\d{2}-[01]?\d-[0-3]?\d\b"
    # an organisation's own numbers: "KvK-nummer ... 60312088", "ordernummer 2026-11-3381",
    # "JF-26-08812", "2026-JZ-0912"; times and opening hours ("19.00-20.30")
    r"|\b(?i:kvk|order|factuur|bestel|klant)[\w-]*[^\d\n]{0,80}?\d[\d\-/.]*"
    r"|\b[A-Z]{1,3}-\d{2}-\d{3,}\b|\b(?:19|20)\d{2}-(?:\d{1,2}|[A-Z]{1,3})-\d{3,}\b"
    r"|(?<!\d)\d{1,2}[.:][0-5]\d(?:\s?[-–]\s?\d{1,2}[.:][0-5]\d)?(?!\d)"
    # zeros only: a form's example ("NL00 BANK 0000 0000 00")
    r"|(?<!\d)(?<!\d[\s.\-])0(?:[\s.\-]?0)*(?![\s.\-]?\d)"
)
# a title or kin word, maybe tussenvoegsels, right before a word: "mevrouw van "
_TITLE_BEFORE = re.compile(
    r"(?:^|(?<=[^\w.]))(?P<title>[^\W\d_]+\.?)\s+"
    r"(?:(?i:van|de|der|den|het|'t|ter|ten|in 't|op 't|v\.d\.)\s+){0,3}$"
)
_PERSON_AFTER = re.compile(
    r"\s+(?:van|de|der|den|ter|ten|el|al|ben)\s+(?:(?:de|der|den|het)\s+)?[A-Z]"
    r"|\s*\(\s*\d{1,2}\s*(?:j|jr|jaar)?\.?\s*\)"
)
_OWN_NUMBER = re.compile(
    r"\b(?i:mij|me|mijn|m'n|ons|onze|haar|zijn|z'n|hem|hun|terugbellen|thuis|privé|eigen)\b"
)
# whose an account is, when a person's: "IBAN ouder", "t.n.v. J. Bakker", "de vader"
_PERSONAL_ACCOUNT = re.compile(
    r"\b(?i:ouders?|vader|moeder|verzorgers?|t\.\s?n\.\s?v\.?|tnv|ten\s+name\s+van|familie|fam\.)"
)
# a line opened by a name of capitalised words and a comma: "Wijkpunt Lijnbaanveld, ..."
_ORGANISATION_LINE = re.compile(
    r"[ \t]*(?P<name>[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*){1,4})[ \t]*,"
)
# the holder named right after an account: "NL.. t.n.v. Stichting Jongerenwerk Zaanweel"
_ORGANISATION_HOLDER = re.compile(
    r"[ \t]*,?[ \t]*(?i:t\.\s?n\.\s?v\.?|tnv|ten\s+name\s+van)[ \t]*"
    r"(?P<holder>[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*){1,4})"
)
# what stands between an organisation's name and its account: "Voedselbank X: NL..",
# "VV X, rekening NL..", "Stichting X IBAN NL.."
_ACCOUNT_LABEL = re.compile(
    r"[ \t]*[:,]?[ \t]*(?i:(?:iban|(?:bank)?rekening(?:nummer)?|rek\.?[ \t]?nr\.?)[ \t]*:?[ \t]*)?"
)
_GENERAL = r"algeme(?:en|ne)\s+(?:tele(?:foon)?)?nummer|hoofdnummer"
_GENERAL_NUMBER = re.compile(rf"\b(?i:{_GENERAL})\b")
_SERVICE_NUMBER = re.compile(
    rf"\b(?i:{_GENERAL}"
    # what a number is for when a service gives it: "... voor reserveren", "bereikbaar op",
    # "Bij vragen:" (a form's or a flyer's footer)
    r"|(?:voor|bij)\s+(?:vragen|informatie|info|reserveren|reserveringen|aanmelden|afspraken)"
    r"|bereikbaar\s+(?:op|via))\b"
)
# "DUO Informatie: ", "Buurtbus Hemmerden: ", "Telefoonnummer van de Ringoven-balie: "
_NUMBER_LABEL = re.compile(
    r"(?P<label>(?:[A-ZÀ-Ý][\w'’-]*\s+){0,3}[A-ZÀ-Ý][\w'’-]*|van\s+de\s+[\w'’-]+)\s*[:,]?\s*$"
)
# short words an organisation's address is made of: "sv", "fc", "de", "het", "info"
_WRITTEN_DOMAIN = re.compile(r"@([\w-]+(?:\.[\w-]+)+)$")
# a sentence opened by a capitalised word and "van" ("Mantje van ...") and the word after
_OPENED_BY_VAN = re.compile(r"(?:^|(?<=[.!?\n]))[ \t]*(?P<first>[A-ZÀ-Ý][\w'’-]*)[ \t]+van[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
# nothing before a word in its sentence but a label ("Tel. 11.20: ")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:\n])[ \t]*$")
# whose a number is, by the noun before it (Scrubber._owner_noun)
_THING, _ROLE, _NO_NOUN = "thing", "role", "no noun"
_SENTENCE_END = re.compile(r"[!?\n]|\.(?!\d)")
# a sentence opened by an article and its noun ("De kolfbaan ...")
_THING_SUBJECT = re.compile(r"[ \t]*(?i:de|het)[ \t]+(?P<noun>[^\W\d_][\w-]*)")
# ... and what was done to it when, right before the date: "is geopend op", "werd in ... gebouwd"
_DONE_ON = re.compile(
    r"\b(?i:is|was|werd|zijn|waren|werden)[ \t]+(?:(?:\w+[ \t]+){0,2})"
    r"(?:\w*ge|be|ver|ont|her)\w+(?:d|t|en)[ \t]+(?i:op|in|sinds)[ \t]+$"
)
_ARTICLE_NOUN = re.compile(r"\b(?i:de|het)[ \t]+(?P<noun>[^\W\d_][\w-]*)")
_ROLE_MAILBOX = re.compile(r"(?P<local>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
_ORGANISATION_SHORT = frozenset("sv fc vv de het van en info jeugd team club no".split())
_FIELD_LABEL = re.compile(
    r"\b(?i:iban|bsn|tel|telnr|telefoon|mob|mobiel|gsm|dob|geb|e-?mail|mail|adres|pc|kenteken)"
    r"\b(?=[\s:.]*)"
)
_CAPITAL_NUMBER = re.compile(
    r"(?<=[a-zà-ÿ,] )[A-Z][a-zà-ÿ]+\s+[1-9]\d{0,3}[a-zA-Z]?\b(?![\s-]?\d)" + _NOT_A_HOUSE
)


@dataclass(frozen=True)
class Gazetteer:
    """A gemeente's own places: kept as they are, and a number after a street is an address."""

    streets: tuple[str, ...] = ()
    places: tuple[str, ...] = ()  # buurten, wijken, parks, schools, shops, clubs, the gemeente
    gemeente: str | None = None  # its own services' addresses name nobody

    @classmethod
    def from_json(cls, path: str | Path) -> Gazetteer:
        """`{"gemeente": ..., "wijken": [...], "buurten": [...], "streets": [...],
        "places": [...]}` (docs/youth-input.md); every key is optional."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        gemeente = data.get("gemeente")
        places = [*data.get("wijken", []), *data.get("buurten", []), *data.get("places", [])]
        return cls(
            tuple(data.get("streets", [])),
            tuple(places + ([gemeente] if gemeente else [])),
            gemeente,
        )


@dataclass(frozen=True)
class ScrubResult:
    text: str
    markers: tuple[str, ...]  # markers placed, in order of first use, e.g. ("[naam]",)
    review_reasons: tuple[str, ...]  # empty: safe to publish
    removed: Mapping[str, int] = field(default_factory=dict)  # kind -> how many
    spans: tuple[p.Span, ...] = ()  # what was replaced, as offsets in the original text
    # the words that held the record (kind = review reason), as offsets in the original text:
    # left as they are, for a reviewer to look at first
    doubts: tuple[p.Span, ...] = ()

    @property
    def needs_review(self) -> bool:
        return bool(self.review_reasons)


# a hyphen splits: "Uber Eats-achtige" holds the brand "Uber Eats"
_PHRASE_TOKEN = re.compile(r"\w+(?:['’&.]\w+)*")


@lru_cache(maxsize=4)
def _phrase_words(text: str) -> tuple[list[re.Match], list[str]]:
    """The words of a text and their folded forms, shared by the phrase indexes of a scrub."""
    words = list(_PHRASE_TOKEN.finditer(text))
    return words, [fold(m.group(0)) for m in words]


class PhraseIndex:
    """Finds any of many phrases (thousands of brands and places) in one pass over the words;
    case-insensitive, whole words only, the longest phrase first."""

    def __init__(self, phrases: Iterable[str]):
        self._phrases: set[tuple[str, ...]] = set()
        for phrase in phrases:
            words = tuple(fold(w) for w in _PHRASE_TOKEN.findall(phrase or ""))
            if words and len("".join(words)) > 1:
                self._phrases.add(words)
        # the longest phrase each first word opens: most words open none and are passed over
        self._opens: dict[str, int] = {}
        for words in self._phrases:
            self._opens[words[0]] = max(self._opens.get(words[0], 0), len(words))

    def __bool__(self) -> bool:
        return bool(self._phrases)

    def __contains__(self, word: str) -> bool:
        return (fold(word),) in self._phrases

    def finditer(self, text: str) -> list[tuple[int, int]]:
        if not self._phrases:
            return []
        words, folded = _phrase_words(text)
        found, i = [], 0
        while i < len(words):
            longest = self._opens.get(folded[i], 0)
            for n in range(min(longest, len(words) - i), 0, -1):
                # one word glued by a hyphen is part of another name: the shop "Dirk" is not
                # in "dirk-maarten"; a longer phrase may be: "Uber Eats-achtige"
                glued = n == 1 and (
                    text[words[i].start() - 1 : words[i].start()] == "-"
                    or text[words[i].end() : words[i].end() + 1] == "-"
                )
                if tuple(folded[i : i + n]) in self._phrases and not glued:
                    found.append((words[i].start(), words[i + n - 1].end()))
                    i += n
                    break
            else:
                i += 1
        return found


# a mail header's sender or addressee: "Van: Lutsen Fokkema <l.fokkema@school.nl>"
_MAIL_DISPLAY_NAME = re.compile(
    r"^[ \t]*(?:van|aan|cc|from|to)[ \t]*:[ \t]*(?P<name>[^\W\d_][^<>\n@:]*?)[ \t]*<[^<>\n]+>",
    re.IGNORECASE | re.MULTILINE,
)


def _other_script_names(text: str) -> list[p.Span]:
    """Words written in a script other than the Latin one ("Ярема Клименко", "ሚካኤል"): in a
    Dutch note that is a name copied as its owner writes it, and no word list of ours can say
    otherwise (none of the twelve corpora has such a word in a negative); a planner loses
    nothing legible by their masking."""
    spans = [
        p.Span(m.start(), m.end(), p.NAME)
        for m in TOKEN.finditer(text)
        if any(c.isalpha() and not unicodedata.name(c, "").startswith("LATIN") for c in m[0])
    ]
    return _merge(spans, text)


def _mail_display_names(text: str, names: list[p.Span]) -> list[p.Span]:
    """A mail header's display name is one person's name when a word of it is one: its other
    words are given names however they read ("Lutsen", "Storm"), wherever the whole name
    recurs (the signature); a mailbox's own name ("Bibliotheek <info@...>") has no name in it."""
    spans = []
    for m in _MAIL_DISPLAY_NAME.finditer(text):
        start, end = m.span("name")
        if any(s.start >= start and s.end <= end for s in names):
            for again in re.finditer(rf"(?<!\w){re.escape(m.group('name'))}(?!\w)", text):
                spans.append(p.Span(again.start(), again.end(), p.NAME))
    return spans


class Scrubber:
    """Build once (loads the word lists), scrub many texts."""

    def __init__(
        self,
        places: Iterable[str] = (),
        *,
        gazetteer: Gazetteer | None = None,
        today: date | None = None,
    ):
        gazetteer = gazetteer or Gazetteer()
        self._lex = lexicon()
        self._names = NameFinder(self._lex)
        self._today = today or date.today()
        self._streets = PhraseIndex(gazetteer.streets)
        # a place is also called by its name without its kind ("Jongerencentrum De Ringoven"
        # is "De Ringoven", "Ringoven"); only from an article on, so a shop named after its
        # owner ("Kapsalon Fatima") never protects the first name
        own = [*places, *gazetteer.places]
        own += [t for x in own for t in self._short_forms(x)]
        self._local = PhraseIndex([*own, *gazetteer.streets])
        self._local_places = PhraseIndex(own)
        # the people the gemeente named its streets after are public ("Wie was Marga Klompé?"
        # beside the Marga Klompéstraat): a first name and more before the street's ending
        self._street_people = PhraseIndex(_street_namesakes(gazetteer.streets))
        self._gemeente = fold(gazetteer.gemeente or "")
        # the gemeente and its named organisations as they are glued into an address
        # ("svtorenhage", "bibliotheekschelderwaard"); a buurt alone is no organisation: a
        # crew's "@lindeveld.queens" is someone's. Addresses and handles drop diacritics:
        # "Mûnewâld" is glued as "munewald" too
        # a place by its name from the article on too ("Zwembad De Zaanbocht" mails from
        # "dezaanbocht.nl"), still of two words or more
        short = [t for x in (*places, *gazetteer.places) for t in self._short_forms(x)]
        glued = {
            re.sub(r"[^\w]", "", fold(x))
            for x in (*places, *gazetteer.places, *short, gazetteer.gemeente or "")
            if len(re.sub(r"[^\w]", "", x)) >= 4 and (" " in x.strip() or x == gazetteer.gemeente)
        }
        # and with its kind abbreviated as Dutch abbreviates a compound, by the initials of
        # its parts ("Jongerencentrum De Ketel" mails from "jcdeketel.nl", "Buurthuis De
        # Ster" posts as "@bhdester"), still from the article on
        glued |= {
            initials + re.sub(r"[^\w]", "", fold(t))
            for x in (*places, *gazetteer.places)
            for t in self._short_forms(x)
            if " " in t and len(x.split()) > len(t.split())
            for initials in self._kind_initials(x.split()[: len(x.split()) - len(t.split())])
        }
        self._local_glued = frozenset(glued | {strip_accents(g) for g in glued})
        # nationwide names that are public: towns, chains and brands. A single word that is
        # also a first name ("Dirk", "Zara") counts as the shop only next to another shop or
        # after an article ("bij de Dirk"): otherwise it may be a child.
        names = self._lex.first_names | self._lex.surnames
        # festivals by their name and its start ("tijdens Keti Koti" for "Keti Koti Dey")
        events = {" ".join(e.split()[:k]) for e in self._lex.events for k in range(2, 5)}
        public = [*self._lex.brands, *self._lex.places, *self._lex.events, *events]
        # a single word that is ordinary Dutch ("Een", "Best", "Jumbo") needs no protection:
        # the name finder keeps it anyway; nor does one spelt like a name ("Jerry's")
        self._public = PhraseIndex(
            b
            for b in public
            if (" " in b or (_bare(b) not in names and fold(b) not in self._lex.words))
            and not self._surname(b)
        )
        self._name_brands = {fold(b) for b in public if " " not in b and fold(b) in names}
        self._towns = frozenset(re.sub(r"[^\w]", "", fold(t)) for t in self._lex.places)
        # the second pass: its own rules on the scrubbed text, knowing only the gemeente's
        # words and its streets
        local_words = {
            w for x in (*places, *gazetteer.places, *gazetteer.streets) for w in _WORDS.findall(x)
        }
        self._residual = Residual(self._lex, local_words, self._is_place_word)

    def is_word(self, word: str) -> bool:
        return self._names.is_word(word)

    def _is_frequent_word(self, word: str) -> bool:
        """ "en", "op", "of": words common enough to excuse "in 2024 en" from being a postcode."""
        return self._lex.frequency(fold(word)) >= 4.5

    def is_dictionary_word(self, word: str) -> bool:
        """A word of the dictionary or derived from it, no name ("formulier", "stoelen")."""
        return self._names.is_dictionary_word(word)

    def scrub(self, original: str) -> ScrubResult:
        original = original or ""
        # detect on the text as it reads with a scanner's confusions undone ("Formu1ier",
        # "2O26"); it has the original's offsets, so the replacing is done in the original
        text = ocr.reading(original, self.is_dictionary_word)
        account_doubts: list[p.Span] = []
        spans = p.shaped_spans(
            text,
            self.is_word,
            self._is_frequent_word,
            self._today,
            self._names.is_plain_word,
            self._handle_like,
            account_doubts,
        )
        spans = [s for s in spans if s.kind != p.BIRTH_DATE or not self._event_date(text, s)]
        organisation = [
            s for s in spans if self._organisation_contact(text[s.start : s.end], s.kind)
        ]
        spans = [s for s in spans if s not in organisation]
        spans += self._address_spans(text)
        for postcode in [s for s in spans if s.kind == p.POSTCODE]:
            after = _NUMBER_AFTER_POSTCODE.match(text, postcode.end)
            if after:
                spans.append(p.Span(after.start("number"), after.end("number"), p.ADDRESS))
        # "Barbershop Mo, 31 jongens": a shape inside one of the gemeente's own places is none
        if any(s.kind == p.INITIALS_AGE for s in spans):
            local = self._local_places.finditer(text)
            spans = [
                s
                for s in spans
                if s.kind != p.INITIALS_AGE or not any(a <= s.start < b for a, b in local)
            ]
        taken = _resolve(spans)
        # a class ("tto 1", "3kader") is no name, whether or not the record names someone
        classes = [s for s in p.class_spans(text) if not any(_overlap(s, t) for t in taken)]
        protected = [(s.start, s.end) for s in taken + classes + organisation]
        protected += self._place_ranges(text, taken)
        # "IBAN NL91 ...", "BSN: ...", "Tel 06-...": a form's label before what it labels, also
        # with whose it is in between ("IBAN Sanne de Vries: NL91 ...", "BSN Sanne (...): ...")
        protected += [
            m.span()
            for m in _FIELD_LABEL.finditer(text)
            if any(
                0 <= s.start - m.end() <= 3
                or (
                    m.start() == _line_start(text, m.start())
                    and s.start > m.end()
                    and "\n" not in text[m.end() : s.start]
                )
                for s in taken
            )
        ]
        accounts = [text[s.start : s.end] for s in taken if s.kind in (p.EMAIL, p.HANDLE)]
        names, unsure, maybe = self._names.find(text, protected, accounts)
        name_spans = _name_tails(
            _merge([p.Span(t.start, t.end, p.NAME) for t in names], text), text
        )
        name_spans += _mail_display_names(text, name_spans)
        other_script = _other_script_names(text)
        name_spans += other_script
        # a class goes with the person it places: a name, initials with an age, or anything
        # else personal in the record (a plate, a phone number) that points at someone
        if name_spans or any(s.kind != p.ADDRESS for s in taken):
            name_spans += classes
        final = _resolve(taken + name_spans)
        services = self._service_numbers(text, final, organisation)
        final = [s for s in final if s not in services]
        # an organisation's own address after its name is published, as its number is
        addresses = self._organisation_addresses(text, final)
        final = [s for s in final if s not in addresses]
        # an organisation's number named as such ("DUO Informatie: 050 ...", "Buurtbus
        # Hemmerden: 088 ...", "algemeen nummer", beside its own address) is published; one
        # only said to be for questions or bookings is held for a reviewer
        published = services if self._named_organisation(text, services, organisation) else []
        account_doubts += [s for s in services if s not in published]
        cleaned = _replace(text, final)  # as read: what the checks below look at

        # a record that carries personal data is held on a weaker doubt too
        doubtful = unsure + (maybe if final else [])
        # a word of another script is masked whole: no doubt is left about it
        doubtful = [t for t in doubtful if not any(_overlap(t, o) for o in other_script)]
        doubts = [
            p.Span(t.start, t.end, UNKNOWN_WORD if t.cls == UNKNOWN else POSSIBLE_NAME)
            for t in sorted(doubtful, key=lambda t: t.start)
        ]
        # "mijn steam is kaasboer": a word where an account name is announced
        doubts += [
            p.Span(d.start, d.end, POSSIBLE_NAME)
            for d in account_doubts
            if not any(_overlap(d, s) for s in final)
        ]
        doubts.sort(key=lambda d: d.start)
        reasons: list[str] = list(dict.fromkeys(d.kind for d in doubts))
        reasons.sort(key=[UNKNOWN_WORD, POSSIBLE_NAME].index)
        kept = (
            "".join(
                " " if any(a.start <= i < a.end for a in published) else c
                for i, c in enumerate(text)
            )
            if published
            else cleaned
        )
        rest = _NO_IDENTIFIER.sub(" ", _AMOUNTS.sub(" ", re.sub(r"\[[a-z-]+\]", " ", kept)))
        if _LONG_DIGITS.search(rest):
            reasons.append(DIGITS_LEFT)
        capital_numbers = _CAPITAL_NUMBER.finditer(cleaned)
        if any(
            not self._is_public(m.group(0).split()[0])
            and not self._local.finditer(m.group(0))
            and not any(m.start() < a.end and a.start < m.end() for a in addresses)
            for m in capital_numbers
        ):
            reasons.append(POSSIBLE_ADDRESS)
        # the second, independent pass: could a person still stand anywhere in what is left?
        # It only holds; the spans it gives are in the scrubbed text, mapped back here
        if not reasons:
            for start, end, _rule in self._residual.doubts(cleaned):
                doubts.append(p.Span(*_to_original(final, start, end), POSSIBLE_PERSON))
            if any(d.kind == POSSIBLE_PERSON for d in doubts):
                reasons.append(POSSIBLE_PERSON)
        markers = tuple(dict.fromkeys(MARKERS[s.kind] for s in final))
        return ScrubResult(
            _replace(original, final),
            markers,
            tuple(reasons),
            dict(Counter(s.kind for s in final)),
            tuple(final),
            tuple(doubts),
        )

    def _service_numbers(
        self, text: str, final: list[p.Span], organisation: list[p.Span] = ()
    ) -> list[p.Span]:
        """ "Bel Jongerenwerk Schelderwaard, 0118 22 40 00", "algemeen nummer: ...": a landline
        (or an account right after its name) beside one of the gemeente's own services, in a
        record where nothing else is personal and nobody says it is theirs, is most likely the
        service's: held, text unchanged, rather than masked or published."""
        if not final or any(s.kind not in (p.PHONE, p.IBAN) for s in final):
            return []
        if any(re.match(r"(?:\+|00)?\s*(?:31)?\W*0?6", text[s.start : s.end]) for s in final):
            return []  # a mobile is someone's
        # a landline in a message signed with an organisation's own mailbox ("Bel gerust 075
        # ... / Jongerenwerk Zaanweel | jongerenwerk@zaanweel.nl") is that organisation's,
        # unless its own sentence says whose it is ("bel mij op ..."; "er zijn nog plekken"
        # elsewhere is a verb, no "his")
        if (
            organisation
            and all(s.kind == p.PHONE for s in final)
            and not any(
                cue.search(_sentence(text, s.start))
                for s in final
                for cue in (_OWN_NUMBER, _PERSONAL_ACCOUNT)  # "mij", "moeder", "t.n.v."
            )
        ):
            return list(final)
        if _OWN_NUMBER.search(text):
            return []
        # an account right after the gemeente's club or food bank is theirs ("Donaties voor
        # de Voedselbank Turfwolde: NL39 ...", "aan VV Turfwolde, rekening NL76 ..."), unless
        # a parent or a holder is named
        accounts = [s for s in final if s.kind == p.IBAN]
        if accounts:
            # "t.n.v. Stichting Jongerenwerk Zaanweel" right after the account names its holder:
            # an organisation, no person
            held_by = [s for s in accounts if self._organisation_holder(text, s.end)]
            cues = [
                m
                for m in _PERSONAL_ACCOUNT.finditer(text)
                if not any(0 <= m.start() - s.end <= 3 for s in held_by)
            ]
            if cues or not self._local_glued:
                return []
            places = [
                (a, b)
                for a, b in self._local_places.finditer(text)
                if " " in text[a:b] or fold(text[a:b]) == self._gemeente
            ]
            if not all(
                s in held_by
                or any(
                    b <= s.start and _ACCOUNT_LABEL.fullmatch(text, b, s.start) for _, b in places
                )
                for s in accounts
            ):
                return []
        if _SERVICE_NUMBER.search(text):
            return list(final)
        # a landline right after an organisation's name is the organisation's, as an account
        # right after the club's is ("Stichting Leergeld Twente: 053 ..."); one word is a
        # form's field ("Nr: 0180 ...")
        if all(s.kind == p.PHONE and self._organisation_label(text, s, 2) for s in final):
            return list(final)
        # "Het nummer van de apotheek is 0229 ...", "Bel voor de voedselbank 0229 ...": a
        # landline whose sentence names whose it is by a noun is most likely that
        # organisation's or that role's work number; a relative or a kind of person is a person
        if all(s.kind == p.PHONE and self._owner_noun(text, s) for s in final):
            return list(final)
        if not self._local_glued:
            return []
        services = [
            (a, b)
            for a, b in self._local_places.finditer(text)
            if " " in text[a:b] or fold(text[a:b]) == self._gemeente
        ]
        return list(final) if services else []

    def _owner_noun(self, text: str, span: p.Span) -> str | None:
        """Whose a number is, said by the nouns after an article before it in its sentence:
        THING for an organisation's or a place's ("van de apotheek", "Het GGD-loket", "Het
        zwembad heeft ..."), ROLE where one is someone's work ("De huisarts in het dorp heeft
        ..."), None where one is a relative, a title, a kind of person ("het nummer van de
        moeder") or may be a surname ("van de Boer"), or no noun says."""
        start = max(text.rfind(c, 0, span.start) for c in ".!?\n") + 1
        owner = None
        for m in _ARTICLE_NOUN.finditer(text, start, span.start):
            kind = self._noun_kind(m.group("noun"))
            if kind is None:
                return None
            if kind == _ROLE or owner is None:
                owner = kind if kind != _NO_NOUN else owner
        return owner

    def _noun_kind(self, noun: str) -> str | None:
        """A noun after an article, a dictionary word in lowercase (the last part, in a
        compound: "GGD-loket"): _ROLE ("huisarts"), _THING ("apotheek") or _NO_NOUN (no
        dictionary word); None for a relative, a title, a kind of person or a capitalised
        word that may be a surname ("de Boer")."""
        head = noun.rsplit("-", 1)[-1]
        if not head.islower() or not (noun.islower() or "-" in noun):
            return None
        word = fold(head)
        if word in KIN or word in TITLES or word in PERSON_KINDS:
            return None
        if is_title(word, self._lex.titles) or is_role(word) or is_agent_noun(word, self._lex):
            return _ROLE  # (an agent noun is someone: "de bezorger", "de eigenaar")
        return _THING if self.is_dictionary_word(head) else _NO_NOUN

    def _event_date(self, text: str, span: p.Span) -> bool:
        """ "De kolfbaan is geopend op 4 oktober 1987": an old date that a thing's sentence
        gives as when it was done to the thing (a participle before it) is the thing's, no
        one's birthday, unless the sentence says birth."""
        start = max(text.rfind(c, 0, span.start) for c in ".!?\n") + 1
        end = _SENTENCE_END.search(text, span.end)
        sentence = text[start : end.start() if end else len(text)]
        if p._BIRTH_CUE.search(sentence) or p._BIRTH_CUE_AFTER.match(text, span.end):
            return False
        subject = _THING_SUBJECT.match(text, start)
        return (
            subject is not None
            and self._noun_kind(subject.group("noun")) == _THING
            and _DONE_ON.search(text, subject.end(), span.start) is not None
        )

    def _named_organisation(
        self, text: str, services: list[p.Span], organisation: list[p.Span]
    ) -> bool:
        """Whose a service's number is, said beside it: the organisation's own address in the
        record, "algemeen nummer"/"hoofdnummer", one of the gemeente's places, or a label
        before the number made of capitalised words with a public or local name or an acronym
        in it ("DUO Informatie:", "Buurtbus Hemmerden:")."""
        if not services:
            return False
        if organisation or _GENERAL_NUMBER.search(text):
            return True
        # "Het nummer van de apotheek is ...": a thing's noun says whose (a role's is held,
        # and so is one only said to be reachable or for questions, as before)
        if not _SERVICE_NUMBER.search(text) and all(
            s.kind == p.PHONE and self._owner_noun(text, s) == _THING for s in services
        ):
            return True
        if any(
            " " in text[a:b] or fold(text[a:b]) == self._gemeente
            for a, b in self._local_places.finditer(text)
        ):
            return True
        return any(self._organisation_label(text, span) for span in services)

    def _organisation_holder(self, text: str, end: int) -> bool:
        """ "NL.. t.n.v. Stichting Jongerenwerk Zaanweel": after an account, the holder is two
        to five capitalised words opened by a dictionary word that is no name ("Stichting",
        "Vereniging"), a public or local name among them."""
        m = _ORGANISATION_HOLDER.match(text, end)
        return m is not None and self._organisation_name(m.group("holder"))

    def _organisation_name(self, name: str) -> bool:
        """ "Stichting Jongerenwerk Zaanweel", "Wijkpunt Lijnbaanveld": capitalised words
        opened by a dictionary word that is no name, title, kin or family ("Stichting",
        "Stadhuis"; not "Familie", "Juf", "Bakker"), a public or local name among the rest."""
        words = name.split()
        first = fold(words[0])
        return (
            len(words) >= 2
            and self.is_dictionary_word(first)
            and first not in self._lex.first_names
            and first not in self._lex.surnames
            and not is_title(first, self._lex.titles)
            and first not in KIN
            and not _PERSONAL_ACCOUNT.search(name)
            and any(self._is_public(w) or w in self._local for w in words[1:])
        )

    def _organisation_addresses(self, text: str, final: list[p.Span]) -> list[p.Span]:
        """ "Stadhuis Zaanweel, Pakhuisgracht Weel 1, 1521 AA Zaanweel": a house number and a
        postcode on a line opened by an organisation's name and a comma are its address, in a
        record where nothing else is personal."""
        if not final or any(s.kind not in (p.ADDRESS, p.POSTCODE) for s in final):
            return []
        for s in final:
            m = _ORGANISATION_LINE.match(text, text.rfind("\n", 0, s.start) + 1)
            if not m or m.end() > s.start or not self._organisation_name(m.group("name")):
                return []
        return list(final)

    def _organisation_label(self, text: str, span: p.Span, least: int = 1) -> bool:
        """ "DUO Informatie: ", "Stichting Leergeld Twente: ": capitalised words right before a
        number (at least `least`), a public or local name or an acronym among them, say whose
        it is."""
        line = text[text.rfind("\n", 0, span.start) + 1 : span.start]
        label = _NUMBER_LABEL.search(line)
        words = re.findall(r"[^\W\d_][\w'’-]*", label.group("label")) if label else []
        return len(words) >= least and any(
            (w.isupper() and len(w) >= 2) or self._is_public(w) or w in self._local for w in words
        )

    def _handle_like(self, word: str) -> str | None:
        """Where an account name is announced: "account" for an everyday word chosen as one,
        a diminutive ("tijgertje", "uiltje") or a compound or typo in no dictionary
        ("donkerewolf", "lottegamer"); "doubt" for another rare word ("kaasboer"); None for a
        frequent word or a participle ("stom", "gehackt")."""
        w = fold(word)
        if self._lex.frequency(w) >= 4.0 or p._PARTICIPLE.match(w):
            return None
        if p._DIMINUTIVE.match(w) or (not self._names._dict_word(w) and self._names.is_word(w)):
            return "account"
        return "doubt"

    def _organisation_contact(self, contact: str, kind: str) -> bool:
        """ "jongerenwerk@schiewaard.nl", "@jongerenwerk.schiewaard", "@svtorenhage",
        "info@bibliotheekschelderwaard.nl": an address or account made of ordinary words and
        the gemeente's own places (its name, buurten, clubs: the gazetteer), also glued,
        names nobody; a crew's "@lindeveld.queens" or "lotte@bibliotheek..." does."""
        if kind not in (p.EMAIL, p.HANDLE) or re.search(r"\d", contact):
            return False
        # "info@jongerenpaswf.nl", "contact@...": a role's mailbox at a domain that is no free
        # mail provider's is an organisation's, unless a first name is in the domain: a
        # person's own ("info@sannedevries.nl", "info@fotografiemarieke.nl")
        role = _ROLE_MAILBOX.fullmatch(contact) if kind == p.EMAIL else None
        if (
            role
            and role.group("local").lower() in role_mailboxes()
            and role.group("domain").lower() not in free_mail_domains()
            and not self._first_name_inside(role.group("domain"))
        ):
            return True
        if not self._local_glued:
            return False
        parts = [fold(w) for w in re.split(r"[^\w]+|_", contact) if w]
        if kind == p.EMAIL and parts and re.fullmatch(p._TLD, parts[-1], re.I):
            parts = parts[:-1]
        readings = [self._segments(w) for w in parts]
        if any(r is None for r in readings):
            return False
        # at "gmail.com" or "ziggo.nl" a person keeps the mailbox, also one named after the
        # club ("ledenadmin.vvturfwolde@gmail.com", "zwartekat@ziggo.nl")
        domain = _WRITTEN_DOMAIN.search(contact) if kind == p.EMAIL else None
        free_mail = domain is not None and domain.group(1).lower() in free_mail_domains()
        if any(readings):
            return not free_mail
        # ordinary words at a written domain of ordinary words ("wijkagent@politie.nl",
        # "noreply@sportlink.nl"): an organisation's mailbox (one read out is a person's)
        return domain is not None and not free_mail

    def _first_name_inside(self, domain: str) -> bool:
        """A listed first name of four letters or more that is no word ("jong", "wester"),
        opening or closing one of the domain's own labels (the top-level domain left out):
        "sannedevries", "fotografiemarieke"; not one inside a compound ("slingebad")."""
        return any(
            piece in self._lex.first_names and not self.is_word(piece)
            for label in (fold(x) for x in re.split(r"[.-]", domain)[:-1])
            for n in range(4, min(len(label), 12) + 1)
            for piece in (label[:n], label[-n:])
        )

    def _segments(self, word: str) -> bool | None:
        """None when `word` is not made of ordinary words and local places; else whether a
        local place is among them ("svtorenhage": True, "infobalie": False)."""
        n = len(word)
        best: list[bool | None] = [None] * (n + 1)
        best[0] = False
        for end in range(1, n + 1):
            for start in range(max(0, end - 30), end):
                if best[start] is None:
                    continue
                piece = word[start:end]
                place = piece in self._local_glued
                # a Dutch town is no person either ("groningen@jeugdfonds...")
                if place or (
                    (len(piece) >= 4 or piece in _ORGANISATION_SHORT)
                    and (self._names.is_plain_word(piece) or piece in self._towns)
                ):
                    best[end] = bool(best[end]) or best[start] or place
        return best[n]

    # --- places and addresses ---------------------------------------------------------------

    def _is_place_word(self, word: str) -> bool:
        """A street, one of the gemeente's places or a public name: no person (residual.py)."""
        street = self._is_street(word) and self._street_stem(word)
        return street or word in self._local or self._is_public(word)

    def _is_public(self, word: str) -> bool:
        return word in self._local or word in self._public or fold(word) in self._lex.proper_nouns

    def _place_ranges(self, text: str, taken: list[p.Span]) -> list[tuple[int, int]]:
        ranges = self._local.finditer(text) + self._street_people.finditer(text)
        # a town or brand right after a title or kin is a surname: "mevrouw Wassenaar",
        # "dhr. van Katwijk", "wijkagent Lekkerkerk" (the gemeente's own places stay places);
        # before a kin role it is a person: "Benu is het zusje van ..."
        ranges += [
            (a, b)
            for a, b in self._public.finditer(text)
            if not (
                text[a].isupper()
                and (self._after_title(text, a) or KIN_PREDICATE.match(text, b) is not None)
            )
        ]
        # a shop spelt like a name counts as the shop next to another shop, not next to a street
        shops = self._local_places.finditer(text) + self._public.finditer(text)
        # platforms and mail providers ("op TikTok", "via Snapchat") are never a name
        # (a platform spelt like a first name, "Kick", only after "op", "via", ...)
        ranges += [
            m.span()
            for m in p.platform_mentions(text)
            if fold(m.group(0)) not in self._lex.first_names
            or re.search(
                r"\b(?:op|via|on|naar|van)\s+$", text[max(0, m.start() - 6) : m.start()], re.I
            )
        ]
        ranges += [m.span("street") for m in _SPLIT_STREET.finditer(text)]
        # a club is named after its town or patron: "fc utrecht", "VV Ravensbeekse Boys"
        ranges += [m.span("club") for m in _CLUB.finditer(text)]
        known = self._local.finditer(text)
        for m in _STREET.finditer(text):
            if not self._is_street(m.group("word")) or not self._street_stem(m.group("word")):
                continue
            if self._surname_after_title(text, m.start("word"), m.group("word")):
                continue
            if self._surname_after_first_name(text, m.start("word"), m.group("word")):
                continue
            if self._surname_before_verb(text, m.start("word"), m.group("word")):
                continue
            # "Jan van Galenstraat" is one street, but where the gemeente knows the street
            # ("Vaartweg", "Ten Katestraat", the wijk "Lindeveld") the words before it are
            # someone's name: "Zaka van Vaartweg", "buurvrouw de Graaff van de Ten Katestraat"
            # (a known name may run on past the match: the club "Lindeveld Lions")
            starts = [a for a, b in known if m.start() <= a < m.end() <= b]
            start = min(starts) if starts else m.start()
            ranges.append((start, m.end()))
        # a shop whose name is also a first name, next to another shop or after an article
        for m in re.finditer(r"[^\W\d_]+", text):
            if (
                fold(m.group(0)) not in self._name_brands
                or re.match(r"['’][sS]?\b", text[m.end() :])
                or self._after_title(text, m.start())
                # "Otis van Kessel (12)": a tussenvoegsel and a surname, or an age
                or _PERSON_AFTER.match(text, m.end())
            ):
                continue  # not a name-like brand, a possessive ("Emma's tekening"), a surname
            before = text[max(0, m.start() - 16) : m.start()].lower()
            near = any(abs(a - m.end()) < 4 or abs(m.start() - b) < 4 for a, b in shops)
            if (
                re.search(r"\b(?:bij|naar|in|uit|richting)\s+(?:de\s+|het\s+)?$", before)
                or near
                or self._noun_after(text, m.start(), m.end())
            ):
                ranges.append(m.span())
                shops.append(m.span())
        return ranges

    def _surname_after_title(self, text: str, start: int, word: str) -> bool:
        """ "meester Ertveld", "juf heuvelhof", "mevrouw van Dalenoord": a word ending like a
        street right after a title or a relative is a surname unless the gemeente has that
        street; after a tussenvoegsel a real street's ending still makes it a street ("de
        buurman van de Molenstraat")."""
        if word in self._streets or not self._after_title(text, start):
            return False
        particles = re.search(r"\s(?i:van|de|der|den|het|'t|ter|ten)\s+$", text[:start])
        return not (particles and _REAL_STREET_END.search(fold(word)))

    def _surname_before_verb(self, text: str, start: int, word: str) -> bool:
        """ "Mantje van Zwaansdijk wil ...": a word ending like a street after a capitalised
        word and "van" opening the sentence, right before a verb of persons, is that one's
        surname when the gemeente has no such place and no house number follows (left to the
        name finder, which holds what it cannot place); a kind of person, a relative or a
        title there is from the place ("Bewoners van Zwaansdijk willen")."""
        if word in self._local or _NUMBER_AFTER_STREET.match(text, start + len(word)):
            return False
        opened = _OPENED_BY_VAN.search(text, 0, start)
        verb = _WORD_AFTER.match(text, start + len(word))
        if not verb or fold(verb.group(1)) not in PERSON_VERBS:
            return False
        if not opened:
            # "Geuzendam wil ...", "Tel. 11.20: Geuzendam wil ...": the word itself opening
            # the sentence, right before what only a person does, with an ending that ends
            # surnames as often as streets ("-dam", "-veld", not "-straat")
            return (
                _OPENS_SENTENCE.search(text, 0, start) is not None
                and fold(verb.group(1)) not in THING_VERBS
                and not _REAL_STREET_END.search(fold(word))
            )
        first = fold(opened.group("first"))
        return not (first in PERSON_KINDS or is_title(first, self._lex.titles) or is_role(first))

    def _surname_after_first_name(self, text: str, start: int, word: str) -> bool:
        """ "Parwiz Paktiawal", "tahmina paktiawal": a word ending like a street right after a
        first name (listed, or a word on no list) is a surname when its stem is neither a
        word nor a name (a street is named after a thing or a person: "Anne Frankstraat",
        "Willem Alexanderlaan"), no house number follows and the gemeente has no such
        street."""
        if word in self._local or _NUMBER_AFTER_STREET.match(text, start + len(word)):
            return False
        before = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 40) : start])
        if before is None or before.group(1) in self._local:
            return False
        # a first name on a list, or a word on none ("Parwiz")
        first = fold(before.group(1))
        if first not in self._lex.first_names and self.is_word(first):
            return False
        w = fold(word)
        stem = w[: _STREET_SUFFIX.search(w).start()].rstrip("-")
        return not any(
            self.is_word(x) or x in self._lex.first_names or x in self._lex.surnames
            for x in (stem, stem.rstrip("s"))
        )

    def _after_title(self, text: str, start: int) -> bool:
        m = _TITLE_BEFORE.search(text[max(0, start - 40) : start])
        if m is None:
            return False
        title = fold(m.group("title"))
        if title.endswith("."):  # an abbreviation: "dhr.", "mw."
            return title in self._lex.titles or title[:-1] in TITLES
        return is_title(title, self._lex.titles)

    def _noun_after(self, text: str, start: int, end: int) -> bool:
        """ "Nike schoenen", "Zara jurk": a brand names the thing after it; a person would
        take a verb ("Dirk wil") or a possessive ("Emma's jurk"), and a surname after a
        tussenvoegsel is no brand ("mick van dam stellen")."""
        m = re.match(r" ([^\W\d_]+)\b", text[end:])
        before = re.search(r"([^\W\d_']+)\s+$", text[:start])
        if (
            not m
            or not text[start].isupper()
            or (before and fold(before.group(1)) in self._lex.particles)
        ):
            return False
        word, lex = fold(m.group(1)), self._lex
        return (
            word in lex.words
            and word not in lex.verb_forms
            and word not in PERSON_VERBS
            and lex.frequency(word) < FUNCTION_WORD_ZIPF
            and word not in lex.particles
            and word not in lex.surnames  # "Wessel Mulder" is a person
            and word not in lex.first_names
        )

    def _surname(self, phrase: str) -> bool:
        """ "De Boer", "Den Berg": a place or shop spelt like a surname with tussenvoegsel."""
        words = fold(phrase).split()
        lex = self._lex
        return len(words) > 1 and words[0] in lex.particles and words[-1] in lex.surnames

    def _kind_initials(self, words: list[str]) -> set[str]:
        """ "Jongerencentrum" -> {"jc"}, "Buurthuis" -> {"bh", "bt"}: the first letter of each
        word, or of each part of a compound of two dictionary words (every such split)."""
        readings = {""}
        for word in (fold(w) for w in words):
            splits = {
                word[0] + word[i]
                for i in range(3, len(word) - 2)
                if word[:i] in self._lex.words and word[i:] in self._lex.words
            }
            readings = {r + i for r in readings for i in splits or {word[0]}}
        return readings

    def _short_forms(self, place: str) -> list[str]:
        """ "Jongerencentrum De Ringoven" -> "De Ringoven", "Ringoven"; the bare name only when
        no word of it is a first name ("Basisschool De Roos" protects no "Roos")."""
        words = place.split()
        forms = []
        # "De Schacht" is also "Schacht" ("Jongerenwerker Schacht:"), even when a surname is
        # spelt so (the gemeente's own place is named that), never when a first name is
        if len(words) == 2 and fold(words[0]) in ("de", "het", "'t") and len(words[1]) >= 5:
            if fold(words[1]) not in self._lex.first_names:
                forms.append(words[1])
        for i, w in enumerate(words[1:], 1):
            if fold(w) in ("de", "het", "'t") and i + 1 < len(words):
                forms.append(" ".join(words[i:]))
                rest = " ".join(words[i + 1 :])
                # (a surname spelt so is the place here: "Jongerenwerker Schacht")
                if len(rest) >= 5 and not any(
                    fold(x) in self._lex.first_names for x in words[i + 1 :]
                ):
                    forms.append(rest)
                break
        return forms

    def _is_street(self, word: str) -> bool:
        """A word ending like a street, but not a name that happens to ("Bakker", "Dijk")."""
        w = fold(word)
        suffix = _STREET_SUFFIX.search(w)
        # a stem of three letters at least: "Kowal" or "Stam" is no street on "-wal"/"-am"
        if not suffix or suffix.start() < 3 or word in self._local:
            # the gemeente's own wijk or park ending like a street ("Klinkerhoven 4 –
            # Uiterwaard 3" is a score) is no street: only its streets take house numbers
            return bool(suffix and word in self._local) and (
                word in self._streets or word not in self._local_places
            )
        last = w.rsplit("-", 1)[-1]  # "de Vries-Bakker" is a double surname
        return all(
            x not in self._lex.surnames and x not in self._lex.first_names for x in (w, last)
        )

    def _street_stem(self, word: str) -> bool:
        """A street is named by a word before its ending ("Kerk|straat", "Narcissen|laan"),
        or a long stem; "Lii|baan" is a name, not a street to protect."""
        w = fold(word)
        if word in self._local:
            return True
        stem = w[: _STREET_SUFFIX.search(w).start()].rstrip("-")
        return len(stem) >= 5 or self.is_word(stem) or self.is_word(stem.rstrip("s"))

    def _address_spans(self, text: str) -> list[p.Span]:
        spans = []
        for m in _STREET_NUMBER.finditer(text):
            if self._is_street(m.group("street")):
                spans.append(p.Span(m.start("number"), m.end("number"), p.ADDRESS))
        for _, end in self._streets.finditer(text):
            after = _NUMBER_AFTER_STREET.match(text, end) or _WORDED_AFTER_KNOWN_STREET.match(
                text, end
            )
            if after:
                spans.append(p.Span(after.start("number"), after.end("number"), p.ADDRESS))
        for m in _NUMBER_WORD.finditer(text):
            if not self._numbers_a_thing(text, m):
                spans.append(p.Span(m.start("number"), m.end("number"), p.ADDRESS))
        for m in _WORDED_AFTER_HOUSE_NUMBER.finditer(text):
            spans.append(p.Span(m.start("number"), m.end("number"), p.ADDRESS))
        for m in _WORD_BEFORE_NUMBER.finditer(text):
            if self._scanned(m.group("label")) in ("huisnummer", "huisnr"):
                spans.append(p.Span(m.start("number"), m.end("number"), p.ADDRESS))
        worded = [*_WORDED_AFTER_STREET.finditer(text), *_WORDED_AFTER_STREET_NUMBER.finditer(text)]
        for m in worded:
            if self._is_street(m.group("street")):
                spans.append(p.Span(m.start("number"), m.end("number"), p.ADDRESS))
        # "op nummer twaalf" about a home, not "nummer twee op de lijst"
        if _HOME_CUE.search(text):
            for m in _WORDED_AFTER_NUMBER_WORD.finditer(text):
                spans.append(p.Span(m.start("number"), m.end("number"), p.ADDRESS))
        # a floor is part of an address after a house number ("Getouwstraat 9 3-hoog"); alone
        # ("ik woon op 3 hoog") it places nobody
        numbers = list(spans)
        spans += [
            p.Span(m.start(), m.end(), p.ADDRESS)
            for m in _FLOOR.finditer(text)
            if any(0 <= m.start() - s.end <= 3 for s in numbers)
        ]
        for sentence in re.finditer(r"[^.!?\n]+", text):
            if not _HOME_CUE.search(sentence.group(0)):
                continue
            for m in _STOREY.finditer(sentence.group(0)):
                spans.append(
                    p.Span(sentence.start() + m.start(), sentence.start() + m.end(), p.ADDRESS)
                )
            for m in _OP_NUMBER.finditer(sentence.group(0)):
                start = sentence.start() + m.start("number")
                spans.append(p.Span(start, start + len(m.group("number")), p.ADDRESS))
        return spans

    def _numbers_a_thing(self, text: str, m: re.Match) -> bool:
        """ "Factuur nr. 2026-118", "Lantaarnpalen nr. 12, 15 en 18", "Actiepunt nr. 4": after
        a noun that is no street and no home, "nr." numbers that thing; and a year with a
        serial ("2026-0412") is a document's number, never a house."""
        if _YEAR_SERIAL.match(text, m.start("number")):
            return True
        if m.group(0).lower().startswith("huis"):
            return False  # "huisnummer 12" says what it numbers
        # (also in brackets after the noun: "De dienstbus (nummer 12) rijdt ...")
        before = re.search(
            r"([^\W\d_][\w-]{4,})\s*(?:\(\s*)?$", text[max(0, m.start() - 60) : m.start()]
        )
        if not before:
            return False
        noun = before.group(1)
        read = self._scanned(noun)  # "huisnurnrner nr 44": the label a scanner misread
        return (
            self.is_word(noun)
            and self._lex.frequency(fold(noun)) < FREQUENT_WORD_ZIPF  # not "naast nr 41"
            and not self._is_street(noun)
            and not _HOME_CUE.fullmatch(read)
            and read not in _HOME_NOUNS
        )

    def _scanned(self, word: str) -> str:
        """The word as a scanner may have misread it ("huisnurnrner" -> "huisnummer"), folded;
        the word itself when it is vocabulary as written or reads as nothing else."""
        folded = fold(word)
        if folded in self._lex.words:
            return folded
        return self._names.scanned_reading(folded) or folded


def _sentence(text: str, position: int) -> str:
    """The sentence (or line) of the text around `position`."""
    start = max(text.rfind(c, 0, position) for c in ".!?\n") + 1
    # (a sentence's point, not a number's: "075 632.00.00")
    end = _SENTENCE_END.search(text, position)
    return text[start : end.start() if end else len(text)]


def _street_namesakes(streets: Iterable[str]) -> list[str]:
    """ "Marga Klompéstraat" -> "Marga Klompé", "Ciske de Rattestraat" -> "Ciske de Rat"
    (a linking -e, -s or -te dropped); only streets of two words or more, named after a
    person with a first name."""
    out = []
    for street in streets:
        words = street.split()
        suffix = _STREET_SUFFIX.search(fold(words[-1])) if len(words) >= 2 else None
        if not suffix or suffix.start() < 2:
            continue
        stem = words[-1][: suffix.start()].rstrip("-")
        head = " ".join(words[:-1])
        out.append(f"{head} {stem}")
        for link in ("te", "e", "s"):
            if stem.lower().endswith(link) and len(stem) - len(link) >= 2:
                out.append(f"{head} {stem[: -len(link)]}")
    return out


def _bare(word: str) -> str:
    """Folded, without a possessive ending: "Jerry's" -> "jerry"."""
    return re.sub(r"['’]s$", "", fold(word))


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _overlap(a: p.Span, b: p.Span) -> bool:
    return a.start < b.end and b.start < a.end


def _resolve(spans: list[p.Span]) -> list[p.Span]:
    """Non-overlapping spans; on overlap the earlier detector wins, then the longer span."""
    chosen: list[p.Span] = []
    for span in spans:
        if span.end <= span.start:
            continue
        clashes = [c for c in chosen if _overlap(c, span)]
        if not clashes:
            chosen.append(span)
        elif all(c.kind == span.kind for c in clashes):
            # the same kind found twice: keep the union
            for c in clashes:
                chosen.remove(c)
            start = min([span.start, *(c.start for c in clashes)])
            end = max([span.end, *(c.end for c in clashes)])
            chosen.append(p.Span(start, end, span.kind))
    return sorted(chosen, key=lambda s: s.start)


def _merge(spans: list[p.Span], text: str) -> list[p.Span]:
    """Adjacent name tokens ("sanne van der meer") become one span, so one marker."""
    merged: list[p.Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if merged and re.fullmatch(r"[\s'’-]*", text[merged[-1].end : span.start]):
            merged[-1] = p.Span(merged[-1].start, span.end, span.kind)
        else:
            merged.append(span)
    return merged


_SURNAME_INITIAL = re.compile(
    r"\s[A-Za-z]\.(?![\w.])"
    # in lowercase a consonant alone: "jesse b wil", "groetjes jesse b" (a vowel alone may be
    # a word, "u", "a", "o"; so may d, k, m, n, s, t in chat and dialect: "k", "t", "n plan")
    r"|[ \t][bcfghjlpqrvwxyz](?=[ \t]*(?:[,;:!?)\n]|$)|[ \t]+[^\W\d_]{2})"
)
# "V. Bleeker", "J.P. de Wit": initials before a surname are part of the name
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){1,4}\s*$")
_AGE_IN_BRACKETS = re.compile(r"\s*\(\s*\d{1,2}\s*(?:j|jr|jaar)?\.?\s*\)")


def _name_tails(spans: list[p.Span], text: str) -> list[p.Span]:
    """What belongs to a name found by the allowlist: a surname initial ("ammar s.",
    "Klaas-Wiebe W."), and the age of initials the shape detector missed ("yyz (12)")."""
    out = []
    for span in spans:
        end, start = span.end, span.start
        initials = _INITIALS_BEFORE.search(text, max(0, span.start - 12), span.start)
        if initials and span.kind == p.NAME:
            start = initials.start()
        initial = _SURNAME_INITIAL.match(text, end)
        if initial:
            end = initial.end()
        word = text[span.start : span.end]
        age = _AGE_IN_BRACKETS.match(text, end)
        if age and len(word) <= 3 and word.isalpha():
            out.append(p.Span(start, age.end(), p.INITIALS_AGE))
        else:
            out.append(p.Span(start, end, span.kind))
    return out


def _to_original(spans: list[p.Span], start: int, end: int) -> tuple[int, int]:
    """Offsets in the scrubbed text back to the original (`spans` replaced, in order); a
    position inside a marker goes to the edge of what it replaced."""

    def back(position: int, edge: str) -> int:
        shift = 0
        for span in spans:
            marker_start = span.start + shift
            marker_end = marker_start + len(MARKERS[span.kind])
            if position < marker_start:
                break
            if position < marker_end or (position == marker_end and edge == "end"):
                return span.start if edge == "start" else span.end
            shift += len(MARKERS[span.kind]) - (span.end - span.start)
        return position - shift

    return back(start, "start"), back(end, "end")


def _replace(text: str, spans: list[p.Span]) -> str:
    out, last = [], 0
    for span in spans:
        out.append(text[last : span.start])
        out.append(MARKERS[span.kind])
        last = span.end
    out.append(text[last:])
    return "".join(out)
