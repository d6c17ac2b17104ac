"""Names in free text by an allowlist: a word survives only when it is known not to be a name.

Every word is put in one class from the sourced lists (lexicon.py):

- WORD: ordinary vocabulary (also its plural, diminutive, compound or a one-letter typo);
- NAME: on a name list and no ordinary word ("sanne", "Semhar" if listed, "Al-Hassan");
- AMBIGUOUS: a common first name that is also a word ("Roos", "Storm", "Jade", "Bas");
- UNKNOWN: in no list at all (a rare name like "Tesfay", a typo, new slang).

Then the context decides: capitals in mid-sentence, a title before it (mevrouw, juf, dhr.),
a cue (ik heet, groetjes, mijn zusje), a possessive ('s, d'r), a neighbouring name, a surname
after it. NAME is always masked; UNKNOWN when capitalised or in a person's context, otherwise the
record is held for review; AMBIGUOUS and WORD only in a person's context. Places and brands
protected by the caller are never names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from wijkwijs.personal.lexicon import FREQUENT_WORD_ZIPF, Lexicon, fold

WORD, NAME, AMBIGUOUS, UNKNOWN = "word", "name", "ambiguous", "unknown"

TOKEN = re.compile(r"['’]t\b|[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_])|-(?=[^\W\d_]))*")

# Context cues. These are grammar, not vocabulary: the few words Dutch uses to introduce a
# person. The name lists themselves are sourced files.
TITLES = frozenset(
    "mevrouw mevr mw meneer mijnheer mnr dhr heer juf juffrouw meester meester coach trainer "
    "trainster buurman buurvrouw oom ome tante opa oma opoe mister miss mrs mr ms sir madam "
    "imam pastoor dominee agent wijkagent broeder zuster mama papa".split()
)
KIN = frozenset(
    "zus zusje zussen zusjes broer broertje broers broertjes neef neefje nicht nichtje vriend "
    "vriendje vriendin vriendinnetje vriendinnen vrienden maat maatje mattie matties bff buddy "
    "buurjongen buurmeisje klasgenoot klasgenote teamgenoot moeder vader stiefvader stiefmoeder "
    "halfbroer halfzus tweelingbroer tweelingzus kleine grote oudste jongste collega "
    "begeleider jongerenwerker".split()
)
NAME_CUES = (
    ("ik", "ben"), ("ik", "heet"), ("heet",), ("heette",), ("naam", "is"), ("naam",),
    ("genaamd",), ("groetjes",), ("groeten",), ("gr",), ("grtjs",), ("liefs",), ("xoxo",),
    ("doei",), ("namens",), ("vanwege",), ("met",), ("samen", "met"), ("en",), ("of",),
    ("bij",), ("door",), ("voor",), ("idee", "van"), ("plan", "van"), ("voorstel", "van"),
    ("tegen",), ("aan",), ("zegt",), ("vindt",), ("vroeg",), ("vertelt",), ("vertelde",),
)  # fmt: skip
STRONG_CUES = frozenset(
    {("ik", "heet"), ("heet",), ("heette",), ("naam", "is"), ("naam",), ("genaamd",),
     ("groetjes",), ("groeten",), ("gr",), ("grtjs",), ("liefs",), ("xoxo",), ("namens",),
     ("doei",)}
)  # fmt: skip
# After a sentence-initial "Roos" or "Jade" these verbs make it a person, not the flower or the
# stone: "Roos wil een moestuin" (a bare noun at the start of a Dutch sentence is rare).
PERSON_VERBS = frozenset(
    "wil wilt wou wilde vindt vond zegt zei vraagt vroeg stelt stelde denkt dacht hoopt mist "
    "woont woonde speelt zit komt kwam gaat ging wenst bedacht en uit".split()
)
# A word this frequent (zipf) is a function word: never a name by context alone.
FUNCTION_WORD_ZIPF = 5.6
POSSESSIVES = frozenset({"d'r", "z'n", "zn", "dr"})
LIST_JOINERS = frozenset({"en", "&", "of", ",", "+", "met", "and", "n"})


@dataclass
class Token:
    start: int
    end: int
    text: str
    sentence_start: bool
    cls: str = WORD
    capital: bool = False
    possessive: bool = False
    protected: bool = False  # a place, brand or another detector's span
    is_name: bool = False


class NameFinder:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self._classify = lru_cache(maxsize=200_000)(self._classify_uncached)

    # --- vocabulary -------------------------------------------------------------------------

    def is_word(self, word: str) -> bool:
        """Ordinary vocabulary, including forms the lists do not spell out."""
        return self._known_word(fold(word)) or self._derived_word(fold(word))

    def _known_word(self, w: str) -> bool:
        lex = self.lex
        if w in lex.words or w in lex.proper_nouns:
            return True
        if w in lex.zipf:  # informal Dutch (chat, straattaal, loanwords), names excluded
            return not (w in lex.core_first_names or w in lex.surnames) or (
                lex.zipf[w] >= FREQUENT_WORD_ZIPF
            )
        return False

    def _derived_word(self, w: str, typos: bool = True) -> bool:
        known, words = self._known_word, self.lex.words
        if len(w) < 4 or not w.replace("'", "").isalpha():
            return False
        for suffix in ("tjes", "etjes", "pjes", "jes", "tje", "etje", "pje", "kje", "je", "s",
                       "en", "'s", "e", "er", "ste"):  # fmt: skip
            stem = w[: -len(suffix)]
            if w.endswith(suffix) and len(stem) >= 3 and (known(stem) or known(stem + "e")):
                return True
        # compounds ("pannaveldje", "chillplek"): two dictionary parts, maybe a linking s/e
        for i in range(3, len(w) - 3):
            head, tail = w[:i], w[i:]
            if head in words or (head.endswith(("s", "e")) and head[:-1] in words):
                if tail in words or self._derived_tail(tail):
                    return True
        return typos and len(w) >= 5 and self._one_typo_from_word(w)

    def _derived_tail(self, tail: str) -> bool:
        for suffix in ("tje", "je", "jes", "tjes", "s", "en"):
            if tail.endswith(suffix) and tail[: -len(suffix)] in self.lex.words:
                return True
        return False

    def _one_typo_from_word(self, w: str) -> bool:
        """One letter dropped, doubled, swapped or wrong from a frequent word: "skatbaan"."""
        words = self.lex.common_words
        letters = "abcdefghijklmnopqrstuvwxyzé"
        for i in range(len(w) + 1):
            for c in letters:
                if w[:i] + c + w[i:] in words:
                    return True
            if i < len(w):
                if w[:i] + w[i + 1 :] in words:
                    return True
                if i + 1 < len(w) and w[:i] + w[i + 1] + w[i] + w[i + 2 :] in words:
                    return True
                for c in letters:
                    if c != w[i] and w[:i] + c + w[i + 1 :] in words:
                        return True
        return False

    def _classify_uncached(self, word: str) -> str:
        w = fold(word)
        lex = self.lex
        if "-" in w:
            parts = [p for p in w.split("-") if p]
            if w in lex.words:
                return WORD
            classes = [self._classify(p) for p in parts]
            if any(c == NAME for c in classes):
                return NAME
            if all(c == WORD for c in classes):
                return WORD
            if any(c == UNKNOWN for c in classes) and not all(
                p in lex.particles for p, c in zip(parts, classes, strict=True) if c != WORD
            ):
                return UNKNOWN
            return AMBIGUOUS
        named = w in lex.first_names or w in lex.surnames
        if self._known_word(w):
            if w in lex.core_first_names and w not in lex.proper_nouns:
                return AMBIGUOUS
            return WORD
        if named:
            return NAME
        # a capitalised word is not forgiven a typo: "Semhar" is not a misspelt word
        if self._derived_word(w, typos=word.islower()):
            return WORD
        return UNKNOWN

    # --- names in a text ----------------------------------------------------------------------

    def tokens(self, text: str, protected: list[tuple[int, int]]) -> list[Token]:
        letters = [c for c in text if c.isalpha()]
        shouting = len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.7 * len(letters)
        tokens: list[Token] = []
        for m in TOKEN.finditer(text):
            before = text[: m.start()].rstrip(" \t\"'“”‘’*-–—(")
            sentence_start = not before or before[-1] in ".!?:;\n…" or not before[-1].isalnum() and before[-1] not in ",&+/"
            token = Token(m.start(), m.end(), m.group(0), sentence_start)
            raw = token.text
            if re.search(r"['’]s$", raw) and len(raw) > 3:
                token.possessive, raw = True, raw[:-2]
            token.capital = raw[:1].isupper() and not shouting and not raw.isupper() or (
                raw.isupper() and len(raw) > 1 and not shouting and False
            )
            token.protected = any(s < m.end() and m.start() < e for s, e in protected)
            token.cls = WORD if token.protected else self._classify(raw)
            if token.cls == WORD and not token.protected and raw.endswith("s") and len(raw) > 3:
                # "Daans idee": a genitive s on a name
                if self._classify(raw[:-1]) == NAME and fold(raw) not in self.lex.words:
                    token.cls, token.possessive = NAME, True
            tokens.append(token)
        return tokens

    def find(self, text: str, protected: list[tuple[int, int]]) -> tuple[list[Token], list[Token]]:
        """(tokens read as names, unknown lowercase tokens left for review)."""
        tokens = self.tokens(text, protected)
        lex = self.lex
        folded = [fold(t.text) for t in tokens]

        def gap(i: int, j: int) -> str:
            return text[tokens[i].end : tokens[j].start]

        def cue_before(i: int) -> tuple[str, ...] | None:
            for cue in sorted(NAME_CUES, key=len, reverse=True):
                n = len(cue)
                if i - n < 0:
                    continue
                if tuple(folded[i - n : i]) == cue and re.fullmatch(r"[\s:,]*", gap(i - 1, i)):
                    return cue
            return None

        def after_title(i: int) -> bool:
            j = i - 1
            while j >= 0 and folded[j] in lex.particles and not tokens[j].capital:
                j -= 1
            if j < 0 or not re.fullmatch(r"[\s.]*", gap(j, j + 1) if j + 1 < len(tokens) else ""):
                return False
            word = folded[j].rstrip(".")
            return word in TITLES or word in lex.titles or word in KIN

        def person_context(i: int) -> bool:
            t = tokens[i]
            nxt = folded[i + 1] if i + 1 < len(tokens) else ""
            return (
                t.possessive
                or nxt in POSSESSIVES
                or after_title(i)
                or cue_before(i) is not None
                or (t.text.startswith("(") if False else text[max(0, t.start - 1) : t.start] == "(")
            )

        for i, t in enumerate(tokens):
            if t.protected or t.cls == WORD and not (t.capital and after_title(i)):
                continue
            if lex.frequency(folded[i]) >= FUNCTION_WORD_ZIPF and t.cls != NAME:
                continue
            cue = cue_before(i)
            title = after_title(i)
            if t.cls == NAME:
                t.is_name = True
            elif t.cls == UNKNOWN:
                t.is_name = t.capital or title or cue is not None or person_context(i)
            elif t.cls == AMBIGUOUS:
                frequent = lex.frequency(folded[i]) >= FREQUENT_WORD_ZIPF
                t.is_name = (
                    (t.capital and not t.sentence_start)
                    or title
                    or (cue in STRONG_CUES)
                    or (t.possessive and t.capital)
                    or (folded[i + 1] in POSSESSIVES if i + 1 < len(tokens) else False)
                    or (cue == ("ik", "ben") and not frequent)
                    or (
                        t.capital
                        and i + 1 < len(tokens)
                        and folded[i + 1] in PERSON_VERBS
                        and re.fullmatch(r"\s+|\s*,\s*", gap(i, i + 1)) is not None
                    )
                )
            elif t.cls == WORD and t.capital and title:
                t.is_name = True

        # neighbours of a name: lists ("Semhar, Helen en Roos") and surnames
        changed = True
        while changed:
            changed = False
            for i, t in enumerate(tokens):
                if t.is_name or t.protected or t.cls == WORD:
                    continue
                prev_name = i >= 1 and tokens[i - 1].is_name
                next_name = i + 1 < len(tokens) and tokens[i + 1].is_name
                joined_prev = i >= 2 and tokens[i - 2].is_name and folded[i - 1] in LIST_JOINERS
                joined_prev = joined_prev or (
                    prev_name and re.fullmatch(r"\s*[,&+]\s*", gap(i - 1, i)) is not None
                )
                if (t.cls in (UNKNOWN, AMBIGUOUS, NAME)) and (
                    joined_prev and (t.capital or t.cls != AMBIGUOUS)
                    or next_name and t.cls != AMBIGUOUS and t.capital
                ):
                    t.is_name = changed = True
            # surnames: "sanne van der meer", "Hamza El Amrani", "Semhar Tesfay"
            for i, t in enumerate(tokens):
                if not t.is_name:
                    continue
                j = i + 1
                while j < len(tokens) and folded[j] in lex.particles and re.fullmatch(
                    r"\s+", gap(j - 1, j)
                ):
                    j += 1
                if j >= len(tokens) or tokens[j].is_name or tokens[j].protected:
                    continue
                if not re.fullmatch(r"\s+", gap(j - 1, j)):
                    continue
                nxt, w = tokens[j], folded[j]
                had_particle = j > i + 1
                surname = nxt.cls in (NAME, UNKNOWN) or (
                    w in lex.surnames and lex.frequency(w) < FREQUENT_WORD_ZIPF
                )
                if nxt.capital and not nxt.sentence_start and lex.frequency(w) < 5.5:
                    surname = True
                if had_particle and (w in lex.surnames or nxt.capital):
                    surname = True
                if surname and not (t.cls == AMBIGUOUS and not t.capital and not had_particle):
                    for k in range(i + 1, j + 1):
                        tokens[k].is_name = True
                    changed = True
        names = [t for t in tokens if t.is_name]
        unsure = [t for t in tokens if not t.is_name and not t.protected and t.cls == UNKNOWN]
        return names, unsure
