"""AppTest of the Buurtprofiel page: every domain of one area, its trend and its stapeling."""

from __future__ import annotations

from datetime import date

import pyarrow as pa

PROFILE = "pages/buurtprofiel.py"


COLUMNS = [
    "Cliënten",
    "Per 1.000",
    "Gemeente per 1.000",
    "Index (gemeente = 100)",
    "Verandering t.o.v. jaar eerder",
]


def _domain_tables(at) -> dict[str, object]:
    """Wmo, Jeugdwet and Participatiewet tables by domain, indexed by category label."""
    table = at.dataframe[0].value
    assert list(table.columns[:2]) == ["Domein", "Categorie"]
    return {
        n: group.drop(columns="Domein").set_index("Categorie")
        for n, group in table.groupby("Domein", sort=False)
    }


def _table_with(at, column: str):
    return next(d.value for d in at.dataframe if column in d.value.columns)


def _chart_rows(at, index: int):
    proto = at.get("vega_lite_chart")[index].proto
    return pa.ipc.open_stream(proto.datasets[0].data.data).read_pandas()


def test_url_selects_the_buurt_and_all_domains_are_shown(serving_data, open_page):
    at = open_page(PROFILE, gebied="BU99990101")
    assert at.selectbox(key="sel_gebied").value == "BU99990101"
    assert at.selectbox(key="sel_gebied").options == [
        "Centrum (hele wijk)",
        "Centrum › Havenkwartier",
        "Centrum › Oude Markt",
        "Noord (hele wijk)",
        "Noord › Bloemenbuurt",
        "Noord › Sluiskwartier",
    ]
    assert at.query_params == {"gebied": "BU99990101"}
    assert at.subheader[0].value == "Oude Markt"
    assert at.caption[0].value == (
        "Buurt in wijk Centrum, gemeente Demstervoort · 7.690 inwoners (1 januari 2024) · "
        "cijfers van maart 2024"
    )
    tables = _domain_tables(at)
    assert list(tables["Wmo"].columns) == COLUMNS
    # Wmo rates are per 1.000 of all 7.690 inwoners: 40 → 5,2; the gemeente 40 + 55 + 70 + 85
    # = 250 of 32.575 → 7,7; index 5,20 / 7,67 × 100 = 68; no month a year earlier: unknown
    assert tables["Wmo"].loc["Hulpmiddelen en woonvoorzieningen"].to_list() == [
        "40",
        "5,2",
        "7,7",
        "68",
        "onbekend",
    ]
    # hidden beside Havenkwartier's small count (secundair): the wijk's rate instead, Centrum
    # 85 + 3 = 88, published 90, of 13.640 → 6,6; the gemeente 1.233 → 1.235 of 32.575 → 37,9
    assert tables["Wmo"].loc["Hulp bij het huishouden"].to_list() == [
        "geheim",
        "6,6 (wijk)",
        "37,9",
        "geheim",
        "geheim",
    ]
    assert len(tables["Wmo"]) == 5 and len(tables["Jeugdwet"]) == 4
    assert len(tables["Participatiewet"]) == 3
    # 70 of the 1.650 inwoners tot 23 jaar (1.210 aged 0-17, 440 aged 18-22)
    assert tables["Jeugdwet"].loc["Jeugdhulp zonder verblijf"].to_list() == [
        "70",
        "42,4",
        "nog niet gepubliceerd",
        "nog niet gepubliceerd",
        "onbekend",
    ]
    captions = " ".join(c.value for c in at.caption)
    assert "Het aantal inwoners dat in deze maand een voorziening" in captions
    assert "Jeugdwet per 1.000 inwoners tot 23 jaar" in captions
    assert "**Index (gemeente = 100)**" in captions  # the label of the mart column's meta
    # headline figure per domain, with the municipal figure and the index under it
    # algemene bijstand: 25 of 6.690 inwoners van 15 jaar en ouder (210 aged 15-17 and every
    # adult) → 3,7; the gemeente 25 + 40 + 55 + 70 = 190 of 28.280 → 6,7; index 56
    assert [(m.label, m.value) for m in at.metric] == [
        ("Wmo: Hulp bij het huishouden", "6,6 (wijk)"),
        ("Jeugdwet: Jeugdhulp zonder verblijf", "42,4"),
        ("Participatiewet: Algemene bijstand", "3,7"),
    ]
    assert "per 1.000 inwoners, maart 2024 · gemeente 37,9 · index geheim" in captions
    assert ("per 1.000 inwoners van 15 jaar en ouder, maart 2024 · gemeente 6,7 · index 56"
            in captions)


