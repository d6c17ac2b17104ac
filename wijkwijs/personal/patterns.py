"""Personal data with a shape: contact details, numbers, dates of birth, plates, classes.

Each detector returns `Span`s over the original text; the scrubber resolves overlaps and
replaces them. Checksums come from maintained libraries: `python-stdnum` for BSN and IBAN,
`phonenumbers` (Google's libphonenumber metadata) for phone numbers, so a number that merely
has the right length is not taken for one and a real one in an odd grouping is not missed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import phonenumbers
from stdnum import iban as std_iban
from stdnum.nl import bsn as std_bsn

from wijkwijs.personal import dialect
from wijkwijs.personal.lexicon import listed

# kinds (the evaluation corpus uses the same names)
NAME = "name"
PHONE = "phone"
EMAIL = "email"
HANDLE = "handle"
ADDRESS = "address"
POSTCODE = "postcode"
BSN = "bsn"
BIRTH_DATE = "birth_date"
INITIALS_AGE = "initials_age"
IBAN = "iban"
LICENCE_PLATE = "licence_plate"
CLASS_NAME = "class_name"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


_SEP = r"[ \t.\-/]"  # what people put between digit groups

# --- e-mail, links and handles -----------------------------------------------------------

_AT = (
    r"(?:\s?@@?\s?|\s?[\[({]\s?(?:at|a|@|apenstaartje)\s?[\])}]\s?"
    r"|\s+(?:at|apenstaartje)\s+|_at_)"
)
_DOT = r"(?:\s?\.\s?|\s?[\[({]\s?(?:dot|punt|\.)\s?[\])}]\s?|\s+(?:dot|punt)\s+|_dot_)"
_LOCAL_DOT = r"(?:\.|\s?[\[(]\s?(?:dot|punt|\.)\s?[\])]\s?|\s(?:dot|punt|\.)\s)"
_TLD = r"(?:com|nl|net|org|be|de|eu|info|io|me|co\.uk|uk|fr|live|nu|online|app)"
# the local part may be written out too: "fatima punt benali at gmail punt com"; a comma for
# the last dot is a common slip ("gmail,com")
# (written out, any country's two letters too: "krystian.p[at]onet.pl")
_EMAIL = re.compile(
    rf"(?<![\w.@])[\w+-]+(?:{_LOCAL_DOT}[\w+-]+)*{_AT}[\w-]+(?:{_DOT}[\w-]+)*?(?:{_DOT}|,)"
    rf"(?:{_TLD}\b|[a-z]{{2}}\b(?!\.\w))",
    re.IGNORECASE,
)
# mail providers people name without the rest: "sanne @gmail", "gmail: sanne2009"
_MAIL_PROVIDERS = r"gmail|hotmail|outlook|live|icloud|yahoo|ziggo|kpnmail|msn|protonmail|xs4all"
# a literal address with any top-level domain ("ines.fernandes@sapo.pt", "x@abv.bg")
_EMAIL_PLAIN = re.compile(r"(?<![\w.@])[\w.+-]*\w@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.I)
_EMAIL_NO_TLD = re.compile(
    rf"(?<![\w.@])[\w.+-]*\w{_AT}(?:{_MAIL_PROVIDERS})\b(?!\s?(?:\.|punt|dot)\s?\w)", re.I
)
# "lotte_v op gmail", "sanneVDB op hotmail punt com": "op" before a mail provider reads as
# "at" after a username (a digit, "_", "." or a capital inside it; "ik zit op gmail" is none)
_EMAIL_OP = re.compile(
    rf"(?<![\w.@])(?=[\w.+-]*(?:[._\d+-]|(?-i:[a-z][A-Z])))[\w.+-]*\w\s+op\s+(?:{_MAIL_PROVIDERS})\b(?:{_DOT}{_TLD}\b)?",
    re.I,
)
# a username: a name or unknown word glued to a year or a birth year ("sanne2009", "mo_2010")
_USERNAME = re.compile(r"(?<![\w@.])[A-Za-z][A-Za-z]{2,}[._]?(?:19|20)?\d{2}(?![\w])")
_PLATFORM_HOSTS = (
    r"instagram\.com|instagr\.am|tiktok\.com|snapchat\.com|youtube\.com|youtu\.be|twitch\.tv|"
    r"twitter\.com|x\.com|facebook\.com|fb\.com|discord\.gg|discord\.com|discordapp\.com|"
    r"t\.me|telegram\.me|wa\.me|linktr\.ee|roblox\.com|threads\.net|bere\.al|pinterest\.\w+|"
    r"soundcloud\.com|spotify\.com/user|steamcommunity\.com|github\.com|reddit\.com/u(?:ser)?"
)
_PROFILE_LINK = re.compile(
    rf"(?:https?://)?(?:www\.|m\.|vm\.)?(?:{_PLATFORM_HOSTS})/[^\s,;)]*", re.IGNORECASE
)
_AT_HANDLE = re.compile(
    r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?"
    # a Discord tag: "stekel#2207"
    r"|(?<![\w#])[A-Za-z0-9_.]{2,32}#\d{4}(?![\w])"
)
_PLATFORM = (
    r"insta(?:gram)?|ig|snap(?:chat)?|sc|tik\s?tok|tt|discord|dc|twitter|x|youtube|yt|twitch|"
    r"telegram|tg|bereal|roblox|fortnite|epic|psn|playstation|xbox|gamertag|steam|threads|"
    r"pinterest|soundcloud|spotify|kick|facebook|fb|whatsapp|signal|onlyfans|tumblr|"
    # the account itself, whatever the platform: "username: x", "naam in de game is x"
    r"username|gebruikersnaam|accountnaam|gamenaam|spelersnaam|nickname|schermnaam|"
    r"in-?game[ \t]?naam|naam[ \t]+in[ \t]+(?:de[ \t]+)?game|" + _MAIL_PROVIDERS
)
_PLATFORM_MENTION = re.compile(rf"\b(?:{_PLATFORM})\b", re.IGNORECASE)
# "ze heet op roblox x", "ik ben op discord x": the sentence already says a name follows
_NAMED_BEFORE = re.compile(
    r"\b(?:heet|heten|ben|is|noemt?)\s+(?:ik\s+|ze\s+|hij\s+)?(?:op|in|bij)\s+$", re.I
)
# "add me: tijgertje op snap", "ik ben timthegamer op youtube": the account before its platform
_HANDLE_BEFORE = re.compile(
    r"(?:\b(?:ik\s+ben|ze\s+is|hij\s+is|heet|heten|add|volg|zoek)(?:\s+(?:me|mij|ons|haar|hem))?"
    r"\s*:?\s*)(?P<handle>[\w][\w.#-]*[\w#])\s+(?:op|on|via)\s+$",
    re.I,
)
# words between a platform and the account name: "insta naam is x", "xbox gamertag: x"
_HANDLE_LEAD = re.compile(
    r"\s*(?:\s*(?:(?:ben|heet|heten|is)\s+(?:ik|ze|zij|hij|je)|"  # "op discord ben ik x"
    r"naam|name|account|accountnaam|id|tag|gamertag|username|gebruikersnaam|user|"
    r"handle|nick|kanaal|channel|profiel|is|=|:|->|als|heet|onder|op|me|mij|ons|met|"
    r"van\s+(?:hem|haar|mij)"
    r"|van\s+(?:mijn|m'n|zijn|z'n|haar|d'r|hun)\s+[^\W\d_]+"  # "insta van mijn zus: x"
    r")\b\s*|\s*[:=@-]\s*)*"
)
# what marks the word after a platform as its account name: "insta: x", "snap is x"
_HANDLE_MARK = re.compile(
    r"[:=@]|\b(?:is|heet|heten|ben|naam|name|tag|gamertag|id|username)\b", re.I
)
_HANDLE_WORD = re.compile(r"@?[\w][\w.#-]*[\w#]|@?\w")

# --- numbers -----------------------------------------------------------------------------

# (groups may wrap onto the next line)
_IBAN = re.compile(
    r"\b[A-Z]{2}[ \-.]?\d{2}(?:(?:[ \-.]|[ \t]*\r?\n[ \t]*)?[A-Z0-9]){10,30}\b", re.IGNORECASE
)
_IBAN_GROUP_END = re.compile(r"(?=[\s\-.])|$")
_NL_IBAN_SHAPE = re.compile(r"^NL\d{2}[A-Z]{4}\d{10}$")
# an account number of zeros only, after the country, check digits and bank code
_PLACEHOLDER_IBAN = re.compile(r"^[A-Z]{2}\d{2}[A-Z]*0{8,}$")
# ("(0)6 12345678": the trunk zero in brackets without the country code before it)
_PHONE_CANDIDATE = re.compile(
    # (not the minutes of a time: "06:03 - 06.38.55.18.37")
    r"(?<![\w+])(?<!\d:)(?:(?:\+|00)\s?\d{2,3}[\s.\-]?(?:\(0\)[\s.\-]?)?|\(0\d{1,3}\)\s?"
    r"|\(0\)[\s.\-]?|0[ \t.\-]?)\d"
    # groups may be split over a line, as a form field wraps: "06\n12345678"
    r"(?:[ \t.\-/()]{0,3}(?:\r?\n[ \t.\-/]*)?\d){6,12}(?!\d)"
)
# a voice memo typed out: "nul zes 51 48 00 09", "nul 6 12345678"
_DICTATED_MOBILE = re.compile(
    r"\b(?:nul[\s-]+zes|nul[\s-]*6|0[\s-]*zes)(?:[\s.\-]*\d){8}(?!\d)", re.IGNORECASE
)
_BSN_CANDIDATE = re.compile(r"(?<![\d,.\-/])\d(?:[ .\-]?\d){7,8}(?![\d/]|[,.\-]\d)")
# a table cell holds a BSN whole, in one of the groupings people write: 123456782, 1234.56.782,
# 123.456.782, 123 456 782, 123-456-782 (codes such as BU03630000 or dates are no candidate)
_BSN_IN_CELL = re.compile(
    r"(?<![\w.,/:-])(\d{9}|\d{4}([ .\-])\d{2}\2\d{3}|\d{3}([ .\-])\d{3}\3\d{3})"
    r"(?![\w,/:-]|[.\-]\d)"
)
# opening hours: "19.00-23.00", "8.30-15.40"
_TIME_RANGE = re.compile(r"(?<!\d)\d{1,2}[.:][0-5]\d\s?[-–]\s?\d{1,2}[.:][0-5]\d(?!\d)")
_DATE_SHAPE = re.compile(
    r"\d{1,2}([-/.])\d{1,2}\1(?:19|20)?\d{2}|(?:19|20)\d{2}([-/.])\d{1,2}\2\d{1,2}"
)
_YEAR_RANGE = re.compile(r"(?:19|20)\d{2}\s?[-/]\s?(?:19|20)\d{2}")
# a free or paid service line of eight digits: "0800-1234", "0900 8844"
_SERVICE_LINE = re.compile(r"0(?:800|90\d)[ .\-]?\d{4}")
_ORGANISATION_NUMBER_CUE = re.compile(
    r"\b(?:kvk|kamer\s+van\s+koophandel|handelsregister|rsin)[\w-]*[\s:.]*(?:nr\.?|nummer)?[\s:.]*$",
    re.IGNORECASE,
)
_BSN_CUE = re.compile(r"\b(?:bsn|burgerservice\s?nummer|sofi(?:nummer)?|bsn-nummer)\b", re.I)

# Dutch postcodes: four digits (no leading zero) and two letters; SA, SD and SS are not issued.
# (not the second group of a number: "0800-8020 is"; not the head of a longer code whose
# parts are joined by hyphens: "dossiernummer 2026-JZ-0912" is no postcode and a number)
_POSTCODE = re.compile(
    r"(?<!\d[\-./])\b[1-9]\d{3}[ \-]?(?!sa\b|sd\b|ss\b)[A-Za-z]{2}\b(?![\-/]\d)",
    re.IGNORECASE,
)
# "postcode", "mijn postcode is", "pc van ons huis:": the clause before says a postcode follows
# (a few words may stand between)
_POSTCODE_CUE = re.compile(r"\b(?:postcode\w*|pc)\b(?:[\s:,]+[^\W\d_]+){0,3}[\s:]*$", re.IGNORECASE)
_PO_BOX = re.compile(r"\b(?:postbus|antwoordnummer)\s*\d{1,6}\s*,?\s*$", re.IGNORECASE)
# what else four digits before a word are: a year, a round number, a time after "om"
_NOT_A_POSTCODE_NUMBER = re.compile(
    r"(?:19|20)\d\d|\d\d00|(?<=\bom )(?:[01]\d|2[0-3])[0-5]\d"
    r"|(?<=\b(?:tot|van) )(?:[01]\d|2[0-3])[0-5]\d",
    re.IGNORECASE,
)

# --- licence plates: the 14 Dutch sidecodes ----------------------------------------------

_SIDECODES = (
    "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
    "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
)  # fmt: skip


def _sidecode(shape: str, sep: str) -> str:
    return sep.join(
        "".join("[A-Z]" if c == "L" else r"\d" for c in group) for group in shape.split("-")
    )


_PLATE_DASHED = re.compile(
    r"(?<![\w-])(?:" + "|".join(_sidecode(s, "-") for s in _SIDECODES) + r")(?![\w-])",
    re.IGNORECASE,
)
_PLATE_SPACED = re.compile(
    r"(?<![\w-])(?:" + "|".join(_sidecode(s, " ") for s in _SIDECODES) + r")(?![\w-])",
    re.IGNORECASE,
)
_PLATE_BARE = re.compile(
    r"(?<![\w-])(?:" + "|".join(_sidecode(s, "") for s in _SIDECODES) + r")(?![\w-])",
    re.IGNORECASE,
)
_PLATE_CUE = re.compile(r"\b(?:kenteken|nummerbord|plaat|scooter|auto|brommer|busje)\b", re.I)

# --- dates of birth ----------------------------------------------------------------------

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)  # fmt: skip
# with their abbreviations and the English names and order that exports and forms also use
MONTH_NUMBERS = {name: number for number, name in enumerate(MONTHS, 1)} | {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mrt": 3, "mar": 3, "march": 3, "apr": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sept": 9,
    "sep": 9, "okt": 10, "oct": 10, "october": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_WORD = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_NUMERIC_DATE = re.compile(
    r"(?<![\d\w])(?<!\d[-/.])(?:(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4}|\d{2})"
    r"|(?P<iy>(?:19|20)\d{2})(?P<sep>[-/.])(?P<im>\d{1,2})(?P=sep)(?P<id>\d{1,2})"
    # a year cut to two digits after an apostrophe: "07-03-'12"
    r"|(?P<ad>\d{1,2})[-/.](?P<am>\d{1,2})[-/.]?\s?['’](?P<ay>\d{2}))"
    r"(?:(?=T\d{2}:)|(?![\d\w]))"  # an ISO date may carry a time: "1987-04-03T10:00"
    r"(?![.\-/]\d)"  # part of a longer number: "06.11.00.21.42" is a phone
)
# numbers as a voice memo types them out: "drie maart 2009", "twaalf juni tweeduizend tien"
_UNITS = "een twee drie vier vijf zes zeven acht negen".split()
_TEENS = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
NUMBER_WORDS = {w: i for i, w in enumerate(_UNITS, 1)} | {w: i for i, w in enumerate(_TEENS, 10)}
NUMBER_WORDS |= {"één": 1, "twintig": 20, "dertig": 30}
NUMBER_WORDS |= {f"{u}en{t}": n + 10 * k for k, t in ((2, "twintig"), (3, "dertig"))
                 for n, u in enumerate(_UNITS, 1) if n + 10 * k <= 31}  # fmt: skip
# "tweeëntwintig", "drieëntwintig" as they are spelt, "tweeentwintig" as they are typed
NUMBER_WORDS |= {f"{u}ën{t}": n + 10 * k for k, t in ((2, "twintig"), (3, "dertig"))
                 for n, u in enumerate(_UNITS, 1)
                 if u.endswith("e") and n + 10 * k <= 31}  # fmt: skip
# a day as the dialects say it: "vief november" (dialect.py's correspondences)
_DAY_NUMBERS = {v: n for w, n in NUMBER_WORDS.items() for v in dialect.spellings(w)} | NUMBER_WORDS
_DAY_WORD = "|".join(sorted(_DAY_NUMBERS, key=len, reverse=True))
# an address read out with its local part in pieces: "mahdi r zeven apenstaartje outlook punt
# com" (letters and numbers said one by one after the first word belong to the address)
_EMAIL_SPOKEN = re.compile(
    rf"(?<![\w.@])[^\W\d_]+(?:[ \t]+(?:[^\W\d_]|\d{{1,4}}|{_DAY_WORD})(?![\w])){{1,3}}"
    r"[ \t]+(?:apenstaartje|at)[ \t]+[\w-]+(?:[ \t]+(?:punt|dot)[ \t]+[\w-]+){1,2}",
    re.IGNORECASE,
)
# the ordinals not made of their number and -de/-ste ("vierde", "achtste")
_ORDINALS = {"eerste": 1, "derde": 3}
# "tweeduizend twaalf", and as years are said in English too: "twintig twaalf" (2012)
_YEAR_WORDS = (
    rf"tweeduizend(?:[\s-]?en)?(?:[\s-]?(?:{_DAY_WORD}))?"
    rf"|twintig[\s-](?:{_DAY_WORD})(?![\w])"
)
# day and month in words, the day also with a suffix ("3e", "21ste") or in words, the year
# optional: "3 april 1987", "3 apr. '87", "03-apr-1987", "twaalf juni tweeduizend tien"
_WRITTEN_DATE = re.compile(
    # "de 9e van mei", "de derde van juni": an ordinal day "of" the month (the article stays)
    rf"(?<![\w])(?:(?P<d>\d{{1,2}})(?:(?:e|ste|de)\s+van\s+|(?:e|ste|de)?[\s\-./]*)"
    rf"|(?P<dw>{_DAY_WORD}|eerste|derde)(?:(?:e|ste|de)?\s+van\s+|(?:e|ste|de)?\s+))"
    rf"(?P<m>{_MONTH_WORD})\.?(?![^\W\d_])"
    rf"(?:[\s\-.,/]*(?P<y>(?:19|20)\d{{2}}|['’]\d{{2}}|{_YEAR_WORDS})(?!\d))?",
    re.IGNORECASE,
)
# the English order: "april 3, 1987"
_MONTH_FIRST_DATE = re.compile(
    rf"(?<![\w])(?P<m>{_MONTH_WORD})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)",
    re.IGNORECASE,
)
# a table cell that is nothing but a date without separators: "19870403", "03041987"
_COMPACT_DATE = re.compile(r"^(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})$"
                           r"|^(?P<d2>\d{2})(?P<m2>\d{2})(?P<y2>(?:19|20)\d{2})$")  # fmt: skip
# "jaorig", "verjoardag": the cues as the dialects spell them
_DIALECT_CUES = "|".join(sorted(dialect.spellings("jarig") | dialect.spellings("verjaardag")))
_BIRTH_CUE = re.compile(
    r"(?:\bgeb(?:oren)?\b\.?|\bgeboorte\w*|\bgebdatum|\bdob\b|\bjarig|\bverjaardag|\bbday\b|"
    rf"\b(?:{_DIALECT_CUES})\b|"
    r"\bb-day\b|\bbirthday|\bwordt\s+\d{1,2}\b|\bgeboortedag|\bverjaart)",
    re.IGNORECASE,
)
# "op 2 april zijn verjaardag", "5 mei jarig", "3-4 geboren"
_BIRTH_CUE_AFTER = re.compile(
    r"[\s,)\]'\"’”*]*(?:(?:is|was|wordt|ben|heeft|had)\s+)?(?:(?:zijn|haar|z'n|d'r|mijn|m'n|hun|de)\s+)?"
    r"(?:geboren|jarig|verjaardag|verjaart|bday|b-day|birthday)",
    re.IGNORECASE,
)
# "geboren in maart 2011", "geboortedatum: mei 2010": a month and a year after the cue go
# together
_YEAR_AFTER_BIRTH_CUE = re.compile(
    rf"(?<![\w])(?:(?:{_MONTH_WORD})\.?[\s\-/]+)?(?:19|20)\d{{2}}(?!\d)", re.IGNORECASE
)
# "hij is in 2011 geboren", "maart 2011 geboren": the year (and month) before the cue
_YEAR_BEFORE_BORN = re.compile(
    rf"(?<![\w])(?:(?:{_MONTH_WORD})\.?\s+)?(?:19|20)\d{{2}}"
    r"(?=[)\]'\"’”*,]?\s+geboren\b)",
    re.IGNORECASE,
)
# (not inside a number in groups: "+31 6 1933 7114", "06 12 03 2010 55")
_SPACED_DATE = re.compile(
    r"(?<![\d\w.,:+])(?<!\d[ \t])(\d{1,2})[ \t](\d{1,2})[ \t]((?:19|20)\d{2})"
    r"(?![\d\w]|[.,:]\d|[ \t]\d)"
)
_DAY_MONTH = re.compile(r"(?<![\d\w/.-])(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})(?![\d\w]|[-/.]\d)")

# --- initials with an age, school classes ------------------------------------------------

# an age as a child or a teenager, in digits or written out: "(14)", "(zestien)", "negen jaar"
AGE_WORDS = "|".join(
    sorted((w for w, n in NUMBER_WORDS.items() if 6 <= n <= 23), key=len, reverse=True)
)
_AGE = rf"(?:\d{{1,2}}|{AGE_WORDS})"

_INITIALS_AGE = re.compile(
    # "S.vd.B.", "J.v.d.M.": initials around an abbreviated tussenvoegsel ("t/m 12 jaar" is none)
    r"(?<![\w./])(?P<init>(?:[a-z]\.\s?){1,3}(?:vd|vdr|v|d|t|ter)\.\s?(?:[a-z]\.\s?){1,2}"
    # (two letters after a number are its addition: "89 hs, 2 hoog", "12-bis")
    # ("S.K.-T.", "R.-J.P.": the initials of a double name)
    r"|(?:[^\W\d_]\.-?\s?){1,5}|[A-Za-z](?=\s*\()|(?<!\d )(?<!\d-)[A-Z]{2}(?=\s*[(,])"
    r"|[A-Za-z](?=\s+\d{1,2}\s*(?:jr|jaar|j)\b))"  # "S 18jr"
    rf"(?P<age>\s*\(\s*{_AGE}\s*(?:j(?:r|aar)?\.?)?\s*\)"
    rf"|\s*,?\s*{_AGE}\s*(?:jr|jaar|j)\b\.?(?!\s*(?:geleden|lang|terug))"
    rf"|\s*[-–]\s*{_AGE}\s*(?:jr|jaar|j)\b\.?"  # "ö.w. - 14 jaar", "T.K., zestien jaar"
    r"|\s*,\s*\d{1,2}\b(?!\s*(?:uur|euro|min|%|-?hoog\b))"
    # "(R.J.M. 15)", "j.h. 17 vertelt": a bare age after two or more dotted initials, closed
    # by a bracket or followed by what a person does (not "o.a. 15 jongeren")
    # "R.J. - 15,": a dash before it, as a list of sign-ups is typed
    r"|(?<=\w\.\w\.)\s*[-–]\s*\d{1,2}(?![.,]?\d)(?=\s*[)\],;.—–]|\s*$)"
    r"|(?:(?<=\w\.\w\.)|(?<=\w\.\w\.\s))\s*\d{1,2}(?=\s*[)\],;—–]|\s+(?:vertelt|vertelde|vindt|vond|wil|"
    r"wilde|zegt|zei|vraagt|vroeg|stelt|stelde|meldt|meldde|klaagt|heeft|had|woont|komt)\b"
    # "W.F. 15 en A.J. (12)": a list of sign-ups by their initials
    r"|\s+(?:en|&)\s+(?:[^\W\d_]\.){1,4}))",
    re.IGNORECASE,
)
_AGE_AFTER_NAME = (
    rf"\s*\(\s*{_AGE}\s*(?:j(?:r|aar)?\.?)?\s*\)|\s*[,–-]?\s*{_AGE}\s*(?:jr|jaar|j)\b\.?"
)
# "A.B. van Dijk, 15 jaar", "J.K. Öztürk (14)", "m. de vries, 13 jr": initials, a surname with
# its tussenvoegsels, and an age (not "o.a. jongeren, 15 jaar": an abbreviation of OpenTaal's)
_INITIALS_NAME_AGE = re.compile(
    r"(?<![\w./])(?P<init>(?:[^\W\d_]\.\s?){1,4})\s*"
    r"(?P<particles>(?:(?:van|de|der|den|ter|ten|het|'t|te|in|op|el|al|bin|ben|da|dos|du|la|le|"
    r"von|v\.d\.|vd)\s+){0,3})"
    r"(?P<surname>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?)"
    rf"(?P<age>{_AGE_AFTER_NAME})(?!\s*(?:geleden|lang|terug))",
    re.IGNORECASE,
)
# Dutch school types and streams as classes are named: "2havo-c", "3kader", "tto 1", "v3b"
_SCHOOL_TYPES = (
    r"havo|vwo|vmbo|mavo|atheneum|gymnasium|gym|lyceum|tto|kader|basis|kb|bb|gl|tl|gt|mh|hv|"
    r"vt|lwoo|isk|pro|bk|kgt|mhv|tvwo|thavo|h|v|m|b"
)
# what makes the number before it a class's year, not a house number or a gamertag's digits
# ("Schering 4 havo", "Twickel College 3 vmbo-k"): the education levels of the class names
# above that are no everyday word ("gym", "basis", "pro"), no school's name ("Lyceum De
# Schering") and no abbreviation of two letters or fewer
_NOT_A_LEVEL_ALONE = frozenset("gym lyceum basis pro".split())
SCHOOL_LEVEL_AFTER = (
    r"[ \t]?(?:"
    + "|".join(t for t in _SCHOOL_TYPES.split("|") if len(t) > 2 and t not in _NOT_A_LEVEL_ALONE)
    + r")(?![^\W\d_])"
)
_CLASS = re.compile(
    r"\b(?:brugklas|klas|groep|gr\.?|leerjaar|jaar)\s*\d{1,2}(?:\s?[/&-]\s?\d(?!\d))?"
    # "klas 1 gt-2": the group after the level's hyphen belongs to the class
    rf"(?:\s?(?:{_SCHOOL_TYPES})\b(?:-\d[a-z]?\b)?)?(?:[\s-]?[a-z]\b|[a-z]{{1,2}}\b)?"
    # "groep acht", "tweede klas", "4e klas", "het derde leerjaar": years in words or ordinals
    r"|(?<!een )\bgroep\s+(?:een|twee|drie|vier|vijf|zes|zeven|acht)\b"
    # "klas twee b", "groep vijf a": a year in words and the letter of the class, read out
    r"|\b(?:klas|groep)\s+(?:een|twee|drie|vier|vijf|zes|zeven|acht)\s+[a-h]\b(?!['’])"
    r"|\b(?:[1-8](?:e|de|ste)|eerste|tweede|derde|vierde|vijfde|zesde)\s+(?:klas|leerjaar)\b"
    # "bovenbouw B", "onderbouw 2": the stage of a primary school
    r"|\b(?:onder|midden|boven)bouw\s+(?:[a-z]|\d)\b"
    # "1F Schiecollege", "2b van het Lorentz Lyceum": a class before its school
    r"|\b\d[a-z](?=,?\s+(?:van\s+(?:het|de)\s+)?[\w-]*(?:college|school|lyceum|atheneum|"
    r"gymnasium|scholengemeenschap)\b)"
    # "Daan uit 2a", "zit in 3c": a year and a letter after "uit"/"in"
    r"|(?<=\buit )\d[a-z]\b|(?<=\bin )\d[a-z]\b|(?<=\bnamens )\d[a-z]\b"
    # a class without a number: "de entreeklas", "de schakelklas"
    r"|\b(?:entree|schakel|kop|plus|taal|nieuwkomers)klas\b"
    # "schakelklas 2": the number after a class noun belongs to it
    r"(?:[ \t]?\d{1,2}[a-z]?\b)?"
    # "3T1", "1K2", "4V2": a year, the letters of a level and a group as one code; not a
    # game's "3v3" (the same number either side of v: versus) nor a size's "3x3"
    r"|\b(?!\d{1,2}x\d)(?!(?P<versus>\d)v(?P=versus)\b)[1-6][a-z]{1,3}[1-9][a-z]?\b"
    # "Sem (1F)", "(2b, Lorentz)": a year and a letter in brackets, not "(2e)" or "(3x)"
    r"|(?<=\()\d[a-df-wyz](?=\s*[),])"
    # "De Zonnewijzer, 2K: Jolien", "Sem – 1b – ...": a year and a letter set apart as an item
    r"|(?<=[,–—] )\d[a-df-wyz](?=\s*(?:[:,;.!–—)]|$))"
    # "2c: Azeglio wil ...": a class opening a line as its label; "brugklas b": no year
    r"|(?m:^)[ \t]*\d[a-df-wyz](?=[ \t]*:)|\bbrugklas\s+[a-z]\b"
    rf"|\b(?:brugklas\s+)?\d\s?(?:{_SCHOOL_TYPES})(?:\s?/\s?(?:{_SCHOOL_TYPES}))*"
    # a group suffix is part of the class: "4 vmbo-t2", "4 vwo-a1", "3 havo-2c"
    r"(?:-[a-z]{1,2}\d{1,2}[a-z]?\b|[\s-]?[a-z]\b|[\s-]?\d[a-z]?\b)?(?!\w)"
    rf"|\b(?:{_SCHOOL_TYPES})(?:[\s-]?\d[a-z]?|-[a-z]\d[a-z]?)\b",
    re.IGNORECASE,
)


def iban_spans(text: str) -> list[Span]:
    """IBANs with a valid check (python-stdnum, ISO 13616 without the country's own bank
    list), or of the Dutch shape when a digit is off."""
    spans = []
    for m in _IBAN.finditer(text):
        # the pattern may run on into the next word ("... 00 is"): try shorter ends
        ends = sorted({e.start() for e in _IBAN_GROUP_END.finditer(m.group(0))}, reverse=True)
        for end in ends:
            compact = re.sub(r"[\s\-.]", "", m.group(0)[:end]).upper()
            # the IBAN's own mod-97 check, not the country's bank list: an account at a bank
            # since merged or renamed ("BE68 5390 0754 7034") is still someone's
            if _PLACEHOLDER_IBAN.match(compact):
                break  # "NL00 BANK 0000 0000 00": a form's example, no one's account
            if std_iban.is_valid(compact, check_country=False) or _NL_IBAN_SHAPE.match(compact):
                spans.append(Span(m.start(), m.start() + end, IBAN))
                break
    return spans


# Digits as people dictate them, written out: "nul zes", "tweeëntwintig", "dubbel zeven".
# Dutch number words are grammar (0-99 are built from ten units and the tens), not a list.
_TENS = "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
_SPOKEN_DIGITS = {"nul": "0", "één": "1"} | {w: str(i) for i, w in enumerate(_UNITS, 1)}
_SPOKEN_DIGITS |= {w: str(i) for i, w in enumerate(_TEENS, 10)}
_SPOKEN_DIGITS |= {t: str(20 + 10 * k) for k, t in enumerate(_TENS)}
_SPOKEN_DIGITS |= {
    f"{u}{link}{t}": str(20 + 10 * k + n)
    for k, t in enumerate(_TENS)
    for n, u in enumerate(_UNITS, 1)
    for link in ("en", "ën")
}
# every number word 1-99 with its value (house numbers in words, scrubber.py)
SPOKEN_NUMBERS = {w: int(d) for w, d in _SPOKEN_DIGITS.items() if d != "0"}
_SPOKEN_TOKEN = re.compile(r"\+|\d+|[^\W\d_]+")
# (a dictated number may wrap onto the next line, as the digits of one may)
_SPOKEN_GAP = re.compile(r"[ \t.,\-/]*(?:\r?\n[ \t]*)?")
# three or more number tokens in a row: where a dictated number can be
_SPOKEN_STRETCH = re.compile(
    r"(?<!\w)(?:(?:"
    + "|".join(sorted(_SPOKEN_DIGITS, key=len, reverse=True))
    + r"|\d+|plus|\+|dubbele?)(?!\w)[ \t.,\-/]*(?:\r?\n[ \t]*)?){3,}",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)  # the phone and the BSN detector read the same text
def _spoken_runs(text: str) -> tuple[list[tuple[int, int, str, bool]], ...]:
    """Runs of digits and number words as a number is dictated ("nul zes twaalf 34",
    "dubbel zeven", "plus eenendertig"), long enough for a BSN or a phone number: per token
    its start, end, digits and whether it was written out."""
    runs: list[list[tuple[int, int, str, bool]]] = [[]]
    for stretch in _SPOKEN_STRETCH.finditer(text):  # the regex engine finds where to look
        runs += _runs_in(text, stretch.start(), stretch.end())
    return tuple(run for run in runs if sum(len(t[2]) for t in run) >= 9)


def _runs_in(text: str, start: int, end: int) -> list[list[tuple[int, int, str, bool]]]:
    runs: list[list[tuple[int, int, str, bool]]] = [[]]
    double, last_end = False, start
    for m in _SPOKEN_TOKEN.finditer(text, start, end):
        word = m.group(0).lower()
        if runs[-1] and not _SPOKEN_GAP.fullmatch(text, last_end, m.start()):
            runs.append([])
        if word in ("dubbel", "dubbele"):
            double, last_end = True, m.end()
            continue
        if word in ("plus", "+"):
            digits, worded = "+", word == "plus"
        elif word.isdigit():
            digits, worded = word, False
        elif word in _SPOKEN_DIGITS:
            digits, worded = _SPOKEN_DIGITS[word], True
        else:
            runs.append([])
            double = False
            continue
        if double:
            digits, worded, double = digits * 2, True, False
        runs[-1].append((m.start(), m.end(), digits, worded))
        last_end = m.end()
    return runs


def _spoken_spans(text: str, kind: str, accept, words: int = 1) -> list[Span]:
    """In each dictated run, the longest stretch with at least `words` number words whose
    digits `accept` takes (from the first stretch that has one). A run without a number word
    is left to the digit detectors."""
    spans = []
    for run in _spoken_runs(text):
        for a in range(len(run)):
            digits, worded, longest = "", 0, None
            for b in range(a, len(run)):
                digits += run[b][2]
                worded += run[b][3]
                if len(digits) > 16:
                    break
                if worded >= words and accept(digits):
                    longest = b
            if longest is not None:
                spans.append(Span(run[a][0], run[longest][1], kind))
                break
    return spans


def _possible_phone(digits: str) -> bool:
    """Ten digits from 0 (a Dutch number) or eleven or more after + or 00, that
    libphonenumber finds a possible number."""
    international = digits.startswith(("+", "00"))
    if not (digits.startswith("0") or international):
        return False
    if len(digits) != 10 and not (international and len(digits.lstrip("+0")) >= 11):
        return False
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(digits, "NL"))
    except phonenumbers.NumberParseException:
        return False


def phone_spans(text: str) -> list[Span]:
    """Phone numbers in any Dutch or international notation that libphonenumber finds possible;
    a free 0800 number is an organisation's line and left alone."""
    spans = [Span(m.start(), m.end(), PHONE) for m in _DICTATED_MOBILE.finditer(text)]
    # "nul zes twaalf 34 vijftig 67 89", "plus eenendertig zes ...": dictated in words
    spans += _spoken_spans(text, PHONE, _possible_phone)
    pos = 0
    while m := _PHONE_CANDIDATE.search(text, pos):
        # two numbers typed one after the other ("06-12345678/06-87654321") run together as
        # one candidate: try it whole, then up to where the next number starts
        cuts = [c.start() for c in _NEXT_NUMBER.finditer(m.group(0))]
        for end in [m.end(), *(m.start() + c for c in reversed(cuts))]:
            if _is_phone(text, m.start(), end):
                raw = text[m.start() : end].rstrip(" .-/(")
                spans.append(Span(m.start(), m.start() + len(raw), PHONE))
                pos = end
                break
        else:
            # none: a number may still start inside it ("0800-1234 0612345678")
            pos = m.start() + cuts[0] if cuts else m.end()
    return spans


