"""Build heldout2.jsonl and gazetteer_heldout2.json (tests/youth/eval/) from the hand-written pools:
`tools/corpus/run.py build heldout2` calls main().

Run with any Python 3.11; when `phonenumbers` and `python-stdnum` are importable every
generated phone number, BSN and IBAN is also checked with them (and redrawn if invalid).
Seeded: the same command rebuilds the same files.
"""
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1]  # tests/youth/eval, where the corpora live
sys.path.insert(0, str(HERE))

import frames  # noqa: E402
import gazetteer_src as gz  # noqa: E402
import texts  # noqa: E402
from people import PEOPLE, SIBLINGS, TITLED  # noqa: E402

try:
    import phonenumbers
except ImportError:  # pragma: no cover
    phonenumbers = None
try:
    from stdnum import iban as std_iban
    from stdnum.nl import bsn as std_bsn
except ImportError:  # pragma: no cover
    std_iban = std_bsn = None

R = random.Random(20240615)
N_RECORDS = 660
N_PERSONAL = 330

# ---------------------------------------------------------------- first corpus (values only)
FIRST = Path(__file__).resolve().parents[2]  # tests/youth/eval: dev.jsonl, heldout.jsonl


def first_corpus_values():
    """personal[].text values of the first corpus: used only to avoid reusing them."""
    vals = {}
    for name in ("dev.jsonl", "heldout.jsonl"):
        p = FIRST / name
        if not p.exists():
            continue
        for line in p.open(encoding="utf-8"):
            for s in json.loads(line)["personal"]:
                vals.setdefault(s["kind"], set()).add(s["text"])
    return vals


OLD = first_corpus_values()
OLD_DIGITS = {re.sub(r"\D", "", v).lstrip("0") for k, vs in OLD.items() for v in vs
              if k in ("phone", "bsn", "iban", "licence_plate", "postcode")}
OLD_LOWER = {v.lower() for vs in OLD.values() for v in vs}

# ---------------------------------------------------------------- unique value register
USED = set()


def fresh(make, key=None, tries=500):
    for _ in range(tries):
        v = make()
        k = (key or (lambda x: re.sub(r"[\W_]", "", x.lower())))(v)
        digits = re.sub(r"\D", "", v).lstrip("0")
        if k in USED or v.lower() in OLD_LOWER or (len(digits) >= 6 and digits in OLD_DIGITS):
            continue
        USED.add(k)
        return v
    raise RuntimeError("no fresh value")


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- phones
MOBILE_FORMS = [
    lambda d: f"06-{d}", lambda d: f"06{d}", lambda d: f"06 {d[:4]} {d[4:]}",
    lambda d: f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", lambda d: f"+31 6 {d[:4]} {d[4:]}",
    lambda d: f"+316{d}", lambda d: f"0031 6 {d}", lambda d: f"0031 6 {d[:4]} {d[4:]}",
    lambda d: f"+31 (0)6 {d}", lambda d: f"06.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}",
    lambda d: f"06-{d[:3]} {d[3:6]} {d[6:]}", lambda d: f"06 - {d}", lambda d: f"+31-6-{d}",
    lambda d: f"06{d[:1]} {d[1:4]} {d[4:]}", lambda d: f"06{d[:4]} {d[4:]}",
    lambda d: f"+31 6{d}", lambda d: f"06/{d}", lambda d: f"(06) {d}",
    lambda d: f"+31 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", lambda d: f"06 {d[:3]} {d[3:5]} {d[5:]}",
]
AREA3 = ["10", "20", "30", "40", "13", "24", "26", "70", "73", "76", "15", "35"]
AREA4 = ["411", "413", "416", "418", "475", "485", "488", "344", "345", "320", "318", "492"]
LAND_FORMS3 = [
    lambda a, d: f"0{a}-{d}", lambda a, d: f"0{a} {d[:3]} {d[3:]}", lambda a, d: f"(0{a}) {d}",
    lambda a, d: f"0{a} {d[:3]} {d[3:5]} {d[5:]}", lambda a, d: f"+31 {a} {d[:3]} {d[3:]}",
    lambda a, d: f"0{a}.{d[:3]}.{d[3:5]}.{d[5:]}", lambda a, d: f"+31 (0){a} {d}",
]
LAND_FORMS4 = [
    lambda a, d: f"0{a}-{d}", lambda a, d: f"(0{a}) {d[:2]} {d[2:4]} {d[4:]}",
    lambda a, d: f"0{a} {d[:3]} {d[3:]}", lambda a, d: f"+31 {a} {d}", lambda a, d: f"0{a}{d}",
]
FORMS_0900 = [lambda d: f"0900-{d}", lambda d: f"0900 {d[:2]} {d[2:4]} {d[4:]}",
              lambda d: f"0900 {d[:3]} {d[3:5]} {d[5:]}", lambda d: f"0900-{d[:3]} {d[3:]}"]


