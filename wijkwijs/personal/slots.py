"""Person slots: places in a text where whatever word stands there names a person.

A nickname that is an ordinary word ("Kiwi", "Krul", "Tijger") is on no name list and in no
way unusual as a word; only its place says it is a person. These are the places, found on the
raw text before the words are classed (names.py decides what to do with each word in one):

- the sender of a pasted chat line: "[19:47] Kiwi 🥝: ...", "12-03-24 16:02 - Kwesi: ...";
- a line label: "Kiwi: kan er wifi ..." (or a heading: "Idee: ...", so only a doubt), also
  alone when an emoji marks a chat line ("Bram 🐸: ..."); in angle brackets a sender
  ("<Wervel> ...");
- a nickname frame: "Pluis (zo noemt iedereen haar)", "kip zo noemen ze hem", "bijnaam Bolle",
  "Spekkie (echte naam ...)", "zaki oftewel zakariya", "die ze Tijger noemen";
- a signature after a quote or closing the text: '"..." — Ghirmay', '... — Tolu, 15';
- the sender of a forwarded message: "doorgestuurd van Yağmur:", "van Jiayi in de groepsapp:";
- the person contacted: "bel Abdessamad", "vraag naar Selamawit", "stem op chaima",
  "heb Kılınç gemaild", "Haringsma gebeld";
- a writer introducing themself: "Sanne hier!", "hoi, met Lee hier".

The cue words are Dutch grammar (how a note introduces a person), not a list of names.
"""

from __future__ import annotations

import re

# one to three words of a name, each maybe hyphenated or with an apostrophe
_WORD = r"[^\W\d_][\w'’-]*"
_WORDS = rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
_CAPITAL_WORDS = r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}"