# where a second number starts inside a candidate: after a space or a slash, 0 or + (not
# after a dash or a dot: "01-02-2024 - 02-03-2024" is no 0102202402)
_NEXT_NUMBER = re.compile(r"(?<=[ \t/])(?=[+0]\d|\(0)")


def _is_phone(text: str, start: int, end: int) -> bool:
    raw = text[start:end].rstrip(" .-/(")
    digits = re.sub(r"\D", "", raw)
    if not digits.strip("0"):
        return False  # zeros only: a form's example ("0000 0000 00"), no one's number
    if digits.startswith("0800") or (digits.startswith("090") and len(digits) == 8):
        # a free number or a short paid one is an organisation's line (de Kindertelefoon,
        # the police's 0900-8844), no one's own (a long 0900 number may be a named
        # adult's business line)
        return False
    if _DATE_SHAPE.fullmatch(raw.strip()):
        return False  # "08.09.2026": a date (an old one was taken as a birth date before)
    if re.match(r"\s?:\d", text[start + len(raw) :]):
        return False  # "[08-05-2025 23:31]": a chat stamp's date and hour, no number
    national = raw.lstrip().startswith("0") and not raw.lstrip().startswith("00")
    if national and len(digits) != 10 and not re.match(r"0[89]0\d", digits):
        return False
    try:
        number = phonenumbers.parse(re.sub(r"\s+", " ", raw), "NL")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(number)