class Deck:
    """Deal formats so that every format is used before any repeats."""

    def __init__(self, items, keep_first_order=False):
        self.items = list(items)
        self.pool = list(reversed(self.items)) if keep_first_order else []

    def draw(self):
        if not self.pool:
            self.pool = self.items[:]
            R.shuffle(self.pool)
        return self.pool.pop()


MOBILE_DECK = Deck(MOBILE_FORMS)
# the brief's own examples first (010-1234567, 020 123 4567, (030) 1234567), 4-digit area codes interleaved
LAND_DECK = Deck([(3, LAND_FORMS3[0]), (3, LAND_FORMS3[1]), (3, LAND_FORMS3[2]), (4, LAND_FORMS4[0]),
                  (3, LAND_FORMS3[3]), (4, LAND_FORMS4[1]), (3, LAND_FORMS3[4]), (4, LAND_FORMS4[2]),
                  (3, LAND_FORMS3[5]), (4, LAND_FORMS4[3]), (3, LAND_FORMS3[6]), (4, LAND_FORMS4[4])],
                 keep_first_order=True)
DECK_0900 = Deck(FORMS_0900)


def valid_phone(s):
    if phonenumbers is None:
        return True
    try:
        n = phonenumbers.parse(s.replace("(0)", ""), "NL")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n)


def make_mobile():
    form = MOBILE_DECK.draw()
    while True:
        d = R.choice("123458") + rdig(7)
        s = form(d)
        if valid_phone(s):
            return s


def make_landline():
    size, form = LAND_DECK.draw()
    while True:
        if size == 3:
            a, d = R.choice(AREA3), R.choice("2345678") + rdig(6)
        else:
            a, d = R.choice(AREA4), R.choice("2345678") + rdig(5)
        s = form(a, d)
        if valid_phone(s):
            return s


def make_0900():
    form = DECK_0900.draw()
    while True:
        s = form(R.choice("123456789") + rdig(6))
        if valid_phone(s):
            return s


