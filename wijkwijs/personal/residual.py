"""The second, independent pass: could anything personal still be in the scrubbed text?

The first pass (scrubber.py with patterns.py, names.py, slots.py) masks what it is sure of.
Five blind corpora showed that what it missed is not random: mostly nicknames that are
everyday words (`Rups is de jongste`, `vraag van koekje`), a person next to what the first
pass did mask (`[telefoonnummer] ← Yamen`, `[naam] en taim`), shapes just outside a pattern
(`S.vd.B. 12 jr`, `gr 7` or `19 december` beside a name) and handles in a form no rule knew
(`sneeuwuil.exe:`). This pass reads only the scrubbed text and asks where a *person* could
still stand, with rules of its own (grammar: where Dutch puts a person), not what a name looks
like. It never changes the text: a record with a doubt is **held** for a reviewer, so an
ordinary idea is never mangled on a guess; the cost is review time, capped with the first
pass's holds at 20 % of records.

`Residual(lexicon, local_words).doubts(scrubbed) -> [(start, end, rule)]`; the rules are
described in docs/youth-input.md ("Sixth round").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from wijkwijs.personal import ocr
from wijkwijs.personal.lexicon import Lexicon, fold, has_vowel, listed
from wijkwijs.personal.names import (
    KIN,
    MONEY_VERBS,
    PERSON_KINDS,
    ROLE_HEADS,
    ROLE_LABELS,
    TITLES,
)

CAPITAL = "unexplained_capital"  # "heb net Obi gesproken"
BARE_NOUN = "bare_noun_person"  # "Rups is de jongste", "vraag van koekje"
NAME_FRAME = "name_frame"  # "STOEL — zo heet ...", "Pluis (zo noemt iedereen haar)"
NEXT_TO_PERSON = "next_to_person"  # "[naam] en taim", "[telefoonnummer] ← Yamen"
AFTER_TITLE = "after_title"  # "buurvrouw de Graaff", "fam. Zwart"
CHAT_SENDER = "chat_sender"  # "[19:47] Kiwi 🥝:", "sneeuwuil.exe:"
GLUED_HANDLE = "glued_handle"  # "boomhut.builder", "stekel#2207"
INITIALS = "initials"  # "S.vd.B. 12 jr", "S 18jr", "ö.w. - 14 jaar"
BESIDE_PERSON = "beside_person"  # "gr 7", "19 december", "5463 le" in a record with a person

_MARKER = re.compile(r"\[[a-z-]+\]")
_CONTACT = r"\[(?:naam|telefoonnummer|e-mail|account)\]"
_ON_PLATFORM = re.compile(
    r"\s+op\s+(?:insta(?:gram)?|snap(?:chat)?|tik\s?tok|discord|youtube|twitch|"
    r"telegram|bereal|roblox|fortnite|psn|xbox|steam)\b",
    re.IGNORECASE,
)
# "jeu 16 jaar ...", "Kuiken, 17 jr": an age, not a time ("14 jaar geleden", "2 jaar lang")
_AGE_AFTER = re.compile(
    r"\s*,?\s*\(?\d{1,2}\s*(?:jaar|jr)\b(?!\s*(?:geleden|lang|oud|terug|later|eerder)\b)"
)
_STREET_END = re.compile(
    r"(?:straat|laan|weg|plein|pad|kade|singel|gracht|dreef|steeg|hof)$", re.IGNORECASE
)
_PERSON_MARKER = re.compile(r"\[(?:naam|telefoonnummer|e-mail|account|iban|bsn|geboortedatum)\]")
# short words spaCy's verb forms hold that are mostly something else here
_NOT_VERBS = frozenset("het de een en in op te van voor met bij uit aan om of dan als".split())
_AGE_BETWEEN = re.compile(r"^\s*(?:\(\s*\d{1,2}\s*\)|,\s*\d{1,2}\s*,)(?=\s)")
# a record that says someone goes by another name than the one used in it
_REAL_NAME = re.compile(
    r"\b(?:eigenlijk\s+heet|heet\s+eigenlijk|echte\s+naam|echt\s+heet|bijnaam|roepnaam)\b",
    re.IGNORECASE,
)
# a handle the first pass masked only in part ("[naam].cv_:") or spelt out ("[naam] punt nk"),
# or a spaced gamertag after a platform ("xbox [naam] Je")
_MARKER_GLUED = re.compile(
    r"\[[a-z-]+\][._#@][\w]|[\w][._#@]\[[a-z-]+\]|\[(?:naam|account)\]\s+(?:punt|dot)\s+\w"
    r"|\b(?:xbox|psn|steam|discord|roblox|fortnite|gamertag|snap|insta|tiktok|twitch)\s*:?\s*"
    r"\[naam\]\s+(?-i:[A-ZÀ-Ý])\w*"
    # "xbox hier: [naam] 4475": the number of a spaced gamertag the first pass left
    r"|\b(?:xbox|psn|steam|discord|roblox|fortnite|gamertag|twitch)\b[^.\n]{0,12}"
    r"\[(?:naam|account)\]\s+\d{2,4}\b",
    re.IGNORECASE,
)
# "Ivone Baptista [iban]", "Roos [telefoonnummer]": a name in a list of payees or contacts
_BEFORE_CONTACT = re.compile(
    r"(?P<who>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})[ \t]*:?[ \t]*"
    r"\[(?:iban|telefoonnummer)\]"
)
# a house number in words after a street, also lowercase ("obsidiaanpad nummer vierentwintig")
_STREET_WORD_NUMBER = re.compile(
    r"\b[^\W\d_]{3,}(?:straat|laan|weg|pad|plein|kade|hof|singel|gracht|dreef|steeg)\s+"
    r"(?:nummer\s+|nr\.?\s+|no\.?\s+)?(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|"
    r"twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|"
    r"\w*(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd))\b",
    re.IGNORECASE,
)
# a form's labels before a number: "IBAN", "Tel", "Rekening", "Mobiel"
_FIELD_WORDS = frozenset(
    "iban tel telefoon telefoonnummer rekening rekeningnummer mobiel nummer bsn gsm nr rek "
    "bank contact bellen bel app whatsapp".split()
)
# "LEE HIER!!", "Sanne hier,": a writer introducing themself
_HERE = re.compile(r"\s+hier\s*[!,.:]", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

# Grammar, not vocabulary: what makes a noun a thing ("de kip", "mijn hond", "veel lampen")
DETERMINERS = frozenset(
    "de het een 'n 't die deze dat dit geen elke ieder iedere welke mijn m'n jouw je onze ons "
    "zijn z'n zn haar d'r dr hun jullie ander andere alle veel weinig meer minder wat twee "
    "drie vier nieuwe nieuw oude oud grote groot kleine klein".split()
)
# the words that say a writer gave no name ("[16:16] anoniem: ...")
_NO_NAME = frozenset("anoniem anonymous onbekend anon iemand eigenlijk echt gewoon".split())
# a role as the head of a compound ("keeperstrainer", "tienermeisje", "buurtbewoner")
_ROLE_END = re.compile(
    "(?:{})$".format(
        "|".join([*ROLE_HEADS] + [rf"\w{{3,}}{k}" for k in PERSON_KINDS if len(k) >= 5])
    )
)
# what only a person does: verbs of saying, wanting, telling, being named
_PERSON_VERBS = frozenset(
    "wil wilt wou wilde zegt zei vraagt vroeg vertelt vertelde vindt vond denkt dacht hoopt "
    "belde belt appte appt stuurde stuurt mailde mailt heet noemt noemde woont woonde bedacht "
    "bedenkt stelt stelde wenst helpt hielp regelt regelde traint willen zeggen vragen".split()
)
# ... and what a thing does too ("speeltuin is kapot", "bus komt niet"): a person only when
# an age, a rank, a feeling or an idea follows
_ALSO_THINGS = frozenset("is was zit zat komt kwam gaat ging doet deed heeft had".split())
_PERSON_AFTER_ALSO = re.compile(
    r"\s+(?:\d{1,2}(?:\s*(?:jaar|jr)\b(?!\s*(?:geleden|lang|oud|terug|later|eerder)\b)"
    r"|\s*[,.;)]|$)"
    r"|de\s+(?:jongste|oudste|kleinste|grootste|langste|snelste|leider|baas|aanvoerder|keeper)\b"
    r"|(?:heel\s+|erg\s+|echt\s+|zo\s+|super\s+)?(?:boos|blij|bang|verdrietig|trots|ziek|jarig|"
    r"verliefd|jaloers|eenzaam|gelukkig|kwaad|chagrijnig)\b"
    r"|(?:een|n|'n)\s+(?:idee|vraag|voorstel|plan|wens)\b"
    r"|(?:er\s+)?niet\b(?=\s*[,.;!]|\s+(?:want|omdat|zn|z'n|haar|zijn|mee)\b)"
    r"|(?:ook\s+)?mee\b)",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"(?:^|[.!?:;\n\"“”(]|\s[—–-]|,|\])\s*$")
# "vraag van koekje:", "doorgestuurd van Spekkie", "citaat van Liibaan Guure over ..."
_SENDER_FRAME = re.compile(
    r"\b(?:vraag|vragen|idee|ideeën|bericht|berichtje|tip|voorstel|reactie|appje|mail|dm|"
    r"voicememo|spraakbericht|groetjes|namens|doorgestuurd|citaat|quote|uitspraak|tekening|"
    r"gesprek|gesproken|interview)\s+(?:van|door|met)\s+$",
    re.IGNORECASE,
)
# a bracket after a word that says who it is: an age, a person, a name, a relation
# "de auto van Jonkman ([kenteken])": a capitalised word before a plate in brackets is its
# owner (not "de grijze polo ([kenteken])", the car)
_OWNER_OF_PLATE = re.compile(r"\s*\(\s*\[kenteken\]\s*\)")
_PERSON_BRACKET = re.compile(
    r"\s*\((?:\s*\d{1,2}\s*(?:(?:jaar|jr|j)\b\s*[,)/]?|,(?!\d))|[^()\n]{0,80}?(?:"
    r"\bzo\s+noem|\bnoem\w*\s+(?:\w+\s+)?(?:hem|haar|me|mij)\b|\bheet\b|"
    r"\beigenlijk\b|\bbijnaam\b|\bechte\s+naam\b|\bjongen\b|\bmeisje\b|"
    r"\bjongste\b|\boudste\b|\b(?:zijn|haar|z'n|zn|d'r)\s+(?:moeder|vader|zus|zusje|broer|"
    r"broertje|oma|opa|tante|oom)\b))",
    re.IGNORECASE,
)
# "STOEL — zo heet ...", "kip zo noemen ze hem", "Brood voor [naam]"
_NAME_AFTER = re.compile(
    r"\s*[,—–-]?\s*(?:zo\s+(?:heet|heten|noem)|heet\s+(?:eigenlijk|echt)|noemen\s+ze\b|"
    # "kaatje heet ze", "Sneeuwwitje is de bijnaam van ...", "vonk noemt hij zich"
    r"heet\s+(?:ze|hij|zij)\b|noemt\s+(?:ze|hij|zij)\s+zich|is\s+(?:de|zijn|haar|z'n|d'r)\s+"
    r"(?:bij|roep)?naam\b|noemt\b(?=[^.!?\n]{0,30}\bzichzelf)|"
    r"voor\s+(?:vrienden|de\s+vrienden)\b)",
    re.IGNORECASE,
)
# "ik ben pief zo ...", "ze heet echt X", "bijnaam X", "noemen ze hem X", "oftewel X"
_NAME_BEFORE = re.compile(
    r"(?:\b(?:heet|heten|bijnaam|alias|aka|oftewel|noemen\s+ze\s+(?:me|mij|hem|haar)|zichzelf|"
    # "rapt onder de naam Vonk", "luistert naar de naam Pip", "gaat door het leven als Kip"
    r"noemt\s+(?:zich|zichzelf)|onder\s+de\s+naam|luistert\s+naar\s+de\s+naam|"
    r"door\s+het\s+leven\s+als)\s*:?\s*"
    r"(?:echt\s+|eigenlijk\s+|gewoon\s+)?)$",
    re.IGNORECASE,
)
# "[19:47] Kiwi 🥝:", "20:02 - Krul:", "sneeuwuil.exe: ik als ..."
_CHAT_LINE = re.compile(
    r"^[ \t]*(?:\[(?=[^\]\n]*[\d#])[^\]\n]{1,30}\][ \t]*|\d{1,2}[:.]\d{2}[ \t]*-?[ \t]*)"
    r"(?P<who>[^\W\d_][\w.'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?)[^\w:\n]{0,8}:",
    re.MULTILINE,
)
_TITLE_THEN_NAME = re.compile(
    r"\b(?P<title>[^\W\d_]+)\.?\s+(?P<who>(?:(?:van|de|der|den|het|'t|ter|ten|in|op|el|al)\s+)*"
    r"[A-ZÀ-Ý][\w'’-]*)"
)
# "R.J.M. 15", "j.h. 17", "ö.w. - 14 jaar", "S.vd.B. 12 jr", "S 18jr", "K (12)"
_INITIALS_AGE = re.compile(
    r"(?<![\w.])(?:(?:[^\W\d_]\.){1,4}(?:[^\W\d_]{1,2}\.){0,2}(?:[^\W\d_]\.?)?"
    r"\s*[-–,(]?\s*\(?\d{1,2}(?:\s*(?:jaar|jr|j)\b)?\)?(?![\w:.,]\d)"
    r"|[A-ZÀ-Ý](?:\s+\d{1,2}\s*(?:jaar|jr|j)\b|\s*\(\d{1,2}\)))",
)
_INITIALS_NAME = re.compile(r"(?<![\w.-])(?:[A-ZÀ-Ý]\.){1,3}\s+[A-ZÀ-Ý][a-zà-ÿ]{2,}")
_CLASS_LIKE = re.compile(
    r"(?<![\w-])(?:\d(?!(?:e|de|ste|x)\b)[a-zA-Z]{1,2}|[a-zA-Z]\d[a-zA-Z]?|gr\.?\s*\d|groep\s*\d|"
    r"(?:onder|midden|boven)bouw\s+[A-Z]\b|"
    r"\d\s*(?:havo|vwo|vmbo|mavo|kgt|kader|bb|kb|gl|tl|tto)(?:[-/]?[a-z])?)(?![\w-])",
    re.IGNORECASE,
)
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
# a birthday beside a person: "[naam] (19 december)", "wordt op 14 juni 18"
_DAY_MONTH = re.compile(
    rf"(?:\[naam\]\s*[(:,–-]\s*)\d{{1,2}}(?:e|ste|de)?\s+(?:{_MONTHS})\b"
    rf"|(?<![\w-])\d{{1,2}}(?:e|ste|de)?\s+(?:{_MONTHS})\b\.?\s+\d{{1,2}}\b(?![:.,]?\d)",
    re.IGNORECASE,
)
_POSTCODE_LEFT = re.compile(r"(?<![\w-])\d{4}\s?[a-zA-Z]{2}(?!\w)")
_FILE_OR_SITE = re.compile(
    r"\.(?:nl|com|org|net|be|de|eu|io|app|pdf|jpg|jpeg|png|docx?|xlsx?|mp3|mp4|txt)$",
    re.IGNORECASE,
)
_GLUED = re.compile(r"(?<![\w@/.])@?[^\W\d_][\w]*(?:[._#][\w]+)+(?![\w@/])")


_RARE = 4.0
# a capitalised neighbour: the word is part of a title, a brand or a run of names
_CAPITAL_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'’.-]*[\s'\"“‘(]*$")
_CAPITAL_AFTER = re.compile(r"[\s'\"“]*[A-ZÀ-Ý0-9]")


class Residual:
    """Build once per scrubber (it keeps the lexicon); `doubts(scrubbed)` per record."""

    def __init__(
        self,
        lex: Lexicon,
        local_words: Iterable[str] = (),
        is_place: Callable[[str], bool] = lambda word: False,
    ):
        self.lex = lex
        self._is_place = is_place  # a street ("Kroonlaan") or another known place
        # the gemeente's own places and organisations ("@jongerenraad.dommelrode"): public
        self._local = frozenset(fold(w) for w in local_words if len(w) >= 4)
        self._abbreviations = _abbreviations()
        # one answer per word and instance: a file repeats its words
        self._may_name = lru_cache(maxsize=50_000)(self._may_name_uncached)  # type: ignore[method-assign]
        self._in_frame = lru_cache(maxsize=50_000)(self._in_frame_uncached)  # type: ignore[method-assign]
        self._could_be_someone = lru_cache(maxsize=50_000)(self._could_be_someone_uncached)  # type: ignore[method-assign]

    def doubts(self, scrubbed: str) -> list[tuple[int, int, str]]:
        text = scrubbed or ""
        found: list[tuple[int, int, str]] = []
        for m in _LETTERS.finditer(text):
            word = m.group(0)
            if fold(word) in self.lex.domain:
                continue  # "Wijkcoach Wmo", "voor Wmo en Jeugd": the platform's own domains
            # most words are frequent lowercase words no rule reads: decided once per word
            may_name = self._may_name(word)
            if not may_name and not self._in_frame(word) and not self._titled(word):
                continue
            if _inside_marker(text, m) or _glued_part(text, m):
                continue
            rule = self._word_rule(text, m, may_name)
            if rule:
                found.append((m.start(), m.end(), rule))
        for m in _CHAT_LINE.finditer(text):
            # "[19:47] Kiwi 🥝:", "[20:02] Krul:": one word after a time stamp is a sender;
            # a team or a heading is several words ("Jongerenwerk Stadshart:") or a role
            who = m.group("who")
            if fold(who) in ROLE_LABELS:
                continue  # "Moderator:": a role (a bot's name still holds: it names members)
            if " " not in who.strip() and "-" not in who and self._may_name(who):
                found.append((m.start("who"), m.end("who"), CHAT_SENDER))
        found += [(m.start(), m.end(), GLUED_HANDLE) for m in _MARKER_GLUED.finditer(text)]
        for m in _BEFORE_CONTACT.finditer(text):
            words = m.group("who").split()
            if any(self._may_name(w) and fold(w) not in _FIELD_WORDS for w in words):
                found.append((m.start("who"), m.end("who"), NEXT_TO_PERSON))
        for m in _GLUED.finditer(text):
            if self._glued_handle(m.group(0)):
                found.append((m.start(), m.end(), GLUED_HANDLE))
        for pattern in (_INITIALS_AGE, _INITIALS_NAME):
            for m in pattern.finditer(text):
                token = m.group(0).split()[0].rstrip("-–,(")
                if fold(token).rstrip(".") not in self._abbreviations:
                    found.append((m.start(), m.end(), INITIALS))
        if _MARKER.search(text):
            for pattern in (_CLASS_LIKE, _DAY_MONTH, _POSTCODE_LEFT, _STREET_WORD_NUMBER):
                found += [(m.start(), m.end(), BESIDE_PERSON) for m in pattern.finditer(text)]
        return sorted(set(found))

    # --- one word ---------------------------------------------------------------------------

    def _word_rule(self, text: str, m: re.Match, may_name: bool) -> str | None:
        word = m.group(0)
        # a window around the word is all any rule reads (linear time on long texts); a
        # cut-off window starts with a sentinel so that "^" means the start of the text only
        before = text[max(0, m.start() - 60) : m.start()]
        if m.start() > 60:
            before = "\x00" + before
        after = text[m.end() : m.end() + 100]
        # strong frames first: where Dutch announces or places a person, any word but a
        # function word, a kind of person or a public name is that person
        if self._after_title(before, word):
            return AFTER_TITLE
        if _previous_word(before) in DETERMINERS:
            return None
        # a frame that says "this is a name" wins over a public namesake ("Sneeuwwitje is de
        # bijnaam van ...")
        if (_NAME_BEFORE.search(before[-40:]) or _NAME_AFTER.match(after)) and self._in_frame(word):
            return NAME_FRAME
        if not may_name:
            return None
        if _PERSON_BRACKET.match(after) or _HERE.match(after) and _CLAUSE_START.search(before[-8:]):
            return NAME_FRAME
        if word[:1].isupper() and _OWNER_OF_PLATE.match(after):
            return NAME_FRAME
        if self._next_to_person(before, after, word):
            return NEXT_TO_PERSON
        if _SENDER_FRAME.search(before[-40:]) and re.match(
            r"\s*(?:[:,.)!?]|$|(?:over|in|op|uit)\b|[A-ZÀ-Ý])", after
        ):
            return BARE_NOUN
        if self._unexplained_capital(before, word, after):
            return CAPITAL
        # the record says someone goes by another name ("eigenlijk heet ze ...", "echte
        # naam"): a bare word opening a clause before any verb is that nickname
        if (
            _REAL_NAME.search(text_of(before, after))
            and _CLAUSE_START.search(before[-8:])
            and self._could_be_someone(word)
            and self._any_verb_after(after)
        ):
            return NAME_FRAME
        # in a record about someone (a marker), a capitalised word that is no ordinary word
        # opening a clause before any verb is its subject: "Barre betaalt ... vanaf [iban]"
        if (
            word[:1].isupper()
            and not word.isupper()
            and _PERSON_MARKER.search(text_of(before, after))
            and _CLAUSE_START.search(before[-8:])
            and self._could_be_someone(word)
            and self.lex.frequency(fold(word)) < 4.0
            and self._any_verb_after(after)
        ):
            return BARE_NOUN
        # who pays or is paid, in a record with an account or a number, whatever its case
        # ("kroket betaalt vanaf [iban]")
        money = re.match(r"\s+([^\W\d_]+)", _AGE_BETWEEN.sub("", after, count=1))
        if (
            money
            and fold(money.group(1)) in MONEY_VERBS
            and _PERSON_MARKER.search(text_of(before, after))
            and _CLAUSE_START.search(before[-8:])
            and self._could_be_someone(word)
        ):
            return BARE_NOUN
        # weak: a bare word opening a clause as the subject of what only a person does
        if (
            _CLAUSE_START.search(before[-8:])
            and self._could_be_someone(word)
            and self._acts_as_person(after)
        ):
            return BARE_NOUN
        return None

    def _titled(self, word: str) -> bool:
        """Could stand after a title: a capital on a word that is no function word."""
        return word[:1].isupper() and self.lex.frequency(fold(word)) < 5.5

    def _in_frame_uncached(self, word: str) -> bool:
        """In a frame that says a name stands here: any word but a function word, a kind of
        person, a role or one that says there is no name."""
        w = fold(word)
        if len(w) < 3 or self.lex.frequency(w) >= 5.5 or not has_vowel(w):
            return False
        return not (w in PERSON_KINDS or w in KIN or w in TITLES or is_role(w) or w in _NO_NAME)

    def _may_name_uncached(self, word: str) -> bool:
        """In a strong frame: no function word, kind of person, role, public name or place."""
        w = fold(word)
        if len(w) < 3 or self.lex.frequency(w) >= 5.5 or not has_vowel(w):
            return False
        if w in PERSON_KINDS or w in KIN or w in TITLES or is_role(w) or w in self._local:
            return False
        if w in _NO_NAME or w.endswith(("heid", "ing", "atie", "isme")):
            return False  # "anoniem:" says there is no name; abstract nouns name no one
        words = self.lex.words
        if len(w) >= 5 and w.endswith("en") and w in words and (w[:-2] in words or w[:-1] in words):
            return False  # a plural or an infinitive ("vrienden", "wonen") is no one person
        if self._is_place(word):
            return False
        if any(r in words for r in ocr.letter_readings(w)):
            return False  # "Naarn:", "Forrnulier": a word as a scanner misread it
        return not (w not in self.lex.words and self._public(w))

    def _could_be_someone_uncached(self, word: str) -> bool:
        """Outside a frame, a bare word that could be a nickname: besides `_may_name`, no
        frequent word, verb form, plural, abstract noun, agent noun or compound."""
        w = fold(word)
        lex, words = self.lex, self.lex.words
        if not self._may_name(word) or lex.frequency(w) >= 5.0 or w in lex.verb_forms:
            return False
        if len(w) < 3 or w.endswith(("heid", "ing", "atie", "isme")):
            return False
        # plurals and infinitives ("vogels", "skateboarden") are no one person
        if w.endswith("en") and (
            w[:-2] in words or w[:-1] in words or (w[-3] == w[-4] and w[:-3] in words)
        ):
            return False
        if len(w) >= 5 and w.endswith("s") and w[:-1] in words:
            return False
        for i in range(len(w) - 3):
            tail = w[i:]
            if _agent_from(w, i, lex):
                return False
            # a compound with a head ("Sint-Bavokerk", "Nolensplein") names a thing
            if i >= 4 and len(tail) >= 4 and tail.strip("-") in words:
                return False
        return True

    def _unexplained_capital(self, before: str, word: str, after: str) -> bool:
        """A capital in mid-sentence on a word no list explains: no dictionary word, no
        frequent token, no compound of two dictionary words, no public or local name."""
        if not word[:1].isupper() or word.isupper() or _CLAUSE_START.search(before[-8:]):
            return False
        if any(c.isupper() for c in word[1:]):
            return False  # "BeReal", "TikTok": a brand's own spelling
        letters = [c for c in before if c.isalpha()]
        if len(letters) > 8 and sum(c.isupper() for c in letters) > 0.5 * len(letters):
            return False  # a title or shouting: capitals mean nothing
        w = fold(word)
        lex = self.lex
        if w in lex.proper_nouns or "-" in w:
            return False
        if w in lex.english_only and w not in lex.english_names:
            return False  # "on Saturday", "Idea:": an English word that is no name
        if w in lex.words or lex.frequency(w) > 0:
            # a rare word with a capital of its own, between lowercase words, is a name
            # that is also a word ("neemt Bilan ze"); a run of capitals is a title or a brand
            if (
                lex.frequency(w) >= _RARE
                or _CAPITAL_BEFORE.search(before[-30:])
                or _CAPITAL_AFTER.match(after)
            ):
                return False
        # of Dutch parts: Frisian writes its nouns in lowercase, and its many short words
        # would split any name ("Mos|sel")
        if any(
            self._dutch_word(w[:i])
            and (self._dutch_word(w[i:]) or self._dutch_word(w[i:].rstrip("s")))
            for i in range(3, len(w) - 2)
        ):
            return False
        return self._may_name(word)

    def _dutch_word(self, w: str) -> bool:
        return w in self.lex.words and w not in self.lex.frisian_only

    def _any_verb_after(self, after: str) -> bool:
        """A finite verb next ("betaalt", "zwemt"): not a participle ("geregeld"), not an
        article or pronoun the verb list also holds ("het", "de")."""
        verb = re.match(r"\s+([^\W\d_]+)", _AGE_BETWEEN.sub("", after, count=1))
        if not verb:
            return False
        v = fold(verb.group(1))
        if v in DETERMINERS or v in _NOT_VERBS or self.lex.frequency(v) >= 6.0:
            return False
        if v.startswith("ge") and v.endswith(("d", "t", "en")):
            return False
        return v in self.lex.verb_forms or v in _PERSON_VERBS

    def _public(self, w: str) -> bool:
        return w in _public_words() or w in self.lex.proper_nouns

    def _acts_as_person(self, after: str) -> bool:
        # "Walnoot (15) wil ...", "walnoot, 15, zegt": an age between the word and its verb (a
        # tally, "skatebaan (14) moestuin (9)", has no verb after it)
        after = _AGE_BETWEEN.sub("", after, count=1)
        verb = re.match(r"\s+([^\W\d_]+)", after)
        if verb:
            v = fold(verb.group(1))
            if v in _PERSON_VERBS:
                return True
            if v in _ALSO_THINGS:
                return bool(_PERSON_AFTER_ALSO.match(after[verb.end() :]))
        # "sneeuw en dolfijn ruzie", "kip en muis willen": two bare nouns and a person's verb
        pair = re.match(r"\s+(?:en|&|\+)\s+([^\W\d_]+)\s+([^\W\d_]+)", after)
        if (
            pair
            and fold(pair.group(1)) not in DETERMINERS
            and self._could_be_someone(pair.group(1))
        ):
            return fold(pair.group(2)) in _PERSON_VERBS | {"ruzie", "maken", "hebben"}
        # "archie en zn vader": a bare word with a relative of its own
        if (
            re.match(r"\s+en\s+(?:zn|z'n|zijn|haar|d'r|dr)\s+([^\W\d_]+)", after)
            and fold(re.match(r"\s+en\s+\S+\s+([^\W\d_]+)", after).group(1)) in KIN
        ):
            return True
        # "ikran op tiktok ...": whose account it is
        if _ON_PLATFORM.match(after):
            return True
        # "jeu 16 jaar ...", "Kuiken, 17,": an age after a bare word
        return bool(_AGE_AFTER.match(after))

    def _after_title(self, before: str, word: str) -> bool:
        """ "buurvrouw de Graaff", "fam. Zwart", "keeperstrainer Schelp": a capitalised word
        after a title, a relative or a role (tussenvoegsels between). Not a title that is
        itself capitalised in mid-sentence: "Snackbar Ome Henk" is a shop."""
        if not word[:1].isupper() or word.isupper() or len(word) < 3:
            return False
        m = re.search(
            r"(?P<open>^|[.!?:;,(\n\"]\s*|\s)(?P<title>[^\W\d_]+)(?P<dot>\.?)\s+"
            r"(?:(?:van|de|der|den|het|'t|ter|ten|el|al|in\s+'t|op\s+den)\s+)*$",
            before,
        )
        if not m:
            return False
        title = fold(m.group("title"))
        if m.group("dot") and len(title) > 4:
            return False  # "... een begeleider. Vaste middag": a sentence ended
        if m.group("title")[:1].isupper() and not _CLAUSE_START.search(before[: m.start("title")]):
            return False  # "Snackbar Oom Piet": a capitalised title in mid-sentence is a name's
        # a surname may end like a street ("meester Ertveld"): only a real street protects
        if fold(word) in PERSON_KINDS or fold(word) in self._local or _STREET_END.search(word):
            return False
        if fold(word) not in self.lex.words and self._public(fold(word)):
            return False
        return title in TITLES or title in KIN or any(title.endswith(h) for h in ROLE_HEADS)

    def _next_to_person(self, before: str, after: str, word: str) -> bool:
        """ "[naam] en taim", "kip en [naam]", "[naam], ikran en [naam]", "[telefoonnummer] ←
        Yamen", "[account] Door wil": a word joined to a masked person in a list is one too;
        a comma alone joins a label or an apposition as often ("[naam], bewoonster van")."""
        w = fold(word)
        if w in self.lex.verb_forms or self.lex.frequency(w) >= 5.0:
            return False
        if re.match(r"[.\s]*(?:\[|:)", after):
            return False  # a form's label: "Geb.: [geboortedatum]"
        joined_before = re.search(rf"{_CONTACT}\s*(?:en|&|\+)\s*$", before)
        joined_after = re.match(rf"\s*(?:en|&|\+)\s*{_CONTACT}", after)
        in_list = re.search(rf"{_CONTACT}\s*,\s*$", before) and re.match(
            rf"\s*(?:,|en)\s*{_CONTACT}", after
        )
        if joined_before or joined_after or in_list:
            return True
        beside = re.search(rf"{_CONTACT}[ \t←→>–—-]{{1,4}}$", before)
        return bool(beside) and word[:1].isupper() and not word.isupper()

    def _glued_handle(self, token: str) -> bool:
        w = fold(token.lstrip("@").strip("."))
        if _FILE_OR_SITE.search(w) or w in self._abbreviations:
            return False
        parts = [x for x in re.split(r"[._#]", w) if x]
        if parts and (parts[0] in self._abbreviations or all(len(x) <= 3 for x in parts)):
            return False  # "geb.datum", "ca.20": an abbreviation glued to the next word
        if len(parts) < 2 or all(len(x) <= 2 for x in parts):
            return False  # "o.a", "t.o.v": abbreviations
        # the gemeente's own organisations ("@jongerenraad.dommelrode", "bieb_schelderwaard")
        return not any(x in self._local for x in parts)


def _agent_from(w: str, i: int, lex: Lexicon) -> bool:
    """An agent noun from position i ("melder", "fietsen|maker"): a verb's stem and -er,
    -ster or -aar, the part before it a word of its own ("vlinder" holds no "linder")."""
    words, tail = lex.words, w[i:]
    head_ok = i == 0 or (i >= 3 and (w[:i] in words or w[: i - 1] in words))
    return head_ok and any(
        tail.endswith(suffix)
        and len(tail) >= 5
        and lex.frequency(tail[: -len(suffix)] + "en") >= 3.0
        for suffix in ("er", "ster", "aar")
    )


def is_agent_noun(w: str, lex: Lexicon) -> bool:
    """A role said of anyone, made of a verb ("bezorger", "schoonmaakster")."""
    return any(_agent_from(w, i, lex) for i in range(len(w) - 3))


def is_role(w: str) -> bool:
    """A role as the head of a word ("keeperstrainer", "buurtbewoner", "huisarts")."""
    return bool(_ROLE_END.search(w))


def text_of(before: str, after: str) -> str:
    """The window around a word, as the record-level rules read it."""
    return before + " " + after


def _previous_word(before: str) -> str:
    end = len(before)
    while end and not (before[end - 1].isalnum() or before[end - 1] == "'"):
        end -= 1
    start = end
    while start and (before[start - 1].isalnum() or before[start - 1] == "'"):
        start -= 1
    return fold(before[start:end])


def _inside_marker(text: str, m: re.Match) -> bool:
    return text[m.start() - 1 : m.start()] == "[" and text[m.end() : m.end() + 1] == "]"


def _glued_part(text: str, m: re.Match) -> bool:
    """Part of a glued token ("boomhut" in "boomhut.builder"), read whole by _GLUED."""
    return (
        text[m.end() : m.end() + 1] in ("_", "#")
        or (text[m.end() : m.end() + 1] == "." and text[m.end() + 1 : m.end() + 2].isalnum())
        or text[m.start() - 1 : m.start()] in ("_", "#", "@", "/")
    )


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(fold(a).rstrip(".") for a in listed("opentaal_abbreviations.txt"))


@cache
def _public_words() -> frozenset[str]:
    """One-word brands, towns and festivals ("Kruidvat", "Zara", "Suikerfeest")."""
    return frozenset(
        fold(x)
        for name in (
            "nsi_brands_nl.txt",
            "cspell_companies.txt",
            "deduce_places.txt",
            "holidays_names.txt",
        )  # fmt: skip
        for x in listed(name)
        if " " not in x
    )