def is_bsn(digits: str) -> bool:
    """The elfproef (python-stdnum): nine digits whose weighted sum is a multiple of 11."""
    return (
        len(digits) == 9 and digits.isdigit() and digits != "000000000" and std_bsn.is_valid(digits)
    )


def bsn_spans(text: str, in_cell: bool = False) -> list[Span]:
    """BSNs, also eight digits after a spreadsheet dropped the leading zero.

    Free text (`in_cell=False`, the scrubber) takes any grouping and a number after "bsn" even
    when the check fails; a table cell (the ingest check) takes only the groupings of
    `_BSN_IN_CELL` and eight digits only when they are the whole cell, so that codes and dates
    in a file of counts are never taken for one."""
    if in_cell:
        whole = text.strip()
        if len(whole) == 8 and whole.isdigit() and is_bsn("0" + whole):
            return [Span(text.index(whole), text.index(whole) + 8, BSN)]
        return [
            Span(m.start(1), m.end(1), BSN)
            for m in _BSN_IN_CELL.finditer(text)
            if is_bsn(re.sub(r"\D", "", m.group(1)))
        ]
    spans = []
    for m in _BSN_CANDIDATE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        cued = bool(_BSN_CUE.search(text[max(0, m.start() - 40) : m.start()]))
        if not cued and _ORGANISATION_NUMBER_CUE.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "KvK 68056801", "RSIN 002343555"
        if not cued and (_DATE_SHAPE.fullmatch(m.group(0)) or _TIME_RANGE.search(m.group(0))):
            continue  # "12-03-2025 20:11": a date, as a chat export stamps a line; "19.00-23.00"
        if len(digits) == 8:
            if not cued and (
                _YEAR_RANGE.fullmatch(m.group(0)) or _SERVICE_LINE.fullmatch(m.group(0))
            ):
                continue  # "schooljaar 2024-2025", "0900-8844"
            digits = "0" + digits  # a spreadsheet dropped the leading zero
        if not cued and re.match(r"\s?:\d", text[m.end() :]):
            continue  # "[25-11-25 08:13:47]": a chat stamp's date and hour
        if is_bsn(digits) or cued:
            spans.append(Span(m.start(), m.end(), BSN))
    # "een twee drie vier vijf zes zeven acht twee": dictated in words, nine digits that pass
    # the elfproef (not "zonder nul 12345672": one number word is no dictation)
    spans += _spoken_spans(text, BSN, lambda digits: digits.isdigit() and is_bsn(digits), 3)
    return spans