# ---------------------------------------------------------------- BSN
def bsn_digits(lead_zero=False):
    while True:
        d = [0 if lead_zero else R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        if lead_zero and d[1] == 0:
            continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
        if s <= 9:
            out = "".join(map(str, d + [s]))
            if std_bsn is None or std_bsn.is_valid(out):
                return out


BSN_FORMS = [
    lambda b: b, lambda b: f"{b[:4]}.{b[4:6]}.{b[6:]}", lambda b: f"{b[:3]} {b[3:6]} {b[6:]}",
    lambda b: f"{b[:3]}-{b[3:6]}-{b[6:]}", lambda b: f"{b[:2]} {b[2:4]} {b[4:6]} {b[6:]}",
    lambda b: f"{b[:3]}.{b[3:6]}.{b[6:]}", "lost0", lambda b: f"{b[:4]} {b[4:6]} {b[6:]}",
    "lost0-spaced",
]
BSN_DECK = Deck(BSN_FORMS)


def make_bsn():
    form = BSN_DECK.draw()
    if form == "lost0":
        return bsn_digits(True)[1:]
    if form == "lost0-spaced":
        b = bsn_digits(True)[1:]
        return f"{b[:2]} {b[2:5]} {b[5:]}"
    return form(bsn_digits())


# ---------------------------------------------------------------- IBAN
def iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    return f"{98 - int(num) % 97:02d}"


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB", "FVLB"]


def nl_account():
    while True:
        d = [R.randint(0, 9) for _ in range(10)]
        if d[0] == 0 and d[1] == 0:
            continue
        if sum(w * x for w, x in zip(range(10, 0, -1), d)) % 11 == 0:
            return "".join(map(str, d))


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def std_ok(s):
    return std_iban is None or std_iban.is_valid(s)


NL_FORMS = Deck(["grouped", "plain", "lower-grouped", "lower-plain", "grouped", "odd"])


def make_iban():
    form = NL_FORMS.draw()
    while True:
        bban = R.choice(NL_BANKS) + nl_account()
        raw = "NL" + iban_check("NL", bban) + bban
        if std_ok(raw):
            break
    if form == "grouped":
        return group4(raw)
    if form == "plain":
        return raw
    if form == "lower-grouped":
        return group4(raw).lower()
    if form == "lower-plain":
        return raw.lower()
    return f"{raw[:2]} {raw[2:4]} {raw[4:8]} {raw[8:]}"  # NL 12 RABO 0123456789


BE_BANKS = [str(x) for x in list(range(310, 400)) + list(range(730, 740))]


def make_iban_be():
    while True:
        first10 = R.choice(BE_BANKS) + rdig(7)
        chk = int(first10) % 97 or 97
        bban = f"{first10}{chk:02d}"
        raw = "BE" + iban_check("BE", bban) + bban
        if std_ok(raw):
            return R.choice([group4(raw), raw])


DE_BLZ = ["37040044", "50010517", "10010010", "20041133", "70150000", "30050110", "44050199"]


def make_iban_de():
    while True:
        bban = R.choice(DE_BLZ) + rdig(10)
        raw = "DE" + iban_check("DE", bban) + bban
        if std_ok(raw):
            return R.choice([group4(raw), raw, raw.lower()])


# ---------------------------------------------------------------- plates, postcodes
PLATE_L = "BDFGHJKLNPRSTVXZ"
BAD = {"SS", "SD", "SA", "KKK", "NSB", "PVV", "GVD", "TBS", "LSD", "PKK", "VVD", "SGP", "KVT"}
SIDECODES = ["LL-99-LL", "LL-LL-99", "99-LL-LL", "99-LLL-9", "9-LLL-99", "LL-999-L",
             "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999", "999-LL-9", "99-LL-99", "LL-99-99"]
PLATE_DECK = Deck([(s, f) for s in SIDECODES for f in ("dash",)] + [
    ("99-LLL-9", "lower"), ("L-999-LL", "lower"), ("LL-999-L", "nodash"), ("99-LLL-9", "nodash-lower"),
    ("9-LLL-99", "lower"), ("LL-LL-99", "nodash")])


def make_plate():
    code, form = PLATE_DECK.draw()
    while True:
        s = "".join(R.choice(PLATE_L) if c == "L" else (rdig(1) if c == "9" else c) for c in code)
        letters = re.sub(r"[^A-Z]", " ", s).split()
        if any(b in "".join(letters) for b in BAD):
            continue
        if code.startswith("L-999") and s[0] not in "DF":  # scooter plates start with D/F
            s = R.choice("DF") + s[1:]
        break
    if "nodash" in form:
        s = s.replace("-", "")
    if "lower" in form:
        s = s.lower()
    return s


PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
PC_DECK = Deck(["{d} {L}", "{d}{L}", "{d} {l}", "{d}{l}"])


def make_pc():
    form = PC_DECK.draw()
    while True:
        L = R.choice(PC_LETTERS) + R.choice(PC_LETTERS)
        if L in ("SA", "SD", "SS"):
            continue
        d = str(R.randint(5461, 5469))
        return form.format(d=d, L=L, l=L.lower())


# ---------------------------------------------------------------- addresses
def house_number():
    return str(R.choice([R.randint(1, 40), R.randint(1, 40), R.randint(41, 240)]))


ADDR_FORMS = [
    lambda s, n: f"{s} {n}", lambda s, n: f"{s}{n}", lambda s, n: f"{s} {n}a",
    lambda s, n: f"{s} {n}-A", lambda s, n: f"{s} {n}-{R.randint(1, 4)}", lambda s, n: f"{s} {n} bis",
    lambda s, n: f"{s} {n} {R.randint(1, 4)}-hoog", lambda s, n: f"{s} {n}-II",
    lambda s, n: f"{s} {n} hs", lambda s, n: f"{s} {n} III", lambda s, n: f"{s.lower()} {n}",
    lambda s, n: f"{s} {n}B", lambda s, n: f"{s} nr. {n}", lambda s, n: f"{s} {n} zw",
]
ADDR_DECK = Deck(ADDR_FORMS)
NR_FORMS = Deck([lambda n: f"nr {n}", lambda n: f"nr. {n}", lambda n: f"nummer {n}a",
                 lambda n: f"huisnr. {n}", lambda n: f"op {n} a", lambda n: f"op {n}",
                 lambda n: f"no. {n}", lambda n: f"nummer {n}", lambda n: f"op nr {n}b",
                 lambda n: f"huisnummer {n}-2"])
ADDR_STREETS = [s for s in gz.STREETS if not s.endswith("plein")]


def make_addr():
    f = ADDR_DECK.draw()
    return f(R.choice(ADDR_STREETS), house_number())


def make_nr():
    return NR_FORMS.draw()(house_number())


# ---------------------------------------------------------------- dates of birth
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def parse_old_dates():
    seen = set()
    for v in OLD.get("birth_date", ()):
        t = v.lower()
        m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})$", t)
        if m:
            seen.add((int(m[3]), int(m[2])))
            continue
        m = re.match(r"(\d{1,2})[-/.](\d{1,2})", t)
        if m:
            seen.add((int(m[1]), int(m[2])))
            continue
        m = re.match(r"(\d{1,2}) ([a-z]+)", t)
        if m:
            for i, (a, b) in enumerate(zip(MONTHS, MON_ABBR)):
                if m[2].startswith(b):
                    seen.add((int(m[1]), i + 1))
    return seen


