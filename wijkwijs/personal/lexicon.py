"""Sourced word and name lists (data/README.md), loaded once per process.

The scrubber asks three questions of a word: is it ordinary vocabulary, is it a name, is it a
known public place or brand. Vocabulary wins over the name lists unless the context says
"person": the name lists are large (70,000 names of many origins) and hold thousands of words
("bank", "school", "moe"), while a word that is in no list at all is treated as a possible name.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from wijkwijs.domains import category_rows

DATA = Path(__file__).parent / "data"

# A word this frequent in Dutch text (Zipf scale of wordfreq: 5 = once per 100,000 words) is a
# function word or an everyday word, never read as a surname after a first name.
FREQUENT_WORD_ZIPF = 4.6


@cache
def listed(name: str) -> tuple[str, ...]:
    """One sourced list (a file in data/, README there), as written; the one reader of each."""
    path = DATA / name
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return tuple(
            line.rstrip("\n") for line in handle if line.strip() and not line.startswith("#")
        )


def _lines(name: str) -> list[str]:
    return list(listed(name))


def strip_accents(word: str) -> str:
    """The word without its diacritics ("mûnewâld" -> "munewald")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


# a vowel of any Latin alphabet once its marks are gone: Vietnamese "ư", "ơ", "ậ", "ị" are
# "u", "o", "a", "i" with a horn or a dot below; "ø", "æ", "œ" and Turkish "ı" decompose to none
_VOWEL = re.compile(r"[aeiouyæøœı]")


def has_vowel(word: str) -> bool:
    """Whether a word has a vowel in any Latin spelling ("Thịnh" has; "jgrn", "mdr" have not):
    a word without one is an abbreviation, not a name."""
    return _VOWEL.search(strip_accents(word.lower())) is not None


def fold(word: str) -> str:
    """Lowercase with typographic apostrophes unified: the key every list is looked up by."""
    return word.lower().replace("’", "'")


@dataclass(frozen=True)
class Lexicon:
    words: frozenset[str]  # ordinary Dutch (OpenTaal), Frisian and common English, lowercase
    common_words: frozenset[str]  # the frequent part of `words`: what a typo is measured to
    zipf: dict[str, float]  # Dutch word frequencies (wordfreq), lowercase
    first_names: frozenset[str]  # every origin, folded
    core_first_names: frozenset[str]  # Dutch and Latin-script lists of living first names
    surnames: frozenset[str]  # folded; multi-word surnames also as their last word
    particles: frozenset[str]  # tussenvoegsels, folded ("van der", "el", "ben", "'t")
    particle_phrases: frozenset[tuple[str, ...]]  # "in 't", "op den": particles only together
    titles: frozenset[str]  # folded ("mevrouw", "dhr.")
    proper_nouns: frozenset[str]  # folded OpenTaal proper nouns that are no name
    brands: tuple[str, ...]  # chains, brands, companies and products, as written
    places: tuple[str, ...]  # Dutch towns, municipalities, provinces, regions, as written
    verb_forms: frozenset[str] = frozenset()  # finite Dutch verb forms ("klaagt", "ging")
    # a tussenvoegsel that is also an everyday word ("te"): one only before a surname
    everyday_particles: frozenset[str] = frozenset()
    events: tuple[str, ...] = ()  # holidays and festivals ("Keti Koti Dey", "Diwali"), as written
    acronyms: frozenset[str] = frozenset()  # folded OpenTaal acronyms ("jop", "ehbo", "aed")
    # wordfreq's common English (names included) and the part of it that is no Dutch
    english_all: frozenset[str] = frozenset()
    english_only: frozenset[str] = frozenset()
    # ... the part that is also a name ("just", "will"): a word in an English note
    english_names: frozenset[str] = frozenset()
    # the platform's own domain words ("wmo", "jeugdwet"): never a surname after a role
    domain: frozenset[str] = frozenset()
    # the part of `words` only Frisian has ("harren", "suske"): Frisian writes its nouns in
    # lowercase, so such a word with a capital in mid-sentence may be a name
    frisian_only: frozenset[str] = frozenset()
    # ... and the Frisian words a name list holds ("seit" says, "bern" children, "gjin" no):
    # words in a note written in Frisian, as `english_names` are in an English one
    frisian_names: frozenset[str] = frozenset()
    # dictionary words typed without their accents ("oke", "cafe", "ideeen"), not in `words`
    unaccented: frozenset[str] = frozenset()

    def frequency(self, word: str) -> float:
        return self.zipf.get(word, 0.0)


