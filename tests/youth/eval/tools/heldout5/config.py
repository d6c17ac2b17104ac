"""heldout5 (gemeente Vlietmonde, README_heldout5.md): the settings the shared tool
`tools/corpus/` builds and validates it with. The gemeente itself is in gazetteer_src.py."""
import briefs
from config import corpus

FOURTH = corpus("heldout4").settings

SEED = 5505  # shuffles the records
# the corpora written before this one, as its author read them (ids, values, streets, places)
EARLIER = ["dev.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl"]
EARLIER_GAZETTEERS = ["gazetteer.json", "gazetteer_heldout2.json", "gazetteer_heldout3.json",
                      "gazetteer_heldout4.json"]
BRIEF = briefs.FIFTH

VALUES = dict(  # phone numbers, BSNs, IBANs (tools/corpus/values.py)
    seed=550517,
    areas=sorted({"030": 7, "033": 7, "036": 7, "071": 7, "079": 7, "0343": 6, "0348": 6,
                  "0346": 6, "0294": 6, "0172": 6}.items()),
    phone_deck=["m_dash", "m_plain", "m_4_4", "m_pairs", "m_intl_sp", "m_0031sp", "m_intl",
                "m_dash_pairs", "l_dash", "m_33", "m_intl_dash", "l_sp", "m_0031", "l_br"],
    bsn_deck=["sp333", "plain", "dash333", "sp432", "dots432", "lost0", "dots333", "sp2223"],
    iban_deck=["nl_plain", "nl_grouped", "nl_lower_grouped", "be_plain", "nl_split",
               "de_grouped", "nl_lower"],
)

# Famous people, brands, clubs elsewhere, games, platforms, events, cities and countries:
# not residents of Vlietmonde, so they must survive the scrubber. Its author copied the fourth
# corpus's list and added these (some twice).
EXTRA = FOURTH.EXTRA + [
    "Johan Cruijff", "Wim Kan", "Johnny Jordaan", "Lamine Yamal", "Memphis Depay", "Memphis",
    "Manchester", "Leeds", "Almere", "Kharkiv", "Oekraïne", "Eritrea", "Ethiopië", "Syrië",
]
# Entries that are also ordinary words: found only when written with a capital.
CASE_SENSITIVE = FOURTH.CASE_SENSITIVE
ALIASES, ALIAS_CS = FOURTH.ALIASES, FOURTH.ALIAS_CS