OLD_DAYMONTH = parse_old_dates()
DATE_FORMS = Deck([
    lambda d, m, y: f"{d:02d}/{m:02d}/{y}", lambda d, m, y: f"{d}-{m}-{y}",
    lambda d, m, y: f"{y}-{m:02d}-{d:02d}", lambda d, m, y: f"{d:02d}.{m:02d}.{y % 100:02d}",
    lambda d, m, y: f"{d} {MONTHS[m - 1]} {y}", lambda d, m, y: f"{d} {MON_ABBR[m - 1]}. {y}",
    lambda d, m, y: f"{d} {MON_ABBR[m - 1]} '{y % 100:02d}", lambda d, m, y: f"{d}-{m}-{y % 100:02d}",
    lambda d, m, y: f"{d:02d}-{m:02d}-{y}", lambda d, m, y: f"{d}/{m}/{y % 100:02d}",
    lambda d, m, y: f"{d} {MONTHS[m - 1].capitalize()} {y}", lambda d, m, y: f"{y}/{m:02d}/{d:02d}",
])
NY_FORMS = Deck([lambda d, m: f"{d} {MONTHS[m - 1]}", lambda d, m: f"{d} {MON_ABBR[m - 1]}",
                 lambda d, m: f"{d}-{m}", lambda d, m: f"{d} {MONTHS[m - 1]}"])
USED_DM = set()


def day_month():
    while True:
        d, m = R.randint(1, 28), R.randint(1, 12)
        if (d, m) not in OLD_DAYMONTH and (d, m) not in USED_DM:
            USED_DM.add((d, m))
            return d, m


def make_bday():
    d, m = day_month()
    return DATE_FORMS.draw()(d, m, R.randint(2006, 2014))


def make_bday_ny():
    d, m = day_month()
    return NY_FORMS.draw()(d, m)


# ---------------------------------------------------------------- initials with age
INIT_FORMS = Deck([
    lambda i, a: f"{'.'.join(i)}. ({a})", lambda i, a: f"{i[0]}. {a} jr", lambda i, a: f"{'.'.join(i)}., {a}",
    lambda i, a: f"{i[0]} ({a})", lambda i, a: f"{'.'.join(i).lower()}. {a}j",
    lambda i, a: f"{i[0]}.v.d.{i[-1]}. ({a})", lambda i, a: f"{'.'.join(i)}. {a} jaar",
    lambda i, a: f"{i[0]} {a}jr", lambda i, a: f"{'.'.join(i)}. - {a} jaar",
    lambda i, a: f"{i[0]}., {a}", lambda i, a: f"{i[0]}.v.{i[-1]}. ({a} jr)",
    lambda i, a: f"{''.join(i)} ({a})", lambda i, a: f"{'.'.join(i).lower()}. ({a})",
])
INIT_LETTERS = "ABDEFHIJKLMNRSTWYZÖ"


def make_init():
    f = INIT_FORMS.draw()
    return f([R.choice(INIT_LETTERS) for _ in range(R.choice([2, 2, 3]))], R.randint(12, 18))


# ---------------------------------------------------------------- classes
CLASSES = [
    "klas 2d", "groep 7a", "3havo-b", "h4a", "1 gymnasium", "2tl-b", "4 basis", "3 kader b",
    "m2a", "klas 1c", "brugklas 1f", "havo 4a", "vwo 5", "2K", "leerjaar 3 bb", "groep 6/7",
    "groep 8a", "3 mavo-d", "v5c", "1B", "groep 5", "2 gym", "klas 3 tl", "4havo-e", "b1c",
]
R.shuffle(CLASSES)
CLASS_DECK = Deck([c for c in CLASSES if c.lower() not in OLD_LOWER])


# ---------------------------------------------------------------- e-mail and handles
def ascii_fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("ș", "s").replace("ț", "t")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def tokens(p):
    first = ascii_fold(p.first).lower()
    sur = ascii_fold(p.sur).lower()
    parts = re.split(r"[\s']+", sur)
    core = parts[-1]
    return first.replace("-", ""), sur.replace(" ", "").replace("'", "").replace("-", ""), core


DOMAINS = ["gmail.com", "hotmail.com", "hotmail.nl", "outlook.com", "live.nl", "icloud.com",
           "ziggo.nl", "kpnmail.nl", "yahoo.com", "proton.me", "leerling.kreekzijdecollege.nl",
           "student.rocravensbeek.nl", "outlook.nl", "planet.nl"]
EMAIL_FORMS = Deck([
    "plain", "plain", "plain", "plain", "plain", "[at]", "(at)", "at-punt", "apenstaartje",
    "spaced", "[@]", "AT-DOT", "at-dot", "space-before-at", "(a)", "[at][punt]",
])


