"""Throwaway generator for the youth-input scrubber evaluation corpus.

It combines hand-written sentences, frames and values (pools_*.py) into records and
annotates every personal span and every protected place while it builds the text, so the
annotation never depends on a detector. Numbers (phones, BSN, IBAN, plates, postcodes, dates)
are drawn at random with valid checksums and never repeat between the splits.

Run: python3 make_corpus.py   (writes ../dev.jsonl, ../heldout.jsonl, ../gazetteer.json)
"""
from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

import pools_common as C
import pools_dev
import pools_heldout

OUT = Path(__file__).resolve().parent.parent
MARK = re.compile(r"\u27e6(\w+)\|(.*?)\u27e7|\[\[(.*?)\]\]")
USED: set[str] = set()  # every generated number, both splits


def mark(kind: str, text: str) -> str:
    return f"\u27e6{kind}|{text}\u27e7"


def lines(block: str) -> list[str]:
    return [ln for ln in block.strip("\n").split("\n") if ln.strip()]


def unique(fn):
    """Draw from fn until the normalised value was never used in either split."""
    def wrapped(rng, *a):
        for _ in range(1000):
            val = fn(rng, *a)
            key = re.sub(r"[^0-9a-z]", "", val.lower())
            if key not in USED:
                USED.add(key)
                return val
        raise RuntimeError("no unique value")
    return wrapped


# ---------------------------------------------------------------- numbers
def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


MOBILE_FORMATS = [
    lambda d: f"06-{d}", lambda d: f"06{d}", lambda d: f"06 {d[:4]} {d[4:]}",
    lambda d: f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", lambda d: f"+31 6 {d[:4]} {d[4:]}",
    lambda d: f"+316{d}", lambda d: f"0031 6 {d}", lambda d: f"0031 6 {d[:4]} {d[4:]}",
    lambda d: f"+31 (0)6 {d}", lambda d: f"06.{d[:4]}.{d[4:]}", lambda d: f"06 - {d}",
    lambda d: f"061 {d[1:4]} {d[4:6]} {d[6:]}" if d[0] == "1" else f"06{d[0]} {d[1:4]} {d[4:6]} {d[6:]}",
    lambda d: f"06-{d[:3]} {d[3:6]} {d[6:]}", lambda d: f"06 {d[:3]} {d[3:5]} {d[5:]}",
    lambda d: f"+31-6-{d}", lambda d: f"06/{d}",
]
AREA3 = ["010", "020", "030", "040", "050", "070", "071", "073", "076", "078", "079", "013",
         "015", "023", "024", "026", "035", "036", "038", "043", "045", "046", "053", "055", "058"]
AREA4 = ["0111", "0118", "0161", "0223", "0227", "0251", "0294", "0318", "0320", "0341",
         "0411", "0413", "0475", "0478", "0487", "0492", "0499", "0513", "0517", "0543",
         "0546", "0570", "0591", "0595"]


LAND3_FORMATS = [lambda a, d: f"{a}-{d}", lambda a, d: f"{a} {d[:3]} {d[3:]}", lambda a, d: f"({a}) {d}",
                 lambda a, d: f"{a}{d}", lambda a, d: f"+31 {a[1:]} {d[:3]} {d[3:]}",
                 lambda a, d: f"{a}.{d[:3]}.{d[3:5]}.{d[5:]}", lambda a, d: f"{a} - {d[:3]} {d[3:5]} {d[5:]}"]
LAND4_FORMATS = [lambda a, d: f"{a}-{d}", lambda a, d: f"{a} {d[:2]} {d[2:4]} {d[4:]}", lambda a, d: f"({a}) {d}",
                 lambda a, d: f"+31 {a[1:]} {d}", lambda a, d: f"{a}{d}"]
PHONE_STYLES = ([("mobile", i) for i in range(len(MOBILE_FORMATS))] + [("land3", i) for i in range(len(LAND3_FORMATS))]
                + [("land4", i) for i in range(len(LAND4_FORMATS))])


