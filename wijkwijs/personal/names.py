"""Names in free text by an allowlist: a word survives only when it is known not to be a name.

Every word gets a class from the sourced lists (lexicon.py):

- DICT: ordinary vocabulary (OpenTaal, common English), also a plural, diminutive or compound;
- TYPO: one letter off a frequent word ("jnogen"), lowercase only;
- SLANG: only in the frequency list of Dutch text (chat, straattaal: "wss", "gwn");
- NAME: on a name list and no ordinary word ("sanne", "Oleksandr", "Al-Hassan");
- AMBIGUOUS: a common first name that is also a word ("Roos", "Storm", "Jade", "Bas");
- UNKNOWN: in no list at all (a rare name like "Tesfay", new slang, a bad typo).

The context decides the rest: capitals in mid-sentence, a title before it (mevrouw, juf, dhr.),
a cue (ik heet, groetjes, mijn zusje), a possessive (d'r, z'n, 's), a neighbouring name, a
surname slot after a first name, a verb after a sentence-initial word ("Roos wil ..."). NAME
is masked; UNKNOWN when capitalised or in a person's context, otherwise the record is held for
review; the other classes only in a person's context. Places and brands found by the caller are
never names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from wijkwijs.personal import dialect, ocr
from wijkwijs.personal.lexicon import FREQUENT_WORD_ZIPF, Lexicon, fold, has_vowel, strip_accents
from wijkwijs.personal.patterns import AGE_WORDS, MONTHS, class_in_brackets
from wijkwijs.personal.slots import (
    CHAT_LABEL,
    GREETINGS,
    INTRO,
    LABEL,
    NICKNAME,
    SENDER,
    THANKS,
    person_slots,
)

DICT, TYPO, SLANG = "dict", "typo", "slang"
NAME, AMBIGUOUS, UNKNOWN = "name", "ambiguous", "unknown"
WEAK_WORDS = (TYPO, SLANG)  # words, unless the context says "person"

_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=\s))(?i:de|het|'t|een|deze|dit)\s+$")
# what may stand between a subject and its verb: space, a dash, or emoji (with their
# variation selectors, skin tones and joiners)
_EMOJI = "\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d"
_VERB_GAP = re.compile(rf"\s+|\s*[,\-–—]\s*|\s*[{_EMOJI}]+\s*")
# the colon after a line's label, maybe after emoji: "ROOS: ...", "Roos 💕: ..."
# what closes a word addressed after a greeting: "hey mukhi!!", "hoi shirs🥹", "hoi lulu,"
_VOCATIVE_GAP = re.compile(rf"[ \t]*[{_EMOJI},!]*[ \t]*")  # "shirs!! dankjewel", "shirs🥹 ..."
_VOCATIVE_END = re.compile(rf"[ \t]*(?:[!,.?:]|[{_EMOJI}]|$)", re.MULTILINE)
_EMOJI_GAP = re.compile(rf"[ \t]*[{_EMOJI}]+[ \t]*")
_YOU = frozenset("jij je u jullie".split())
_OWN = frozenset("mijn m'n onze ons".split())  # "onze Fenna", "ons Sanne": family's speech
_HEADING_DASH = re.compile(r"[ \t]+(?:\d{1,2}[:.]\d{2}[ \t]+)?[–—-][ \t]")
_CELEBRATE = r"(?i:vieren|vierden)"
_WE = r"(?i:we|wij|ze|zij|jullie)"
_MODAL = r"(?i:willen|wil|wilt|gaan|gaat|kunnen|kan|mogen|mag|moeten|moet)"
# what is celebrated is a feast: "Suikerfeest en Kerst vieren we", "willen Newroz vieren" (the
# object before the verb); "we vieren Kerst", "vieren we Divali" (after it, "we" its subject).
# Not "Bram viert", "Bram en Sara vieren" nor "dan vieren Bram en Sara": the celebrants
_CELEBRATED_BEFORE = re.compile(
    rf"(?:[ \t]+(?i:en|of)[ \t]+[A-ZÀ-Ý][\w'’-]*)?[ \t]+{_CELEBRATE}[ \t]+{_WE}\b"
)
_CELEBRATED_LAST = re.compile(
    rf"(?:[ \t]+(?i:en|of)[ \t]+[A-ZÀ-Ý][\w'’-]*)?[ \t]+{_CELEBRATE}\b(?![ \t]+{_WE}\b)"
)
_MODAL_BEFORE = re.compile(rf"\b{_MODAL}[ \t]+$")
# grammar, no list: the finite forms of the auxiliaries, and the finite verbs that say what a
# person does; two of them in a row open no Dutch sentence ("zou wil", "kan gaat")
_AUXILIARIES = frozenset("zou zal kan kon wil wou mag mocht moet moest gaat ging".split())
_FINITE_OF_PERSONS = _AUXILIARIES | frozenset(
    "wilt wilde vindt vond zegt zei vraagt vroeg denkt dacht hoopt woont speelt komt kwam "
    "wenst vertelt maakt heeft is was".split()
)
# "Tết wordt gevierd", "Nowruz werd gevierd met ...": what is celebrated is a feast more often
# than a person ("oma werd gevierd"), so a word in no list there is held, not masked
_CELEBRATED_PASSIVE = re.compile(r"[ \t]+(?i:wordt|werd|worden|werden)[ \t]+(?i:gevierd)\b")
_CELEBRATED_AFTER = re.compile(
    rf"(?:\b{_WE}[ \t]+{_CELEBRATE}|\b{_CELEBRATE}[ \t]+{_WE})[ \t]+"
    r"(?:(?i:ook|samen|graag)[ \t]+)?(?:[A-ZÀ-Ý][\w'’-]*[ \t]+(?i:en|of)[ \t]+)?$"
)
# "Koers (de buurvrouw van ...)", "Kettelerij (juf OBS ...)", "Rouwmaat, de buurman van
# ...": who someone is, in brackets or after a comma with an article (without one a comma may
# go on with a list)
_APPOSITION = re.compile(
    r"[ \t]*(?:\([ \t]*(?:(?:de|het|een|onze|mijn|m'n|zijn|z'n|haar|d'r)[ \t]+)?"
    r"|,[ \t]*(?:de|het|een|onze|mijn|m'n|zijn|z'n|haar|d'r)[ \t]+)"
    r"(?:[^\W\d_]+(?:e|ste)[ \t]+)?(?P<noun>[^\W\d_]+)"
    # ... a noun phrase: not "Voetbal (de trainer is ziek) gaat niet door"
    r"(?=[ \t]*(?:[),]|(?:van|uit|bij|op|in|aan)\b|(?-i:[A-ZÀ-Ý])))",
    re.IGNORECASE,
)
# "Kook (van de Trekleerstraat) wil", "Vink (uit de Kaardershof) vraagt", "Raaf (van nr. 12)
# belt": where someone lives, in brackets, says as an apposition does who the word is
_RESIDENCE = re.compile(
    r"[ \t]*\([ \t]*(?i:van|uit)[ \t]+(?:(?i:de|het|'t)[ \t]+)?"
    r"(?:[A-ZÀ-Ý][\w'’-]*|(?i:nr\.?|nummer|huisnummer)[ \t]*\d{1,4}[a-zA-Z]?)[^()\n]{0,30}\)"
)
_VERB_AFTER = re.compile(r"[ \t]*([^\W\d_]+)")
_LABEL_COLON = re.compile(rf"(?:[ \t]*[{_EMOJI}]+[ \t]*)?:")
# what is done only to a person: "ik heb roos gebeld", "heb je fleur gezien"
PERSON_PARTICIPLES = frozenset(
    "gebeld gesproken gevraagd geappt gemaild ontmoet geholpen gezien uitgenodigd opgehaald "
    "gefeliciteerd getroost".split()
)
_HAVE = frozenset("heb hebt heeft hebben had hadden".split())
# what a voice memo says before it says something: no word of the clause
FILLERS = frozenset("eh ehm euh uh uhm hm hmm ja jaa nee nou dus oke oké okee okay zo".split())
_DRAWN_OUT = re.compile(r"([^\W\d_])\1{2,}")
TOKEN = re.compile(r"['’][tT]\b|[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_])|-(?=[^\W\d_]))*")

# the words Dutch uses for a kind of person ("jongere zegt", "ouder vraagt", "brugklasser
# wil"): a role said of anyone, no nickname; with the relatives (KIN) and roles below
PERSON_KINDS = (
    "jongere", "jongeren", "meisje", "meisjes", "jongen", "jongens", "kind", "kinderen", "kids",
    "ouder", "ouders", "leerling", "leerlingen", "klasser", "klassers", "bewoner", "bewoners",
    "jeugd", "tiener", "tieners", "puber", "pubers", "deelnemer", "deelnemers", "bezoeker",
    "bezoekers", "mensen", "iemand", "niemand", "iedereen", "groep", "team", "buurt", "melder",
    "vrijwilliger", "vrijwilligers", "stagiair", "stagiaire", "gids", "gezin", "klas",
    "allebei", "beiden", "beide",
)  # fmt: skip
# Context cues: grammar, not vocabulary. The few words Dutch uses to introduce a person; the
# name lists themselves are sourced files.
TITLES = frozenset(
    "mevrouw mevr mw meneer mijnheer mnr dhr heer juf juffrouw meester coach trainer trainster "
    "buurman buurvrouw oom ome tante opa oma opoe mister miss mrs mr ms imam pastoor dominee "
    "wijkagent agent hr dokter fam familie wethouder burgemeester raadslid griffier directeur "
    "directrice rector conrector speaker pastor predikant rabbijn kapitein brigadier".split()
)
KIN = frozenset(
    "zus zusje zussen zusjes broer broertje broers neef neefje nicht nichtje vriend vriendje "
    "vriendin vriendinnetje maat maatje mattie bff buddy buurjongen buurmeisje klasgenoot "
    "klasgenote teamgenoot moeder vader mama papa stiefvader stiefmoeder halfbroer halfzus "
    "tweelingbroer tweelingzus collega begeleider jongerenwerker zoon zoontje zonen dochter "
    "dochtertje dochters kleinzoon kleindochter kleinkind nicht kind mentor mentrix".split()
)
# "Benu is het zusje van ...", "Benu, de oudste broer van ...", "Benu is mijn nicht": a kin
# role said of the word before it makes that word a person, whatever a dictionary or a brand
# list has ("maat" and "kind" also measure and idiom: "het kind van de rekening"); after a
# comma only with "van" ("Zdravei, mijn dochter wil ..." greets before the writer's kin)
_KIN_ROLES = "|".join(sorted(KIN - {"maat", "kind"}, key=len, reverse=True))
_ADJECTIVE = r"(?:[^\W\d_]+(?:e|ste)[ \t]+)?"  # "het kleine zusje", "de oudste broer"
_KIN_OF = rf"{_ADJECTIVE}(?:{_KIN_ROLES})[ \t]+van\b"
_ARTICLE = r"(?:het|de|een|'n)[ \t]+"
KIN_PREDICATE = re.compile(
    r"(?:[ \t]+(?:is|was|wordt|werd|blijft)[ \t]+"
    rf"(?:(?:{_ARTICLE})?{_KIN_OF}|(?:mijn|m'n|haar|d'r|zijn|z'n|onze|ons|jouw|je|hun)[ \t]+"
    rf"{_ADJECTIVE}(?:{_KIN_ROLES})(?![\w-]))"
    # "Benu, het zusje van ...", "Benu (zusje van ...)"; after a comma without an article it
    # may be the next item of a list ("tolk Tigrinya, vader van ...")
    rf"|[ \t]*,[ \t]*{_ARTICLE}{_KIN_OF}|[ \t]*\([ \t]*(?:{_ARTICLE})?{_KIN_OF})",
    re.IGNORECASE,
)
# the head of a compound role: "keeperstrainer Schelp", "jeugdcoach Bos", "huisarts Tuinstra"
ROLE_HEADS = (
    "trainer", "trainster", "coach", "agent", "meester", "juf", "dokter", "arts", "werker",
    "begeleider", "leider", "leidster", "docent", "leraar", "lerares", "mentor", "buurman",
    "buurvrouw", "voorzitter", "beheerder", "conciërge",
)  # fmt: skip


def is_title(word: str, titles: frozenset[str] = frozenset()) -> bool:
    """A title, a relative or a role, also as the head of a compound ("keeperstrainer")."""
    return (
        word in TITLES
        or word in KIN
        or word in titles
        or any(word.endswith(h) and len(word) >= len(h) + 3 for h in ROLE_HEADS)
    )


# "het nummer van bram", "de moeder van Ilse": what belongs to a person
BELONGINGS = (
    frozenset(
        "bsn nummer telefoonnummer mobiel mobieltje mail mailadres email e-mail adres insta snap "
        "account rekening rekeningnummer iban kenteken scooter verjaardag geboortedatum idee plan "
        "voorstel tekening filmpje huis ouders vraag verzoek tip wens bericht berichtje brief "
        "briefje verhaal mening reactie opmerking foto fiets kamer".split()
    )
    | KIN
    | TITLES
)
STRONG_CUES = (
    ("ik", "heet"), ("heet",), ("heette",), ("naam", "is"), ("naam",), ("genaamd",),
    ("groetjes",), ("groeten",), ("groet",), ("gr",), ("grtjs",), ("liefs",), ("xoxo",), ("xx",),
    ("namens",), ("doei",), ("ik", "ben"), ("contact",), ("contactpersoon",), ("voornaam",),
    ("achternaam",), ("roepnaam",), ("voornamen",), ("achternaam", "is"), ("voornaam", "is"),
    ("roepnaam", "is"), ("familienaam", "is"), ("familienaam",),
    # code-switching: "her name is roos", "a boy named storm"
    ("name", "is"), ("named",),
)  # fmt: skip
# a form's name field: whatever word stands there, in any case, is the name ("achternaam: de
# vries", "haar achternaam is visser")
NAME_FIELD_CUES = (
    ("naam",), ("achternaam",), ("voornaam",), ("roepnaam",), ("familienaam",), ("naam", "is"),
    ("achternaam", "is"), ("voornaam", "is"), ("roepnaam", "is"), ("familienaam", "is"),
    ("wie",),  # minutes' action points: "(wie: Stoffers)"
)  # fmt: skip
# initials right before a word: "M. ", "J.P. ", "(A. "
_INITIALS_BEFORE = re.compile(r"(?:^|(?<=[\s,;:(]))(?:[A-Z]\.-?){1,3}\s?$")
WEAK_CUES = (
    ("met",), ("samen", "met"), ("en",), ("of",), ("zegt",), ("zei",), ("vroeg",), ("vraagt",),
    ("vertelt",), ("vertelde",), ("sprak",), ("spreek",), ("schreef",), ("appte",), ("belde",),
    ("mailde",), ("meldt",), ("meldde",), ("volgens",), ("aldus",),
    # the one spoken to, and the one who came by: "zeg tegen fleur", "vandaag kwam roos langs"
    ("tegen",), ("kwam",), ("komt",),
    # code-switching: "storm said" ("with" is no cue: "with English subtitles")
    ("said",), ("says",), ("asked",),
)  # fmt: skip
# "fan van", "een film over", "kijken naar", "zo goed als", "noemen ... als voorbeeld": what
# people talk about, a famous person as often as a resident
TOPIC_PREPOSITIONS = frozenset("van over naar als zoals noemen".split())
TOPIC_WORDS = frozenset(
    "fan fans muurschildering schildering portret poster posters beeld standbeeld foto foto's "
    "film films documentaire serie boek boeken liedje liedjes lied nummer nummers clip video "
    "concert optreden show album shirt shirts sticker stickers graffiti tekening plaat idool "
    "praten praat praatten gepraat hebben heeft had alleen vooral steeds altijd debat les".split()
)
# what only a person does: said, asked, wanted
SAYING_VERBS = frozenset(
    "zegt zei vraagt vroeg wil wilde wou vindt vond denkt dacht hoopt vertelt vertelde "
    "stelt stelde bedacht meldt meldde klaagt klaagde".split()
)
# "storm is 14 en ...", "Fleur, 14 jaar, ...": a word before an age; in a survey's row a cell
# before a cell that is an age ("...10:11<tab>roos<tab>14<tab>Centrum", "fleur;13;dansles")
AGE_AFTER = re.compile(
    rf"\s*,\s*(?:\d{{1,2}}|{AGE_WORDS})\s*(?:jaar|jr|j)\b(?!\s*(?:geleden|lang|terug))"
    r"|\s+(?:is|wordt|werd|was)\s+(?:net\s+|pas\s+|al\s+)?\d{1,2}\b"
    r"(?!\s*(?:uur|u\b|euro|%|procent|meter|m\b|km|graden|min|minuten|keer|x\b|[.,:]\d))"
    r"|[ ]*[\t;|][ ]*(?:[89]|1\d|2[0-3])[ ]*(?=[\t;|])",
    re.IGNORECASE,
)
# After a sentence-initial "Roos" or "Jade" these verbs make it a person, not the flower or the
# stone: "Roos wil een moestuin" (a bare noun opening a Dutch sentence is rare).
PERSON_VERBS = frozenset(
    "wil wilt wou wilde vindt vond zegt zei vraagt vroeg stelt stelde denkt dacht hoopt mist "
    "miste woont woonde speelt zit komt kwam gaat ging wenst bedacht vertelt vertelde maakt "
    "heeft is was geboren zou kan mag en uit".split()
)
# English pronouns and articles: after a word opening an English sentence they make it a
# verb, a modal or an adverb ("Can we", "Love it", "Just a small one"), not a name's subject
_ENGLISH_GRAMMAR = frozenset("we i you it this that they them us me a an the our your my".split())
# before a town: "naar Berlijn", "the bus to Utrecht", "langs Goes"
_PLACE_PREPOSITIONS = frozenset("naar in uit richting vanuit via langs to from".split())
# before a festival: "in de Ramadan", "met kerst", "tijdens Pasen", "na Suikerfeest"
_TIME_WORDS = frozenset("de het met tijdens rond na voor tot sinds vanaf na".split())
# how Limburgish, Brabantish and Low Saxon notes spell standard Dutch sounds; a lowercase
# word in no list that becomes a frequent word by them is that word
_DIALECT_SOUNDS = dialect.SOUNDS + dialect.READ_ONLY_SOUNDS
_OPEN_SYLLABLE = dialect.OPEN_SYLLABLE
DIALECT_ZIPF = 3.5
# the circumflexes Frisian spells its long vowels with ("strân", "jûn", "pôle", "hûs")
_FRISIAN_LETTER = re.compile("[âêôû]")
# Frisian-only words that make a note one written in Frisian (`_read_frisian`)
FRISIAN_NOTE_WORDS = 2
# the roles that label a line of a chat or a log instead of a name
ROLE_LABELS = frozenset(
    "moderator mod admin beheerder bot leiding organisatie team host systeem jongerenwerk "
    "jongerenwerker begeleider begeleiding redactie bestuur secretariaat".split()
)
# the words that say a writer gave no name
NO_NAME = frozenset("anoniem anonymous onbekend anon nvt geen".split())
# paying and being paid: what a person does with an account ("X betaalt ... vanaf <iban>")
MONEY_VERBS = frozenset(
    "betaalt betaalde betaalden stort stortte maakte maakt tikt tikte pint pinde leent leende "
    "ontvangt ontving krijgt kreeg spaart spaarde doneert doneerde".split()
)
# what only a person is, after "is"/"was": "Paddo is boos" (grammar of feelings, not "klaar")
FEELINGS = frozenset(
    "boos blij bang verdrietig trots teleurgesteld ziek zenuwachtig bezorgd chagrijnig "
    "enthousiast benieuwd verliefd jaloers eenzaam gelukkig woedend kwaad".split()
)
# what someone is on a day, after "is": a feeling, or having a birthday ("jarig", and as the
# dialects spell it: "jaorig")
_STATES = FEELINGS | {"jarig"} | dialect.spellings("jarig")
INTENSIFIERS = frozenset("heel erg zo echt super best nogal wel ook nog zwaar niet".split())
# ... except these, which also follow a thing ("Storm heeft de bomen omgeblazen")
THING_VERBS = frozenset("heeft is was zou kan mag en".split())
# months written out ("jan" is a name as often as January)
MONTH = re.compile("(?:{})".format("|".join(MONTHS)), re.IGNORECASE)
# weekdays as notes abbreviate them (grammar, like the months)
WEEKDAYS = frozenset("ma di wo do vr za zo".split())
# An article or determiner before a word makes it a noun: "het hart van de wijk", "de storm".
DETERMINERS = frozenset("de het een 'n die deze dat dit geen elke ieder iedere welke".split())
# ... and only these with certainty: "dat" and "die" also join clauses ("zegt dat ayu wil")
ARTICLES = frozenset("de het een 'n deze dit elke ieder iedere geen mijn m'n jouw onze".split())
POSSESSIVES = frozenset({"d'r", "z'n", "zn", "dr", "der"})
COPULAS = frozenset("is ben bent was waren wordt werd worden zijn blijft bleef lijkt".split())
# before a noun, never before a name: "mijn zon", "onze bank", "veel bloemen"
NOUN_MARKERS = frozenset("mijn m'n je jouw zijn z'n haar d'r onze ons jullie hun veel meer".split())
# "ilse haar tekening", "bram zijn idee": a possessive pronoun after a person
PRONOUN_POSSESSIVES = frozenset({"haar", "zijn", "hun"})
# "Fleur (14) wil", "Daan (groep 7)": an age or a class in brackets after a person
AGE_OR_CLASS_AFTER = re.compile(
    rf"\s*\(\s*(?:\d{{1,2}}(?!\d)|(?:{AGE_WORDS})\s*(?:jaar|jr|j)?\s*\)"
    r"|(?:groep|klas|brugklas|leerjaar|havo|vwo|vmbo|mavo|tto|gym)\b)",
    re.IGNORECASE,
)
_BARE_AGE = re.compile(r",?\s+\d{1,2}\s*(?:jaar|jr|j)\b(?!\s*(?:geleden|lang|oud|terug))", re.I)
_AGE_THEN_WORD = re.compile(
    rf"\s*\(\s*(?:\d{{1,2}}|{AGE_WORDS})\s*(?:j|jr|jaar)?\.?\s*\)\s*(\w+)", re.IGNORECASE
)
LIST_GAP = re.compile(r"\s*(?:,|&|\+|/)\s*|\s+(?:en|of|and|n|met|&)\s+", re.IGNORECASE)
# Below this zipf a token only in the frequency list is mostly a name that Dutch text mentions.
RARE_ZIPF = 2.5
# A lowercase surname this frequent in Dutch text is a word unless the context says "person".
FREQUENT_SURNAME_ZIPF = 3.5
# A first name rarer than this as a word ("merel", "jade") holds the record when it survives.
RARE_AS_WORD_ZIPF = 3.6
# After a tussenvoegsel, a lowercase word this frequent is a surname only after a first name
# ("wietske de boer", not "ong de bus").
COMMON_NOUN_ZIPF = 4.0
# A first name this frequent as a word ("niks", "wil") is not held for standing alone.
EVERYDAY_ZIPF = 5.0
# A word this frequent (zipf) is a function word: never a name by context alone.
FUNCTION_WORD_ZIPF = 5.6


def _spells_part(word: str, parts: set[str]) -> bool:
    """The word is a part of an account name, begins one, or is one letter off ("ikran" and
    "ikraan")."""
    for part in parts:
        if word == part or (len(word) >= 4 and part.startswith(word)):
            return True
        if len(word) >= 4 and abs(len(word) - len(part)) <= 1 and _one_edit(word, part):
            return True
    return False


def _one_edit(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


@dataclass
class Token:
    start: int
    end: int
    text: str
    folded: str
    sentence_start: bool
    cls: str
    capital: bool  # a capital that means something: not in ALL-CAPS text
    possessive: bool
    protected: bool  # a place, brand or another detector's span
    is_name: bool = False
    held: bool = False
    derived: bool = False  # vocabulary only as a compound or inflection, in no frequency list
    maybe: bool = False  # may be a name: doubt enough in a record that carries personal data
    particle: bool = False  # a tussenvoegsel here ("van", "'t", the "in" of "in 't Veld")
    topic: bool = False  # only talked about ("fan van", "een film over"): maybe famous
    english: bool = False  # an English word that is also a name, in an English note
    frisian: bool = False  # a Frisian word that is also a name, in a Frisian note


class NameFinder:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self._classify = lru_cache(maxsize=200_000)(self._classify_uncached)
        self.scanned_reading = lru_cache(maxsize=50_000)(self._scanned_reading_uncached)  # type: ignore[method-assign]
        # a finite verb after a sentence-opening word makes that word its subject; the verb
        # forms are a sourced list (spaCy's Dutch lemma tables), the short list above adds
        # the modal and chat forms it lacks ("wil", "wou")
        self.person_verbs = (PERSON_VERBS | lex.verb_forms) - (
            DETERMINERS | NOUN_MARKERS | POSSESSIVES | PRONOUN_POSSESSIVES
        )
        self._verbs_of_persons = self.person_verbs - THING_VERBS  # not "Storm heeft"
        self._verbs_not_copula = self.person_verbs - COPULAS
        self._sorted_common = sorted(lex.common_words)
        # a brand spelt like a first name ("Nike", "Zara") is a name only in a person's context
        # ... and so is a festival ("Kerst", "Pasen") or a town ("Utrecht", "Zwolle")
        # (a village spelt like a common first name, "Wessel", is the child more often)
        towns = [t for t in lex.places if fold(t) not in lex.core_first_names]
        self._places = frozenset(fold(t) for t in lex.places)
        # a festival's own word, also inside a longer name ("First Day of Ramadan")
        self._event_words = frozenset(
            fold(w) for e in lex.events for w in e.split() if len(w) >= 5 and w[:1].isupper()
        )
        self._brand_words = frozenset(
            fold(b)
            for b in (*lex.brands, *lex.events, *towns)
            if " " not in b and (fold(b) in lex.first_names or fold(b) in lex.surnames)
        )

    # --- vocabulary -------------------------------------------------------------------------

    def is_word(self, word: str) -> bool:
        """Ordinary vocabulary, informal included (used by the shape detectors)."""
        return self._classify(word.lower(), True) in (DICT, TYPO, SLANG, AMBIGUOUS)

    def is_dictionary_word(self, word: str) -> bool:
        """A dictionary word or one derived from it, in lowercase, that no name list has."""
        return self._classify(word.lower(), True) == DICT

    def is_plain_word(self, word: str) -> bool:
        """Vocabulary that is no name either ("park", not "lotte" or "roos")."""
        return self._classify(word.lower(), True) in (DICT, TYPO, SLANG)

    def _dict_word(self, w: str) -> bool:
        return w in self.lex.words or w in self.lex.proper_nouns

    def _inflection_stem(self, w: str) -> str | None:
        """The dictionary word `w` is a plural, diminutive or inflection of, if any."""
        for suffix in ("tjes", "etjes", "pjes", "jes", "tje", "etje", "pje", "kje", "je", "s",
                       "en", "'s", "e", "er", "ste"):  # fmt: skip
            stem = w[: -len(suffix)]
            if w.endswith(suffix) and len(stem) >= 3:
                for word in (stem, stem + "e"):
                    if word in self.lex.words:
                        return word
        return None

    def _derived_word(self, w: str, compounds: bool = True) -> bool:
        """A plural, diminutive, inflection or compound of dictionary words."""
        words = self.lex.words
        if len(w) < 4 or not w.replace("'", "").isalpha():
            return False
        if self._inflection_stem(w):
            return True
        common = self.lex.common_words
        if not compounds:
            # a capital in mid-sentence: only a compound of two long, frequent words
            # ("Straatronde"), since many names split into short words ("Ros|helle")
            return any(w[:i] in common and w[i:] in common for i in range(4, len(w) - 3))
        # compounds ("pannaveldje", "buurtapp"): dictionary parts, maybe with a linking s/e
        for i in range(3, len(w) - 2):
            head, tail = w[:i], w[i:]
            if head in words or (head.endswith(("s", "e")) and head[:-1] in words):
                if len(tail) >= 4 and (tail in words or self._derived_tail(tail)):
                    return True
                # three parts: "meiden|voetbal|groep", "boeken|ruil|kast"
                if len(head) >= 4 and len(tail) >= 7 and self._two_part(tail):
                    return True
                # a short tail only after a long, frequent head ("buurtapp", not "tig|ist"),
                # or in a word with a letter only Frisian writes ("strân|bad", "kook|jûn"):
                # Frisian words are rare in Dutch text, so none is frequent
                if len(head) >= 4 and head in common and tail in common:
                    return True
                if len(tail) >= 3 and tail in words and _FRISIAN_LETTER.search(w):
                    return True
            # a frequent short word after a compound or a frequent word ("deelscooter|app",
            # "meiden|wc"; not "vinken|oog": a surname made of a rarer word)
            if (
                len(tail) >= 2
                and tail in common
                and ((len(head) >= 5 and head in common) or self._two_part(head))
            ):
                return True
        return False

    def _two_part(self, w: str) -> bool:
        """Two dictionary words ("voetbal|groep"), as the tail of a longer compound."""
        words = self.lex.words
        return any(
            w[:i] in words and (w[i:] in words or self._derived_tail(w[i:]))
            for i in range(3, len(w) - 3)
        )

    def _derived_tail(self, tail: str) -> bool:
        for suffix in ("tje", "je", "jes", "tjes", "s", "en"):
            stem = tail[: -len(suffix)]
            if tail.endswith(suffix) and len(stem) >= 3 and stem in self.lex.words:
                return True
        return False

    def _one_typo_from_word(self, w: str) -> bool:
        """Two letters swapped, one dropped or one doubled, from a frequent word ("jnogen")."""
        words = self.lex.common_words
        for i in range(len(w)):
            if w[:i] + w[i + 1 :] in words:
                return True
            if i + 1 < len(w) and w[:i] + w[i + 1] + w[i] + w[i + 2 :] in words:
                return True
        for i in range(len(w) + 1):
            for c in "aeioulnrst":
                if w[:i] + c + w[i:] in words:
                    return True
        return False

    def _one_typo_from_compound(self, w: str) -> bool:
        """Two letters swapped or one doubled in a long word that is otherwise a compound."""
        variants = {w[:i] + w[i + 1] + w[i] + w[i + 2 :] for i in range(len(w) - 1)}
        variants |= {w[:i] + w[i + 1 :] for i in range(len(w)) if i and w[i] == w[i - 1]}
        return any(self._dict_word(v) or self._common_compound(v) for v in variants - {w})

    def _common_compound(self, w: str) -> bool:
        """A compound whose head is a frequent word ("participatie|avond", "skate|baan"):
        strict enough that a made-up word ("brol|leek") stays unknown."""
        common, words = self.lex.common_words, self.lex.words
        for i in range(4, len(w) - 3):
            head, tail = w[:i], w[i:]
            if head in common or (head[-1] in "se" and head[:-1] in common):
                if tail in words or self._derived_tail(tail):
                    return True
        return False

    def _classify_uncached(self, word: str, caseless: bool, compounds: bool = True) -> str:
        """`caseless`: the writer's capitals carry no meaning (lowercase or ALL-CAPS text);
        `compounds`: a word may be read as a compound of two dictionary words. Not for a
        capital in mid-sentence: many names split into words ("Ros|helle", "Sem|har")."""
        w = fold(word)
        lex = self.lex
        # "LETSGOOO", "lmaooo", "nooooit": a letter drawn out three times or more is a word
        # said with feeling when the word with one or two of it is known
        if _DRAWN_OUT.search(w):
            for short in (_DRAWN_OUT.sub(r"\1", w), _DRAWN_OUT.sub(r"\1\1", w)):
                if short != w and self._classify(short, caseless, compounds) in (DICT, SLANG):
                    return SLANG
        if "-" in w and w not in lex.words:
            classes = [self._classify(p, caseless, compounds) for p in w.split("-") if p]
            if any(c == NAME for c in classes) or all(c == AMBIGUOUS for c in classes):
                return NAME  # "Al-Hassan", "Jan-Willem"
            if all(c == DICT for c in classes):
                return DICT
            return UNKNOWN if UNKNOWN in classes else SLANG
        named = w in lex.first_names or w in lex.surnames
        # a Frisian word with a capital in mid-sentence ("strips van Suske en Wiske") is read
        # as before Frisian was vocabulary
        if w in lex.frisian_only and not (caseless or compounds):
            return SLANG if w in lex.zipf else UNKNOWN
        if self._dict_word(w):
            if w in lex.core_first_names and w not in lex.proper_nouns:
                return AMBIGUOUS
            return DICT
        if w in lex.unaccented and (caseless or not named):
            # "oke", "cafe", "ideeen": chat drops the accents; a name only with a capital
            return DICT
        if named:
            # "di" (dinsdag), "mo": a two-letter token is a name only in a person's context;
            # so is a lowercase surname that is frequent in Dutch text and no first name
            # ("nie" for "niet", "good", "real"): a bare surname in lowercase is rare
            frequent_surname = (
                caseless
                and w not in lex.first_names
                and lex.frequency(w) >= FREQUENT_SURNAME_ZIPF
                and not (w.endswith("s") and w[:-1] in lex.first_names)  # "adams moeder"
            )
            return AMBIGUOUS if len(w) <= 2 or frequent_surname else NAME
        if self._derived_word(w, compounds):
            return DICT
        if self._dialect_diminutive(w):
            return TYPO  # "effies": a word as Hollands and Zaans make it small (dialect.py)
        if w in lex.zipf:
            return SLANG
        if caseless and len(w) >= 5 and self._one_typo_from_word(w):
            return TYPO
        if caseless and len(w) >= 3 and self._dialect_of_word(w):
            return TYPO  # "jaor", "bestaot", "höbbe": a word as a dialect spells it
        if len(w) >= 3 and not named and self._dialect_of_word(w, FUNCTION_WORD_ZIPF):
            return TYPO  # "Wiej goat ...": a function word as a dialect spells it, capitalised
        if caseless and len(w) >= 7 and self._one_typo_from_compound(w):
            return TYPO  # "jongreenwerker", "skateaban": a typo inside a compound
        if self.scanned_reading(w):
            return DICT  # "Naarn", "Forrnulier", "lntake": a word as a scanner misread it
        capitals = ocr.capital_i_reading(word)
        if capitals and (self._dict_word(capitals) or self._derived_word(capitals)):
            return DICT  # "lNSCHRlJVING": capitals with each I scanned as an l
        # "Tết": a word spelt with the marks of its own alphabet, in no list as written, whose
        # letters without the marks are a word and no name ("tet"), is that word; one whose
        # bare letters are a name ("Vương": "vuong") or nothing stays unknown (held or masked)
        bare = strip_accents(w)
        if (
            bare != w
            and bare not in lex.first_names
            and bare not in lex.surnames
            and self._dict_word(bare)
        ):
            return DICT
        return UNKNOWN

    # --- names in a text ----------------------------------------------------------------------

    def tokens(self, text: str, protected: list[tuple[int, int]]) -> list[Token]:
        letters = [c for c in text if c.isalpha()]
        shouting = len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.7 * len(letters)
        tokens: list[Token] = []
        for m in TOKEN.finditer(text):
            raw, possessive = m.group(0), False
            # (not a contraction frequent in Dutch text: "da's" is "dat is")
            if (
                re.search(r"['’][sS]$", raw)
                and len(raw) > 3
                and self.lex.frequency(fold(raw).replace("’", "'")) < COMMON_NOUN_ZIPF
            ):
                raw, possessive = raw[:-2], True
            elif raw[-1:] in "sxz" and text[m.end() : m.end() + 1] in ("'", "’"):
                possessive = True  # "Roos' nummer"
            before = text[: m.start()].rstrip(" \t\"'“”‘’*-–—(")
            sentence_start = (
                not before
                or before[-1] in ".!?:;\n…"
                or (not before[-1].isalnum() and before[-1] not in ",&+/")
                # a transcript's fillers open no clause: "eh ja emma wil", "nou ja bram zegt"
                or (
                    bool(tokens)
                    and tokens[-1].sentence_start
                    and tokens[-1].folded in FILLERS
                    and re.fullmatch(r"[\s,.]*", text[tokens[-1].end : m.start()]) is not None
                )
            )
            # a capital means something in ordinary text, not in shouting, and not in one
            # word typed in capitals for emphasis ("er is hier NIKS")
            capital = raw[:1].isupper() and not shouting and not (raw.isupper() and len(raw) > 1)
            caseless = shouting or raw.islower()
            is_protected = any(s < m.end() and m.start() < e for s, e in protected)
            # after an article a capitalised compound is a thing ("met de Kidspas", "'t
            # Zeevaartcollege"): a name there is a listed surname ("de Graaff")
            article = _ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start())
            compounds = caseless or sentence_start or bool(article)
            cls = base = DICT if is_protected else self._classify(raw, caseless, compounds)
            if cls in (NAME, UNKNOWN, SLANG, TYPO, AMBIGUOUS) and not is_protected:
                cls = self._abbreviation(raw, cls, shouting, sentence_start, text[m.end() :])
            if cls == AMBIGUOUS and raw.islower() and MONTH.fullmatch(raw):
                cls = DICT  # "juli en augustus": a month, unless capitalised ("April")
            if cls == AMBIGUOUS and raw in WEEKDAYS:
                cls = DICT  # "open op di en do": a weekday in lowercase, not "Do" or "Di"
            folded = fold(raw)
            if cls in (DICT, TYPO) and not is_protected and not self._dict_word(folded):
                folded = self.scanned_reading(folded) or folded  # "Naarn:" is a name field
            if (
                base in (DICT, SLANG)
                and not is_protected
                and not article  # "de Kidspas" is a pass, "Niltons idee" someone's
                and folded.endswith("s")
                and len(raw) > 3
            ):
                # "sjoerds idee": a genitive s on a name
                # of the last part of a compound: "Al-Hassans moeder", not "EHBO-cursus"
                last = raw.rsplit("-", 1)[-1]
                stem = self._classify(last[:-1], caseless, compounds)
                # (a proper noun ending in s is no genitive: a language, "Oekraïens")
                if not self._dict_word(folded) and (
                    stem == NAME or (stem == UNKNOWN and capital and last[:1].isupper())
                ):  # "Niltons vrienden"
                    cls, possessive = NAME, True
            derived = (
                cls == DICT
                and not is_protected
                and not self._dict_word(folded)
                and folded not in self.lex.zipf
            )
            tokens.append(
                Token(
                    m.start(),
                    m.end(),
                    m.group(0),
                    folded,
                    sentence_start,
                    cls,
                    capital,
                    possessive,
                    is_protected,
                    derived=derived,
                )  # fmt: skip
            )
        self._mark_particles(tokens, text)
        return tokens

    def _abbreviation(
        self, raw: str, cls: str, shouting: bool, sentence_start: bool, after: str
    ) -> str:
        """Notes are full of abbreviations, and none is a name: an acronym of the word list
        in capitals ("JOP", "EHBO"; one spelt like a first name is a word that may be a name),
        a word without a vowel ("jgrn", "vlgs", "mdr"), the start of a frequent word before a
        full stop ("aant.", "verl.", "vrijw.")."""
        w = fold(raw)
        # a first name people write ("Tom.", "Jan.") is no abbreviation; a rare one may be
        core_name = w in self.lex.core_first_names and self.lex.frequency(w) >= 3.0
        if raw.isupper() and len(raw) > 1 and not shouting and w in self.lex.acronyms:
            return AMBIGUOUS if core_name else DICT
        if "-" in raw and not shouting:  # "EHBO-cursus", "AED-kast"
            parts = [p for p in raw.split("-") if p]
            # "Beyoncé-dansles", "Ronaldo-beeld": a thing named after someone
            if (
                len(parts) > 1
                and parts[0][:1].isupper()
                and parts[-1].islower()
                and len(parts[-1]) >= 3
                and self._classify(parts[-1], True) == DICT
            ):
                return DICT
            if len(parts) > 1 and all(
                (p.isupper() and fold(p) in self.lex.acronyms)
                or self._classify(fold(p), True) == DICT
                for p in parts
            ):
                return DICT
        if len(w) > 1 and not has_vowel(w):
            return DICT
        if (
            after.startswith(".")
            and not core_name
            and len(w) >= 4
            and not has_vowel(w[-1])  # cut before a vowel: "aant.", "verl.", "vrijw."
            and (raw.islower() or sentence_start)
            and self._starts_frequent_word(w)
        ):
            return DICT
        return cls

    def _starts_frequent_word(self, w: str) -> bool:
        if len(w) < 3:
            return False
        i = bisect.bisect_left(self._sorted_common, w)
        while i < len(self._sorted_common) and self._sorted_common[i].startswith(w):
            if len(self._sorted_common[i]) >= len(w) + 2:
                return True
            i += 1
        return False

    def _mark_particles(self, tokens: list[Token], text: str) -> None:
        lex = self.lex
        for i, t in enumerate(tokens):
            if t.folded in lex.particles:
                t.particle = True
            elif i + 1 < len(tokens) and re.fullmatch(r"\s+", text[t.end : tokens[i + 1].start]):
                if (t.folded, tokens[i + 1].folded) in lex.particle_phrases:
                    t.particle = tokens[i + 1].particle = True

    def find(
        self, text: str, protected: list[tuple[int, int]], accounts: Iterable[str] = ()
    ) -> tuple[list[Token], list[Token], list[Token]]:
        """(tokens read as names, tokens that hold the record for review, tokens that may be
        names: they hold a record that carries other personal data). `accounts`: the e-mail
        addresses and handles found in the text; a word that spells part of one is a name
        ("khalid op discord khalid.aarab", "ikran op tiktok @ikraan.x")."""
        tokens = self.tokens(text, protected)
        lex = self.lex
        n = len(tokens)
        # "Taylor Swift-avond", "Kylian Mbappé-shirt", "Tony's Chocolonely-repen": the words
        # before a thing named after someone are part of its name
        for i in range(n - 1, 0, -1):
            nxt, t = tokens[i], tokens[i - 1]
            named_thing = re.fullmatch(r"[A-ZÀ-Þ][^\W\d_]*-[a-z]{3,}", nxt.text)
            if (
                named_thing
                and (nxt.protected or nxt.cls == DICT)
                and t.text[:1].isupper()
                and re.fullmatch(r"(?:['’]s)?\s", text[t.end : nxt.start])
            ):
                t.protected, t.cls = True, DICT
        self._read_english(tokens)
        self._read_frisian(tokens)
        # "Hoi!", "Hoi juf,", "HOI MET Sanne": a greeting opening the message, before its
        # punctuation, a title or kin word or "met", greets; a name there would be addressed
        # without either ("Hoi Sanne" stays the word it is, "Sanne" a name)
        if tokens and tokens[0].folded in GREETINGS and not tokens[0].protected:
            after = text[tokens[0].end :].lstrip(" \t")
            nxt = tokens[1].folded if n > 1 else ""
            if after[:1] in ("!", ",", ".") or nxt in TITLES | KIN | {"met"}:
                tokens[0].protected, tokens[0].cls = True, DICT
        # a writer who uses capitals and writes a listed name in lowercase ("knie kapot enzo",
        # "pure joy", "red bull") may mean the word
        cased = any(t.capital for t in tokens)
        account_parts = {
            part for a in accounts for part in re.split(r"[^\w]+|_|\d+", fold(a)) if len(part) >= 3
        }

        def gap(i: int) -> str:
            """The text between token i-1 and token i."""
            return text[tokens[i - 1].end : tokens[i].start] if i > 0 else text[: tokens[0].start]

        def empty_field(i: int, start: int) -> bool:
            """ "Achternaam: \nGeboortedatum: ...": a field left empty on a blank form, the
            next line's label no value of it."""
            return "\n" in gap(start) and _LABEL_COLON.match(text, tokens[i].end) is not None

        def cue(i: int, cues) -> bool:
            # "Achternaam: de Boer": the cue stands before the tussenvoegsel; after a weak cue
            # an article is one ("met de Kidspas"), unless a listed surname follows
            j = i
            while j > 0 and tokens[j - 1].particle and re.fullmatch(r"\s+", gap(j)):
                j -= 1
            if cues is WEAK_CUES and j < i and tokens[i].folded not in lex.surnames:
                j = i
            for start in dict.fromkeys((i, j)):
                for phrase in cues:
                    k = len(phrase)
                    if (
                        start - k >= 0
                        and tuple(t.folded for t in tokens[start - k : start]) == phrase
                    ):
                        if re.fullmatch(r"[\s:,]*", gap(start)) and not empty_field(i, start):
                            return True
            return False

        def after_title(i: int) -> bool:
            j = i - 1
            while j >= 0 and tokens[j].particle:
                j -= 1
            if j < 0 or not re.fullmatch(r"\.?\s*", gap(j + 1)):
                return False
            if any(not re.fullmatch(r"\s+", gap(k)) for k in range(j + 2, i + 1)):
                return False  # "vader van 19 stelt": a number is no tussenvoegsel
            word = tokens[j].folded
            if "." in gap(j + 1):  # "dhr. Bos", not "... kinderburgemeester. Idee"
                # (after an article the title is a noun ending its sentence: "... en de
                # wijkagent. Onderwerpen: ...")
                if j > 0 and tokens[j - 1].folded in ARTICLES:
                    return False
                return word in TITLES or word in lex.titles
            return is_title(word, lex.titles)

        def name_field(i: int) -> bool:
            """ "achternaam: de vries", "haar achternaam is visser": a name field, marked by a
            colon or a possessive (not "de naam is mooi gekozen")."""
            j = i
            while j > 0 and tokens[j - 1].particle and re.fullmatch(r"\s+", gap(j)):
                j -= 1
            for phrase in NAME_FIELD_CUES:
                k = len(phrase)
                if j - k < 0 or tuple(t.folded for t in tokens[j - k : j]) != phrase:
                    continue
                if not re.fullmatch(r"[\s:,]*", gap(j)) or empty_field(i, j):
                    continue
                if phrase == ("wie",) and not tokens[i].capital:
                    continue  # "(wie: gemeente)": a body; "(wie: Stoffers)": a person
                colon = ":" in gap(j) or ":" in gap(j - k + 1)
                owner = j - k > 0 and tokens[j - k - 1].folded in NOUN_MARKERS | POSSESSIVES
                # "naam Dijksteel — voornaam onleesbaar": a form's field whose colon was lost,
                # a capital right after the bare field word
                bare = k == 1 and tokens[i].capital and re.fullmatch(r"\s+", gap(j)) is not None
                if colon or owner or bare:
                    return True
            return False

        def belongs(i: int) -> bool:
            """ "... van bram": the word after "van" that follows a person's belonging."""
            return (
                i >= 2
                and tokens[i - 1].folded == "van"
                and tokens[i - 2].folded in BELONGINGS
                and re.fullmatch(r":?\s+", gap(i)) is not None  # "idee van: Thomas"
            )

        def followed_by(i: int, words) -> bool:
            return (
                i + 1 < n
                and tokens[i + 1].folded in words
                # "Fleur - wil", "❤️Fiyori❤️ wil": a dash or an emoji between
                and _VERB_GAP.fullmatch(gap(i + 1)) is not None
            )

        def verb_after_pair(i: int) -> bool:
            """ "dawit bekele wil ...": a sentence opened by two unknown words and a verb."""
            return (
                i + 1 < n
                and tokens[i + 1].cls in (UNKNOWN, NAME, SLANG, TYPO)
                and re.fullmatch(r"\s+", gap(i + 1)) is not None
                and followed_by(i + 1, self.person_verbs)
            )

        def clause_end(i: int) -> bool:
            """Nothing but punctuation up to the end of the sentence or the text."""
            return i + 1 >= n or re.search(r"[.!?;\n]", gap(i + 1)) is not None

        def alone(i: int) -> bool:
            """ "meer bankjes, vindt roos" (after a verb, closing the clause), "~bram" (a
            sentence of its own), "ROOS: meer bankjes" (labelling what follows)."""
            after_verb = i > 0 and tokens[i - 1].folded in self._verbs_not_copula
            return (after_verb and clause_end(i)) or (
                tokens[i].sentence_start
                and (clause_end(i) or _LABEL_COLON.match(text, tokens[i].end) is not None)
            )

        def kin_is(i: int) -> bool:
            """ "mijn bff is roos", "haar zus heet jade": a relative said to be the word;
            not what a relative is that day ("mijn zusje is jarig", "zijn broer is ziek")."""
            return (
                i >= 2
                and not (tokens[i - 1].folded in COPULAS and tokens[i].folded in _STATES)
                and tokens[i - 1].folded in COPULAS | {"heet", "heette"}
                and tokens[i - 2].folded in KIN
                and re.fullmatch(r"\s+", gap(i)) is not None
                and re.fullmatch(r"\s+", gap(i - 1)) is not None
            )

        def person_object(i: int) -> bool:
            """ "ik heb roos gebeld", "heb je fleur nog gezien", "bij fleur thuis", "was storm
            er ook bij": a bare word where only a person is called, seen, visited or present."""
            after = [tokens[k].folded for k in range(i + 1, min(n, i + 4))]
            before = {tokens[k].folded for k in range(max(0, i - 3), i)}
            return (
                # (with "hebben" before: "nieuwe mat gevraagd" asks for a mat)
                (bool(PERSON_PARTICIPLES.intersection(after)) and bool(_HAVE & before))
                or after[:1] == ["thuis"]
                or (after[:2] == ["er", "ook"] and i > 0 and tokens[i - 1].folded in COPULAS)
            )

        def possessive_pronoun_after(i: int) -> bool:
            """ "ilse haar tekening", "bram zijn idee": not "echt lit zijn" (a verb)."""
            return (
                followed_by(i, PRONOUN_POSSESSIVES)
                and i + 2 < n
                and re.fullmatch(r"\s+", gap(i + 2)) is not None
                and tokens[i + 2].folded not in self.person_verbs
            )

        # what people talk about, not who: "fan van", "een film over", "kijken naar", "zo goed
        # als", "noemen"; the whole name and a list of names after it ("over Lamine Yamal en
        # Xavi Simons"), and a name after a capitalised noun ("Prinses Amalia", "Kapsalon
        # Yasmina"): a famous person, a shop or a club as often as a resident
        topics = [False] * n
        for i in range(n):
            t = tokens[i]
            if i == 0 or not re.fullmatch(r"\s+|\s*,\s*", gap(i)):
                continue
            prev = tokens[i - 1]
            name_like = t.capital or t.particle or t.cls in (NAME, UNKNOWN)
            if prev.folded in TOPIC_PREPOSITIONS and gap(i).strip() == "":
                # "van" and "over" only after what depicts or discusses someone ("fan van",
                # "een muurschildering van", "een film over", "praten over"), not "de opname
                # van Jan de Vries" or "een klacht over Daan"; "als" not before a verb ("als
                # Sanne komt")
                before = tokens[i - 2].folded if i >= 2 else ""
                depicted = prev.folded not in ("van", "over") or before in TOPIC_WORDS
                clause = prev.folded == "als" and followed_by(i, self._verbs_of_persons)
                topics[i] = name_like and depicted and not clause
            elif topics[i - 1]:
                topics[i] = name_like or t.folded in ("en", "of", "&")
            elif (
                prev.cls == DICT
                and prev.capital
                and not prev.sentence_start
                and prev.folded not in TITLES | KIN | lex.titles
                and t.cls == NAME
                and gap(i).strip() == ""
            ):
                topics[i] = True

        for t, is_topic in zip(tokens, topics, strict=True):
            t.topic = is_topic

        def topic(i: int) -> bool:
            return topics[i]

        def in_place_list(i: int) -> bool:
            """ "Limburg: Maastricht, Heerlen", "Venlo en Limburg": a known place heading or
            joined to a list of places is one of them."""
            if tokens[i].folded not in self._places:
                return False
            for j in (i - 2, i - 1, i + 1, i + 2):
                if not 0 <= j < n or not (tokens[j].protected and tokens[j].capital):
                    continue
                if tokens[j].folded not in self._places:
                    continue
                heading = j == i + 1 and re.fullmatch(r"\s*:\s*", gap(j)) is not None
                if heading or self._listed_together(tokens, text, i, j):
                    return True
            return False

        def listed_with_nouns(i: int) -> bool:
            """ "Carbid, kermis, keet", "met Rama, pasta en groente": a list joins like with
            like, and an everyday lowercase noun next to a word makes it a thing."""
            for j in (i - 2, i - 1, i + 1, i + 2):
                if not 0 <= j < n or not self._listed_together(tokens, text, i, j):
                    continue
                other = tokens[j]
                if other.protected and other.capital:
                    return True  # "Rotterdam en Utrecht", "Nike of Trapstar"
                if (
                    other.cls == DICT
                    and other.text.islower()
                    and not function_word(other)
                    and other.folded not in self.person_verbs
                    and other.folded not in lex.first_names
                    # "archie en zn vader": a determiner opens the next item, it is none;
                    # "groetjes, Rachel": a greeting announces a name
                    and other.folded not in DETERMINERS | NOUN_MARKERS | POSSESSIVES
                    and (other.folded,) not in STRONG_CUES
                ):
                    return True
            return False

        def vocative(i: int) -> bool:
            """ "shirs🥹 dankjewel", "hey shirs!!": a word read only as a dictionary word's
            inflection ("shirs" as "shire"+"s") that no dictionary has and no one was seen to
            write, addressed at the start of a message (before thanks or a greeting, or after
            "hey") is whom the message addresses. (A word in no list there, "hey mukhi!!", is
            held already; a typo, a letter drawn out or a compound, "jonges", "meidenn",
            "dansmeiden", is the word: a nickname is short.)"""
            t = tokens[i]
            if (
                t.cls != DICT
                or not self._inflection_stem(t.folded)
                or len(t.folded) > 8
                or re.search(r"([^\W\d_])\1$", t.folded)
                or len(t.folded) < 3
                or lex.frequency(t.folded) > 0
                or self._dict_word(t.folded)
                or t.folded in TITLES | KIN
            ):
                return False
            line_start = text.rfind("\n", 0, t.start) + 1
            if not text[line_start : t.start].strip():
                return (
                    i + 1 < n
                    and tokens[i + 1].folded in GREETINGS + THANKS
                    and _VOCATIVE_GAP.fullmatch(gap(i + 1)) is not None
                )
            return (
                i > 0
                and tokens[i - 1].folded in GREETINGS + THANKS
                and not text[line_start : tokens[i - 1].start].strip()
                and re.fullmatch(r"[ \t]+", gap(i)) is not None
                and _VOCATIVE_END.match(text, t.end) is not None
            )

        def function_word(t: Token) -> bool:
            return lex.frequency(t.folded) >= FUNCTION_WORD_ZIPF

        def person_context(i: int, verbs: bool = True, bracket: bool = True) -> bool:
            t = tokens[i]
            return (
                after_title(i)
                or cue(i, STRONG_CUES)
                or belongs(i)
                or t.possessive
                or followed_by(i, POSSESSIVES)
                or KIN_PREDICATE.match(text, t.end) is not None
                # "Chiamakas moeder", "Niltons idee": a genitive s before what a person has
                or (t.capital and t.folded.endswith("s") and followed_by(i, BELONGINGS))
                or (verbs and t.sentence_start and followed_by(i, self._verbs_of_persons))
                # "(Fatima)", but not "(wilde geen naam noemen)"
                or (
                    text[max(0, t.start - 1) : t.start] == "(" and t.folded not in self.person_verbs
                )
                or (bracket and AGE_OR_CLASS_AFTER.match(text, t.end) is not None)
                or (bracket and AGE_AFTER.match(text, t.end) is not None)
            )

        slots = person_slots(text)

        chat = sum(sure == LABEL for _, _, sure in slots) > 1

        def label_words(t: Token) -> int:
            """How many words the line label around the token has."""
            for a, b, sure in slots:
                if sure in (LABEL, CHAT_LABEL) and a <= t.start and t.end <= b:
                    return len(text[a:b].split())
            return 0

        def slot(t: Token) -> float:
            """How sure a person slot the token stands in is (slots.py), 0 outside one."""
            return max((sure for a, b, sure in slots if a <= t.start and t.end <= b), default=0)

        def age_then_verb(i: int) -> bool:
            """ "Tijger (14) wil": an age in brackets, then what only a person does."""
            m = _AGE_THEN_WORD.match(text, tokens[i].end)
            # (what only a person does: "Voetbal (12) staat bovenaan" counts stickers)
            return m is not None and fold(m.group(1)) in SAYING_VERBS

        def noun(i: int) -> bool:
            """ "bij de jop", "de nieuwe JOP", "een Padel-baan": an article (maybe with an
            adjective) makes a noun, but "de Graaff" and "de Jong" are surnames."""
            j = i - 1
            if (
                j >= 1
                and tokens[j].cls == DICT
                and tokens[j].text.islower()
                and tokens[j].folded.endswith("e")  # an adjective before a noun: "nieuwe"
                and tokens[j].folded not in ARTICLES
                and re.fullmatch(r"\s+", gap(j + 1))
            ):
                j -= 1  # "de nieuwe JOP"
            if j < 0 or tokens[j].folded not in ARTICLES or not re.fullmatch(r"\s+", gap(j + 1)):
                return False
            t = tokens[i]
            surname = t.folded in lex.surnames and t.capital and not t.text.isupper()
            # "onze Fenna", "mijn Sanne": a possessive before a capitalised name that is no
            # word is how family speaks of its own (a brand there is weighed as public below)
            own = (
                tokens[j].folded in _OWN
                and j == i - 1
                and t.cls == NAME
                and t.capital
                and not t.text.isupper()
            )
            return not ((tokens[j].folded == "de" and j == i - 1 and surname) or own)

        for i, t in enumerate(tokens):
            # "coach Man", "tante Lang": a frequent word is a surname only right after a title
            surname_after_title = (
                t.capital
                and not t.sentence_start
                and not t.particle
                and t.folded not in self.person_verbs  # "de juf Is ziek" in a sloppy note
                and after_title(i)
            )
            nickname = slot(t) == NICKNAME  # "DOOR (ja, ze heet echt zo)"
            # "@doorvdven ... Door wil": a capitalised word that spells the record's account
            spelt = (
                t.capital
                and not t.particle
                and len(t.folded) >= 3
                and _spells_part(t.folded, account_parts)
            )
            if t.protected or (
                function_word(t)
                and t.cls != NAME
                and not (surname_after_title or nickname or spelt)
            ):
                continue
            if spelt:
                t.is_name = True
                continue
            if "&" in (text[t.end : t.end + 1], text[t.start - 1 : t.start] if t.start else ""):
                continue  # "W&I", "R&B", "B&B": letters glued by an ampersand abbreviate
            prev = tokens[i - 1].folded if i > 0 else ""
            if (
                # "JO15-1", "MO13", "U17": a team's or a road's code, no "Jo"
                (t.text.isupper() and len(t.text) <= 3 and text[t.end : t.end + 1].isdigit())
                # "Scouting Sint-Joris", "de Sint Jan": a saint names a thing
                or re.match(r"(?i)sinte?-", t.text)
                or prev == "sint"
                # "in de Ramadan", "met kerst", "tijdens Pasen": a festival at a time of year
                or (t.folded in self._event_words and prev in _TIME_WORDS and not t.possessive)
                # "willen Newroz vieren", "Suikerfeest en Kerst vieren we", "we vieren Divali"
                or (
                    t.capital
                    and not t.possessive
                    and (
                        _CELEBRATED_BEFORE.match(text, t.end)
                        or (
                            _CELEBRATED_LAST.match(text, t.end)
                            and _MODAL_BEFORE.search(text, 0, t.start)
                        )
                        or _CELEBRATED_AFTER.search(text, 0, t.start)
                    )
                )
            ):
                t.protected = True
                continue
            if t.folded in DETERMINERS | NOUN_MARKERS | KIN:
                continue  # "Jouw Wijk", "Zus": grammar, whatever a name list says
            # "Ouders gebeld.", "Meisje (14) wil ...": a kind of person opening a sentence is
            # the noun its capital begins, whatever slot it stands in (not "mevrouw Jongen")
            if t.folded in PERSON_KINDS and t.sentence_start and not surname_after_title:
                continue
            if vocative(i):
                t.is_name = True
                continue
            if t.cls != DICT and len(t.folded) >= 3 and _spells_part(t.folded, account_parts):
                t.is_name = True
                continue
            sure = slot(t)
            listed = t.folded in lex.surnames or t.folded in lex.first_names
            if sure == INTRO:
                # "Lailuma hier!": a name there is one; a word that is also a name ("LEE
                # HIER!!", "Roos hier") holds the record; "Kijk hier!" is what it says
                t.is_name = t.cls in (NAME, UNKNOWN)
                t.held = not t.is_name and (t.cls == AMBIGUOUS or listed)
                if t.is_name or t.held:
                    continue
                sure = 0
            chat_line = chat or sure == CHAT_LABEL
            if sure == CHAT_LABEL:
                sure = LABEL
            if sure == LABEL:
                # "Kiwi: ...": a name there is one; an everyday word is a heading ("Idee:"),
                # a rare one ("Kiwi", "Krul") may be a nickname
                if t.cls in (NAME, UNKNOWN, SLANG, TYPO) and t.capital:
                    t.is_name = True
                    continue
                one_word = label_words(t) == 1
                if (
                    t.cls in (DICT, AMBIGUOUS)
                    and one_word
                    and chat_line  # several labelled lines, not a heading ("Notitie: ...")
                    and t.capital
                    and 0 < lex.frequency(t.folded) < COMMON_NOUN_ZIPF
                    # a compound of two content words is a form's field ("Startdatum:",
                    # "Postcode:"), no nickname
                    and not self._thing_compound(t.folded)
                ):
                    t.held = True  # not "Straatronde Kolk-Oost:" or "NB:", headings
                    continue
                sure = 0
            # "bel Jongerenwerk Schelderwaard": an everyday word before a place of the
            # gemeente names its service, not a person
            service = (
                t.cls == DICT
                and i + 1 < n
                and tokens[i + 1].protected
                and tokens[i + 1].capital
                and re.fullmatch(r"\s+", gap(i + 1)) is not None
            )
            if sure and sure != NICKNAME and service:
                sure = 0
            # "[18:40] Moderator:", "Leiding:": a role labels a line, no one's name
            if sure and sure != NICKNAME and t.folded in ROLE_LABELS:
                sure = 0
            if sure and (t.cls != DICT or t.capital or sure == NICKNAME or listed):
                # "kip zo noemen ze hem", "[19:47] Kiwi:", "bel Abdessamad"; an everyday word in
                # lowercase as a chat sender is held when it is on a name list, and is what it
                # says when it is not ("[13:37] anoniem:")
                t.is_name = t.cls != DICT or t.capital or sure == NICKNAME
                t.held = not t.is_name and sure == SENDER
                if t.is_name or t.held:
                    continue
            # a word on a name list, or in no list, is masked where the text says "person";
            # where it is only what people talk about ("fan van", "een film over") it may be
            # a famous person, and a word in no list may be a brand or a new word: the record
            # is held and its text left as it is
            if t.cls == NAME:
                if noun(i) and not person_context(i):
                    continue
                # "naar Berlijn", "in Goes": a town spelt like a name after a preposition of place
                # (also after "van" following a thing: "de jongerenraad van Helmond", not
                # "Jan van Helmond")
                thing_of = (
                    prev == "van"
                    and i >= 2
                    and tokens[i - 2].cls == DICT
                    and tokens[i - 2].text.islower()
                    and tokens[i - 2].folded not in lex.first_names
                )
                # (a town or a country abroad too, "naar Berlijn", when no first name)
                town = t.folded in self._brand_words or (
                    t.folded in lex.proper_nouns and t.folded not in lex.first_names
                )
                if (
                    town
                    and not t.possessive  # "uit Emma's tekening"
                    and i > 0
                    and (
                        (prev in _PLACE_PREPOSITIONS or thing_of)
                        and re.fullmatch(r"\s+", gap(i))
                        or in_place_list(i)
                    )
                ):
                    continue
                public = (
                    topic(i)
                    or listed_with_nouns(i)  # "met Rama, pasta en groente", "Rotterdam en Utrecht"
                    or t.folded in self._brand_words  # "Nike", "Rama", "Utrecht"
                )
                lowercase = cased and t.text.islower()
                # a cue ("met", "en", "zei") settles a lowercase name, not a famous one: "over
                # Lamine Yamal en Xavi Simons"
                t.is_name = (
                    person_context(i)
                    or not (public or lowercase)
                    or (not public and cue(i, WEAK_CUES))
                )
                t.held = not t.is_name
            elif t.cls == UNKNOWN:
                t.is_name = not _CELEBRATED_PASSIVE.match(text, t.end) and (
                    person_context(i)
                    or (cue(i, WEAK_CUES) and not topic(i))
                    or (
                        t.sentence_start
                        and (followed_by(i, self.person_verbs) or verb_after_pair(i))
                    )
                )
                t.held = not t.is_name
            elif t.cls == SLANG and t.capital and lex.frequency(t.folded) < RARE_ZIPF:
                # a capitalised token seen only rarely in Dutch text ("Zaka", "Moh") is a name
                # more often than slang, but brands and games are capitalised too
                t.is_name = person_context(i)
                t.held = not t.is_name and not noun(i)
            elif t.cls in WEAK_WORDS:
                # "mesije (14)" is a typo of "meisje (14)", not a name with an age
                t.is_name = (
                    (t.capital and not t.sentence_start and t.cls == TYPO)
                    or person_context(i, verbs=False, bracket=t.cls != TYPO)
                    # "layan ameri wil ...": two rare words opening a sentence before a verb
                    # of persons, as two unknown ones do (a typo of a word is no rarer)
                    or (
                        t.sentence_start
                        and lex.frequency(t.folded) < RARE_ZIPF
                        and verb_after_pair(i)
                        and lex.frequency(tokens[i + 1].folded) < RARE_ZIPF
                    )
                )
            elif t.cls == AMBIGUOUS:
                is_noun = (noun(i) and not t.capital) or listed_with_nouns(i)
                t.is_name = not is_noun and (
                    person_context(i)
                    or possessive_pronoun_after(i)
                    or kin_is(i)
                    # "en Mila", "met Jade": a capital and a cue together (not "met Kerst")
                    or (
                        t.capital
                        and not t.sentence_start
                        and cue(i, WEAK_CUES)
                        and t.folded not in self._brand_words
                    )
                )
                # "Storm heeft ...", "met jade ...", "vraagt of merel mee mag", "Jade" in
                # mid-sentence: a person or a thing; a reviewer decides
                t.held = (
                    not t.is_name
                    and not is_noun
                    and (
                        (t.capital and not t.sentence_start)
                        # "Storm heeft", and in lowercase text "sara heeft een idee" (not "zomer
                        # is": a bare noun opens a sentence before "is" more often)
                        or (
                            t.sentence_start
                            and followed_by(i, THING_VERBS - {"en"})
                            and (t.capital or (not cased and followed_by(i, {"heeft", "had"})))
                        )
                        or cue(i, WEAK_CUES)
                        or person_object(i)
                        or (lex.frequency(t.folded) < EVERYDAY_ZIPF and alone(i))
                        or (lex.frequency(t.folded) < RARE_AS_WORD_ZIPF and t.folded not in KIN)
                    )
                )
            elif t.cls == DICT:
                listed = t.folded in lex.surnames or t.folded in lex.first_names
                # "mevrouw Bakker", "meneer visser": a surname after a title; "Lolly's broer",
                # "Tijger (14) wil": a capitalised word with a person's kin, or with an age and
                # a verb, is a nickname
                # ("twee zussen stelt voor": a verb after kin, whatever the surname list
                # says; after a title a surname is a surname: "meneer post", "mw. zwart")
                verb = t.folded in self.person_verbs and i > 0 and tokens[i - 1].folded in KIN
                titled = after_title(i) and t.folded not in lex.domain  # "Wijkcoach Wmo"
                # "M. Oosting", "J.P. Kiewiet": a surname a list has after initials, though
                # the dictionary has the word too (not a frequent one: "plan B. Kort ...")
                initialled = (
                    t.capital
                    and t.folded in lex.surnames
                    and _INITIALS_BEFORE.search(text, max(0, t.start - 12), t.start) is not None
                    and lex.frequency(t.folded) < FREQUENT_WORD_ZIPF
                )
                # "haar broertje mikiele": right after a relative's noun, a lowercase word
                # that is vocabulary only as a compound of parts ("mik|iele") and in no
                # frequency list is the relative's name, not a thing
                kin_named = (
                    titled
                    and t.derived
                    and tokens[i - 1].folded in KIN
                    and not self._thing_compound(t.folded)
                )
                t.is_name = (
                    initialled
                    or kin_named
                    or (titled and (t.capital or (listed and not verb)))
                    or (
                        t.capital
                        and not function_word(t)
                        and ((t.possessive and followed_by(i, KIN)) or age_then_verb(i))
                    )
                    # "Tijger is het broertje van Sam": a kin role said of a capitalised word
                    # that is no everyday noun ("Geduld is de moeder van de wijsheid") and no
                    # compound of two content words ("Jeugdwerk is een vriend van de buurt")
                    or (
                        t.capital
                        and not function_word(t)
                        and t.folded not in TITLES
                        and lex.frequency(t.folded) < COMMON_NOUN_ZIPF
                        and not self._common_compound(t.folded)
                        and KIN_PREDICATE.match(text, t.end) is not None
                    )
                    # "Mantje (1 kader-b)": a capitalised word never seen written, before its
                    # school class in brackets, is the pupil
                    or (
                        t.capital
                        and lex.frequency(t.folded) == 0
                        and not self._common_compound(t.folded)
                        and class_in_brackets(text, t.end)
                    )
                )
                # "groet, Lief Koning", "ik heet Sterre": a word with a capital where a name
                # is announced; on a name list it is one, otherwise a reviewer decides
                if t.folded in NO_NAME:
                    pass  # "naam: anoniem", "groetjes, onbekend": the writer gave no name
                elif not t.is_name and t.capital and cue(i, STRONG_CUES):
                    t.is_name, t.held = listed, not listed
                elif not t.is_name and not function_word(t) and name_field(i):
                    t.is_name, t.held = listed, not listed
                # "Obi zegt ...", "Bolle wil ...": a capitalised word that is no everyday noun
                # ("Jeugd wil") opening a sentence as the subject of what one person does may
                # be a nickname
                elif (
                    t.capital
                    and t.sentence_start
                    and followed_by(i, SAYING_VERBS)
                    and lex.frequency(t.folded) < COMMON_NOUN_ZIPF
                    and not self._thing_compound(t.folded)  # "Leerlingenraad vraagt": a body
                ):
                    t.held = True
                # "jeu 16 jaar heikamp ...": a rare word opening a form-like note before an
                # age may be a name
                elif (
                    t.sentence_start
                    and _BARE_AGE.match(text, t.end)
                    and lex.frequency(t.folded) < COMMON_NOUN_ZIPF
                ):
                    t.held = True
                # "vraag van koekje:": a word after what a person has, that is no everyday
                # noun, may be a nickname
                # (not a compound of two content words: "brief van leerplicht" is a body's)
                elif (
                    belongs(i)
                    and lex.frequency(t.folded) < COMMON_NOUN_ZIPF
                    and not self._thing_compound(t.folded)
                ):
                    t.held = True
                # "gesproken met Pluis", "zei Tijger": a capitalised word that is no everyday
                # noun, in mid-sentence after a cue, may be a nickname (or a brand: held)
                elif (
                    t.capital
                    and not t.sentence_start
                    and cue(i, WEAK_CUES)
                    and not noun(i)
                    and not listed_with_nouns(i)
                    and not t.derived  # a compound is a brand or a thing: "Thuisbezorgd"
                    and "-" not in t.text  # "met Etos-producten"
                    and lex.frequency(t.folded) < COMMON_NOUN_ZIPF
                ):
                    t.held = True

        self._neighbours(tokens, text)
        self._title_particles(tokens, text)
        # "Gans van de corporatie (Liesbeth Gans)": a word that repeats a name found elsewhere
        # in the record is that person again
        found = {t.folded for t in tokens if t.is_name and len(t.folded) >= 3}
        for t in tokens:
            if (
                not t.is_name
                and t.folded in found
                and not t.protected
                and (t.capital or t.text.isupper() or not cased)
                and not function_word(t)
            ):
                t.is_name = True
        self._doubts(tokens, text)
        names = [t for t in tokens if t.is_name]
        held = [t for t in tokens if t.held and not t.is_name]
        maybe = [t for t in tokens if t.maybe and not t.is_name and not t.held]
        return names, held, maybe

    def _neighbours(self, tokens: list[Token], text: str) -> None:
        """Names spread to their neighbours: lists ("Semhar, Helen en Roos"), a surname after
        a first name ("sanne van der meer", "Semhar Tesfay"), a first name before a surname."""
        lex = self.lex

        def space(a: int, b: int) -> bool:
            return re.fullmatch(r"\s+", text[tokens[a].end : tokens[b].start]) is not None

        def name_like(t: Token) -> bool:
            return (
                (t.cls in (NAME, UNKNOWN, AMBIGUOUS, *WEAK_WORDS) or t.derived)
                and not t.protected
                and (lex.frequency(t.folded) < FUNCTION_WORD_ZIPF)
                # "zijn broer lucas", "haar maatje siebe": the relation names who, it is
                # no first name before a surname, whatever a name list says
                and not is_title(t.folded, lex.titles)
            )

        cased = any(t.capital for t in tokens)
        changed = True
        while changed:
            changed = False
            for i, t in enumerate(tokens):
                if t.is_name or not name_like(t):
                    continue
                # a list: "Semhar, Helen en Roos" (an ambiguous word needs its capital)
                for j in (i - 2, i - 1, i + 1, i + 2):  # "qusai en taim", "Helen, Roos"
                    if not 0 <= j < len(tokens) or not tokens[j].is_name:
                        continue
                    if self._listed_together(tokens, text, i, j) and (
                        t.cls != AMBIGUOUS or t.capital
                    ):
                        t.is_name = changed = True
                # a first name before a tussenvoegsel and a surname: "Otis van Kessel"
                j = i + 1
                while j < len(tokens) and tokens[j].particle and space(j - 1, j):
                    j += 1
                if (
                    j > i + 1
                    and j < len(tokens)
                    and tokens[j].is_name
                    and space(j - 1, j)
                    and t.capital
                    and not t.topic  # "fan van Daphne van Domselaar": maybe famous
                    and t.folded in lex.first_names
                ):
                    for k in range(i, j):
                        tokens[k].is_name = True
                    changed = True
                # a first name before a surname: "Roos Willemsen", "WEI CHEN"
                if (
                    i + 1 < len(tokens)
                    and tokens[i + 1].is_name
                    and space(i, i + 1)
                    and (
                        t.folded in lex.first_names
                        # "BAYU WIBOWO": a word in no list, or rare, before a listed name
                        or (t.cls in (UNKNOWN, *WEAK_WORDS) and lex.frequency(t.folded) < RARE_ZIPF)
                        or t.derived  # "yamen al-sayed": a name read as a compound
                    )
                    and tokens[i + 1].cls in (NAME, UNKNOWN, *WEAK_WORDS)
                ):
                    t.is_name = changed = True
            for i, t in enumerate(tokens[:-1]):
                if self._first_name_before_surname(tokens, i, text, cased):
                    t.is_name = changed = True
            for i in range(1, len(tokens) - 1):
                if self._surname_before_second_verb(tokens, i, text):
                    tokens[i - 1].is_name = tokens[i].is_name = changed = True
            for i, t in enumerate(tokens):
                if not (t.is_name or self._first_name_with_surname(tokens, i, text)):
                    continue
                if self._everyday_particle_surname(tokens, i, text):
                    tokens[i + 1].is_name = tokens[i + 2].is_name = changed = True
                    continue
                j = i + 1
                while (
                    j < len(tokens)
                    and tokens[j].particle
                    and space(j - 1, j)
                    and not tokens[j].is_name
                ):
                    j += 1
                if j >= len(tokens) or tokens[j].is_name:
                    continue
                # a shop or a town spelt like a surname right after a first name is the
                # surname ("Ruby-Noa Zeeman"), when it is one word ("Jan Linders" is a shop)
                # (also "Shahd Hallak", "MAURITS LANDSMEER": after a first name that is no
                # word, any one-word brand or town in capitals)
                shop_surname = (
                    tokens[j].protected
                    and j == i + 1
                    and t.is_name
                    and tokens[j].text[:1].isupper()
                    and (tokens[j].folded in lex.surnames or t.cls == NAME)
                    and any(part in lex.first_names for part in t.folded.split("-"))
                    and not (j + 1 < len(tokens) and tokens[j + 1].protected and space(j, j + 1))
                )
                if tokens[j].protected and not shop_surname:
                    continue
                if not space(j - 1, j):
                    continue
                nxt = tokens[j]
                particles = [tok.folded for tok in tokens[i + 1 : j]]
                surname = nxt.cls in (NAME, UNKNOWN, *WEAK_WORDS) or (
                    nxt.folded in lex.surnames and lex.frequency(nxt.folded) < FREQUENT_WORD_ZIPF
                )
                if nxt.capital and not nxt.sentence_start and lex.frequency(nxt.folded) < 5.5:
                    surname = True
                if particles and (
                    nxt.folded in lex.surnames
                    or nxt.capital
                    or particles[-1] in ("'t", "t", "ter", "ten", "el", "al", "ben", "bin")
                ):
                    surname = True
                if (
                    particles
                    and not nxt.capital
                    and nxt.cls == DICT
                    and lex.frequency(nxt.folded) >= COMMON_NOUN_ZIPF
                    and not any(part in lex.first_names for part in t.folded.split("-"))
                ):
                    # "ong de bus is vol": after a word that is no first name, an article
                    # and a common word are no surname ("wietske de boer" is one)
                    surname = False
                if not particles and nxt.cls == DICT and lex.frequency(nxt.folded) < RARE_ZIPF:
                    surname = True  # "naomi refos": a rare word after a first name
                if lex.frequency(nxt.folded) >= FUNCTION_WORD_ZIPF and not particles:
                    surname = False
                # "Onze Fenna wor tien": in cased text a capitalised first name's surname has a
                # capital too; a lowercase chat or dialect word after it is the next word
                if (
                    not particles
                    and cased
                    and t.capital
                    and nxt.text.islower()
                    and nxt.cls in WEAK_WORDS
                ):
                    surname = False
                if surname or shop_surname:
                    for k in range(i, j + 1):
                        tokens[k].is_name = True
                    changed = True

    def _everyday_particle_surname(self, tokens: list[Token], i: int, text: str) -> bool:
        """ "Antoon te Winkel vindt": a tussenvoegsel that is also an everyday word ("te")
        between a name and a capitalised word in mid-sentence that is a listed surname is
        part of the name, whatever else the surname is ("winkel")."""
        if i + 2 >= len(tokens) or not (tokens[i].is_name and tokens[i].capital):
            return False
        particle, surname = tokens[i + 1], tokens[i + 2]
        return (
            particle.folded in self.lex.everyday_particles
            and re.fullmatch(r"[ \t]+", text[tokens[i].end : particle.start]) is not None
            and re.fullmatch(r"[ \t]+", text[particle.end : surname.start]) is not None
            and surname.capital
            and not surname.sentence_start
            and not surname.protected
            and not surname.is_name
            and surname.folded in self.lex.surnames
        )

    def _surname_before_second_verb(self, tokens: list[Token], i: int, text: str) -> bool:
        """ "Jiarui Zou wil ...", "eh wanting zou wil ...": an auxiliary verb right before a
        finite verb of persons cannot be Dutch grammar after the sentence's first word (a
        clause that ends in its verb, "als Noor wil gaat ze mee", opens no sentence), so it
        is a surname spelt like the verb, and the word before it the first name: a name
        already, or a word opening the sentence that is no function word or kind of person."""
        first, verb, nxt = tokens[i - 1], tokens[i], tokens[i + 1]
        if verb.is_name or verb.folded not in _AUXILIARIES or nxt.folded not in _FINITE_OF_PERSONS:
            return False
        if not (
            re.fullmatch(r"[ \t]+", text[first.end : verb.start])
            and re.fullmatch(r"[ \t]+", text[verb.end : nxt.start])
        ):
            return False
        if first.is_name:
            return first.sentence_start or verb.capital  # "Jiarui Zou wil" in mid-sentence too
        return (
            first.sentence_start
            and not (first.protected or first.particle or first.topic)
            and not any(first.folded in words for words in (PERSON_KINDS, KIN, ROLE_LABELS))
            and not is_title(first.folded, self.lex.titles)
            and self.lex.frequency(first.folded) < RARE_AS_WORD_ZIPF
        )

    def _first_name_before_surname(
        self, tokens: list[Token], i: int, text: str, cased: bool
    ) -> bool:
        """ "Dook Tesselaar wil ...", "eh dook tesselaar van de kolfclub": a word opening a
        sentence (or after a filler) right before a surname read as a name is its first
        name, also a rare verb form ("dook"): with a capital, or in a note without any; an
        everyday word ("Gisteren Jansen ..."), a noun, a title and a place are not."""
        t, nxt = tokens[i], tokens[i + 1]
        lex = self.lex
        return (
            not t.is_name
            and nxt.is_name
            and nxt.folded in lex.surnames
            and nxt.folded not in lex.first_names
            and re.fullmatch(r"[ \t]+", text[t.end : nxt.start]) is not None
            and not (t.protected or t.particle or t.topic)
            and not is_title(t.folded, lex.titles)
            and (t.capital or not cased)
            and (i == 0 or t.sentence_start or tokens[i - 1].folded in FILLERS)
            # a dictionary word only as a verb form, rare ("dook"): a noun there is a role
            # ("Bewoner Jansen", "Ouderling Pattiasina") or a thing ("Geometry Dash")
            and (
                t.cls != DICT
                or (t.folded in lex.verb_forms and lex.frequency(t.folded) < COMMON_NOUN_ZIPF)
                # ... or a word only Frisian or English has, never seen in Dutch text, in a
                # note in neither ("[17:30] tadek sowa:")
                or (
                    (
                        (t.folded in lex.frisian_only and not self._frisian_note(tokens))
                        or (t.folded in lex.english_only and not self._english_note(tokens))
                    )
                    and lex.frequency(t.folded) == 0
                )
            )
        )

    def _english_note(self, tokens: list[Token]) -> bool:
        lex = self.lex
        english = sum(t.folded in lex.english_only for t in tokens)
        # frequent Dutch that is no English: "de", "wil", "zegt", "iedereen"
        dutch = sum(
            t.folded not in lex.english_all and lex.frequency(t.folded) >= 3.0 for t in tokens
        )
        return english >= 2 and english > 2 * dutch

    def _frisian_note(self, tokens: list[Token]) -> bool:
        return sum(t.folded in self.lex.frisian_only for t in tokens) >= FRISIAN_NOTE_WORDS

    def _read_english(self, tokens: list[Token]) -> None:
        """A note written in English ("Just make the bus go later", "nothing to do for teens"):
        an English word that is also a name ("just", "to", "will") is a word there in
        lowercase, and a word that may be a name opening a sentence; a capital in
        mid-sentence still makes a name ("ask Sarah")."""
        lex = self.lex
        if not self._english_note(tokens):
            return
        for i, t in enumerate(tokens):
            if t.protected or t.folded not in lex.english_names:
                continue
            nxt = tokens[i + 1].folded if i + 1 < len(tokens) else ""
            if t.text.islower() and t.cls in (NAME, AMBIGUOUS, UNKNOWN):
                t.cls = DICT
            elif t.sentence_start and t.cls == NAME and nxt in _ENGLISH_GRAMMAR:
                t.cls = DICT  # "Can we ...", "Love it", "Just a small one": no subject
            elif t.sentence_start and t.cls == NAME:
                t.cls, t.english = AMBIGUOUS, True  # "Just make ...", "Will made ...": held

    def _read_frisian(self, tokens: list[Token]) -> None:
        """A note written in Frisian ("it kaatsen", "der is gjin jild", "seit de gemeente"):
        a Frisian word that a name list also holds is the word there in lowercase, as an
        English one is in an English note; with a capital it is still a possible name, and a
        tussenvoegsel ("Rixt fan Oerd") stays one, and so does a word right before a
        capitalised name ("fan Sybe": maybe part of the name)."""
        lex = self.lex
        if not self._frisian_note(tokens):
            return
        named = [t.capital and t.cls == NAME for t in tokens]
        for i, t in enumerate(tokens):
            if (
                not t.protected
                and not t.particle
                and t.text.islower()
                and t.folded in lex.frisian_names
                and t.cls in (NAME, AMBIGUOUS, UNKNOWN)
                and not (i + 1 < len(tokens) and named[i + 1])
            ):
                t.cls, t.frisian = DICT, True

    def _doubts(self, tokens: list[Token], text: str) -> None:
        """Where a word may be a name the lists do not settle, the record is held for review
        rather than published: a word on a name list next to a name ("sterre hoek"), a
        sentence opened by a first name that is a word and a listed name ("job winter
        betaalde"), a compound or rare word opening a sentence before a verb ("Roshelle
        klaagt"), two rare words in a row ("roshelle vinkenoog")."""
        lex, n = self.lex, len(tokens)

        def space(a: int, b: int) -> bool:
            return re.fullmatch(r"\s+", text[tokens[a].end : tokens[b].start]) is not None

        def open_word(t: Token) -> bool:
            return (
                not t.protected
                and lex.frequency(t.folded) < FUNCTION_WORD_ZIPF
                and not t.particle
                and t.folded not in lex.particles | KIN | TITLES | NOUN_MARKERS
            )

        def listed(t: Token) -> bool:
            return (
                open_word(t)
                and not t.frisian
                and (t.folded in lex.first_names or t.folded in lex.surnames)
            )

        def rare(t: Token) -> bool:
            # (a compound of two frequent words is a thing: "Leerlingenraad", "Codeclub"; a
            # word without a vowel an abbreviation: "jgn vroegen")
            return (
                open_word(t)
                and has_vowel(t.folded)
                and (
                    (t.derived and not self._thing_compound(t.folded))
                    or (t.cls in (UNKNOWN, NAME, SLANG) and lex.frequency(t.folded) < RARE_ZIPF)
                )
            )

        def verb(t: Token) -> bool:
            return t.folded in self.person_verbs and t.folded not in ("en", "uit")

        cased = any(t.capital for t in tokens)
        # a writer who capitalised every name found writes a name with a capital: a lowercase
        # word that is also a first name ("mi ta bin laat", "zit vast in level 7") is the word
        found = [t for t in tokens if t.is_name]
        names_capitalised = bool(found) and all(t.text[:1].isupper() for t in found)

        def words_after(i: int, k: int) -> list[str]:
            """The k words after token i, as far as only spaces part them."""
            out = []
            for j in range(i + 1, min(n, i + 1 + k)):
                if not space(j - 1, j):
                    break
                out.append(tokens[j].folded)
            return out

        def subject_of_person(i: int) -> bool:
            """ "Paddo is boos", "Wolkje doet ook mee", "Sprinkhaan zegt", "Bliksem en zijn
            broertje", "Vogels uit de Schaapsdrift": a sentence opened by a word as the subject
            of what only one person is or does. A nickname or a surname that is an everyday
            word has nothing else to tell it from the word."""
            t = tokens[i]
            after = words_after(i, 4)
            listed_name = t.folded in lex.first_names or t.folded in lex.surnames
            zipf = lex.frequency(t.folded)
            if not (zipf < COMMON_NOUN_ZIPF or (listed_name and zipf < EVERYDAY_ZIPF)):
                return False
            if after[:1] == ["en"] and len(after) >= 3:
                if after[1] in PRONOUN_POSSESSIVES | POSSESSIVES and after[2] in KIN:
                    return True  # "hunter en zn moeder", whatever its case
            if not (t.capital or not cased):
                return False
            if after[:1] and after[0] in SAYING_VERBS and not self._thing_compound(t.folded):
                return True  # (not "Leerlingenraad vraagt": a body of people speaks too)
            if after[:1] == ["doet"] and "mee" in after[1:4]:
                return True
            # "bami komt niet", "Tijger kan morgen niet": whether someone comes
            if (
                after[:1]
                and not self._thing_compound(t.folded)  # "GAMEAVOND GAAT NIET DOOR"
                and after[0] in ("komt", "kwam", "kan", "mag", "gaat", "moet")
                and (
                    after[1:2]
                    and after[1] in ("niet", "ook", "morgen", "vandaag", "nooit", "later")
                )
            ):
                return True
            # "Rups is de jongste van de groep": a superlative ranks one of a group
            if after[:2] in (["is", "de"], ["was", "de"], ["is", "het"]) and after[2:3]:
                if after[2].endswith("ste") and len(after[2]) > 5:
                    return True
            if after[:1] and after[0] in ("is", "was", "werd", "wordt"):
                rest = after[1:]
                while rest and rest[0] in INTENSIFIERS:
                    rest = rest[1:]
                if rest and rest[0] in FEELINGS:
                    return True
            if listed_name and after[:2] in (["uit", "de"], ["uit", "het"]) and i + 3 < n:
                place = tokens[i + 3]
                return place.capital or place.protected  # "Vogels uit de Schaapsdrift"
            return False

        def may_be_described(t: Token) -> bool:
            """A capitalised word opening a sentence that a description may say is someone
            (a kind of person or a title there is the noun itself)."""
            return (
                t.sentence_start
                and t.capital
                and t.folded not in PERSON_KINDS
                and not is_title(t.folded, lex.titles)
                and lex.frequency(t.folded) < EVERYDAY_ZIPF
            )

        def described_as_person(i: int) -> bool:
            """ "Koers (de buurvrouw van de Eggestraat) wil", "Kettelerij (juf OBS De
            Klompe) belt", "Snoeijink, de opa van twee kinderen, vraagt": a word opening a
            sentence before an apposition that says what person it is, then what only a
            person does, is someone, whatever else the word is; so is one before where it
            lives in brackets ("Kook (van de Trekleerstraat) wil"); not a label ("Noodnummer
            (oma): ...", "Hapjes (penningmeester).", "Groet, haar broer Zalmai") nor a
            compound of two content words, a thing ("Jeugdraad (de voorzitter) wil")."""
            t = tokens[i]
            residence = _RESIDENCE.match(text, t.end)
            if residence and may_be_described(t) and not self._thing_compound(t.folded):
                verb = _VERB_AFTER.match(text, residence.end())
                # (only what a person says or wants: "Voetbal (van de Remise) gaat ...")
                return verb is not None and fold(verb.group(1)) in SAYING_VERBS
            apposition = _APPOSITION.match(text, t.end)
            if not (apposition and may_be_described(t)):
                return False
            noun = fold(apposition.group("noun"))
            close = ")" if apposition.group(0).lstrip().startswith("(") else ","
            end = text.find(close, apposition.end())
            verb = _VERB_AFTER.match(text, end + 1) if end >= 0 else None
            return (
                (noun in PERSON_KINDS or is_title(noun, lex.titles))
                and not self._thing_compound(t.folded)
                and verb is not None
                and fold(verb.group(1)) in self._verbs_of_persons
                and not re.search(r"[.!?\n]", text[apposition.end() : end])
            )

        def from_a_place(i: int) -> bool:
            """ "Rouwmaat van de Vistrapstraat klaagt": a word no text uses (a compound or
            a word on no list) opening a sentence before "van", a place and what only a
            person does may be someone from there; a body of people is said so too
            ("Buurtcomité van de ... wil"), so the record is held, not masked."""
            t = tokens[i]
            if not (
                may_be_described(t)
                and (t.derived or t.cls in (UNKNOWN, NAME, SLANG))
                and lex.frequency(t.folded) < RARE_ZIPF
                and i + 2 < n
                and tokens[i + 1].folded == "van"
                and space(i, i + 1)
            ):
                return False
            j = i + 2
            while j < n and tokens[j].folded in ("de", "het", "'t") and space(j - 1, j):
                j += 1
            k = j
            while k < n and (tokens[k].protected or tokens[k].capital) and space(k - 1, k):
                k += 1
            return j < k < n and space(k - 1, k) and tokens[k].folded in self._verbs_of_persons

        for i, t in enumerate(tokens):
            if t.english and not t.is_name:
                t.held = True
            # "BELIN 😂😂 jij hebt ...", "ABI 😎 heeft gewonnen": a word in capitals opening a
            # chat line right before an emoji, then "you" or a verb of persons, is the one the
            # line calls or talks about, unless it is an acronym or a word chat writes often
            # ("LOL 😂 jij ...", "NEE 😂 ..."); an exclamation goes on otherwise ("OMG 😱 de bus")
            if (
                i + 1 < n
                and (tokens[i + 1].folded in _YOU or verb(tokens[i + 1]))
                and _EMOJI_GAP.fullmatch(text, t.end, tokens[i + 1].start)
                and not t.is_name
                and not t.protected
                and len(t.text) >= 3
                and t.text.isupper()
                and t.folded not in lex.acronyms
                and lex.frequency(t.folded) < RARE_AS_WORD_ZIPF
                and has_vowel(t.folded)
                and not text[text.rfind("\n", 0, t.start) + 1 : t.start].strip()
                and any(u.text.islower() for u in tokens)  # not a line shouted whole
            ):
                t.held = True
            # "die jongen van Kaagman": a capitalised surname or unknown word in mid-sentence
            # after a kind of person and "van" may be whose child it is (a club or a shop
            # there is a public name: "de jongen van Ajax"; a trade is lowercase)
            if (
                not t.is_name
                and not t.protected
                and t.capital
                and not t.sentence_start
                and i >= 2
                and tokens[i - 1].folded == "van"
                and tokens[i - 2].folded in PERSON_KINDS
                and space(i - 2, i - 1)
                and space(i - 1, i)
                and (t.folded in lex.surnames or t.cls in (NAME, UNKNOWN))
                and lex.frequency(t.folded) < COMMON_NOUN_ZIPF
            ):
                t.held = True
            # "Swart en Beers rijden, Rood neemt de tassen": where names are written with a
            # capital, a surname that is also a word, capitalised in mid-sentence and opening a
            # clause before its verb, may be the next person of the list
            if (
                not t.is_name
                and not t.protected
                and t.capital
                and not t.sentence_start
                and names_capitalised
                and t.folded in lex.surnames
                and i > 0
                and text[tokens[i - 1].end : t.start].strip() == ","
                and i + 1 < n
                and space(i, i + 1)
                and verb(tokens[i + 1])
            ):
                t.held = True
            # "bramboy", "lottegamer", "kevinmadness": a first name glued to a word is a
            # username (a word that only reads as a compound or a typo)
            if (
                not t.is_name
                and not t.protected
                and (t.derived or t.cls in (TYPO, SLANG))
                and lex.frequency(t.folded) < RARE_ZIPF
                and self._glued_name(t.folded)
            ):
                t.held = True
            if t.is_name or t.held or not open_word(t):
                continue
            if t.sentence_start and subject_of_person(i):
                t.held = True
                continue
            if described_as_person(i):
                t.is_name = True
                continue
            if from_a_place(i):
                t.held = True
                continue
            nxt = tokens[i + 1] if i + 1 < n and space(i, i + 1) else None
            prv = tokens[i - 1] if i > 0 and space(i - 1, i) else None
            noun = i > 0 and tokens[i - 1].folded in DETERMINERS
            # where the writer capitalises names, a lowercase word before a name is the word
            # ("tel Shafiq Naseri", "welp Jurvin"), and so is one after a full name
            # ("Kerensa Treloar can be"); after a first name alone it may be the surname
            # ("Sterre hoek")
            lowercase_word = names_capitalised and t.text.islower()
            full_name_before = (
                prv is not None and i >= 2 and space(i - 2, i - 1) and tokens[i - 2].is_name
            )
            if (
                listed(t)
                and not noun
                and not verb(t)
                and (
                    (prv and prv.is_name and not (lowercase_word and full_name_before))
                    or (nxt and nxt.is_name and not lowercase_word)
                )
            ):
                t.held = True
            elif (
                t.sentence_start
                and t.cls == AMBIGUOUS
                and nxt
                # "job winter betaalde", "fleur specht wil": a listed or a less frequent word
                and (
                    listed(nxt)
                    or (
                        open_word(nxt)
                        and not verb(nxt)
                        and lex.frequency(nxt.folded) < COMMON_NOUN_ZIPF
                    )
                )
                and not noun
                and i + 2 < n
                and space(i + 1, i + 2)
                and verb(tokens[i + 2])
            ):
                t.held = True  # "job winter betaalde", not "hoi allen, ..."
            elif t.sentence_start and rare(t) and nxt and verb(nxt):
                t.held = True

            elif nxt and rare(t) and rare(nxt) and not nxt.is_name:
                t.held = True
            # a first name that is also a word ("fleur is te vinden", "bram heeft"), unless an
            # article or a possessive makes it a noun, or a copula an adjective ("is jarig")
            after = tokens[i - 1].folded if i > 0 else ""
            in_list = any(
                0 <= j < n and tokens[j].is_name and self._listed_together(tokens, text, i, j)
                for j in (i - 2, i - 1, i + 1, i + 2)
            )
            if listed(t) and in_list and after not in DETERMINERS | NOUN_MARKERS:
                t.maybe = True  # "met noor en vink"
            if t.derived and (t.capital or t.sentence_start) and not self._named_thing(t, text):
                t.maybe = True  # "<phone> ← Yamen": a capitalised word read as a compound
            # "Barre betaalt in termijnen vanaf <iban>", "kroket maakte het geld over": who pays
            # or is paid, in a record with an account or a number, is a person
            if (
                t.sentence_start
                and t.folded not in DETERMINERS | NOUN_MARKERS
                and lex.frequency(t.folded) < COMMON_NOUN_ZIPF
                and words_after(i, 1)[:1]
                and words_after(i, 1)[0] in MONEY_VERBS
            ):
                t.maybe = True
            # "NAAM: FLEUR SPECHT", "fleur specht": a noun after a first name where capitals
            # tell nothing may be a surname; a Frisian word is rare in Dutch text because it
            # is Frisian ("tsjeard syn heit"), not because it names someone
            if (
                prv
                and prv.is_name
                and not cased
                and t.cls == DICT
                and t.folded not in lex.frisian_only
                and not verb(t)
                and lex.frequency(t.folded) < COMMON_NOUN_ZIPF
            ):
                t.maybe = True
            if (
                t.cls == AMBIGUOUS
                and not (names_capitalised and t.text.islower())
                and after not in DETERMINERS | NOUN_MARKERS
                and not (after in COPULAS and not t.capital)
                and t.folded not in KIN | TITLES | NOUN_MARKERS
            ):
                t.maybe = True

    def _named_thing(self, t: Token, text: str) -> bool:
        """A compound that names a thing, not a nickname read as one: a heading
        ("Schoolmelding: ..."), two frequent content words ("Codeclub"). Not hyphenated
        ("Kat-Louwenberg", "Knoopje-NL" are a name and a handle as often as "B-gebouw")."""
        if "-" in t.text:
            # ... except an acronym glued to a word: "BSN-nummer", "FIFA-toernooi",
            # "ggd-voorlichting" (a handle puts its tag last: "Knoopje-NL")
            head, _, tail = t.folded.partition("-")
            return (
                (head in self.lex.acronyms or t.text.partition("-")[0].isupper())
                and len(head) >= 2
                and tail in self.lex.common_words
            )
        if t.sentence_start and re.match(r"\s*:", text[t.end :]):
            return True
        # "Belnotitie 10:15 – ...", "Gespreksverslag – ...": a line opened by a compound, a
        # time maybe, and a dash is a note's heading
        if _HEADING_DASH.match(text, t.end) and not text[
            text.rfind("\n", 0, t.start) + 1 : t.start
        ].strip(" \t>"):
            return True
        return self._thing_compound(t.folded)

    def _scanned_reading_uncached(self, w: str) -> str | None:
        """The dictionary word a scanner misread as `w` ("naarn", "forrnulier", "lntake"; the
        digits it misreads are undone before, ocr.py)."""
        if len(w) < 4:
            return None
        for r in sorted(ocr.letter_readings(w)):
            if self._dict_word(r) or self._derived_word(r):
                return r
        return None

    def _dialect_diminutive(self, w: str) -> bool:
        """ "effies", "koekies": a diminutive in -ies of a frequent word ("effe", "koekjes");
        not a first name with an s ("Effies" after "Effie" is read as a genitive)."""
        return w.endswith("ies") and any(
            self.lex.frequency(r) >= DIALECT_ZIPF and r not in self.lex.first_names
            for r in dialect.diminutive_readings(w)
        )

    def _dialect_of_word(self, w: str, least: float = DIALECT_ZIPF) -> bool:
        """A frequent Dutch word as the southern and eastern dialects spell it ("jaor" jaar,
        "maondag", "bestaot", "jóng", "höbbe" hebben, "sjoon" schoon, "gemeinte", "zeuk"
        zoek): the regular sound correspondences, tried together and one by one."""
        rules = [(a, b) for a, b in _DIALECT_SOUNDS if a in w]
        if not rules or len(rules) > 6:
            return False
        lex = self.lex
        for mask in range(1, 1 << len(rules)):
            v = w
            for k, (a, b) in enumerate(rules):
                if mask >> k & 1:
                    v = v.replace(a, b)
            opened = _OPEN_SYLLABLE.sub(lambda m: m.group(1)[0], v)
            for form in (v, v + "n", opened, opened + "n"):
                zipf = lex.frequency(form)
                if zipf >= least and (form not in lex.first_names or zipf >= 4.5):
                    return True
        return False

    def _thing_compound(self, w: str) -> bool:
        """Two frequent content words ("leerlingen|raad", "code|club"), not a name that splits
        into a word and a function word ("roze|mijn") nor a first name glued to a word."""
        lex, common = self.lex, self.lex.common_words
        linked = [
            i  # a linking s: "afscheid|s|kaart", "nieuwjaar|s|opkomst" ("fleur|s|gamer" no)
            for i in range(5, len(w) - 3)
            if w[i - 1] == "s" and w[: i - 1] in common and w[: i - 1] not in lex.core_first_names
        ]
        return any(
            (w[:i] in common or i in linked)
            and w[i:] in common
            and w[:i] not in lex.core_first_names  # "fleur|gamer" is a username
            and lex.frequency(w[:i]) < FUNCTION_WORD_ZIPF
            and lex.frequency(w[i:]) < FUNCTION_WORD_ZIPF
            for i in range(4, len(w) - 3)
        )

    def _glued_name(self, w: str) -> bool:
        """A first name that is no word, glued to a word or to x's: "bramboy", "sannexx"."""
        lex = self.lex
        for i in range(3, len(w) - 1):
            head, tail = w[:i], w[i:]
            if head not in lex.core_first_names or head in lex.words:
                continue
            if re.fullmatch(r"x+(?:o+x+)*|\d+", tail) or (
                len(tail) >= 3 and tail in lex.english_all
            ):
                return True
        return False

    @staticmethod
    def _listed_together(tokens: list[Token], text: str, i: int, j: int) -> bool:
        """Two words in one list: "noor, vink", "noor en vink", "noor & vink"."""
        a, b = min(i, j), max(i, j)
        if b == a + 1:
            return LIST_GAP.fullmatch(text[tokens[a].end : tokens[b].start]) is not None
        return (
            b == a + 2
            and tokens[a + 1].folded in ("en", "of", "and", "n")
            and re.fullmatch(r"\s+", text[tokens[a].end : tokens[a + 1].start]) is not None
            and re.fullmatch(r"\s+", text[tokens[a + 1].end : tokens[b].start]) is not None
        )

    def _title_particles(self, tokens: list[Token], text: str) -> None:
        """ "buurman 't Hart", "mevrouw van Dijk": the tussenvoegsel between a title and a
        surname goes with the surname, so one marker replaces the whole name."""
        for i, t in enumerate(tokens):
            if not t.is_name:
                continue
            j = i - 1
            while (
                j >= 0
                and tokens[j].particle
                and not tokens[j].is_name
                and re.fullmatch(r"\s+", text[tokens[j].end : tokens[j + 1].start])
            ):
                j -= 1
            if (
                j < i - 1
                and j >= 0
                and re.fullmatch(r"\.?\s+", text[tokens[j].end : tokens[j + 1].start])
            ):
                if tokens[j].folded in TITLES or tokens[j].folded in self.lex.titles:
                    for k in range(j + 1, i):
                        tokens[k].is_name = True

    def _first_name_with_surname(self, tokens: list[Token], i: int, text: str) -> bool:
        """ "BRAM VAN DEN BERG", "merel schouten": a first name that is also a word, followed
        by a tussenvoegsel and a surname, or by a surname that is no frequent word."""
        t, lex = tokens[i], self.lex
        if t.cls != AMBIGUOUS or t.protected or t.topic or i + 1 >= len(tokens):
            return False  # "over Max Verstappen": a famous person as likely as a resident
        if lex.frequency(t.folded) >= FUNCTION_WORD_ZIPF:  # "de stoep", "al donker"
            return False
        if i > 0 and tokens[i - 1].folded in DETERMINERS | NOUN_MARKERS:
            return False  # "het hart van de wijk", "zijn fan van ..."
        j = i + 1
        while j < len(tokens) and tokens[j].particle:
            j += 1
        if j >= len(tokens) or any(
            not re.fullmatch(r"\s+", text[tokens[k - 1].end : tokens[k].start])
            for k in range(i + 1, j + 1)
        ):
            return False
        nxt = tokens[j]
        if nxt.topic:  # "fan van Taylor Swift"
            return False
        if j > i + 1:
            return nxt.folded in lex.surnames or nxt.cls in (NAME, UNKNOWN)
        return nxt.cls in (NAME, UNKNOWN) or (
            nxt.folded in lex.surnames and lex.frequency(nxt.folded) < FREQUENT_WORD_ZIPF
        )