def make_email(p):
    first, sur, core = tokens(p)
    yy = R.choice(["06", "07", "08", "09", "10", "11", "2008", "2009", "2010", ""])
    local = R.choice([f"{first}.{sur}", f"{first}{sur}{yy}", f"{first[0]}.{sur}", f"{first}_{core}",
                      f"{first}{yy or '12'}", f"{core}.{first}", f"{first}.{core[0]}", f"{first}-{core}"])
    dom = R.choice(DOMAINS)
    name, tld = dom.rsplit(".", 1)
    form = EMAIL_FORMS.draw()
    return {
        "plain": f"{local}@{dom}",
        "[at]": f"{local} [at] {name} [dot] {tld}",
        "(at)": f"{local}(at){dom}",
        "at-punt": f"{local} at {name} punt {tld}",
        "apenstaartje": f"{local} apenstaartje {name} punt {tld}",
        "spaced": f"{local} @ {name} . {tld}",
        "[@]": f"{local}[@]{dom}",
        "AT-DOT": f"{local} AT {name} DOT {tld}",
        "at-dot": f"{local} at {name} dot {tld}",
        "space-before-at": f"{local} @{dom}",
        "(a)": f"{local}(a){dom}",
        "[at][punt]": f"{local}[at]{name}[punt]{tld}",
    }[form]


def handle_core(p):
    first, sur, core = tokens(p)
    nick = ascii_fold(p.nick).lower().replace(" ", "")
    yy = R.choice(["06", "07", "08", "09", "10", "11", "12", "2009", ""])
    return R.choice([
        f"{first}.{core}", f"{first}_{core[:3]}", f"{nick}{yy}", f"x{first}x", f"its.{first}",
        f"{first}.{sur}{yy}", f"{core}{first[0]}", f"_{first}.{core}_", f"{first}{core}",
        f"real{first}", f"{nick}.rvb", f"{first}__{yy or '99'}",
    ])


def gamertag(p):
    first, _, core = tokens(p)
    bits = [first.capitalize(), R.choice(["Gamer", "Sniper", "GOAT", "Baller", "Ghost", "Flex", "Legend"]),
            R.choice(["07", "09", "10", "11", "2010", "X", "NL"])]
    return R.choice(["".join(bits), "_".join(bits), f"{bits[1]} {first.capitalize()} {bits[2]}",
                     f"xX{first.capitalize()}{core.capitalize()[:3]}Xx"])


def make_handle(kind, p):
    c = handle_core(p)
    if kind == "insta":
        return R.choice([c, "@" + c])
    if kind == "tiktok":
        return "@" + c
    if kind == "snap":
        return c.replace(".", "-")
    if kind == "discord":
        return R.choice([f"{c.replace('.', '')}#{rdig(4)}", c.replace(".", "_")])
    if kind == "xhandle":
        return "@" + c.replace(".", "_")[:15]
    if kind == "youtube":
        return R.choice([f"youtube.com/@{c.replace('.', '')}", f"https://www.youtube.com/@{c.replace('.', '')}"])
    if kind == "twitch":
        return f"twitch.tv/{c.replace('.', '_')}"
    if kind == "telegram":
        return R.choice([f"t.me/{c.replace('.', '_')}", "@" + c.replace(".", "_")])
    if kind == "wame":
        return f"wa.me/316{R.choice('12345')}{rdig(7)}"
    if kind == "bereal":
        return c.replace(".", "")
    if kind in ("roblox", "fortnite", "psn", "xbox", "steam"):
        return gamertag(p)
    if kind == "linkinsta":
        return R.choice([f"instagram.com/{c}", f"https://www.instagram.com/{c}/"])
    if kind == "linktt":
        return f"tiktok.com/@{c}"
    if kind == "linktree":
        return f"linktr.ee/{c.replace('.', '')}"
    raise KeyError(kind)


HANDLE_KINDS = ["insta", "tiktok", "snap", "discord", "xhandle", "youtube", "twitch", "telegram",
                "wame", "bereal", "roblox", "fortnite", "psn", "xbox", "steam", "linkinsta", "linktt",
                "linktree"]


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, t):
        self.first, self.sur, self.origin, self.gender, nick = t
        self.nick = nick or self.first

    @property
    def full(self):
        return f"{self.first} {self.sur}"


PERSONS = [Person(t) for t in PEOPLE]
WORD_SURNAMES = {"Kroon", "Schipper", "Kalf", "Vlot", "de Groot", "Prins", "Zwart", "Vogel", "Steen",
                 "Post", "Bos", "Haas", "de Wit", "Groen", "Zomer", "Schaap", "Baas", "Vis",
                 "van den Heuvel", "Pronk", "Koopman", "Spijker", "Hamer", "Ruiter", "van der Kooi"}
# persons whose full name is the hard case: particles, hyphens, surnames that are Dutch words
INTERESTING = [p for p in PERSONS if " " in p.sur or "-" in p.sur or "-" in p.first
               or p.sur in WORD_SURNAMES]
person_cycle = []
interesting_queue = []


def next_person(exclude=()):
    global person_cycle
    for _ in range(3):
        if not person_cycle:
            person_cycle = PERSONS[:]
            R.shuffle(person_cycle)
        for i in range(len(person_cycle) - 1, -1, -1):
            if person_cycle[i] not in exclude:
                return person_cycle.pop(i)
        person_cycle = []
    raise RuntimeError