def test_suppressed_buurt_falls_back_to_its_wijk_and_says_so(serving_data, open_page):
    at = open_page(PROFILE, gebied="BU99990102")
    # the count stays `geheim`; the rate is the wijk's (Centrum: 90 / 13.640 × 1.000 = 6,6)
    assert _domain_tables(at)["Wmo"].loc["Hulp bij het huishouden"].to_list() == [
        "geheim",
        "6,6 (wijk)",
        "37,9",
        "geheim",
        "geheim",
    ]
    assert [i.value for i in at.info] == [
        # the state the buurt's own figure has, named as it is
        "Een deel van de cijfers van deze buurt wordt niet getoond (geheim). Voor Hulp bij het "
        "huishouden staat daarom het cijfer per 1.000 inwoners van wijk Centrum, te herkennen "
        "aan '(wijk)'."
    ]
    assert at.metric[0].value == "6,6 (wijk)"


def test_not_published_cells_show_their_label(serving_data, open_page):
    at = open_page(PROFILE, gebied="BU99990201")
    # the wijk is not published either: no fallback, the label
    assert (
        _domain_tables(at)["Jeugdwet"].loc["Jeugdhulp zonder verblijf"].to_list()[:4]
        == ["nog niet gepubliceerd"] * 4
    )
    assert _domain_tables(at)["Wmo"].loc["Hulp bij het huishouden", "Cliënten"] == "1.050"


def test_trend_leaves_the_unknown_month_open(serving_data, open_page):
    at = open_page(PROFILE, gebied="BU99990101")
    assert len(at.get("vega_lite_chart")) == 3
    wmo = _chart_rows(at, 0)
    hh = wmo[wmo["category_label"] == "Hulp bij het huishouden"].sort_values("period")
    # februari unknown, maart geheim: two months open, never drawn as 0
    assert [p.date() for p in hh["period"]] == [date(2024, 1, 1)]
    assert list(hh["value_text"]) == ["1,3"]  # 10 of 7.690 inwoners
    assert len(wmo) == 5 * 3 - 2  # five categories, three months, two gaps
    other = wmo[wmo["category_label"] == "Vervoersvoorzieningen"]
    assert other["segment"].nunique() == 1 and len(other) == 3


def test_stapeling_of_the_latest_year_with_a_number(serving_data, open_page):
    at = open_page(PROFILE, gebied="BU99990201")
    assert "**2023**" in [m.value for m in at.markdown]  # 2024 is not yet published
    stapeling = _table_with(at, "Combinatie").set_index("Combinatie")
    assert list(stapeling.index) == [
        "Alleen Wmo",
        "Alleen Jeugdwet",
        "Alleen Participatiewet",
        "Wmo en Jeugdwet",
        "Wmo en Participatiewet",
        "Jeugdwet en Participatiewet",
        "Wmo, Jeugdwet en Participatiewet",
    ]
    # shares of the households with a provision (GMSD): Bloemenbuurt 75 of 630 + 330 + 270
    # + 75 + 105 + 135 + 60 = 1.605; the gemeente 270 of 6.170
    assert stapeling.loc["Wmo en Jeugdwet"].to_list() == ["75", "4,7", "4,4"]
    captions = " ".join(c.value for c in at.caption)
    assert "Jaar: 2023" in captions and "% van de huishoudens met een voorziening" in captions