@cache
def lexicon() -> Lexicon:
    opentaal = frozenset(_lines("opentaal_words.txt.gz"))
    english = frozenset(_lines("wordfreq_en.txt.gz"))
    zipf: dict[str, float] = {}
    for line in _lines("wordfreq_nl.tsv.gz"):
        word, _, value = line.partition("\t")
        zipf[word] = float(value)

    dutch_first = {fold(n) for n in _lines("deduce_first_names.txt")}
    faker_first = {fold(n) for n in _lines("faker_first_names.txt")}
    namdict_first = {fold(n) for n in _lines("namdict_first_names.txt")}
    surnames: set[str] = set()
    for entry in (
        _lines("deduce_surnames.txt")
        + _lines("deduce_interfix_surnames.txt")
        + _lines("faker_surnames.txt")
    ):
        surnames.add(fold(entry))
        surnames.add(fold(entry.split()[-1]))
    # tussenvoegsels; deduce also lists rare ones that are everyday prepositions ("aan",
    # "bij", "in", "op", "uit"): those would glue any following word to a name
    everyday = ("aan", "bij", "in", "op", "uit", "te", "lo", "v", "v.", "t")
    particles = {
        fold(p) for p in _lines("deduce_interfixes.txt") if fold(p).split()[0] not in everyday
    }
    particles |= {part for p in list(particles) for part in p.split()} | {"'t", "ter", "ten"}
    # "in 't Veld", "op den Kamp": an everyday word is a tussenvoegsel only before an old
    # article form ("in het park" is no name)
    phrases = {
        tuple(fold(p).split())
        for p in _lines("deduce_interfixes.txt")
        if fold(p).split()[0] in everyday and fold(p).split()[-1] in ("'t", "den", "der")
    }
    titles = {fold(t) for t in _lines("deduce_titles.txt")}
    first = dutch_first | faker_first | namdict_first
    names = first | surnames
    # English counts as vocabulary for code-switching ("chill", "court"), but wordfreq's
    # English list holds the names English text mentions ("sarah", "emma"): those are no words
    living_names = dutch_first | faker_first | surnames
    english_all = english
    english = frozenset(w for w in english if w not in living_names)
    # living names of origins the lists above lack or write in another script: Ukrainian and
    # Russian romanised, Polish, Persian (Dari), Ethiopian and Eritrean (Tigrinya). Their
    # entries that are Dutch or English words ("les", "wist", "kassa", "such", "million") are
    # left out: the lists above decide those, so "de trainer wist het" stays a sentence
    vocabulary = opentaal | english
    other_first = {
        fold(n)
        for part in ("romanised", "mimesis_pl", "persian", "habesha")
        for n in _lines(f"{part}_first_names.txt")
    } - vocabulary
    other_surnames = {
        fold(n)
        for part in ("faker_other", "romanised", "mimesis_pl")
        for n in _lines(f"{part}_surnames.txt")
    }
    # an Eritrean's or Ethiopian's second name is the father's given name
    other_surnames |= {fold(n) for n in _lines("habesha_first_names.txt")}
    other_surnames -= vocabulary
    first |= other_first
    surnames |= other_surnames
    names = first | surnames
    # Frisian, the second official language: notes from Friesland are written in it ("hy hat
    # syn bern"); its words are vocabulary as Dutch ones are, except those a name list holds
    frisian_all = set(_lines("hunspell_fy_words.txt.gz"))
    frisian = frisian_all - names
    frisian_only = frozenset(frisian - opentaal - english)
    words = set(opentaal | english | frisian)
    proper_nouns = _lines("opentaal_proper_nouns.txt.gz")
    proper = {
        fold(w) for w in proper_nouns if fold(w) not in names and zipf.get(fold(w), 0.0) >= 3.0
    }
    events = tuple(_lines("holidays_names.txt"))
    # a festival written as one word ("Diwali", "Holi-Phagwa", "Suikerfeest") is no name
    proper |= {fold(e) for e in events if " " not in e and fold(e) not in names}
    # nor is a language ("tolk Dari", "speaking English"), unless it is a first name too
    # ("Frans", "Thai"); one that is also a surname ("Engels") is the language far more often
    proper |= {
        fold(x) for x in _lines("cldr_languages.txt") if " " not in x and fold(x) not in first
    }
    # abbreviations ("aanw.", "bijv.") are vocabulary: notes are full of them
    abbreviations = {fold(a).rstrip(".") for a in _lines("opentaal_abbreviations.txt")}
    words |= {a for a in abbreviations if "." not in a and a not in names}
    domain = frozenset(
        w for w in domain_words() if w not in names and w not in particles and len(w) > 2
    )
    words |= domain
    words = frozenset(words)
    return Lexicon(
        words=words,
        frisian_only=frisian_only,
        frisian_names=frozenset(frisian_all & names),
        common_words=frozenset(w for w in words if zipf.get(w, 0.0) >= 3.0),
        zipf=zipf,
        first_names=frozenset(first),
        core_first_names=frozenset(dutch_first | faker_first),
        surnames=frozenset(surnames),
        particles=frozenset(particles),
        particle_phrases=frozenset(phrases),
        everyday_particles=frozenset(
            fold(p) for p in _lines("deduce_interfixes.txt") if fold(p) in everyday
        ),
        titles=frozenset(titles),
        proper_nouns=frozenset(proper),
        # cspell's list has one-letter entries ("A"): a brand needs two characters
        brands=tuple(
            b for b in _lines("nsi_brands_nl.txt") + _lines("cspell_companies.txt") if len(b) > 1
        ),
        places=tuple(_lines("deduce_places.txt")),
        verb_forms=frozenset(_lines("spacy_verb_forms.txt.gz")),
        events=events,
        acronyms=frozenset(fold(w) for w in proper_nouns if len(w) > 1 and w.isupper()),
        english_all=english_all,
        english_only=frozenset(w for w in english_all if w not in opentaal),
        english_names=frozenset(english_all & living_names),
        domain=domain,
        unaccented=frozenset(
            u for u in (strip_accents(w) for w in opentaal if not w.isascii()) if u not in words
        ),
    )