def _postcode_spans(text: str, is_frequent_word, context: str | None = None) -> list[Span]:
    """`context`: the text as written, where a label glued to the value still cues it
    ("postcode1938 ex"; `text` has it blanked)."""
    context = text if context is None else context
    spans = []
    for m in _POSTCODE.finditer(text):
        letters = m.group(0)[-2:]
        spaced = not m.group(0)[4].isalpha()
        # after "postcode", or after a house number and a comma: "Kingweg nr. 155, 5463 le"
        cued = bool(_POSTCODE_CUE.search(context[max(0, m.start() - 40) : m.start()])) or bool(
            re.search(r"\d[a-zA-Z]?\s*,\s*$", text[max(0, m.start() - 12) : m.start()])
        )
        # "in 2024 en 2025", "om 1930 op tv", "2500 op de rekening": lowercase letters after a
        # space that form a word are a word after a number that reads as a year, a time or a
        # round amount, unless the text just said "postcode"; since 2005 every pair but SA,
        # SD and SS is issued, so "8153 no" or "2555 al" is a postcode
        vowel = re.search(r"[aeiouy]", letters, re.IGNORECASE)
        if _PO_BOX.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Postbus 626, 1000 AP": a P.O. box is an organisation's, never a home
        word = spaced and letters.islower() and vowel and is_frequent_word(letters)
        if word and not cued and _NOT_A_POSTCODE_NUMBER.fullmatch(text, m.start(), m.start() + 4):
            continue
        spans.append(Span(m.start(), m.end(), POSTCODE))
    return spans