titled_cycle, sib_cycle = [], []
NEUTRAL_TITLES = {"mevrouw", "meneer", "mw.", "dhr.", "mevr.", "buurman", "buurvrouw"}
SCHOOL_TITLES = {"juf", "meester", "mevrouw", "meneer", "mw.", "dhr.", "mevr."}


def next_from(cycle, pool):
    if not cycle:
        cycle.extend(pool)
        R.shuffle(cycle)
    return cycle.pop()


# ---------------------------------------------------------------- segments
# A segment is (type, text) with type "lit", "place" or a personal kind.
def P(kind, text):
    return [(kind, text)]


def L(text):
    return [("lit", text)]


def name_variant(s):
    """A name as typed inside an otherwise normally cased note: sometimes all lowercase."""
    return s.lower() if R.random() < 0.2 else s


def possessive(name, gender):
    opts = []
    low = name.lower()
    if low[-1] in "sxzş":
        opts.append([("name", name), ("lit", "'")])
    elif low[-1] in "aeiouy":
        opts.append([("name", name), ("lit", "'s")])
    else:
        opts.append([("name", name), ("lit", "s")])
    opts.append([("name", name), ("lit", " z'n" if gender == "m" else " d'r")])
    opts.append([("name", name), ("lit", " zijn" if gender == "m" else " haar")])
    return R.choice(opts)


def person_slot(p, form):
    if form == "full":
        return P("name", name_variant(p.full))
    if form == "first":
        return P("name", name_variant(p.full if R.random() < 0.2 else p.first))
    if form == "nick":
        return P("name", name_variant(p.nick))
    if form == "sur":
        return P("name", p.sur[0].upper() + p.sur[1:])
    if form == "poss":
        return possessive(name_variant(R.choice([p.first, p.first, p.nick])), p.gender)
    if form == "fullposs":
        return [("name", name_variant(p.full)), ("lit", R.choice([" z'n", " zijn"] if p.gender == "m" else [" d'r", " haar"]))]
    if form == "init":
        core = p.sur.split()[-1]
        return P("name", f"{p.first} {core[0].upper()}.")
    if form == "pr":
        return L("hij" if p.gender == "m" else "ze")
    if form == "pos":
        return L("zijn" if p.gender == "m" else "haar")
    if form == "obj":
        return L("hem" if p.gender == "m" else "haar")
    raise KeyError(form)


SLOT = re.compile(r"\{([A-Za-z_0-9.]+)\}|\[\[(.+?)\]\]")
PLACE_SLOTS = {
    "street": [s for s in gz.STREETS if not s.endswith("plein") and s != "Kraaiennest"], "park": gz.PLACES["park"], "spot": gz.PLACES["spot"],
    "school": gz.PLACES["school"], "centre": gz.PLACES["centre"], "building": gz.PLACES["building"],
    "shop": gz.PLACES["shop"], "chain": gz.PLACES["chain"], "club": gz.PLACES["club"],
    "buurt": gz.BUURTEN, "wijk": gz.WIJKEN, "famous": texts.FAMOUS, "footballer": texts.FOOTBALLERS,
    "artist": texts.ARTISTS, "wear": texts.WEAR, "game": texts.GAMES, "sponsor": texts.SPONSORS,
    "brand": texts.BRANDS, "nclub": texts.NCLUBS,
}
EDATES = ["di 14 mei", "zaterdag 12 april", "vrijdag 7 maart", "3 oktober", "woensdag 19-6",
          "maandag 2 december", "za 25/1", "donderdag 9 januari", "11 november", "zo 30 juni"]
BUSES = ["bus 7", "lijn 142", "buurtbus 531", "bus 12", "de 310"]

USAGE = {}


def pick(pool, key):
    """Least-used element of a pool, so that hand-written pieces spread evenly."""
    counts = USAGE.setdefault(key, {})
    low = min(counts.get(i, 0) for i in range(len(pool)))
    i = R.choice([i for i in range(len(pool)) if counts.get(i, 0) == low])
    counts[i] = counts.get(i, 0) + 1
    return pool[i]


def expand(tpl, ctx):
    segs = []
    pos = 0
    for m in SLOT.finditer(tpl):
        if m.start() > pos:
            segs.append(("lit", tpl[pos:m.start()]))
        pos = m.end()
        if m.group(2):
            segs.append(("place", m.group(2)))
            continue
        segs.extend(fill_slot(m.group(1), ctx))
    if pos < len(tpl):
        segs.append(("lit", tpl[pos:]))
    return segs