@cache
def free_mail_domains() -> frozenset[str]:
    """Domains of free and throwaway mail providers ("gmail.com", "ziggo.nl"), lowercase."""
    return frozenset(listed("free_email_domains.txt.gz"))


@cache
def role_mailboxes() -> frozenset[str]:
    """Local parts of a role's mailbox ("info", "contact", "noreply"), lowercase; those that are
    also a first name or a surname ("sem", "job", "paris") are left out: the person wins."""
    names = lexicon().first_names | lexicon().surnames
    return frozenset(w for w in listed("role_email_prefixes.txt") if w not in names)


def domain_words() -> frozenset[str]:
    """The platform's own domain words, folded: the labels of the categories seed ("Wmo",
    "Jeugdwet", "Participatiewet", "begeleiding"). A team writes "Wijkcoach Wmo"; after a
    role that word is a domain, not a surname."""
    labels = " ".join(
        r[c]
        for r in category_rows()
        for c in ("domain_label", "category_label", "population_group_label")
    )
    return frozenset(fold(w) for w in re.findall(r"[A-Za-zÀ-ÿ]+", labels) if len(w) > 1)


# --- the strict lists of the ingest check --------------------------------------------------
# A file of case counts is refused when a cell holds a person's name or address, so these
# lists are deduce's without the entries deduce itself marks as ordinary words ("Bent",
# "Broer", "Zomer"): a category value that is a word must not reject a file.


def _less_exceptions(items: str, exceptions: str, shortest: int) -> frozenset[str]:
    kept = set(listed(items)) - set(listed(exceptions))
    return frozenset(entry.casefold() for entry in kept if len(entry) >= shortest)


@cache
def dutch_first_names() -> frozenset[str]:
    """Dutch first names (deduce), case-folded."""
    return _less_exceptions("deduce_first_names.txt", "deduce_first_name_exceptions.txt", 2)


@cache
def dutch_surnames() -> frozenset[str]:
    """Dutch surnames as written without a tussenvoegsel (deduce), case-folded."""
    return _less_exceptions("deduce_surnames.txt", "deduce_surname_exceptions.txt", 3)


@cache
def interfixes() -> frozenset[str]:
    """'van', 'de', 'van der', 'in 't', ...: the tussenvoegsels of Dutch surnames, case-folded."""
    return frozenset(entry.casefold() for entry in listed("deduce_interfixes.txt"))


@cache
def place_names() -> frozenset[str]:
    """Dutch places and municipalities (deduce), case-folded, hyphens read as spaces and a
    province qualifier dropped ("Alphen (Gld)" → "alphen", "Hendrik-Ido-Ambacht" →
    "hendrik ido ambacht"): the form a file name's words are compared in."""
    return frozenset(
        " ".join(re.sub(r"\(.*?\)", " ", entry).replace("-", " ").casefold().split())
        for entry in listed("deduce_places.txt")
    )


@cache
def street_names() -> frozenset[str]:
    """Dutch street names (BAG, as packaged by deduce), case-folded."""
    return _less_exceptions("deduce_streets.txt.gz", "deduce_street_exceptions.txt", 1)