def _plate_spans(text: str) -> list[Span]:
    spans = [Span(m.start(), m.end(), LICENCE_PLATE) for m in _PLATE_DASHED.finditer(text)]
    for m in [*_PLATE_BARE.finditer(text), *_PLATE_SPACED.finditer(text)]:
        token = m.group(0)
        # without dashes only what no word or number looks like: plates carry no vowels
        # since sidecode 4, so "mp3456" or "14 en 15" is no plate but "dx482k" is
        if not re.search(r"[aeiouyAEIOUY]", token) or _PLATE_CUE.search(
            text[max(0, m.start() - 30) : m.start()]
        ):
            spans.append(Span(m.start(), m.end(), LICENCE_PLATE))
    return spans


@dataclass(frozen=True)
class WrittenDate:
    start: int
    end: int
    day: int
    month: int
    year: int | None  # four digits; None when the text gives no year ("3 april")

    def as_date(self) -> date | None:
        if self.year is None:
            return None
        try:
            return date(self.year, self.month, self.day)
        except ValueError:
            return None


def _two_digit_year(year: int, today: date) -> int:
    """ "27" in 2026 is 2027 (an event being planned), not 1927; further ahead, the past."""
    return 2000 + year if 2000 + year <= today.year + 2 else 1900 + year


def written_dates(text: str, today: date, in_cell: bool = False) -> list[WrittenDate]:
    """Every day of a month written in `text`, in the Dutch, ISO and English notations,
    numeric or in words; a year cut to two digits is the latest such year up to `today`.
    `in_cell`: the text is a whole table cell, which may also be a date without separators."""
    found = []
    for m in _NUMERIC_DATE.finditer(text):
        if m.group("d"):
            day, month, year = m.group("d"), m.group("m"), m.group("y")
        elif m.group("ad"):
            day, month, year = m.group("ad"), m.group("am"), m.group("ay")
        else:
            day, month, year = m.group("id"), m.group("im"), m.group("iy")
        full_year = int(year) if len(year) == 4 else _two_digit_year(int(year), today)
        found.append(WrittenDate(m.start(), m.end(), int(day), int(month), full_year))
    for m in [*_WRITTEN_DATE.finditer(text), *_MONTH_FIRST_DATE.finditer(text)]:
        words = m.groupdict()
        day = words["d"] or words["dw"].lower()
        year, full_year = words["y"], None
        if year and year.lower().startswith(("tweeduizend", "twintig")):
            tail = re.sub(r"^(?:tweeduizend|twintig)[\s-]?(?:en)?[\s-]?", "", year.lower())
            full_year = 2000 + NUMBER_WORDS.get(tail, 0)
        elif year:
            # "14 mrt '11"; a year in full stays as written ("14 maart 2027" is an event)
            full_year = _two_digit_year(int(year[-2:]), today) if year[0] in "'’" else int(year)
        month = MONTH_NUMBERS[m.group("m").lower()]
        day_number = int(day) if day.isdigit() else _DAY_NUMBERS.get(day) or _ORDINALS[day]
        found.append(WrittenDate(m.start(), m.end(), day_number, month, full_year))
    compact = _COMPACT_DATE.match(text.strip()) if in_cell else None
    if compact:
        parts = compact.groupdict()
        day, month, year = (parts["d"] or parts["d2"], parts["m"] or parts["m2"],
                            parts["y"] or parts["y2"])  # fmt: skip
        start = text.index(text.strip())
        found.append(WrittenDate(start, start + 8, int(day), int(month), int(year)))
    return [d for d in found if 1 <= d.day <= 31 and 1 <= d.month <= 12]