@unique
def phone(rng, style, i=0):
    if style == "mobile":
        d = rng.choice("123458") + digits(rng, 7)
        return MOBILE_FORMATS[i](d)
    if style == "0900":
        d = rng.choice("23456789") + digits(rng, 6)
        return rng.choice([f"0900-{d}", f"0900 {d[:3]} {d[3:]}", f"0900{d}"])
    if style == "land3":
        return LAND3_FORMATS[i](rng.choice(AREA3), rng.choice("2345678") + digits(rng, 6))
    return LAND4_FORMATS[i](rng.choice(AREA4), rng.choice("2345678") + digits(rng, 5))


def bsn_digits(rng, lead_zero):
    while True:
        body = ("0" if lead_zero else rng.choice("123456789")) + digits(rng, 7)
        s = sum(int(c) * w for c, w in zip(body, range(9, 1, -1)))
        check = s % 11
        if check < 10:
            return body + str(check)


def bsn_ok(num: str) -> bool:
    num = num.zfill(9)
    return len(num) == 9 and (
        sum(int(c) * w for c, w in zip(num[:8], range(9, 1, -1))) - int(num[8])) % 11 == 0


@unique
def bsn(rng, form):
    if form == "lost_zero":
        return bsn_digits(rng, True)[1:]
    b = bsn_digits(rng, False)
    return {
        "plain": b, "dots424": f"{b[:4]}.{b[4:6]}.{b[6:]}", "spaces333": f"{b[:3]} {b[3:6]} {b[6:]}",
        "dashes333": f"{b[:3]}-{b[3:6]}-{b[6:]}", "pairs": f"{b[:2]} {b[2:4]} {b[4:6]} {b[6:]}",
        "dots333": f"{b[:3]}.{b[3:6]}.{b[6:]}",
    }[form]


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = re.sub(r"\s", "", iban).upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


@unique
def iban(rng, country):
    if country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"]) + digits(rng, 10)
    elif country == "BE":
        # bank codes of real Belgian banks (BNP Paribas Fortis, Belfius, ING, KBC, Argenta, ...)
        first = rng.choice(["001", "063", "068", "310", "363", "735", "751", "973", "143", "645"]) + digits(rng, 7)
        chk = int(first) % 97 or 97
        bban = first + f"{chk:02d}"
    else:
        bban = digits(rng, 18)
    full = country + iban_check(country, bban) + bban
    style = rng.random()
    if style < 0.55:
        return " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    if style < 0.85:
        return full
    return full.lower() if rng.random() < 0.5 else full[:2] + " " + full[2:4] + " " + full[4:]


PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


@unique
def plate(rng):
    L = lambda n: "".join(rng.choice(PLATE_LETTERS) for _ in range(n))
    D = lambda n: rng.choice("123456789") + digits(rng, n - 1)
    parts = rng.choice([
        (L(2), D(2), D(2)), (D(2), D(2), L(2)), (D(2), L(2), D(2)), (L(2), D(2), L(2)),
        (L(2), L(2), D(2)), (D(2), L(2), L(2)), (D(2), L(3), D(1)), (D(1), L(3), D(2)),
        (L(2), D(3), L(1)), (L(1), D(3), L(2)), (L(3), D(2), L(1)), (L(1), D(2), L(3)),
        (D(1), L(2), D(3)), (D(3), L(2), D(1)),
    ])
    r = rng.random()
    if r < 0.6:
        return "-".join(parts)
    if r < 0.8:
        return "-".join(parts).lower()
    return "".join(parts) if rng.random() < 0.6 else "".join(parts).lower()


POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"


@unique
def postcode(rng, prefixes):
    while True:
        letters = rng.choice(POSTCODE_LETTERS) + rng.choice(POSTCODE_LETTERS)
        if letters not in ("SA", "SD", "SS"):
            break
    p = rng.choice(prefixes)
    return rng.choice([f"{p} {letters}", f"{p}{letters}", f"{p} {letters.lower()}",
                       f"{p}{letters.lower()}"])


MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]


DOB_FORMATS = [
    lambda d, m, y: f"{d:02d}/{m:02d}/{y}", lambda d, m, y: f"{d}-{m}-{y}", lambda d, m, y: f"{y}-{m:02d}-{d:02d}",
    lambda d, m, y: f"{d:02d}.{m:02d}.{y % 100:02d}", lambda d, m, y: f"{d} {MONTHS[m - 1]} {y}",
    lambda d, m, y: f"{d}-{m}-{y % 100:02d}", lambda d, m, y: f"{d}/{m}/{y}",
    lambda d, m, y: f"{d} {MONTHS[m - 1][:3]} '{y % 100:02d}", lambda d, m, y: f"{d:02d}-{m:02d}-{y}",
    lambda d, m, y: f"{d} {MONTHS[m - 1].capitalize()} {y}",
]


@unique
def birth_date(rng, yearless, i=0):
    y, m, d = rng.randint(2006, 2014), rng.randint(1, 12), rng.randint(1, 28)
    if yearless:
        return rng.choice([f"{d} {MONTHS[m - 1]}", f"{d} {MONTHS[m - 1][:3]}", f"{d}-{m}"])
    return DOB_FORMATS[i](d, m, y)


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, line):
        f = line.split("|")
        self.gender, self.first, self.sur, self.origin = f[0], f[1], f[2], f[3]
        self.nick = f[4] if len(f) > 4 else None
        self.uses = 0
        self.full_shown = False
        self.nick_shown = False


def name_case(rng, text):
    r = rng.random()
    if r < 0.17:
        return text.lower()
    if r < 0.22:
        return text.upper()
    return text


def possessive(rng, name, gender):
    if name[-1].lower() in "sxz":
        return mark("name", name) + "'"
    if name[-1].lower() in "aeiouy":
        if rng.random() < 0.7:
            return mark("name", name) + "'s"
    elif rng.random() < 0.6:
        return mark("name", name) + ("S" if name.isupper() else "s")
    pron = rng.choice(["d'r", "haar"]) if gender == "f" else rng.choice(["z'n", "zijn"])
    return mark("name", name) + " " + pron


def pronouns(gender):
    if gender == "f":
        return {"hij": "ze", "Hij": "Ze", "zijn": "haar", "Zijn": "Haar", "hem": "haar", "zijn_cap": "Haar"}
    return {"hij": "hij", "Hij": "Hij", "zijn": "zijn", "Zijn": "Zijn", "hem": "hem", "zijn_cap": "Zijn"}


def subject_gender(rng, subj):
    s = subj.lower()
    if re.search(r"meisje|meid|zussen|^ze$", s):
        return "f"
    if re.search(r"jongen|brugklasser|^hij$", s):
        return "m"
    return rng.choice("mf")


def fill(template: str, ctx) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: ctx[m.group(1)], template)


def street_prep(st):
    low = st.lower()
    if low.endswith(("pad", "plein", "park")):
        return "op het"
    if low.endswith(("kade", "dijk", "weg", "laan", "baan", "vaart", "gracht")):
        return "aan de"
    return "in de"


def norm(s):
    return unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode()


TEACHER_TITLES = {"juf", "meester", "mevrouw", "meneer", "mw.", "dhr.", "mevr."}

PREFIXES = {
    "dev": ["Idee:", "Notitie straatronde:", "inloop di:", "Jongerenwerk [[De Schakel]]:",
            "uit de ideeënbus:", "Gesprek bij de kooi -", "vrijdagavond inloop:", "NB:"],
    "heldout": ["Opgehaald:", "Ronde door de wijk -", "inloop do:", "Honk [[Het Anker]]:",
                "buurtgesprek:", "Memo:", "Ideeënmiddag -", "via de app:"],
}


