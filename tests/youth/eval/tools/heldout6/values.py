"""Random but valid phone numbers, BSNs and IBANs in every written format.

Every value is drawn once (a register keeps them unique) and never equals a value of the
earlier corpora. Seeded: the same texts always give the same values.
"""
import random
import string

from earlier import load

_, EARLIER_VALUES, _, _ = load()
RNG = random.Random(660623)
USED: set = set()


def _fresh(make):
    for _ in range(1000):
        v = make()
        key = "".join(c for c in v if c.isalnum()).lower()
        digits = "".join(c for c in v if c.isdigit())
        if key in USED or key in EARLIER_VALUES or digits in EARLIER_VALUES or digits in USED:
            continue
        USED.add(key)
        if len(digits) >= 6:
            USED.add(digits)
        return v
    raise RuntimeError("no fresh value")


def _d(n):
    return "".join(RNG.choice(string.digits) for _ in range(n))


# --- phones ---------------------------------------------------------------------------
def _mobile_rest():
    return RNG.choice("123458") + _d(7)  # 8 digits after 06; 06-1..5 and 06-8 are mobile


# area code -> length of the subscriber number (Brabant, Limburg, Twente and a few others)
AREAS = {"010": 7, "0118": 6, "0113": 6, "0115": 6, "0111": 6, "0114": 6, "076": 7, "078": 7}

UNITS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
TEENS = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
         "achttien", "negentien"]
TENS = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig",
        8: "tachtig", 9: "negentig"}


def pair_words(p):
    """'07' -> 'nul zeven', '12' -> 'twaalf', '34' -> 'vierendertig' (as dictated)."""
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return "nul " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    u = UNITS[b]
    return u + ("ën" if u.endswith("e") else "en") + TENS[a]


def phone(spec):
    def make():
        fmt, _, code = spec.partition(":")
        if fmt.startswith("m_"):
            r = _mobile_rest()
            return {
                "m_dash": f"06-{r}",
                "m_plain": f"06{r}",
                "m_4_4": f"06 {r[:4]} {r[4:]}",
                "m_pairs": f"06 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
                "m_33": f"06 {r[:3]} {r[3:6]} {r[6:]}",
                "m_dash_sp": f"06-{r[:3]} {r[3:5]} {r[5:]}",
                "m_paren": f"(06) {r}",
                "m_intl_sp": f"+31 6 {r[:4]} {r[4:]}",
                "m_intl": f"+316{r}",
                "m_intl0dash": f"+31(0)6-{r}",
                "m_0031dash": f"0031-6-{r}",
                "m_intl_pairs": f"+31 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
                "m_dots": f"06.{r[:2]}.{r[2:4]}.{r[4:6]}.{r[6:]}",
                "m_slash": f"06/{r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
                "m_words": f"nul zes {r[:4]} {r[4:]}",
                "m_wordpairs": "nul zes " + " ".join(pair_words(r[i:i + 2]) for i in range(0, 8, 2)),
                "m_0031sp": f"0031 6 {r[:4]} {r[4:]}",
                "m_0031": f"00316{r}",
                "m_intl_dash": f"+31-6-{r[:4]}-{r[4:]}",
                "m_spaced": "0 6 " + " ".join(r),
                "m_dash_pairs": f"06-{r[:2]}-{r[2:4]}-{r[4:6]}-{r[6:]}",
            }[fmt]
        if fmt == "p0900":
            return "0900-" + RNG.choice("123456789") + _d(6)
        area = code or RNG.choice(sorted(AREAS))
        n = AREAS[area]
        sub = RNG.choice("23456789") + _d(n - 1)
        if fmt == "l_dash":
            return f"{area}-{sub}"
        if fmt == "l_sp":
            return (f"{area} {sub[:3]} {sub[3:5]} {sub[5:]}" if n == 7
                    else f"{area} {sub[:2]} {sub[2:4]} {sub[4:]}")
        if fmt == "l_br":
            return f"({area}) {sub}"
        if fmt == "l_intl":
            return f"+31 {area[1:]} {sub[:3]} {sub[3:]}"
        if fmt == "l_dots":
            return (f"{area}.{sub[:3]}.{sub[3:5]}.{sub[5:]}" if n == 7
                    else f"{area}.{sub[:2]}.{sub[2:4]}.{sub[4:]}")
        if fmt == "l_plain":
            return area + sub
        raise KeyError(spec)
    return _fresh(make)


PHONE_DECK = ["m_dash", "m_plain", "m_4_4", "m_pairs", "m_intl_sp", "m_0031sp", "m_intl",
              "m_dash_pairs", "l_dash", "m_33", "m_intl_dash", "l_sp", "m_0031", "l_br"]


# --- BSN ------------------------------------------------------------------------------
def _bsn_digits(lead_zero=False):
    while True:
        d = ([0] if lead_zero else [RNG.randint(1, 9)]) + [RNG.randint(0, 9) for _ in range(7)]
        if lead_zero and d[1] == 0:
            continue
        last = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if last == 10:
            continue
        return "".join(map(str, d)) + str(last)


def bsn(fmt):
    def make():
        b = _bsn_digits(lead_zero=(fmt == "lost0"))
        return {
            "plain": b,
            "dots432": f"{b[:4]}.{b[4:6]}.{b[6:]}",
            "dots333": f"{b[:3]}.{b[3:6]}.{b[6:]}",
            "sp333": f"{b[:3]} {b[3:6]} {b[6:]}",
            "dash333": f"{b[:3]}-{b[3:6]}-{b[6:]}",
            "sp2223": f"{b[:2]} {b[2:4]} {b[4:6]} {b[6:]}",
            "sp432": f"{b[:4]} {b[4:6]} {b[6:]}",
            "sp45": f"{b[:4]} {b[4:]}",
            "lost0": b[1:],
        }[fmt]
    return _fresh(make)


BSN_DECK = ["sp333", "plain", "dash333", "sp432", "dots432", "lost0", "dots333", "sp2223"]


# --- IBAN -----------------------------------------------------------------------------
def _check(country, bban):
    n = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{98 - n % 97:02d}"


NL_BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "REVO"]
BE_BANKS = ["001", "063", "068", "097", "103", "143", "310", "363", "652", "733", "751"]
DE_BLZ = ["37040044", "10010010", "50010517", "20041133", "70150000", "44050199"]


def _group(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(fmt):
    def make():
        if fmt.startswith("nl"):
            bban = RNG.choice(NL_BANKS) + _d(10)
            raw = "NL" + _check("NL", bban) + bban
        elif fmt.startswith("be"):
            first = RNG.choice(BE_BANKS) + _d(7)
            bban = first + f"{int(first) % 97 or 97:02d}"
            raw = "BE" + _check("BE", bban) + bban
        else:
            bban = RNG.choice(DE_BLZ) + _d(10)
            raw = "DE" + _check("DE", bban) + bban
        return {
            "nl_grouped": _group(raw), "nl_plain": raw, "nl_lower": raw.lower(),
            "nl_lower_grouped": _group(raw).lower(), "nl_split": f"{raw[:4]} {raw[4:8]} {raw[8:]}",
            "be_grouped": _group(raw), "be_plain": raw, "de_grouped": _group(raw), "de_plain": raw,
        }[fmt]
    return _fresh(make)


IBAN_DECK = ["nl_plain", "nl_grouped", "nl_lower_grouped", "be_plain", "nl_split", "de_grouped",
             "nl_lower"]


def wa_link():
    return _fresh(lambda: "wa.me/316" + RNG.choice("12345") + _d(7))