def _birth_date_spans(text: str, today: date) -> list[Span]:
    spans = [
        Span(d.start, d.end, BIRTH_DATE)
        for d in written_dates(text, today)
        if _is_birth_date(text, d.start, d.year, today, d.end)
    ]
    for m in _DAY_MONTH.finditer(text):
        if 1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12:
            if _is_birth_date(text, m.start(), None, today, m.end()):
                spans.append(Span(m.start(), m.end(), BIRTH_DATE))
    # "12 03 2010": a date typed with spaces, as a form's three boxes are filled in, only with a
    # full year (the ingest check reads table cells with `written_dates`, which leaves it out)
    for m in _SPACED_DATE.finditer(text):
        day, month, year = (int(g) for g in m.groups())
        if (
            1 <= day <= 31
            and 1 <= month <= 12
            and _is_birth_date(text, m.start(), year, today, m.end())
        ):
            spans.append(Span(m.start(), m.end(), BIRTH_DATE))
    for cue in _BIRTH_CUE.finditer(text):
        window = text[cue.end() : cue.end() + 25]
        year = _YEAR_AFTER_BIRTH_CUE.search(window)
        if year and "geboren" in cue.group(0).lower() or year and "geb" in cue.group(0).lower():
            spans.append(Span(cue.end() + year.start(), cue.end() + year.end(), BIRTH_DATE))
    spans += [Span(m.start(), m.end(), BIRTH_DATE) for m in _YEAR_BEFORE_BORN.finditer(text)]
    return spans


# "is 14 sinds", "werd 12 op": an age, then the day it began
_AGE_SINCE = re.compile(
    r"\b(?:is|ben|werd|wordt)\s+\d{1,2}\s+(?:jaar\s+)?(?:sinds|vanaf|op)\s+$", re.IGNORECASE
)
# "wordt", as the dialects say it ("wodt", "wor"): the day before an age someone turns
_TURNS = r"(?:wordt|werd|wodt|wödt|wor)"
# an age said after that day, in digits or in words as the dialects say them ("viefteen")
_SPOKEN_AGES = {
    v for w, n in NUMBER_WORDS.items() if 6 <= n <= 23 for v in {w} | dialect.number_spellings(w)
}
_SPOKEN_AGE = "|".join(sorted(_SPOKEN_AGES, key=len, reverse=True))
_AGE_AFTER_DAY = re.compile(
    rf"\s+(?:\d{{1,2}}|(?:{_SPOKEN_AGE})(?![^\W\d_]))\b(?!\s*(?:uur|u\b|[:.]\d))",
    re.IGNORECASE,
)
# a day, then "wordt ze 14": the person who turns that age
_TURNS_AGE_AFTER = re.compile(
    r"\s+(?:wordt|werd)\s+(?:ze|hij|zij|ik|je|jij)\s+\d{1,2}\b(?!\s*(?:uur|u\b|[:.]\d))",
    re.IGNORECASE,
)


def _is_birth_date(
    text: str, start: int, year: int | None, today: date, end: int | None = None
) -> bool:
    """A date near a birth cue is a birth date; so is any full date at least 4 years old:
    notes are about the present, and an old exact date in them is nearly always someone's
    birthday (an event date like "zaterdag 12 maart" has no year or a recent one)."""
    before = text[max(0, start - 45) : start]
    after = text[end : end + 30] if end is not None else ""
    if _BIRTH_CUE.search(before) or _BIRTH_CUE_AFTER.match(after):
        return True
    # "Verjaardagen deze maand: Solomiya (4 december), Tewolde (19 december)": a list of
    # dates after the cue, in the same sentence
    sentence = re.split(r"[!?\n]|\.(?!\d)\s", text[max(0, start - 200) : start])[-1]
    if _BIRTH_CUE.search(sentence):
        return True
    # "wordt op 14 juni 18", "werd 3 maart 14", "is 14 sinds 3 maart", "op 03/03 wordt ze
    # 14", "wodt 2 mei viefteen": the day someone turns an age
    if re.search(rf"\b{_TURNS}\s+(?:op\s+)?$", before, re.I) and _AGE_AFTER_DAY.match(after):
        return True
    if _AGE_SINCE.search(before) or _TURNS_AGE_AFTER.match(after):
        return True
    return year is not None and 1920 <= year <= today.year - 4


@lru_cache(maxsize=1)
def _dotted_abbreviations() -> frozenset[str]:
    """ "o.a.", "i.p.v.", "t.a.v.": lowercase abbreviations of two letters or more (initials
    are written in capitals; "m." alone may be someone's)."""
    return frozenset(
        a for a in listed("opentaal_abbreviations.txt") if a.islower() and a.count(".") >= 2
    )


# initials after the word that says so, whatever stands around them: "initialen S.V.",
# "initialen: J.K.B.", "init. M.B."
_LABELLED_INITIALS = re.compile(
    r"\b(?i:initialen|initiaal|init\.)[ \t]*:?[ \t]*(?P<init>(?:[A-Z]\.[ \t]?){1,4})"
)


def _initials_age_spans(text: str, is_word=None) -> list[Span]:
    """Initials with an age, or after "initialen"; with a surname between initials and age
    unless the "initials" are an abbreviation before an ordinary word ("o.a. jongeren, 15
    jaar"; `is_word`)."""
    spans = [Span(m.start(), m.end(), INITIALS_AGE) for m in _INITIALS_AGE.finditer(text)]
    spans += [
        Span(m.start("init"), m.start("init") + len(m.group("init").rstrip()), INITIALS_AGE)
        for m in _LABELLED_INITIALS.finditer(text)
    ]
    for m in _INITIALS_NAME_AGE.finditer(text):
        abbreviation = re.sub(r"\s", "", m.group("init")) in _dotted_abbreviations()
        word = is_word is None or is_word(m.group("surname").lower())
        if m.group("particles") or not (abbreviation and word):
            spans.append(Span(m.start(), m.end(), INITIALS_AGE))
    return spans