def test_stapeling_hidden_beside_a_small_count(serving_data, open_page):
    """Havenkwartier's 4 households with all three laws are geheim, and Oude Markt's 135
    beside them (their wijk Centrum is published: 139 → 140). With one count of the seven
    hidden, the households with a provision are unknown, so every share of the buurt is
    hidden too; the gemeente's stays (all three: 135 + 4 + 60 + 75 = 274 → 275 of 6.170)."""
    at = open_page(PROFILE, gebied="BU99990101")
    assert "**2023**" in [m.value for m in at.markdown]  # the latest published year
    stapeling = _table_with(at, "Combinatie").set_index("Combinatie")
    assert stapeling.loc["Wmo, Jeugdwet en Participatiewet"].to_list() == [
        "geheim", "geheim", "4,5"]
    assert stapeling.loc["Wmo en Jeugdwet"].to_list() == ["45", "geheim", "4,4"]


def test_a_wijk_profile_and_an_unknown_code(serving_data, open_page):
    at = open_page(PROFILE, gebied="WK999902")
    assert at.subheader[0].value == "Noord"
    # Noord: 1.050 + 95 = 1.145 of 18.935 inwoners
    assert _domain_tables(at)["Wmo"].loc["Hulp bij het huishouden"].to_list()[:3] == [
        "1.145",
        "60,5",
        "37,9",
    ]
    assert not any("Gebied" in d.value.columns for d in at.dataframe)  # no similar buurten
    at = open_page(PROFILE, gebied="BU00000000")
    assert at.query_params == {"gebied": "WK999901"}  # the first area, written back


def test_similar_buurten_side_by_side_with_the_gemeente(serving_data, open_page):
    at = open_page(PROFILE, gebied="BU99990102")
    similar = _table_with(at, "Gebied")
    # most alike first: Sluiskwartier has nearly Havenkwartier's make-up (14,7% and 14,0%
    # children, 2,2 and 2,0 inwoners per huishouden), Bloemenbuurt the most children (17,8%)
    assert list(similar["Gebied"]) == [
        "Havenkwartier (deze buurt)",
        "Sluiskwartier",
        "Oude Markt",
        "Bloemenbuurt",
        "Gemeente Demstervoort",
    ]
    wmo = "Wmo: Hulp bij het huishouden per 1.000"
    # 95 of 6.925 and 1.050 of 12.010 inwoners; Centrum's 6,6 for its two hidden buurten
    assert list(similar[wmo]) == ["6,6 (wijk)", "13,7", "6,6 (wijk)", "87,4", "37,9"]
    jeugd = "Jeugdwet: Jeugdhulp zonder verblijf per 1.000"
    assert similar[jeugd].iloc[3] == "nog niet gepubliceerd"
    assert "**Vergelijkbare buurten**" not in [m.value for m in at.markdown]
    assert "### Vergelijkbare buurten" in [m.value for m in at.markdown]


def test_downloads_are_offered(serving_data, open_page):
    at = open_page(PROFILE, gebied="BU99990101")
    labels = [b.proto.label for b in at.get("download_button")]
    # domains, what changed, similar, stapeling (latest year and every year), the years
    assert labels.count("CSV") == labels.count("Excel") == 6
    assert "Profiel als PDF (1 pagina)" in labels


def test_a_copy_of_several_gemeenten_chooses_the_gemeente_first(two_gemeenten, open_page):
    # a map click or a link to a buurt of Tweestad opens Tweestad
    at = open_page("pages/buurtprofiel.py", gebied="BU99980101")
    assert at.selectbox(key="sel_gemeente").value == "GM9998"
    assert at.selectbox(key="sel_gemeente").options == ["Demstervoort", "Tweestad"]
    assert at.subheader[0].value == "Oude Markt (Tweestad)"
    assert at.query_params["gemeente"] == "GM9998"
    codes = at.selectbox(key="sel_gebied").options
    assert len(codes) == 6 and all("(Tweestad)" in option for option in codes)

    # another gemeente: its first area, and the URL follows
    at.selectbox(key="sel_gemeente").select("GM9999").run()
    assert at.query_params["gemeente"] == "GM9999"
    assert at.query_params["gebied"].startswith(("WK9999", "BU9999"))
    assert "Tweestad" not in at.subheader[0].value
