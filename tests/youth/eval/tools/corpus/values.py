"""Random but valid phone numbers, BSNs and IBANs in every written format, for one corpus.

Every value is drawn once (a register keeps them unique) and never equals a value of the
earlier corpora. Seeded: the same texts always give the same values. What differs between
corpora (seed, area codes, decks, banks, a few formats the third corpus wrote differently) is
in each corpus's `config.py` as `VALUES`.
"""
import random
import string

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


# r: the 8 digits after 06
MOBILE = {
    "m_dash": lambda r: f"06-{r}",
    "m_plain": lambda r: f"06{r}",
    "m_4_4": lambda r: f"06 {r[:4]} {r[4:]}",
    "m_pairs": lambda r: f"06 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
    "m_33": lambda r: f"06 {r[:3]} {r[3:6]} {r[6:]}",
    "m_dash_sp": lambda r: f"06-{r[:3]} {r[3:5]} {r[5:]}",
    "m_paren": lambda r: f"(06) {r}",
    "m_intl_sp": lambda r: f"+31 6 {r[:4]} {r[4:]}",
    "m_intl": lambda r: f"+316{r}",
    "m_intl0dash": lambda r: f"+31(0)6-{r}",
    "m_0031dash": lambda r: f"0031-6-{r}",
    "m_intl_pairs": lambda r: f"+31 6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
    "m_dots": lambda r: f"06.{r[:2]}.{r[2:4]}.{r[4:6]}.{r[6:]}",
    "m_slash": lambda r: f"06/{r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
    "m_words": lambda r: f"nul zes {r[:4]} {r[4:]}",
    "m_wordpairs": lambda r: "nul zes " + " ".join(pair_words(r[i:i + 2]) for i in range(0, 8, 2)),
    "m_0031sp": lambda r: f"0031 6 {r[:4]} {r[4:]}",
    "m_0031": lambda r: f"00316{r}",
    "m_intl_dash": lambda r: f"+31-6-{r[:4]}-{r[4:]}",
    "m_spaced": lambda r: "0 6 " + " ".join(r),
    "m_dash_pairs": lambda r: f"06-{r[:2]}-{r[2:4]}-{r[4:6]}-{r[6:]}",
}
# a: area code, s: subscriber number (7 digits after a 3-digit code, 6 after a 4-digit one)
LANDLINE = {
    "l_dash": lambda a, s: f"{a}-{s}",
    "l_sp": lambda a, s: (f"{a} {s[:3]} {s[3:5]} {s[5:]}" if len(s) == 7
                          else f"{a} {s[:2]} {s[2:4]} {s[4:]}"),
    "l_br": lambda a, s: f"({a}) {s}",
    "l_intl": lambda a, s: f"+31 {a[1:]} {s[:3]} {s[3:]}",
    "l_dots": lambda a, s: (f"{a}.{s[:3]}.{s[3:5]}.{s[5:]}" if len(s) == 7
                            else f"{a}.{s[:2]}.{s[2:4]}.{s[4:]}"),
    "l_plain": lambda a, s: a + s,
}
BSN = {
    "plain": lambda b: b,
    "dots432": lambda b: f"{b[:4]}.{b[4:6]}.{b[6:]}",
    "dots333": lambda b: f"{b[:3]}.{b[3:6]}.{b[6:]}",
    "sp333": lambda b: f"{b[:3]} {b[3:6]} {b[6:]}",
    "dash333": lambda b: f"{b[:3]}-{b[3:6]}-{b[6:]}",
    "sp2223": lambda b: f"{b[:2]} {b[2:4]} {b[4:6]} {b[6:]}",
    "sp432": lambda b: f"{b[:4]} {b[4:6]} {b[6:]}",
    "sp45": lambda b: f"{b[:4]} {b[4:]}",
    "lost0": lambda b: b[1:],
}


def _group(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


IBAN = {
    "nl_grouped": _group, "nl_plain": str, "nl_lower": str.lower,
    "nl_lower_grouped": lambda raw: _group(raw).lower(),
    "nl_split": lambda raw: f"{raw[:4]} {raw[4:8]} {raw[8:]}",
    "be_grouped": _group, "be_plain": str, "de_grouped": _group, "de_plain": str,
}
NL_BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "REVO"]
BE_BANKS = ["001", "063", "068", "097", "103", "143", "310", "363", "652", "733", "751"]
DE_BLZ = ["37040044", "10010010", "50010517", "20041133", "70150000", "44050199"]