def class_in_brackets(text: str, end: int) -> bool:
    """ "Mantje (1 kader-b)": a school class in brackets right after position `end`."""
    m = re.compile(r"[ \t]*\([ \t]*").match(text, end)
    return m is not None and _CLASS.match(text, m.end()) is not None


def class_spans(text: str) -> list[Span]:
    """School classes; the scrubber masks them only in a record that also names someone."""
    return [Span(m.start(), m.end(), CLASS_NAME) for m in _CLASS.finditer(text)]


def email_spans(text: str) -> list[Span]:
    """E-mail addresses, also obfuscated ("naam [at] gmail punt com") or without a domain
    ending after a known mail provider ("sanne @gmail")."""
    return [
        Span(m.start(), m.end(), EMAIL)
        for pattern in (_EMAIL, _EMAIL_PLAIN, _EMAIL_NO_TLD, _EMAIL_OP, _EMAIL_SPOKEN)
        for m in pattern.finditer(text)
    ]


def contact_spans(text: str) -> list[Span]:
    """E-mail addresses, profile links and handles."""
    spans = email_spans(text)
    spans += [Span(m.start(), m.end(), HANDLE) for m in _PROFILE_LINK.finditer(text)]
    spans += [Span(m.start(), m.end(), HANDLE) for m in _AT_HANDLE.finditer(text)]
    return spans


def platform_mentions(text: str) -> list[re.Match]:
    return list(_PLATFORM_MENTION.finditer(text))


# a name glued to digits and maybe a word: "sven777", "jay4ever", "kees4life", "noor03x"
_NAME_DIGITS = re.compile(r"(?<![\w@.#/-])(?P<letters>[^\W\d_]{3,})\d{1,4}[^\W\d_]*(?![\w@/-])")


def username_spans(text: str, is_word, is_plain_word=None) -> list[Span]:
    """ "sanne2009", "mo_2010": a word that is no vocabulary glued to a (birth) year;
    "sven777", "jay4ever": a name glued to digits (`is_plain_word`: vocabulary that is no
    name; "covid19", "fifa25" and codes in capitals such as "JO14" are left alone)."""
    spans = []
    for m in _USERNAME.finditer(text):
        letters = re.match(r"[A-Za-z]+", m.group(0)).group(0)
        if not is_word(letters.lower()):
            spans.append(Span(m.start(), m.end(), HANDLE))
    if is_plain_word is not None:
        for m in _NAME_DIGITS.finditer(text):
            letters = m.group("letters")
            if not letters.isupper() and not is_plain_word(letters.lower()):
                spans.append(Span(m.start(), m.end(), HANDLE))
    return spans


_GLUED = re.compile(r"(?<![\w@./#-])[^\W\d_][\w]*(?:[._][^\W_]+)+(?![\w@/#-]|\.\w)")
_WEB_TLD = re.compile(rf"\.(?:{_TLD})$", re.IGNORECASE)


def glued_handle_spans(text: str, is_plain_word) -> list[Span]:
    """ "sem_bakker", "kees.v", "lotte.dekker": words glued by "_" or "." are a username,
    unless every part is an abbreviation ("t.n.v.", "o.a.") or plain vocabulary typed
    without a space ("park.ze"), or it is a website ("vaartveen.nl")."""
    spans = []
    for m in _GLUED.finditer(text):
        token = m.group(0)
        parts = re.split(r"[._]", token)
        # "boomhut.builder: ...", "[discord] sneeuwuil.exe: ...": a chat line's sender
        sender = re.match(r"[ \t]*:", text[m.end() :]) and re.search(
            r"(?:^|\n|\]|>)[ \t]*$", text[: m.start()]
        )
        if sender and len(token) >= 4:
            spans.append(Span(m.start(), m.end(), HANDLE))
            continue
        if _WEB_TLD.search(token) or all(len(part) <= 2 for part in parts):
            continue
        if "_" in token or not all(is_plain_word(part) for part in parts if len(part) > 2):
            spans.append(Span(m.start(), m.end(), HANDLE))
    return spans