class Split:
    def __init__(self, name, pool, seed):
        self.name, self.P, self.rng = name, pool, random.Random(seed)
        rng = self.rng
        self.persons = [Person(x) for x in lines(pool.PERSONS)]
        self.siblings = [x.split("|") for x in lines(pool.SIBLINGS)]
        self.preds = lines(pool.PREDICATES)
        self.quotes = lines(pool.QUOTES)
        self.extras = lines(pool.EXTRAS)
        self.pl = lines(pool.PLURAL_PREDICATES)
        self.p2 = lines(pool.P2)
        self.emails = lines(pool.EMAILS)
        self.handles = [x.split("|") for x in lines(pool.HANDLES)]
        self.ia = lines(pool.INITIALS_AGE)
        self.classes = lines(pool.CLASSES)
        self.housenr = list(pool.HOUSE_NUMBERS)
        for lst in (self.emails, self.handles, self.ia, self.classes, self.housenr):
            rng.shuffle(lst)
        half = len(C.BUURTEN) // 2
        self.buurten = C.BUURTEN[:half] if name == "dev" else C.BUURTEN[half:]
        self.decks: dict[str, list] = {}

    # a shuffled deck per pool: every item is used before any is used again
    def draw(self, key, items):
        deck = self.decks.get(key)
        if not deck:
            deck = list(items)
            self.rng.shuffle(deck)
            self.decks[key] = deck
        return deck.pop()

    def person(self, exclude=(), need_nick=False):
        cands = [p for p in self.persons if p not in exclude and (p.nick or not need_nick)]
        low = min(p.uses for p in cands)
        p = self.rng.choice([p for p in cands if p.uses == low])
        p.uses += 1
        return p

    def sentence(self, named=False, ageless=False):
        # next to a named young person a bare "hij"/"ze" would read as that person
        subj = self.draw("subj", self.P.SUBJECTS)
        while (named and subj in ("hij", "ze")) or (ageless and re.search(r"\d", subj)):
            subj = self.draw("subj", self.P.SUBJECTS)
        g = subject_gender(self.rng, subj)
        pred = fill(self.draw("pred", self.preds), pronouns(g))
        return f"{subj} {pred}."

    def address(self, cue_form):
        rng = self.rng
        n = self.housenr.pop()
        st = self.draw("street", self.P.STREETS)
        if not cue_form:
            forms = [f"{st} {n}", f"{st}{n}", f"{st} {n}", f"{st.lower()} {n}"]
            if n.isdigit():
                forms += [f"{st} {n} bis", f"{st} {n} {rng.randint(1, 4)}-hoog", f"{st} {n}-II",
                          f"{st} {n}-1", f"{st} {n} {rng.choice('ABC')}", f"{st} {n}-{rng.choice('abc')}"]
            return mark("address", rng.choice(forms))
        forms = [
            ("op ", f"nummer {n}", ""), ("op ", f"nr {n}", ""), ("", f"op {n} a" if n.isdigit() else f"op {n}", ""),
            ("in de ", f"flat op {n}", ""), ("boven de snackbar op ", f"nr {n}", ""),
            ("", f"{rng.randint(1, 4)}-hoog op nr {n}", ""), ("op ", f"huisnummer {n}", ""),
            (f"{street_prep(st)} [[{st}]] ", f"op {n}", ""), (f"{street_prep(st)} [[{st}]] ", f"nr. {n}", ""),
            ("", f"op {n} bis" if n.isdigit() else f"op {n}", ""),
        ]
        pre, span, post = rng.choice(forms)
        return pre + mark("address", span) + post

    def context(self, kind):
        rng, P = self.rng, self.P
        split = self
        A = None

        class Ctx(dict):
            def __missing__(ctx, key):
                nonlocal A
                if key in ("A", "AF", "AP", "N", "P", "p", "hij", "Hij", "zijn", "Zijn", "hem", "zijn_cap"):
                    if A is None:
                        if ctx.get("_hasA") or ctx.get("_prefer"):
                            A = ctx.get("_prefer") or split.person(need_nick=ctx.get("_need_nick", False))
                        else:  # only a pronoun is needed: do not spend a person on it
                            A = Person(rng.choice("mf") + "|-|-|-")
                        ctx["_A"] = A
                        ctx.update(pronouns(A.gender))
                    if key == "A":
                        if not A.full_shown and rng.random() < 0.3:
                            A.full_shown = True
                            val = mark("name", name_case(rng, f"{A.first} {A.sur}"))
                        elif A.nick and rng.random() < 0.35:
                            A.nick_shown = True
                            val = mark("name", name_case(rng, A.nick))
                        else:
                            val = mark("name", name_case(rng, A.first))
                    elif key == "AF":
                        A.full_shown = True
                        val = mark("name", name_case(rng, f"{A.first} {A.sur}"))
                    elif key == "AP":
                        val = possessive(rng, name_case(rng, A.first), A.gender)
                    elif key == "N":
                        A.nick_shown = A.nick_shown or bool(A.nick)
                        val = mark("name", name_case(rng, A.nick or A.first))
                    elif key == "p":
                        val = fill(split.draw("pred", split.preds), pronouns(A.gender))
                    elif key == "P":
                        who = ctx["AF"] if rng.random() < 0.2 else ctx["A"]
                        val = f"{who} {ctx['p']}."
                    else:
                        val = ctx[key]
                elif key in ("B", "C"):
                    others = [ctx.get("_A")] + [ctx.get("_" + k) for k in ("B", "C")]
                    o = split.person(exclude=[x for x in others if x])
                    ctx["_" + key] = o
                    val = mark("name", name_case(rng, o.first))
                elif key in ("SIB", "sibrel"):
                    g, sib = split.draw("sib", split.siblings)
                    ctx["sibrel"] = "zusje" if g == "f" else "broertje"
                    ctx["SIB"] = mark("name", name_case(rng, sib))
                    val = ctx[key]
                elif key == "T":
                    adults = P.ADULTS
                    if kind == "class_name":
                        adults = [a for a in adults if a[0].lower() in TEACHER_TITLES]
                    title, nm = split.draw("adult_" + str(kind == "class_name"), adults)
                    val = f"{title} {mark('name', name_case(rng, nm))}"
                elif key == "q":
                    val = split.draw("quote", split.quotes)
                elif key == "x":
                    g = ctx["_A"].gender if ctx.get("_A") else rng.choice("mf")
                    val = fill(split.draw("extra", split.extras), pronouns(g))
                    val = val[0].upper() + val[1:] + "."
                elif key in ("S", "S2"):
                    val = split.sentence(named=ctx.get("_named", False))
                elif key == "Sa":  # a sentence whose subject carries no age of its own
                    val = split.sentence(ageless=True)
                elif key == "p_pl":
                    val = split.draw("pl", split.pl)
                elif key == "p2":
                    val = split.draw("p2", split.p2) + "."
                elif key == "age":
                    val = str(rng.randint(12, 17))
                elif key == "buurt":
                    val = split.draw("buurt", split.buurten)
                elif key == "phone":
                    val = mark("phone", phone(rng, *split.draw("phonestyle", PHONE_STYLES)))
                elif key == "phone900":
                    val = mark("phone", phone(rng, "0900"))
                elif key == "email":
                    val = mark("email", split.emails.pop())
                elif key == "handle":
                    cue, h = split.handles.pop()
                    val = cue + mark("handle", h)
                elif key == "addr":
                    val = split.address(False)
                elif key == "addrx":
                    val = split.address(True)
                elif key == "pc":
                    val = mark("postcode", postcode(rng, P.POSTCODE_PREFIXES))
                elif key == "bsn":
                    form = split.draw("bsnform", ["plain", "dots424", "spaces333", "dashes333",
                                                  "pairs", "dots333", "lost_zero", "plain", "spaces333"])
                    val = mark("bsn", bsn(rng, form))
                elif key == "bd":
                    val = mark("birth_date", birth_date(rng, False, split.draw("dob", range(len(DOB_FORMATS)))))
                elif key == "bdy":
                    val = mark("birth_date", birth_date(rng, True))
                elif key == "ia":
                    val = mark("initials_age", split.ia.pop())
                elif key == "iban":
                    val = mark("iban", iban(rng, split.draw("ibancc", ["NL"] * 6 + ["BE", "DE"] * 2)))
                elif key == "plate":
                    val = mark("licence_plate", plate(rng))
                elif key == "cls":
                    val = mark("class_name", split.classes.pop())
                else:
                    raise KeyError(key)
                ctx[key] = val
                return val
        return Ctx()

    def owner(self, value):
        v = norm(value)
        for p in self.persons:
            for part in [p.first, p.nick or ""] + p.sur.split():
                part = norm(part)
                if len(part) >= 3 and part not in ("van", "der", "den") and part in v:
                    return p
        return None

    def render(self, frame, kind=None, need_nick=False, prefer=None):
        ctx = self.context(kind)
        ctx["_need_nick"] = need_nick
        ctx["_prefer"] = prefer
        ctx["_hasA"] = bool(re.search(r"\{(A|AF|AP|N|P)\}", frame))
        ctx["_named"] = bool(re.search(r"\{(A|AF|AP|N|P|T|B)\}", frame))
        if kind == "email" and "{email}" in frame:
            v = self.emails.pop()
            ctx["email"], ctx["_prefer"] = mark("email", v), self.owner(v)
        if kind == "handle" and "{handle}" in frame:
            cue, h = self.handles.pop()
            ctx["handle"], ctx["_prefer"] = cue + mark("handle", h), self.owner(h)
        return fill(frame, ctx)


