"""The CBS figures wijkwijs keeps, and how each is recognised in every source.

A measure is found by pattern, never by a fixed key: CBS OData v3 keys carry a numeric suffix
that drifts between years (`PersonenPerSoortUitkeringBijstand_74` one year, `_80` the next),
OData v4 measure codes are opaque (`M000221_2`), PDOK attribute names are snake_case in the
GeoPackage and the OGC API, camelCase in the WFS (`aantalInwoners`) and upper-case
abbreviations in the files before 2022 (`AANT_INW`, `P_00_14_JR`), StatLine CSV exports carry
the key or the title path as header. Every name is first turned into plain words
(`words()`); a measure matches on its key stem, an exact old abbreviation, or a pattern over
those words, and only when the unit agrees: '% jongeren met jeugdzorg' is a share, not a count.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from wijkwijs.ingest.values import NOT_PUBLISHED, NUMBER, SUPPRESSED, UNKNOWN

_SUFFIX = re.compile(r"_\d+$")

# units, as wijkwijs writes them
COUNT, SHARE, PER_1000, EURO_1000, SCORE, CODE = (
    "aantal",
    "%",
    "per 1 000 inwoners",
    "x 1 000 euro",
    "score",
    "code",
)


@dataclass(frozen=True)
class Measure:
    code: str  # wijkwijs name, stable across years and sources
    label_nl: str
    unit: str
    theme: str  # bevolking, huishoudens, zorg, sociale_zekerheid, inkomen, arbeid, onderwijs, ses
    definition_nl: str  # one line, shown under the figure; CBS's own text travels per row
    stems: tuple[str, ...] = ()  # OData v3 keys without their numeric suffix
    patterns: tuple[str, ...] = ()  # regexes, full match on the words of a title or attribute
    aliases: tuple[str, ...] = ()  # exact attribute names of older wijk- en buurtkaarten
    feature: bool = False  # a context feature for similar buurten


def _band(low: int, high: int | None) -> tuple[Measure, Measure]:
    span = f"{low} tot {high} jaar" if high else f"{low} jaar (of|en) ouder"
    label = f"{low} tot {high} jaar" if high else f"{low} jaar of ouder"
    stem = f"k_{low}Tot{high}Jaar" if high else f"k_{low}JaarOfOuder"
    code = f"{low}_{high - 1}" if high else f"{low}_plus"
    old = f"P_{low:02d}_{high - 1}_JR" if high else f"P_{low}_EO_JR"
    count = Measure(
        f"inwoners_{code}",
        f"Inwoners {label}",
        COUNT,
        "bevolking",
        f"Inwoners van {label} op 1 januari.",
        stems=(stem,),
        patterns=(rf"(aantal )?(personen |inwoners )?{span}",),
        aliases=(f"A_{low:02d}_{high - 1}" if high else f"A_{low}_OO",),
    )
    share = Measure(
        f"aandeel_{code}",
        f"Aandeel inwoners {label}",
        SHARE,
        "bevolking",
        f"Inwoners van {label} op 1 januari, als percentage van alle inwoners.",
        patterns=(rf"(percentage |p )?(personen |inwoners )?{span}",),
        aliases=(old,),
        feature=True,
    )
    return count, share


def _education(level: str, schools: str, alias: str) -> Measure:
    return Measure(
        f"opleiding_{level}",
        f"Inwoners met opleidingsniveau {level}",
        COUNT,
        "onderwijs",
        f"Inwoners van 15 tot 75 jaar met als hoogst behaalde opleiding niveau {level}.",
        stems=(f"Opleidingsniveau{level.capitalize()}",),
        patterns=(
            rf"(aantal )?(personen |inwoners )?(met )?opleidingsniveau {level}",
            schools,  # KWB's own titles: 'Basisonderwijs, vmbo, mbo1' and so on
        ),
        aliases=(alias,),
    )


# The per-wijk tables of the Gemeentelijke Monitor Sociaal Domein (CBS): Wmo clients per type
# of provision, youth with youth care per form, households per combination of domains. Their
# topics are mapped in tabellen.toml (with the dimension that splits them), never by pattern.
WMO_TYPES = (
    ("hulp_bij_het_huishouden", "hulp bij het huishouden"),
    ("ondersteuning_thuis", "ondersteuning thuis"),
    ("hulpmiddelen_en_diensten", "hulpmiddelen en diensten"),
    ("verblijf_en_opvang", "verblijf en opvang"),
)
JEUGD_FORMS = (
    ("jeugdhulp", "jeugdhulp (zonder en met verblijf)"),
    ("jeugdhulp_zonder_verblijf", "jeugdhulp zonder verblijf"),
    ("jeugdhulp_met_verblijf", "jeugdhulp met verblijf"),
    ("jeugdbescherming", "jeugdbescherming"),
    ("jeugdreclassering", "jeugdreclassering"),
)
STAPELING_COMBINATIONS = (
    ("totaal", "met een voorziening uit de Wmo, de Jeugdwet of de Participatiewet"),
    ("alleen_wmo", "met alleen Wmo"),
    ("alleen_jeugd", "met alleen Jeugdwet"),
    ("alleen_participatiewet", "met alleen Participatiewet"),
    ("wmo_jeugd", "met Wmo en Jeugdwet"),
    ("wmo_participatiewet", "met Wmo en Participatiewet"),
    ("jeugd_participatiewet", "met Jeugdwet en Participatiewet"),
    ("wmo_jeugd_participatiewet", "met Wmo, Jeugdwet en Participatiewet"),
)


def _wmo_type(code: str, label: str) -> tuple[Measure, Measure]:
    count = Measure(
        f"wmo_clienten_{code}",
        f"Wmo-cliënten {label}",
        COUNT,
        "zorg",
        f"Personen met een maatwerkarrangement {label} in het kader van de Wmo in het jaar "
        "(per wijk).",
    )
    rate = Measure(
        f"wmo_clienten_{code}_per_1000",
        f"Wmo-cliënten {label} per 1 000 inwoners",
        PER_1000,
        "zorg",
        f"Wmo-cliënten met {label} per 1 000 inwoners (alle leeftijden).",
    )
    return count, rate


def _jeugd_form(code: str, label: str) -> Measure:
    return Measure(
        f"jongeren_{code}",
        f"Jongeren met {label}",
        COUNT,
        "zorg",
        f"Jongeren tot 23 jaar met {label} in natura in het jaar (per wijk), geteld op het "
        "adres van de ouder of voogd.",
    )


def _stapeling(code: str, label: str) -> Measure:
    return Measure(
        f"stapeling_huishoudens_{code}",
        f"Huishoudens {label}",
        COUNT,
        "stapeling",
        f"Huishoudens {label} in het jaar (per wijk; stapeling van voorzieningen).",
    )


DERIVED: tuple[Measure, ...] = (
    # computed by the models from other CBS figures of the same area and year (dbt:
    # int_cbs_figures_derived), where CBS does not publish them itself
    Measure(
        "aandeel_bijstand_15_plus",
        "Personen met bijstand (% van 15 jaar en ouder)",
        SHARE,
        "sociale_zekerheid",
        "Personen met een algemene bijstandsuitkering (31 december) als percentage van de "
        "inwoners van 15 jaar en ouder, zoals CBS de bijstand relateert; berekend uit de "
        "CBS-aantallen.",
    ),
    Measure(
        "aandeel_opleiding_laag",
        "Inwoners met een laag opleidingsniveau (%)",
        SHARE,
        "onderwijs",
        "Inwoners van 15 tot 75 jaar met als hoogst behaalde opleiding basisonderwijs, vmbo of "
        "mbo 1, als percentage van die inwoners met een bekend opleidingsniveau; berekend uit "
        "de CBS-aantallen.",
        feature=True,
    ),
    Measure(
        "aandeel_opleiding_hoog",
        "Inwoners met een hoog opleidingsniveau (%)",
        SHARE,
        "onderwijs",
        "Inwoners van 15 tot 75 jaar met als hoogst behaalde opleiding hbo of wo, als percentage "
        "van die inwoners met een bekend opleidingsniveau; berekend uit de CBS-aantallen.",
        feature=True,
    ),
    Measure(
        "stapeling_aandeel_twee_of_meer",
        "Huishoudens met voorzieningen uit meer domeinen (%)",
        SHARE,
        "stapeling",
        "Huishoudens met voorzieningen uit twee of drie van de domeinen Wmo, Jeugdwet en "
        "Participatiewet, als percentage van de huishoudens met een voorziening (zoals de "
        "Gemeentelijke Monitor Sociaal Domein); berekend uit de CBS-aantallen per wijk.",
    ),
)

MEASURES: tuple[Measure, ...] = (
    Measure(
        "inwoners",
        "Aantal inwoners",
        COUNT,
        "bevolking",
        "Inwoners op 1 januari volgens de BRP, op buurt- en wijkniveau afgerond op 5.",
        stems=("AantalInwoners",),
        patterns=("aantal inwoners",),
        aliases=("AANT_INW", "A_INW"),
    ),
    *(m for band in ((0, 15), (15, 25), (25, 45), (45, 65), (65, None)) for m in _band(*band)),
    Measure(
        "huishoudens",
        "Aantal huishoudens",
        COUNT,
        "huishoudens",
        "Particuliere huishoudens op 1 januari.",
        stems=("HuishoudensTotaal", "AantalHuishoudens"),
        patterns=("huishoudens totaal", "aantal huishoudens"),
        aliases=("AANTAL_HH", "A_HH"),
    ),
    Measure(
        "wmo_clienten",
        "Wmo-cliënten",
        COUNT,
        "zorg",
        "Personen met een maatwerkarrangement in het kader van de Wmo in het jaar.",
        stems=("WmoClienten",),
        patterns=("(aantal )?wmo clienten",),
        aliases=("A_WMO_T",),
    ),
    Measure(
        "wmo_clienten_per_1000",
        "Wmo-cliënten per 1 000 inwoners",
        PER_1000,
        "zorg",
        "Wmo-cliënten per 1 000 inwoners (alle leeftijden).",
        stems=("WmoClientenRelatief",),
        patterns=(r"(aantal )?wmo clienten( relatief| per 1 ?000( inwoners)?)?",),
        aliases=("P_WMO_T",),
        # no feature of similar buurten: they are compared on context, and this is pressure
    ),
    Measure(
        "jongeren_jeugdzorg",
        "Jongeren met jeugdzorg in natura",
        COUNT,
        "zorg",
        "Jongeren tot 23 jaar met jeugdzorg in natura in het jaar, geteld op het adres van "
        "de ouder of voogd.",
        stems=("JongerenMetJeugdzorgInNatura",),
        patterns=("(aantal )?jongeren met jeugdzorg( in natura)?",),
        aliases=("A_JZ_TN",),
    ),
    Measure(
        "aandeel_jongeren_jeugdzorg",
        "Percentage jongeren met jeugdzorg",
        SHARE,
        "zorg",
        "Jongeren met jeugdzorg in natura als percentage van alle jongeren tot 23 jaar.",
        stems=("PercentageJongerenMetJeugdzorg",),
        patterns=(
            "(percentage |perc |p )?(aantal )?jongeren met jeugdzorg( in natura)?( relatief)?",
        ),
        aliases=("P_JZ_TN",),
        # no feature of similar buurten: they are compared on context, and this is pressure
    ),
    Measure(
        "personen_bijstand",
        "Personen met een algemene bijstandsuitkering",
        COUNT,
        "sociale_zekerheid",
        "Personen met een algemene bijstandsuitkering op 31 december, exclusief personen in "
        "instellingen.",
        stems=("PersonenPerSoortUitkeringBijstand",),
        patterns=(
            "(personen met een )?(algemene )?bijstand(suitkering)?",
            "(aantal )?personen met een alg(emene)? bijstandsuitkering( tot(aal)?)?",
        ),
        aliases=("A_SOZ_WB",),
    ),
    Measure(
        "inkomen_per_inwoner",
        "Gemiddeld inkomen per inwoner",
        EURO_1000,
        "inkomen",
        "Gemiddeld persoonlijk inkomen per inwoner, in duizenden euro's.",
        stems=("GemiddeldInkomenPerInwoner",),
        patterns=("gemiddeld inkomen per inwoner",),
        aliases=("G_INK_PI",),
        feature=True,
    ),
    Measure(
        "inkomen_per_ontvanger",
        "Gemiddeld inkomen per inkomensontvanger",
        EURO_1000,
        "inkomen",
        "Gemiddeld persoonlijk inkomen per inkomensontvanger, in duizenden euro's.",
        stems=("GemiddeldInkomenPerInkomensontvanger",),
        patterns=("gemiddeld inkomen per inkomensontvanger",),
        aliases=("G_INK_PO",),
    ),
    Measure(
        "aandeel_personen_laag_inkomen",
        "Personen met een laag inkomen (40% laagste)",
        SHARE,
        "inkomen",
        "Inwoners in de groep van 40% personen met de laagste inkomens van Nederland.",
        stems=("k_40PersonenMetLaagsteInkomen",),
        patterns=("(percentage )?(40 )?(procent )?personen met (het )?laag(ste)? inkomen",),
        aliases=("P_INK_LI",),
        feature=True,
    ),
    Measure(
        "aandeel_huishoudens_laag_inkomen",
        "Huishoudens met een laag inkomen",
        SHARE,
        "inkomen",
        "Particuliere huishoudens met een inkomen onder de lage-inkomensgrens.",
        stems=("HuishoudensMetEenLaagInkomen",),
        patterns=("(percentage )?huishoudens met (een )?laag inkomen",),
        aliases=("P_HH_LI",),
        feature=True,
    ),
    Measure(
        "aandeel_huishoudens_sociaal_minimum",
        "Huishoudens onder of rond het sociaal minimum",
        SHARE,
        "inkomen",
        "Particuliere huishoudens met een inkomen tot 105% van het sociaal minimum.",
        stems=("HuishOnderOfRondSociaalMinimum", "HuishoudensOnderOfRondSociaalMinimum"),
        patterns=("(percentage )?huish(oudens)? onder of rond (het )?sociaal minimum",),
        aliases=("P_HH_OSM",),
        feature=True,
    ),
    Measure(
        "aandeel_huishoudens_110_sociaal_minimum",
        "Huishoudens tot 110% van het sociaal minimum",
        SHARE,
        "inkomen",
        "Particuliere huishoudens met een inkomen tot 110% van het sociaal minimum.",
        stems=("HuishoudensTot110VanSociaalMinimum",),
        patterns=("(percentage )?huish(oudens)? tot 110 (procent )?van (het )?sociaal minimum",),
        aliases=("P_HH_110",),
    ),
    Measure(
        "aandeel_huishoudens_120_sociaal_minimum",
        "Huishoudens tot 120% van het sociaal minimum",
        SHARE,
        "inkomen",
        "Particuliere huishoudens met een inkomen tot 120% van het sociaal minimum.",
        stems=("HuishoudensTot120VanSociaalMinimum",),
        patterns=("(percentage )?huish(oudens)? tot 120 (procent )?van (het )?sociaal minimum",),
        aliases=("P_HH_120",),
    ),
    Measure(
        "netto_arbeidsparticipatie",
        "Nettoarbeidsparticipatie",
        SHARE,
        "arbeid",
        "Werkzame beroepsbevolking als percentage van de bevolking van 15 tot 75 jaar.",
        stems=("Nettoarbeidsparticipatie",),
        patterns=("(percentage )?netto ?arbeidsparticipatie",),
        aliases=("P_ARB_PP",),
        feature=True,
    ),
    _education("laag", "basisonderwijs vmbo mbo ?1", "A_OPL_BVM"),
    _education("middelbaar", "havo vwo mbo ?2 ?4", "A_OPL_HVM"),
    _education("hoog", "hbo wo", "A_OPL_HW"),
    # SES-WOA comes from its own StatLine table, mapped in tables.toml; listed here so every
    # measure has one label, unit and definition.
    Measure(
        "ses_woa_totaal",
        "SES-WOA-score (totaal)",
        SCORE,
        "ses",
        "Gemiddelde sociaal-economische score (welvaart, opleiding, arbeid) van de particuliere "
        "huishoudens; 0 is het landelijk gemiddelde.",
        feature=True,
    ),
    Measure(
        "ses_woa_welvaart",
        "SES-WOA-deelscore financiële welvaart",
        SCORE,
        "ses",
        "Gemiddelde deelscore financiële welvaart van de particuliere huishoudens.",
    ),
    Measure(
        "ses_woa_opleiding",
        "SES-WOA-deelscore opleidingsniveau",
        SCORE,
        "ses",
        "Gemiddelde deelscore opleidingsniveau van de particuliere huishoudens.",
    ),
    Measure(
        "ses_woa_arbeid",
        "SES-WOA-deelscore recent arbeidsverleden",
        SCORE,
        "ses",
        "Gemiddelde deelscore recent arbeidsverleden van de particuliere huishoudens.",
    ),
    Measure(
        "ses_woa_spreiding",
        "Spreiding van de SES-WOA-score",
        SCORE,
        "ses",
        "Standaardafwijking van de SES-WOA-score tussen de huishoudens van het gebied.",
    ),
    Measure(
        "particuliere_huishoudens_ses",
        "Particuliere huishoudens (SES-WOA)",
        COUNT,
        "ses",
        "Particuliere huishoudens waarover de SES-WOA-score is berekend, afgerond op 100.",
    ),
    *(m for t in WMO_TYPES for m in _wmo_type(*t)),
    *(_jeugd_form(*f) for f in JEUGD_FORMS),
    *(_stapeling(*c) for c in STAPELING_COMBINATIONS),
    *DERIVED,
    Measure(
        "indelingswijziging",
        "Indelingswijziging wijken en buurten",
        CODE,
        "indeling",
        "1 ongewijzigd, 2 alleen de code gewijzigd, 3 de grens verlegd ten opzichte van het "
        "voorgaande jaar.",
        stems=("IndelingswijzigingWijkenEnBuurten",),
        patterns=("indelingswijziging( wijken en buurten)?", "indicatie wijziging"),
        aliases=("IND_WBI",),
    ),
)
BY_CODE = {m.code: m for m in MEASURES}
FEATURES = tuple(m.code for m in MEASURES if m.feature)


def words(name: str) -> str:
    """Any header, title or attribute as lowercase words without accents:
    'aantalWmoClientenPer1000Inwoners' and 'aantal_wmo_clienten_per_1000_inwoners' →
    'aantal wmo clienten per 1000 inwoners'; 'Wmo-cliënten relatief' → 'wmo clienten relatief'."""
    text = unicodedata.normalize("NFKD", str(name).replace("\ufeff", ""))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Za-z])", " ", text)
    text = text.replace("%", " procent ")
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def snake(name: str) -> str:
    """An attribute name as PDOK's GeoPackage writes it: camelCase from the WFS
    ('indelingswijzigingWijkenEnBuurten') → 'indelingswijziging_wijken_en_buurten'."""
    return words(name).replace(" ", "_")


def key_stem(key: str) -> str:
    """'PersonenPerSoortUitkeringBijstand_80' → 'personenpersoortuitkeringbijstand'."""
    return _SUFFIX.sub("", key.strip()).lower()


_UNIT = re.compile(r"\(([^()]*)\)\s*$")


def split_unit(title: str) -> tuple[str, str | None]:
    """'Bevolking/Leeftijdsgroepen/0 tot 15 jaar (%)' → ('0 tot 15 jaar', '%'): the leaf of a
    title path and its trailing unit."""
    text = title.replace("\ufeff", "").strip().split("/")[-1].strip()
    match = _UNIT.search(text)
    if not match:
        return text, None
    return text[: match.start()].strip(), match.group(1).strip()


def normalise_title(title: str) -> str:
    """A title or CSV header as words: 'Bevolking/Aantal inwoners (aantal)' → 'aantal inwoners'."""
    return words(split_unit(title)[0])


def unit_kind(unit: str | None) -> str | None:
    """The kind of a source unit ('aantal', '%', 'per 1 000 inwoners', 'x 1 000 euro'), or None
    when the source gives none or one wijkwijs does not know."""
    text = (unit or "").strip().lower()
    if not text:
        return None
    if "%" in text or "procent" in text or "percent" in text:
        return SHARE
    if text.startswith("per 1") or "relatief" in text:
        return PER_1000
    if "euro" in text:
        return EURO_1000
    if "aantal" in text or text in {"personen", "huishoudens", "inwoners"}:
        return COUNT
    if "getal" in text or "score" in text:
        return SCORE
    return None


def _unit_fits(measure: Measure, unit: str | None) -> bool:
    kind = unit_kind(unit)
    return kind is None or measure.unit == kind or measure.unit in (SCORE, CODE)


def match(name: str, title: str | None = None, unit: str | None = None) -> Measure | None:
    """The measure a source column stands for: an OData key or attribute name (`name`), its
    title when the source has one, and the unit the source gives (if any)."""
    stem = key_stem(name)
    for measure in MEASURES:
        if stem in {s.lower() for s in measure.stems} and _unit_fits(measure, unit):
            return measure
    upper = name.strip().upper()
    for measure in MEASURES:
        if upper in measure.aliases:
            return measure
    candidates = [words(name)]
    if title:
        leaf, title_unit = split_unit(title)
        candidates.insert(0, words(leaf))
        unit = unit or title_unit
    for text in candidates:
        for measure in MEASURES:
            if not _unit_fits(measure, unit):
                continue
            if text and any(re.fullmatch(p, text) for p in measure.patterns):
                return measure
    return None


def match_odata(key: str, title: str | None, unit: str | None = None) -> Measure | None:
    """The measure of an OData topic (v3 key, v4 code) or a StatLine CSV header."""
    return match(key, title, unit)


def match_pdok(attribute: str) -> Measure | None:
    """The measure of a wijk- en buurtkaart attribute, in any of PDOK's spellings."""
    return match(attribute)


_SPECIAL = {-99997: SUPPRESSED, -99995: NOT_PUBLISHED, -99991: NOT_PUBLISHED, -99999: UNKNOWN}
_TEXT = {".": SUPPRESSED, "x": SUPPRESSED, "": UNKNOWN, "?": UNKNOWN, "-": UNKNOWN}


def figure(value: object) -> tuple[float | None, str]:
    """One published figure → (value, state). CBS special values and markers become states;
    a figure is never turned into 0. Decimals are allowed (percentages, rates, scores)."""
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
    if number <= -99990:
        return None, _SPECIAL.get(int(number), UNKNOWN)
    return number, NUMBER