_SPACED_TAG = re.compile(
    r"(?:[^\W\d_][\w#]*\s+){1,3}\d{1,4}(?![\d\w]|[.:,]\d)"  # not a time: "donderdag 19.00"
    r"(?!\s*(?:uur|u\b|keer|jaar|euro|min|minuten|dagen|weken|man\b|mensen|%))"
    rf"(?!{SCHOOL_LEVEL_AFTER})"
)
_CAPITAL_RUN = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ][\w#]*(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ][\w#]*){1,2}(?![\w])")
_GAMING = re.compile(
    r"xbox|psn|playstation|steam|roblox|fortnite|epic|gamertag|minecraft|valorant|twitch",
    re.IGNORECASE,
)
# a participle says what happened to an account ("is gehackt", "is geblokkeerd", "verwijderd")
_PARTICIPLE = re.compile(r"^(?:ge|be|ver|ont|her)\w+(?:d|t|en)$")
_DIMINUTIVE = re.compile(r"\w{2,}(?:je|jes|ie|ke)$")


def platform_handle_spans(
    text: str, is_word, is_frequent_word=None, handle_like=None, doubts=None
) -> list[Span]:
    """`insta: sanne.x`, `sc is mo_2010`, `tt @xx`, `discord mo#1234`, `xbox gamertag vikashm07`:
    the word after a platform (and its lead words) when it is no ordinary word or is marked
    as a name by ":", "is" or "@". A gamertag may have spaces ("steam Baller Nahom 2010"):
    up to three words and a number, one of them no ordinary word, none a frequent one; after
    a mark ("gamertag: Boze Kip 77") any words that are no function words.

    `handle_like(word)`: "account" for an everyday word that may be chosen as a name (a
    diminutive, a compound in no dictionary: "tijgertje", "donkerewolf"), "doubt" for a rare
    one ("kaasboer"), None otherwise ("gehackt", "stom"). After a mark the first is the
    account; the second goes to `doubts`, which holds the record."""
    spans = []

    def judge(start: int, end: int, word: str) -> None:
        verdict = handle_like(word) if handle_like is not None else None
        if verdict == "account":
            spans.append(Span(start, end, HANDLE))
        elif verdict == "doubt" and doubts is not None:
            doubts.append(Span(start, end, HANDLE))

    for m in _PLATFORM_MENTION.finditer(text):
        lead = _HANDLE_LEAD.match(text, m.end())
        named_before = bool(_NAMED_BEFORE.search(text[max(0, m.start() - 20) : m.start()]))
        marked_lead = named_before or bool(_HANDLE_MARK.search(lead.group(0)))
        tag = _SPACED_TAG.match(text, lead.end())
        if tag and is_frequent_word is not None:
            words = re.findall(r"[^\W\d_][\w#]*", tag.group(0))
            odd_word = any(not is_word(w.lower()) for w in words)
            # "gamertag: Boze Kip 77": after a mark a tag may be made of frequent words
            function = any(is_frequent_word(w) and len(w) <= 3 and w.islower() for w in words)
            # "fortnite Dikke Draak 9": words in capitals and a number name the account too
            titled = len(words) >= 2 and all(w[:1].isupper() for w in words)
            # (after a mark, one word in capitals or no word: not "twitch: volgende stream")
            chosen = any(w[:1].isupper() for w in words) or odd_word
            if (odd_word and not any(is_frequent_word(w) for w in words)) or (
                (marked_lead and len(tag.group(0).split()[-1]) >= 2 and chosen or titled)
                and not function
            ):
                spans.append(Span(tag.start(), tag.end(), HANDLE))
                continue
        # "xbox Debie Krijgt Je", "steam: Stille Uil": a gamertag in capitals without a
        # number after a gaming platform, one of its words no ordinary word (or marked)
        caps = _CAPITAL_RUN.match(text, lead.end())
        if caps and _GAMING.fullmatch(m.group(0)):
            words = caps.group(0).split()
            if marked_lead or any(not is_word(w.lower()) for w in words):
                spans.append(Span(caps.start(), caps.end(), HANDLE))
                continue
        # "add me: tijgertje op snap": the account before its platform
        offset = max(0, m.start() - 40)
        before = _HANDLE_BEFORE.search(text[offset : m.start()])
        if before:
            start, end = offset + before.start("handle"), offset + before.end("handle")
            if not is_word(before.group("handle").lower()):
                spans.append(Span(start, end, HANDLE))
            else:
                judge(start, end, before.group("handle"))
        word = _HANDLE_WORD.match(text, lead.end())
        if not word:
            continue
        handle = word.group(0)
        marked = bool(re.search(r"[:=@]|\bis\b|\bheet\b", lead.group(0))) or handle[0] == "@"
        marked = marked or marked_lead
        odd = bool(re.search(r"[_.\d#]", handle)) and not handle.replace(".", "").isdigit()
        plain = handle.lstrip("@")
        if len(plain) < 3:
            continue
        if odd or (marked and not is_word(plain)) or (marked and not plain.islower()):
            spans.append(Span(word.start(), word.end(), HANDLE))
        elif marked:
            judge(word.start(), word.end(), plain)
    return spans


# a handle read out or spelt, as one tells it in a voice memo or types it to avoid a link:
# "kwesi punt nk", "sara underscore 2010", "apenstaartje tijgertje"
_SPELT_JOIN = r"(?:punt|dot|underscore|lage[ \t]+streep|liggend[ \t]+streepje|streepje)"
_SPELT_PART = rf"[ \t]+(?i:{_SPELT_JOIN})[ \t]+"
_SPELT_HANDLE = re.compile(
    rf"(?<![\w@.])(?:(?P<at>(?i:apenstaartje|at-teken)[ \t]+)(?=[^\W\d_])|"
    rf"(?=[^\W\d_][\w]*{_SPELT_PART}\w))"
    rf"[\w]+(?:{_SPELT_PART}[\w]+){{0,3}}(?![\w])"
)
_SPELT_WORD = re.compile(r"(?i:punt|dot|underscore|streep|apenstaartje|at-teken)")
# the digits a spelt handle ends in, said one by one: "sidar punt bw nul negen" ("een" only
# before another digit: "kwesi punt nk een keer" is an article)
_SPELT_DIGITS = re.compile(
    r"(?:[ \t]+(?:(?i:nul|één|twee|drie|vier|vijf|zes|zeven|acht|negen)|\d+|(?i:een)"
    r"(?=[ \t]+(?i:nul|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen)\b|[ \t]+\d))(?!\w))+"
)
# what says an account is spelt out: a platform, "spelde", "schrijf je", "account"
_SPELL_CUE = re.compile(
    rf"\b(?:{_PLATFORM}|spel(?:de|den|t|len)|gespeld|schrijf\w*|geschreven|account|handle|"
    r"apenstaartje|volg|add)\b",
    re.IGNORECASE,
)


def spelt_handle_spans(text: str, is_frequent_word) -> list[Span]:
    """ "hij spelde het kwesi punt nk", "mijn snap is lina underscore 09", "apenstaartje
    tijgertje": a username read out with its punctuation in words. "underscore" and "@" in
    words say so themselves; "punt", "dot" and "streepje" only where the sentence says an
    account is spelt (a platform, "spelde", "schrijf je"), and never between frequent words
    ("het punt is", "drie punt vijf")."""
    spans: list[Span] = []
    if not _SPELT_WORD.search(text):
        return spans  # most texts spell nothing
    for m in _SPELT_HANDLE.finditer(text):
        body = m.group(0)[len(m.group("at") or "") :]
        parts = [w for w in re.split(_SPELT_PART, body) if w]
        if any(is_frequent_word(w) for w in parts if not w.isdigit()):
            continue
        sentence_start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        told = m.group("at") or re.search(r"(?i:underscore|lage[ \t]+streep)", body)
        if told or _SPELL_CUE.search(text[max(sentence_start, m.start() - 120) : m.start()]):
            digits = _SPELT_DIGITS.match(text, m.end())
            spans.append(Span(m.start(), digits.end() if digits else m.end(), HANDLE))
    return spans


# a form's label glued to its value: "tel0612345678", "bsn-nummer.123456782", "kenteken12-AB-34",
# "rekNL91ABNA...", "pc1234ab", "geb12-03-2011"
_GLUED_LABEL = re.compile(
    r"(?<!\w)(?:tel(?:efoon)?(?:nr|nummer)?|mob(?:iel)?|gsm|nr|nummer|bsn(?:-?nummer|nr)?|"
    r"iban|rek(?:ening)?(?:nr|nummer)?|kenteken|postcode|pc|geb(?:oren|oortedatum)?|dob)"
    # (the value a number, a plate "KB-XG-43", an IBAN "NL91...", a number dictated "nul zes")
    r"[.:]?(?=[+(]?\d|[a-z]{1,3}[-\s]?(?:[a-z]{1,3}-)?\d|nul|plus)",
    re.IGNORECASE,
)


# A code read out piece by piece after the word that names it, as a voice memo has it:
# "postcode negen zes vier een t k", "kenteken vier x b d zes zeven", "iban n l negen een a
# b n a ...": letters said one at a time, digits as digits or number words.
_DICTATED_CUE = re.compile(
    r"\b(?:(?P<postcode>postcode)|(?P<plate>kenteken|nummerbord)"
    r"|(?P<iban>iban|(?:bank)?rekening(?:nummer)?))\b[\s:]*"
    # a few words may stand between: "postcode is eh", "kenteken van zijn scooter is"
    r"(?:(?:is|was|dus|eh|uh|van|zijn|haar|z'n|d'r|de|het|scooter|auto|brommer)[\s:,]+){0,4}",
    re.IGNORECASE,
)
_DICTATED_PIECE = re.compile(r"(\d+|[^\W\d_]+)[ \t.,\-/]*")
_DICTATED_SHAPE = {
    "postcode": (POSTCODE, lambda code: bool(re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", code))),
    "plate": (LICENCE_PLATE, lambda code: bool(_PLATE_BARE.fullmatch(code))),
    "iban": (
        IBAN,
        lambda code: (
            len(code) >= 15
            and (std_iban.is_valid(code, check_country=False) or bool(_NL_IBAN_SHAPE.match(code)))
        ),
    ),
}


def dictated_code_spans(text: str) -> list[Span]:
    """Postcodes, plates and IBANs read out after their name, in letters and number words
    (at least one piece said as a word or a lone letter: written codes are the other
    detectors' work). The longest run of pieces that has the code's shape is taken."""
    spans = []
    for cue in _DICTATED_CUE.finditer(text):
        name = next(k for k in ("postcode", "plate", "iban") if cue.group(k))
        kind, shaped = _DICTATED_SHAPE[name]
        code, said, longest, position = "", False, None, cue.end()
        while len(code) <= 34:
            piece = _DICTATED_PIECE.match(text, position)
            if not piece:
                break
            word = piece.group(1).lower()
            if word.isdigit():
                code += word
            elif word in _SPOKEN_DIGITS:
                code, said = code + _SPOKEN_DIGITS[word], True
            elif len(word) == 1:
                code, said = code + word.upper(), True
            else:
                break
            if said and shaped(code):
                longest = piece.end(1)
            position = piece.end()
        if longest is not None:
            spans.append(Span(cue.end(), longest, kind))
    return spans


def _formal_spans(text: str, is_frequent_word, today: date) -> list[Span]:
    """IBAN, dates of birth, phone numbers, BSN, postcodes and plates, in this priority, also
    where a label is glued to the value: each detector reads the text with such labels blanked
    (same offsets) before the text itself, as it reads "tel: 06..." ("pc1234 ab" is then a
    postcode, not the plate "pc1234")."""
    unglued = _GLUED_LABEL.sub(lambda m: " " * len(m.group(0)), text)
    texts = [unglued, text] if unglued != text else [text]
    detectors = (
        dictated_code_spans,
        iban_spans,
        lambda t: _birth_date_spans(t, today),
        phone_spans,
        bsn_spans,
        lambda t: _postcode_spans(t, is_frequent_word, text),
        _plate_spans,
    )
    return [span for detect in detectors for t in texts for span in detect(t)]


def shaped_spans(
    text: str,
    is_word,
    is_frequent_word,
    today: date,
    is_plain_word=None,
    handle_like=None,
    doubts=None,
) -> list[Span]:
    """Every detector with a fixed shape, in priority order (earlier wins an overlap).
    `is_plain_word`: vocabulary that is no name (for usernames glued by "." or "_");
    `handle_like`, `doubts`: see `platform_handle_spans`."""
    return (
        contact_spans(text)
        + _formal_spans(text, is_frequent_word, today)
        + _initials_age_spans(text, is_word)
        + platform_handle_spans(text, is_word, is_frequent_word, handle_like, doubts)
        + spelt_handle_spans(text, is_frequent_word)
        + username_spans(text, is_word, is_plain_word)
        + glued_handle_spans(text, is_plain_word or is_word)
    )