def iban_check_digits(country, bban):
    n = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{98 - n % 97:02d}"


class ValueMaker:
    """Draws the values of one corpus; `earlier` holds the folded values of earlier corpora."""

    def __init__(self, earlier, seed, areas, phone_deck, bsn_deck, iban_deck,
                 mobile_first="123458", wa_first="12345", register_digits=True,
                 nl_banks=NL_BANKS, be_banks=BE_BANKS, de_blz=DE_BLZ, formats=None):
        self.earlier = earlier
        self.rng = random.Random(seed)
        self.used = set()
        self.areas = list(areas)  # (code, subscriber length) in the order the corpus drew from
        self.decks = {"tel": list(phone_deck), "bsn": list(bsn_deck), "iban": list(iban_deck)}
        self.mobile_first, self.wa_first = mobile_first, wa_first
        # from the fourth corpus on, the digits of a value are registered too
        self.register_digits = register_digits
        self.nl_banks, self.be_banks, self.de_blz = nl_banks, be_banks, de_blz
        self.mobile, self.landline = dict(MOBILE), dict(LANDLINE)
        self.bsn_formats, self.iban_formats = dict(BSN), dict(IBAN)
        for table, overrides in (formats or {}).items():
            getattr(self, table).update(overrides)

    def next_format(self, what):
        """The next format of a deck (tel, bsn, iban): every format in turn."""
        deck = self.decks[what]
        fmt = deck.pop(0)
        deck.append(fmt)
        return fmt

    def _fresh(self, make):
        for _ in range(1000):
            v = make()
            key = "".join(c for c in v if c.isalnum()).lower()
            digits = "".join(c for c in v if c.isdigit())
            if key in self.used or key in self.earlier or digits in self.earlier:
                continue
            if self.register_digits and digits in self.used:
                continue
            self.used.add(key)
            if self.register_digits and len(digits) >= 6:
                self.used.add(digits)
            return v
        raise RuntimeError("no fresh value")

    def _d(self, n):
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def phone(self, spec):
        fmt, _, code = spec.partition(":")

        def make():
            if fmt.startswith("m_"):
                return self.mobile[fmt](self.rng.choice(self.mobile_first) + self._d(7))
            if fmt == "p0900":
                return "0900-" + self.rng.choice("123456789") + self._d(6)
            if fmt not in self.landline:
                raise KeyError(spec)
            area, n = (next(a for a in self.areas if a[0] == code) if code
                       else self.rng.choice(self.areas))
            return self.landline[fmt](area, self.rng.choice("23456789") + self._d(n - 1))
        return self._fresh(make)

    def _bsn_digits(self, lead_zero=False):
        while True:
            d = ([0] if lead_zero else [self.rng.randint(1, 9)])
            d += [self.rng.randint(0, 9) for _ in range(7)]
            if lead_zero and d[1] == 0:
                continue
            last = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True)) % 11
            if last == 10:
                continue
            return "".join(map(str, d)) + str(last)

    def bsn(self, fmt):
        return self._fresh(lambda: self.bsn_formats[fmt](self._bsn_digits(fmt == "lost0")))

    def iban(self, fmt):
        def make():
            if fmt.startswith("nl"):
                bban = self.rng.choice(self.nl_banks) + self._d(10)
                raw = "NL" + iban_check_digits("NL", bban) + bban
            elif fmt.startswith("be"):
                first = self.rng.choice(self.be_banks) + self._d(7)
                bban = first + f"{int(first) % 97 or 97:02d}"
                raw = "BE" + iban_check_digits("BE", bban) + bban
            else:
                bban = self.rng.choice(self.de_blz) + self._d(10)
                raw = "DE" + iban_check_digits("DE", bban) + bban
            return self.iban_formats[fmt](raw)
        return self._fresh(make)

    def wa_link(self):
        return self._fresh(lambda: "wa.me/316" + self.rng.choice(self.wa_first) + self._d(7))
