"""The KWB figures wijkwijs keeps, and how each is recognised in every source.

A measure is found by pattern, never by a fixed key: CBS OData keys carry a numeric suffix that
drifts between years (`PersonenPerSoortUitkeringBijstand_74` one year, `_80` the next), PDOK
attribute names are snake_case and sometimes truncated, StatLine CSV exports carry either the
key or the title as header.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from wijkwijs.ingest.values import NOT_PUBLISHED, NUMBER, SUPPRESSED, UNKNOWN

_SUFFIX = re.compile(r"_\d+$")


@dataclass(frozen=True)
class Measure:
    code: str  # wijkwijs name, stable across years and sources
    label_nl: str
    unit: str  # aantal, %, per 1 000 inwoners
    odata_stems: tuple[str, ...]  # OData keys without their numeric suffix (case-insensitive)
    titles: tuple[str, ...]  # regexes on the normalised OData/StatLine title
    pdok: tuple[str, ...]  # regexes on the PDOK attribute name


def _band(low: int, high: int | None) -> tuple[Measure, Measure]:
    span = f"{low}_tot_{high}_jaar" if high else f"{low}_jaar_en_ouder"
    label = f"{low} tot {high} jaar" if high else f"{low} jaar of ouder"
    stem = f"k_{low}Tot{high}Jaar" if high else f"k_{low}JaarOfOuder"
    code = f"{low}_{high - 1}" if high else f"{low}_plus"
    count = Measure(
        f"inwoners_{code}",
        f"Inwoners {label}",
        "aantal",
        (stem,),
        (re.escape(label.lower()),),
        (rf"(aantal_)?(personen|inwoners)_{span}",),
    )
    share = Measure(
        f"aandeel_{code}",
        f"Aandeel inwoners {label}",
        "%",
        (),
        (),
        (rf"(percentage|p)_personen_{span}",),
    )
    return count, share


MEASURES: tuple[Measure, ...] = (
    Measure(
        "inwoners",
        "Aantal inwoners",
        "aantal",
        ("AantalInwoners",),
        ("aantal inwoners",),
        ("aantal_inwoners",),
    ),
    *(m for band in ((0, 15), (15, 25), (25, 45), (45, 65), (65, None)) for m in _band(*band)),
    Measure(
        "huishoudens",
        "Aantal huishoudens",
        "aantal",
        ("HuishoudensTotaal", "AantalHuishoudens"),
        ("huishoudens totaal", "aantal huishoudens"),
        ("aantal_huishoudens",),
    ),
    Measure(
        "wmo_clienten",
        "Wmo-cliënten",
        "aantal",
        ("WmoClienten",),
        (r"wmo[- ]cli[eë]nten",),
        ("aantal_wmo_clienten",),
    ),
    Measure(
        "wmo_clienten_per_1000",
        "Wmo-cliënten per 1 000 inwoners",
        "per 1 000 inwoners",
        ("WmoClientenRelatief",),
        (r"wmo[- ]cli[eë]nten relatief",),
        (r"(aantal_)?wmo_clienten_(relatief|per_1000.*)",),
    ),
    Measure(
        "jongeren_jeugdzorg",
        "Jongeren met jeugdzorg in natura",
        "aantal",
        ("JongerenMetJeugdzorgInNatura",),
        ("jongeren met jeugdzorg in natura",),
        (r"aantal_jongeren_met_jeugdzorg(_in_natura)?",),
    ),
    Measure(
        "aandeel_jongeren_jeugdzorg",
        "Percentage jongeren met jeugdzorg",
        "%",
        ("PercentageJongerenMetJeugdzorg",),
        ("percentage jongeren met jeugdzorg.*",),
        (r"perc(entage)?_jongeren_met_jeugdzorg.*",),
    ),
    Measure(
        "personen_bijstand",
        "Personen met een algemene bijstandsuitkering",
        "aantal",
        ("PersonenPerSoortUitkeringBijstand",),
        (r"(personen met een )?(algemene )?bijstand(suitkering)?",),
        (r"aantal_personen_met_een_alg(emene)?_bijstands?uitkering.*",),
    ),
)
BY_CODE = {m.code: m for m in MEASURES}


def key_stem(key: str) -> str:
    """'PersonenPerSoortUitkeringBijstand_80' → 'personenpersoortuitkeringbijstand'."""
    return _SUFFIX.sub("", key.strip()).lower()


def normalise_title(title: str) -> str:
    """A title or CSV header as words: 'Bevolking/Aantal inwoners (aantal)' → 'aantal inwoners'."""
    text = title.replace("\ufeff", "").strip().split("/")[-1]
    text = re.sub(r"\s*\([^)]*\)\s*$", "", text)  # a trailing unit: (aantal), (%)
    return re.sub(r"\s+", " ", text).strip().lower()


def match_odata(key: str, title: str | None) -> Measure | None:
    """The measure an OData topic (or a StatLine CSV header) stands for, by key stem first."""
    stem = key_stem(key)
    for measure in MEASURES:
        if stem in {s.lower() for s in measure.odata_stems}:
            return measure
    words = normalise_title(title or "")
    for measure in MEASURES:
        if words and any(re.fullmatch(t, words) for t in measure.titles):
            return measure
    return None


def match_pdok(attribute: str) -> Measure | None:
    name = attribute.strip().lower()
    for measure in MEASURES:
        if any(re.fullmatch(p, name) for p in measure.pdok):
            return measure
    return None


_SPECIAL = {-99997: SUPPRESSED, -99995: NOT_PUBLISHED, -99991: NOT_PUBLISHED, -99999: UNKNOWN}
_TEXT = {".": SUPPRESSED, "x": SUPPRESSED, "": UNKNOWN, "?": UNKNOWN, "-": UNKNOWN}


def figure(value: object) -> tuple[float | None, str]:
    """One published figure → (value, state). CBS special values and markers become states;
    a figure is never turned into 0. Decimals are allowed (percentages, rates)."""
    if value is None:
        return None, UNKNOWN
    if isinstance(value, str):
        text = value.strip()
        state = _TEXT.get(text.lower())
        if state is not None:
            return None, state
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            return None, UNKNOWN
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None, UNKNOWN
    if math.isnan(number):
        return None, UNKNOWN
    if number < 0:
        return None, _SPECIAL.get(int(number), UNKNOWN)
    return number, NUMBER