def fill_slot(name, ctx):
    if "." in name:
        who, form = name.split(".", 1)
        return person_slot(ctx["persons"][who], form)
    if name in PLACE_SLOTS:
        return [("place", R.choice(PLACE_SLOTS[name]))]
    if name == "event":
        return [("lit", R.choice(texts.EVENTS))]
    if name == "idea":
        return expand(pick(texts.IDEAS, "idea"), ctx)
    if name == "ideapl":
        return expand(pick(texts.IDEAS_PL, "ideapl"), ctx)
    if name == "quote":
        return expand(pick(texts.QUOTES, "quote"), ctx)
    if name == "np":
        return expand(pick(texts.NPS, "np"), ctx)
    if name in ("subj", "Subj"):
        segs = expand(pick(texts.SUBJECTS, "subj"), ctx)
        if name == "Subj":
            t, s = segs[0]
            segs[0] = (t, s[0].upper() + s[1:])
        return segs
    simple = {
        "hh": lambda: str(R.randint(14, 23)), "mm": lambda: f"{R.randint(0, 59):02d}",
        "n": lambda: str(R.randint(2, 12)), "pct": lambda: str(R.randint(21, 79)),
        "edate": lambda: R.choice(EDATES), "year": lambda: str(R.randint(2023, 2026)),
        "age": lambda: str(R.randint(12, 19)), "bus": lambda: R.choice(BUSES),
    }
    if name in simple:
        return L(simple[name]())
    if name in ("T", "T2", "TA", "TS"):
        if name not in ctx:
            allowed = {"TA": NEUTRAL_TITLES, "TS": SCHOOL_TITLES}.get(name)
            for _ in range(len(TITLED)):
                t = next_from(titled_cycle, TITLED)
                if (allowed is None or t[0] in allowed) and t not in ctx.values():
                    break
                titled_cycle.insert(0, t)
            else:
                t = R.choice([x for x in TITLED if (allowed is None or x[0] in allowed)
                              and x not in ctx.values()])
            ctx[name] = t
        title, nm, _g = ctx[name]
        return [("lit", title + " "), ("name", nm)]
    if name == "S":
        if "S" not in ctx:
            ctx["S"] = next_from(sib_cycle, SIBLINGS)
        rel, nm = ctx["S"]
        return [("lit", rel + " "), ("name", nm)]
    p = ctx["persons"]["A"]
    makers = {
        "phone": ("phone", make_mobile), "landline": ("phone", make_landline),
        "phone0900": ("phone", make_0900), "email": ("email", lambda: make_email(p)),
        "addr": ("address", make_addr), "nr": ("address", make_nr), "pc": ("postcode", make_pc),
        "bsn": ("bsn", make_bsn), "bday": ("birth_date", make_bday),
        "bday_ny": ("birth_date", make_bday_ny), "init": ("initials_age", make_init),
        "init2": ("initials_age", make_init), "init3": ("initials_age", make_init),
        "iban": ("iban", make_iban), "iban_be": ("iban", make_iban_be),
        "iban_de": ("iban", make_iban_de), "plate": ("licence_plate", make_plate),
        "class": ("class_name", CLASS_DECK.draw),
    }
    if name in makers:
        kind, fn = makers[name]
        return P(kind, fresh(fn))
    if name in HANDLE_KINDS or name == "handle":
        k = R.choice(HANDLE_KINDS) if name == "handle" else name
        return P("handle", fresh(lambda: make_handle(k, p)))
    raise KeyError(name)


# ---------------------------------------------------------------- record assembly
AUTO_PLACES = sorted(
    set(gz.STREETS + gz.BUURTEN + gz.WIJKEN + sum(gz.PLACES.values(), []) + [gz.GEMEENTE]
        + texts.NONLOCAL),
    key=lambda s: (-len(s), s))


def swap_typo(s):
    words = [m for m in re.finditer(r"[a-z]{5,}", s)]
    if not words:
        return s
    w = R.choice(words)
    i = R.randint(w.start() + 1, w.end() - 3)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


def render(segs, casing):
    out, spans, places = [], [], []
    pos = 0
    for t, s in segs:
        if casing == "lower":
            s = s.lower()
        elif casing == "caps":
            s = s.upper()
        if t == "lit" and len(s) > 15 and R.random() < 0.07:
            s = swap_typo(s)
        if t not in ("lit", "place"):
            spans.append((pos, pos + len(s), t))
        elif t == "place":
            places.append(s)
        out.append(s)
        pos += len(s)
    return "".join(out), spans, places


def occurrence_ok(text, spans):
    low = text.lower()
    for a, b, _ in spans:
        needle = low[a:b]
        start = 0
        while True:
            i = low.find(needle, start)
            if i < 0:
                break
            if not any(x <= i and i + len(needle) <= y for x, y, _ in spans):
                return False
            start = i + 1
    return True