_CHAT_SENDER = re.compile(
    # "[19:47] Kiwi 🥝:", "19:47 - Kwesi:", "[12-03-24 16:02] Kwesi:", "12/03/2024, 16:02 - Mo:"
    r"^[ \t]*\[?(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4},?[ \t]+)?\d{1,2}[:.]\d{2}(?::\d{2})?\]?"
    rf"[ \t]*(?:-[ \t]*)?(?P<who>{_WORDS})[^\w:\n]{{0,12}}:",
    re.MULTILINE,
)
# "<Wervel> ...": a line opened by a name in angle brackets, as IRC and Discord logs are
# pasted, is a chat sender (a heading never is)
_ANGLE_SENDER = re.compile(rf"^[ \t]*<(?P<who>{_WORDS})>", re.MULTILINE)
# "Bram 🐸: ...": a line label with an emoji is a chat line even alone ("Tip 💡:" is a heading)
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"
_EMOJI_LABEL = re.compile(
    rf"^[ \t]*(?P<who>{_CAPITAL_WORDS})[ \t]*[{_EMOJI}]+[ \t]*:", re.MULTILINE
)
_LINE_LABEL = re.compile(
    # "Kiwi: kan er wifi ...", "Noa 🌸: ik wil ...": a line opened by a name and a colon, as a
    # chat or a list of reactions is pasted without times ("Idee:" and "Actie:" look the same)
    rf"^[ \t]*(?P<who>{_CAPITAL_WORDS})[^\w:\n]{{0,12}}:[ \t]+(?=\S)",
    re.MULTILINE,
)
_NICKNAME_BEFORE = re.compile(
    # "Pluis (zo noemt iedereen haar)", "kip zo noemen ze hem", "Spekkie (echte naam ...)";
    # in brackets whatever follows: "spruit (zo noemen ze Ifeanyi Knol, ...)", "Dropje (zo
    # heet Zhen bij ons)", "DOOR (ja, ze heet echt zo)"; "Bever heet eigenlijk Bolaji"
    rf"(?P<who>{_WORD})[ \t]*(?:\(|,|-|—)?[ \t]*(?:zo[ \t]+noem(?:t|en|de|den)[ \t]+"
    r"(?:\w+[ \t]+){0,2}(?:hem|haar|me|mij|ons)\b|echte[ \t]+naam\b|bijnaam\b)"
    # a bracket that says so anywhere inside: "Kuiken (17, bijnaam)", "Reiger (een lange
    # jongen ..., iedereen noemt hem zo)"
    rf"|(?P<who4>{_WORD})[ \t]*\([^()\n]{{0,80}}?\b(?:bijnaam|(?:noem(?:t|en|de|den)[ \t]+"
    r"(?:\w+[ \t]+)?(?:hem|haar|me|mij)[ \t]+(?:zo|ook\s+wel)))\b[^()\n]{0,40}\)"
    rf"|(?P<who2>{_WORD})[ \t]*\([ \t]*(?:ja,?[ \t]+)?(?:zo[ \t]+noem(?:t|en|de|den)[ \t]+"
    r"(?:ze|we|wij|zij|jullie|iedereen|men)\b(?![ \t]+(?:het|dat|dit|die)\b)"
    r"|zo[ \t]+heet[ \t]+(?-i:[A-ZÀ-ÖØ-Þ])"
    r"|(?:hij|ze|zij)[ \t]+heet[ \t]+(?:echt|eigenlijk|zo)\b)"
    rf"|(?P<who3>{_WORD})[ \t]+heet[ \t]+eigenlijk\b"
    # "STOEL — zo heet Jamal in de groepsapp", "Baard (eigenlijk Rustam)", "Brood voor
    # vrienden (echte naam ...)": the word is what someone is called
    # (not after an article: "de kooi (eigenlijk Kooi 3)" is a thing)
    rf"|(?<!\bde )(?<!\bhet )(?<!\been )(?P<who5>{_WORD})[ \t]*(?:[,:—–-][ \t]*zo[ \t]+heet"
    r"|\([ \t]*(?:zo[ \t]+heet|(?:maar[ \t]+)?eigenlijk|officieel))[ \t]+(?-i:[A-ZÀ-ÖØ-Þ])"
    rf"|(?<!\bde )(?<!\bhet )(?<!\been )(?P<who6>(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*)[ \t]+voor"
    # ("Respect voor iedereen." closing a line is a motto, a house rule, no nickname)
    r"[ \t]+(?:de[ \t]+)?(?:vrienden|vriendinnen|intimi|iedereen(?![ \t]*(?:[.!\n]|$)))\b",
    re.IGNORECASE,
)
_NICKNAME_AFTER = re.compile(
    # "bijnaam Bolle", "noemen hem Krul", "oftewel zakariya", "alias Tijger", "aka Kip";
    # with the subject between: "noemen ze hem Krul", "iedereen noemt haar ook wel Pip"
    # (not "kip zo noemen ze hem": the name stands before it)
    rf"\b(?:bijnaam|alias|aka|a\.k\.a\.|oftewel|(?<!zo )noem(?:t|en|den|de)[ \t]+"
    r"(?:(?:ze|we|wij|zij|jullie|iedereen|men|ik|hij)[ \t]+)?(?:hem|haar|me|mij)"
    # what someone calls themself: "noemt zichzelf Vonk", "noemt zich liever kip"
    r"|noem(?:t|de|en|den)[ \t]+zich(?:zelf)?"
    rf"|heet[ \t]+eigenlijk|echte[ \t]+naam)[ \t]*:?[ \t]+"
    # "noemen hem gewoon Knakker"; "iedereen noemt hem zo" names no one
    r"(?:(?i:ook|wel|gewoon|maar|altijd|liever|graag|tegenwoordig)[ \t]+)*"
    r"(?!(?i:zo|ook|wel|gewoon|maar|altijd|liever|graag|tegenwoordig)\b)"
    rf"(?P<who>{_WORD})",
    re.IGNORECASE,
)
_NICKNAME_BETWEEN = re.compile(
    # "de jongen die ze Tijger noemen", "wie iedereen Pluis noemt", "ook wel Kip genoemd"
    rf"\b(?i:(?:die|wie)[ \t]+(?:ze|zij|we|wij|jullie|iedereen|men)(?:[ \t]+ook)?(?:[ \t]+wel)?"
    rf"|ook[ \t]+wel|kortweg)[ \t]+(?P<who>{_WORD})[ \t]+(?i:noem(?:t|en|de|den)|genoemd)\b"
)
_SIGNATURE = re.compile(
    # '"..." — Ghirmay', '"..." - Tolu, 15', "... — Marouane" closing the text
    rf"(?:[\"”’'][ \t]*[—–-]|[—–][ \t]*(?={_CAPITAL_WORDS}[ \t]*$))[ \t]*(?P<who>{_CAPITAL_WORDS})"
    r"(?=[ \t]*(?:[,.!)]|$))",
    re.MULTILINE,
)
_FORWARDED_FROM = re.compile(
    # "doorgestuurd van Yağmur:", "van Jiayi in de groepsapp:", "app van adnan_:"
    rf"\b(?i:van)[ \t]+(?P<who>{_WORD})(?:[ \t]+(?i:in|uit|via)[ \t]+(?:de|het)[ \t]+\w+)?[ \t_]*:"
)
_CONTACTED = re.compile(
    # "bel Abdessamad", "vraag naar Selamawit", "stem op chaima", "check bij Tekin"
    r"\b(?i:bel|bellen|app|appen|mail|mailen|sms|vraag[ \t]+naar|vragen[ \t]+naar|"
    r"stem[ \t]+op|stemmen[ \t]+op|check[ \t]+bij|navragen[ \t]+bij|contact[ \t]+met)"
    rf"[ \t]+(?P<who>{_WORD})"
)
_CONTACTED_BEFORE = re.compile(
    # "heb Kılınç gemaild", "Haringsma gebeld", "Obi gesproken"
    r"(?P<who>[A-ZÀ-ÖØ-Þ][\w'’-]*)[ \t]+(?i:gebeld|gemaild|geappt|gesproken|ge-sms't)\b"
)
# Where a sentence says what someone is called, the word in the slot is that name (Dutch
# grammar, not a list): "die zichzelf Vonk noemt", "vonk noemt hij zichzelf", "kaatje heet ze
# volgens de anderen", "Tijger heette hij vroeger". Not a question or an adverb in the slot
# ("hoe heet ze", "zo heet hij") and not a thing ("de club heet ze ...").
_NOT_IN_SLOT = (
    r"(?!(?i:zo|hoe|wat|dat|dit|die|wie|ook|nu|toen|daar|hier|zoals|en|of|maar|een|de|het|"
    r"geen|gewoon|eigenlijk|echt|niet|wel|graag|liever|altijd|officieel|tegenwoordig|vroeger|"
    r"voortaan|sindsdien|online|thuis|buiten|binnen|daarom|dus)\b)"
)
_NICKNAME_GRAMMAR = re.compile(
    rf"\b(?i:zich(?:zelf)?)[ \t]+{_NOT_IN_SLOT}(?P<who>{_WORD})[ \t]+(?i:noem(?:t|en|de|den))\b"
    rf"|(?<![\w'’-])(?<!\bde )(?<!\bhet )(?<!\been ){_NOT_IN_SLOT}(?P<who2>{_WORD})[ \t]+"
    r"(?i:noem(?:t|de)[ \t]+(?:hij|ze|zij)[ \t]+zich(?:zelf)?|heet(?:te)?[ \t]+(?:ze|hij|zij)"
    # "Sterappel is haar scoutingnaam", "Bolle was zijn bijnaam"
    r"|(?:is|was)[ \t]+(?:haar|zijn|z'n|d'r|hun|mijn|m'n)[ \t]+\w*naam)\b"
    # (an inverted sentence names after the verb: "Officieel heet ze Amina")
    r"(?![ \t]+(?:[A-ZÀ-ÖØ-Þ]|eigenlijk|echt))"
)
# a nickname in quotes after the words that give it: "ze noemen hem 'De Kapper'", "iedereen
# noemt haar \"Prinses\"", "bijnaam: 'Bolle'", "heet hij gewoon 'de lange'"
_NICKNAME_QUOTED = re.compile(
    r"\b(?i:noem(?:t|en|de|den)[ \t]+(?:\w+[ \t]+)?(?:hem|haar|me|mij|ons)(?:[ \t]+\w+)?"
    r"|bijnaam(?:[ \t]+is)?|heet[ \t]+(?:hij|ze|zij)(?:[ \t]+\w+)?)[ \t]*:?[ \t]*"
    r"['\"‘“„](?P<who>[^'\"‘’“”\n]{1,30}?)['\"’”]"
)
# How sure each slot is. NICKNAME: any word there is a name ("kip zo noemen ze hem"); SENDER:
# any capitalised word or name-list word ("[19:47] Kiwi:", but "[13:37] anoniem:" is what it
# says); WEAK: a word that may be a name is one there, an everyday word is not ("bel de
# politie", "Vandaag gebeld")
NICKNAME, SENDER, WEAK = 3, 2, 1
_SLOTS = (
    (NICKNAME, (_NICKNAME_BEFORE, _NICKNAME_AFTER, _NICKNAME_GRAMMAR, _NICKNAME_QUOTED)),
    # "die ze vaak noemen" is "often mention": there only a capitalised or listed word
    (SENDER, (_CHAT_SENDER, _ANGLE_SENDER, _NICKNAME_BETWEEN)),
    (WEAK, (_SIGNATURE, _FORWARDED_FROM, _CONTACTED, _CONTACTED_BEFORE)),
)
# a line label may be a sender or a heading: a name there is one, a rare word held
LABEL = 0.5
# ... held also alone, when an emoji marks the line as chat
CHAT_LABEL = 0.6
# "Sanne hier!", "hoi, met Lee hier": a writer introducing themself; "Kijk hier!" is no one,
# so a word of the name lists there is held, an everyday word left alone
INTRO = 0.75
# the greetings a message opens with (before "met Lee hier"; names.py: "Hoi!" is no name)
GREETINGS = ("hoi", "hey", "hee", "hallo", "hi", "yo", "goedemorgen", "goedemiddag", "goedenavond")
# the thanks a message opens with after whom it addresses ("shirs🥹 dankjewel", names.py)
THANKS = ("dankjewel", "dankuwel", "dankje", "bedankt", "thanks", "thx", "merci")
_INTRO = re.compile(
    rf"(?:^|(?<=[.!?\n])|(?i:{'|'.join(GREETINGS)}),?)"
    rf"[ \t]*(?i:met[ \t]+)?(?P<who>{_WORD})[ \t]+(?i:hier)\b[ \t]*(?=[!.,:]|$)",
    re.MULTILINE,
)


def person_slots(text: str) -> list[tuple[int, int, float]]:
    """(start, end, how sure) of the places where the words name a person."""
    found = [
        (*m.span(group), sure)
        for sure, patterns in _SLOTS
        for pattern in patterns
        for m in pattern.finditer(text)
        for group in ("who", "who2", "who3", "who4", "who5", "who6")
        if group in pattern.groupindex and m.group(group)
    ]
    found += [(*m.span("who"), INTRO) for m in _INTRO.finditer(text)]
    found += [(*m.span("who"), CHAT_LABEL) for m in _EMOJI_LABEL.finditer(text)]
    return found + [(*m.span("who"), LABEL) for m in _LINE_LABEL.finditer(text)]
