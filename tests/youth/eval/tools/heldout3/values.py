"""Random but valid phone numbers, BSNs and IBANs in every written format.

Every value is drawn once (a register keeps them unique) and never equals a value of the
earlier corpora.
"""
import random
import string

from earlier import load

_, EARLIER_VALUES, _, _ = load()
RNG = random.Random(3303)
USED: set[str] = set()


def _fresh(make):
    for _ in range(1000):
        v = make()
        key = "".join(c for c in v if c.isalnum()).lower()
        digits = "".join(c for c in v if c.isdigit())
        if key in USED or key in EARLIER_VALUES or digits in EARLIER_VALUES:
            continue
        USED.add(key)
        return v
    raise RuntimeError("no fresh value")


def _d(n):
    return "".join(RNG.choice(string.digits) for _ in range(n))


# --- phones ---------------------------------------------------------------------------
def _mobile():
    return "06" + RNG.choice("1234558") + _d(7)  # 06-1..5 and 06-8 are mobile ranges


LANDLINE = [("010", 7), ("070", 7), ("030", 7), ("078", 7), ("015", 7), ("0180", 6),
            ("0182", 6), ("0174", 6), ("0181", 6)]


def _landline(code=None):
    area, n = RNG.choice(LANDLINE) if code is None else next(a for a in LANDLINE if a[0] == code)
    return area, RNG.choice("23456789") + _d(n - 1)


def phone(fmt_spec):
    def make():
        fmt = fmt_spec
        if fmt.startswith("m_"):
            m = _mobile()
            r = m[2:]  # 8 digits after 06
            return {
                "m_dash": f"06-{r}",
                "m_plain": m,
                "m_4_4": f"06 {r[:4]} {r[4:]}",
                "m_pairs": f"06 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
                "m_33": f"06 {r[:3]} {r[3:6]} {r[6:]}",
                "m_intl_sp": f"+31 6 {r[:4]} {r[4:]}",
                "m_intl": f"+316{r}",
                "m_0031": f"0031 6 {r}",
                "m_intl0": f"+31 (0)6 {r}",
                "m_dots": f"06.{r[:2]}.{r[2:4]}.{r[4:6]}.{r[6:]}",
                "m_odd": f"061 {r[1:3]} {r[3:5]} {r[5:]}".replace("061 ", "06" + r[0] + " "),
                "m_words": f"nul zes {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
                "m_slash": f"06/{r}",
                "m_dash2": f"06 - {r[:4]} {r[4:]}",
                "m_intl_dash": f"+31-6-{r}",
            }[fmt]
        if fmt == "p0900":
            return "0900-" + RNG.choice("123456789") + _d(6)
        code = None
        if ":" in fmt:
            fmt, code = fmt.split(":")
        area, sub = _landline(code)
        n = len(sub)
        if fmt == "l_dash":
            return f"{area}-{sub}"
        if fmt == "l_sp":
            return f"{area} {sub[:3]} {sub[3:]}" if n == 7 else f"{area} {sub[:2]} {sub[2:4]} {sub[4:]}"
        if fmt == "l_br":
            return f"({area}) {sub}"
        if fmt == "l_intl":
            return f"+31 {area[1:]} {sub[:3]} {sub[3:]}"
        if fmt == "l_dots":
            return f"{area}.{sub[:3]}.{sub[3:5]}.{sub[5:]}"
        if fmt == "l_plain":
            return area + sub
        raise KeyError(fmt)
    return _fresh(make)


PHONE_DECK = ["m_dash", "m_plain", "m_4_4", "m_pairs", "m_33", "m_intl_sp", "m_intl", "m_0031",
              "m_intl0", "m_dots", "m_odd", "m_slash", "l_dash", "l_sp", "l_br", "l_intl"]


# --- BSN ------------------------------------------------------------------------------
def _bsn_digits(lead_zero=False):
    while True:
        d = ([0] if lead_zero else [RNG.randint(1, 9)]) + [RNG.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last == 10:
            continue
        full = "".join(map(str, d)) + str(last)
        if full.startswith("00"):
            continue
        return full


def bsn(fmt):
    def make():
        b = _bsn_digits(lead_zero=(fmt == "lost0"))
        return {
            "plain": b,
            "dots": f"{b[:4]}.{b[4:6]}.{b[6:]}",
            "dots333": f"{b[:3]}.{b[3:6]}.{b[6:]}",
            "sp333": f"{b[:3]} {b[3:6]} {b[6:]}",
            "dash333": f"{b[:3]}-{b[3:6]}-{b[6:]}",
            "sp2223": f"{b[:2]} {b[2:4]} {b[4:6]} {b[6:]}",
            "lost0": b[1:],
            "sp432": f"{b[:4]} {b[4:6]} {b[6:]}",
        }[fmt]
    return _fresh(make)


BSN_DECK = ["plain", "dots", "dots333", "sp333", "dash333", "sp2223", "lost0", "sp432"]


# --- IBAN -----------------------------------------------------------------------------
def _check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


NL_BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
BE_BANKS = ["001", "068", "310", "363", "735", "737"]
DE_BLZ = ["37040044", "10010010", "50010517", "20041133", "70150000"]


def _group(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(fmt):
    def make():
        if fmt.startswith("nl"):
            bban = RNG.choice(NL_BANKS) + _d(10)
            raw = "NL" + _check("NL", bban) + bban
        elif fmt.startswith("be"):
            first = RNG.choice(BE_BANKS) + _d(7)
            chk = int(first) % 97 or 97
            bban = first + f"{chk:02d}"
            raw = "BE" + _check("BE", bban) + bban
        else:
            bban = RNG.choice(DE_BLZ) + _d(10)
            raw = "DE" + _check("DE", bban) + bban
        return {
            "nl_grouped": _group(raw), "nl_plain": raw, "nl_lower": raw.lower(),
            "nl_lower_grouped": _group(raw).lower(), "be_grouped": _group(raw), "be_plain": raw,
            "de_grouped": _group(raw), "de_plain": raw,
        }[fmt]
    return _fresh(make)


IBAN_DECK = ["nl_grouped", "nl_plain", "nl_lower", "nl_lower_grouped", "be_grouped", "de_grouped"]


def wa_link():
    return _fresh(lambda: "wa.me/316" + RNG.choice("123458") + _d(7))