def finish(rng, split_name, raw: str, hard=False):
    """Apply casing/noise, then strip the markup into text + annotations."""
    if rng.random() < 0.13 and not hard:
        raw = rng.choice(PREFIXES[split_name]) + " " + raw
    if rng.random() < 0.12:
        raw = raw + " " + rng.choice(C.EMOJI)
    mode = rng.choices(["keep", "lower", "upper"], [0.56, 0.37, 0.07])[0]
    tf = {"keep": lambda s: s, "lower": str.lower, "upper": str.upper}[mode]
    raw = re.sub(r"  +", " ", raw).strip()
    text, personal, places, ranges, pos, at = [], [], [], [], 0, 0
    for m in MARK.finditer(raw):
        chunk = tf(typo(rng, raw[pos:m.start()]))
        text.append(chunk)
        at += len(chunk)
        if m.group(1):
            t = tf(m.group(2))
            personal.append({"kind": m.group(1), "text": t})
            ranges.append((at, at + len(t)))
        else:
            t = tf(m.group(3))
            places.append(t)
        text.append(t)
        at += len(t)
        pos = m.end()
    text.append(tf(typo(rng, raw[pos:])))
    out = "".join(text)
    assert out == out.strip() and "  " not in out, out
    # every occurrence of a personal span must lie inside an annotated personal segment, so
    # "the span no longer occurs in the output" is an exact test of removal
    low = out.lower()
    for p in personal:
        needle, i = p["text"].lower(), 0
        while (i := low.find(needle, i)) != -1:
            if not any(a <= i and i + len(needle) <= b for a, b in ranges):
                return None
            i += 1
    seen, pers = set(), []
    for p in personal:
        k = (p["kind"], p["text"])
        if k not in seen:
            seen.add(k)
            pers.append(p)
    for pl in places:  # a place must not hide inside a personal span only
        if pl.lower() in " ".join(p["text"].lower() for p in pers) and low.count(pl.lower()) < 2:
            return None
    return out, pers, list(dict.fromkeys(places))