def auto_places(text, spans, places):
    taken = [(a, b) for a, b, _ in spans]
    low = text.lower()
    for p in places:  # explicit places first
        i = text.find(p)
        if i >= 0:
            taken.append((i, i + len(p)))
    found = list(places)
    for name in AUTO_PLACES:
        for m in re.finditer(r"(?<![\w@./#-])" + re.escape(name.lower()) + r"(?![\w@])", low):
            a, b = m.span()
            if any(not (b <= x or a >= y) for x, y in taken):
                continue
            taken.append((a, b))
            found.append(text[a:b])
    seen, out = set(), []
    for p in found:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def casing_mode():
    x = R.random()
    return "lower" if x < 0.45 else ("caps" if x < 0.53 else "asis")


def build(tpl, n_persons=3):
    for _ in range(60):
        ctx = {"persons": {}}
        chosen = []
        for who in "ABC":
            wants_full = any("{%s.%s}" % (who, f) in tpl for f in ("full", "sur", "fullposs"))
            if "{%s.nick}" % who in tpl and ("eigenlijk" in tpl or R.random() < 0.85):
                p = R.choice([x for x in PERSONS if x.nick != x.first and x not in chosen])
                if p in person_cycle:
                    person_cycle.remove(p)
            elif wants_full and (any(x not in chosen for x in interesting_queue) or R.random() < 0.45):
                todo = [x for x in interesting_queue if x not in chosen]
                p = todo[0] if todo else R.choice([x for x in INTERESTING if x not in chosen])
                if p in interesting_queue:
                    interesting_queue.remove(p)
                if p in person_cycle:
                    person_cycle.remove(p)
            else:
                p = next_person(exclude=chosen)
            chosen.append(p)
            ctx["persons"][who] = p
        snapshot = set(USED)
        segs = expand(tpl, ctx)
        text, spans, places = render(segs, casing_mode())
        if not occurrence_ok(text, spans) or any(p.lower() not in text.lower() for p in places):
            USED.clear()
            USED.update(snapshot)
            for p in chosen:
                person_cycle.append(p)
            continue
        used_names = {w for w in "ABC" if "{" + w + "." in tpl}
        for w in "ABC":
            if w not in used_names:
                person_cycle.append(ctx["persons"][w])
        personal, seen = [], set()
        for a, b, k in spans:
            key = (k, text[a:b])
            if key not in seen:
                seen.add(key)
                personal.append({"kind": k, "text": text[a:b]})
        return {"text": text, "personal": personal, "places": auto_places(text, spans, places)}
    raise RuntimeError("could not build: " + tpl)


KIND_TARGETS = {"phone": 30, "email": 21, "handle": 26, "address": 26, "postcode": 11, "bsn": 16,
                "birth_date": 15, "initials_age": 14, "iban": 12, "licence_plate": 15,
                "class_name": 13}


def main(out_dir=OUT):
    interesting_queue.extend(INTERESTING)
    R.shuffle(interesting_queue)
    records = []
    for kind, n in KIND_TARGETS.items():
        pool = frames.KIND_FRAMES[kind]
        order = []
        while len(order) < n:
            batch = pool[:]
            R.shuffle(batch)
            order.extend(batch)
        for tpl in order[:n]:
            records.append(build(tpl))
    n_names = N_PERSONAL - len(records)
    order = []
    while len(order) < n_names:
        batch = frames.NAME_FRAMES[:]
        R.shuffle(batch)
        order.extend(batch)
    for tpl in order[:n_names]:
        records.append(build(tpl))
    assert all(r["personal"] for r in records)
    # negatives: every hand-written hard negative once, the rest from the wrappers
    negs = [build(t) for t in texts.HARD_NEGATIVES]
    seen_texts = {r["text"] for r in records + negs}
    while len(negs) < N_RECORDS - N_PERSONAL:
        r = build(pick(texts.NEG_WRAPPERS, "wrap"))
        if r["text"] not in seen_texts:
            seen_texts.add(r["text"])
            negs.append(r)
    assert not any(r["personal"] for r in negs)
    allrec = records + negs
    texts_seen = set()
    for r in allrec:
        assert r["text"] not in texts_seen, r["text"]
        texts_seen.add(r["text"])
    R.shuffle(allrec)
    jsonl, gazetteer = Path(out_dir) / "heldout2.jsonl", Path(out_dir) / "gazetteer_heldout2.json"
    with jsonl.open("w", encoding="utf-8") as f:
        for i, r in enumerate(allrec, 1):
            rec = {"id": f"heldout2-{i:04d}", "text": r["text"], "personal": r["personal"],
                   "places": r["places"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    gaz = {"gemeente": gz.GEMEENTE, "wijken": gz.WIJKEN, "buurten": gz.BUURTEN,
           "streets": gz.STREETS, "places": sorted(set(sum(gz.PLACES.values(), [])))}
    gazetteer.write_text(json.dumps(gaz, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(allrec)} records ({len(records)} with personal data)")
    print("phonenumbers:", phonenumbers is not None, "stdnum:", std_iban is not None)
    return [jsonl, gazetteer]


if __name__ == "__main__":
    main()