def typo(rng, s: str) -> str:
    """Occasionally swap two letters inside a longer plain word, as fast typists do."""
    if rng.random() > 0.06:
        return s
    words = [m for m in re.finditer(r"\b[a-z]{6,}\b", s)]
    if not words:
        return s
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randint(1, len(w) - 3)
    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return s[:m.start()] + w2 + s[m.end():]


TARGETS = {  # records per kind frame (each file), chosen above the brief's minimums
    "title": 16, "possessive": 10, "sibling": 6, "phone": 28, "email": 17, "handle": 23, "address": 21, "postcode": 6, "bsn": 14,
    "birth_date": 14, "initials_age": 12, "iban": 10, "licence_plate": 11, "class_name": 12,
}


def build(split_name, pool, seed):
    sp = Split(split_name, pool, seed)
    rng = sp.rng
    out = []  # (text, personal, places)
    stocks = ("emails", "handles", "ia", "classes", "housenr")

    def produce(frame, kind=None, need_nick=False, hard=False, prefer=None):
        for _ in range(50):
            saved = {k: list(getattr(sp, k)) for k in stocks}
            raw = frame if hard else sp.render(frame, kind, need_nick, prefer)
            res = finish(rng, split_name, raw, hard)
            if res and res[0] not in {o[0] for o in out}:
                out.append(res)
                return
            for k, v in saved.items():
                setattr(sp, k, v)
        raise RuntimeError(f"cannot realise {frame!r}")

    for kind, n in TARGETS.items():
        frames = lines(pool.FRAMES[kind])
        for i in range(n):
            prefer = None
            if kind == "possessive":  # alternate "Emma's" / "Daans" style names
                vowel = i % 2 == 0
                cands = [p for p in sp.persons if (p.first[-1].lower() in "aeiouy") == vowel
                         and p.first[-1].lower() not in "sxz"]
                low = min(p.uses for p in cands)
                prefer = rng.choice([p for p in cands if p.uses == low])
                prefer.uses += 1
            produce(sp.draw("frame_" + kind, frames), kind, prefer=prefer)
    produce("{A}")
    produce("naam: {AF}")
    # every hand-written person appears at least once with the full name (surname coverage),
    # every nickname at least once
    full_frames = [f for f in lines(pool.NAME_FRAMES) if "{AF}" in f]
    nick_frames = [f for f in lines(pool.NAME_FRAMES) if "{N}" in f]
    for person in sp.persons:
        if not person.full_shown:
            produce(sp.draw("frame_full", full_frames), prefer=person)
        if person.nick and not person.nick_shown:
            produce(sp.draw("frame_nick", nick_frames), prefer=person)
    name_frames = lines(pool.NAME_FRAMES)
    while sum(1 for o in out if any(p["kind"] == "name" for p in o[1])) < 165:
        f = sp.draw("frame_name", name_frames)
        produce(f, need_nick="{N}" in f)
    positives = len(out)
    for h in lines(pool.HARD_NEGATIVES):
        produce(h, hard=True)
    neg_frames = lines(pool.NEG_FRAMES)
    while len(out) - positives < positives:
        produce(sp.draw("frame_neg", neg_frames))
    rng.shuffle(out)
    return [{"id": f"{split_name}-{i:04d}", "text": t, "personal": pers, "places": pl}
            for i, (t, pers, pl) in enumerate(out, 1)]


def gazetteer():
    places = []
    for pool in (pools_dev, pools_heldout):
        places += pool.PARKS + pool.SCHOOLS + pool.COMMUNITY + pool.SHOPS + pool.CLUBS
    places += C.CHAINS
    return {
        "gemeente": C.GEMEENTE,
        "wijken": C.WIJKEN,
        "buurten": C.BUURTEN,
        "streets": sorted(set(pools_dev.STREETS + pools_heldout.STREETS)),
        "places": sorted(set(places)),
    }


def main():
    for name, pool, seed in (("dev", pools_dev, 1501), ("heldout", pools_heldout, 2902)):
        recs = build(name, pool, seed)
        with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(recs))
    (OUT / "gazetteer.json").write_text(json.dumps(gazetteer(), ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")


if __name__ == "__main__":
    main()
