"""What a selection of published youth input shows, and the brief: PDF text, CSV and GeoJSON.

The age bands are masked when the copy is published (tests/disclosure test the rule); here the
records are as a copy could hold them: the 14-17 band shown, the 10-13 idea `verborgen`.
"""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pandas as pd
from reportlab.graphics.shapes import Circle, Drawing, String
from reportlab.platypus import Paragraph, Table
from shapely.geometry import box

from tests.youth.youth_serving_fixture import records_frame
from wijkwijs.youth import brief as youth_brief
from wijkwijs.youth import summary

WEST = box(155_000, 463_000, 155_500, 463_500)
RECORDS = records_frame()
INSIDE = RECORDS[RECORDS["buurt_code"] == "BU99990101"].reset_index(drop=True)
SHOWN = INSIDE.assign(age_band=INSIDE["age_band"].where(INSIDE["age_band"] == "14-17",
                                                         summary.HIDDEN))


def make_brief() -> youth_brief.Brief:
    return youth_brief.Brief(
        area_name="Marktkwartier",
        area_rd=WEST,
        records=SHOWN,
        bands=summary.band_table(SHOWN),
        threshold=10,
        context_columns=["Gebied", "Inwoners 0-17", "Jeugdhulp zonder verblijf"],
        context_rows=[
            ["Marktkwartier", "400", "85,0"],
            ["Demstervoort (gemeente)", "650", "geheim"],
        ],
        context_note="Jeugdhulp per 1.000 inwoners van 0 tot en met 17 jaar, juni 2025.",
        generated_on=date(2025, 7, 3),
        published_at="02-07-2025",
    )


def pdf_text(data: bytes) -> str:
    """Text shown by an uncompressed reportlab PDF (octal escapes resolved, WinAnsi)."""
    raw = data.decode("latin-1").replace("\\(", "(").replace("\\)", ")")
    return re.sub(r"\\(\d{3})", lambda m: bytes([int(m.group(1), 8)]).decode("cp1252"), raw)


def test_the_band_table_counts_what_the_records_show_and_the_hidden_ones_apart():
    table = summary.band_table(SHOWN)
    assert list(table.columns) == ["Thema", "Ideeën", "10-13 jaar", "14-17 jaar", "18-23 jaar",
                                   "leeftijd verborgen"]
    table = table.set_index("Thema")
    assert table.loc["Totaal"].tolist() == ["6", "0", "5", "0", "1"]
    assert table.loc["Ontmoeten"].tolist() == ["1", "0", "0", "0", "1"]
    assert table.loc["Groen"].tolist() == ["3", "0", "3", "0", "0"]
    assert summary.number_text(1234) == "1.234"


def test_theme_counts_and_quarter_trend():
    themes = summary.theme_counts(INSIDE)
    assert themes[["theme_label", "ideas", "support_total"]].values.tolist() == [
        ["Groen", 3, 9],
        ["Sport en spelen", 2, 4],
        ["Ontmoeten", 1, 0],
    ]
    trend = summary.quarter_trend(INSIDE)
    assert trend["quarter_label"].unique().tolist() == ["2024 K4", "2025 K1", "2025 K2"]
    groen = trend[trend["theme_label"] == "Groen"]["ideas"].tolist()
    assert groen == [0, 1, 2]


def test_brief_texts_and_flowables():
    brief = make_brief()
    texts = youth_brief.brief_texts(brief)
    assert texts["Jongereninbreng"][0] == "Plangebied: Marktkwartier."
    assert texts["Jongereninbreng"][1].startswith("6 ideeën van jongeren in dit gebied")
    quotes = texts["Ideeën per thema"]
    assert quotes[0] == "Groen (3 ideeën)"
    assert quotes[1] == (
        "“Meer bomen langs de Molenstraat, in de zomer is het daar heel heet” "
        "— Marktkwartier, 2025 K1, 14-17 jaar, 7 steun"
    )
    assert (
        "“Een overdekte hangplek bij het pleintje aan de Kerkstraat” — Marktkwartier, "
        "2025 K1, leeftijd verborgen"
    ) in quotes
    assert texts["Bronnen"][-1] == (
        "Gemaakt op 03-07-2025 uit de gegevens gepubliceerd op 02-07-2025."
    )
    story = youth_brief.brief_flowables(brief)
    paragraphs = [f.getPlainText() for f in story if isinstance(f, Paragraph)]
    assert paragraphs[0] == "Jongereninbreng — Marktkwartier"
    assert "Context van de buurten" in paragraphs
    (drawing,) = [f for f in story if isinstance(f, Drawing)]  # the map, as vector shapes
    assert story.index(drawing) == 1 + len(texts["Jongereninbreng"])  # after the intro
    legend = [s.text for s in drawing.contents if isinstance(s, String)]
    # no buurten passed: no names and no squares, the ideas' own places and the legend
    assert legend == ["Groen", "Ontmoeten", "Sport en spelen", "Plangebied"]
    # five places with one idea each; the sixth idea is known by its buurt only: no circle
    assert len([c for c in drawing.contents if isinstance(c, Circle)]) == 5
    tables = [f for f in story if isinstance(f, Table)]
    assert tables[0]._cellvalues[-1] == ["Totaal", "6", "0", "5", "0", "1"]
    assert tables[1]._cellvalues[1] == ["Marktkwartier", "400", "85,0"]
    assert tables[1]._cellvalues[2][2] == "geheim"


def test_pdf_bytes_and_text():
    brief = make_brief()
    assert youth_brief.brief_pdf(brief).startswith(b"%PDF")
    text = pdf_text(youth_brief.brief_pdf(brief, compress=False))
    for expected in (
        "Jongereninbreng — Marktkwartier",
        "Ideeën per thema en leeftijdsgroep",
        "Groen (3 ideeën)",
        "“Meer bomen langs de Molenstraat",
        "Bronnen",
        "Context van de buurten",
        "85,0",
        "geheim",
        "leeftijd verborgen",
        "minder dan 10 ideeën in een buurt, thema en",
        "Gemaakt op 03-07-2025",
    ):
        assert expected in text, expected
    assert "2025 K1, leeftijd verborgen" in text
    # the map's legend printed as text, the map as paths: no bitmap in the PDF
    for name in ("Groen", "Ontmoeten", "Sport en spelen", "Plangebied"):
        assert f"({name}) Tj" in text, name
    assert "/Subtype /Image" not in text
    assert ", 10-13 jaar" not in text  # only the column header names the hidden band


def test_csv_export_rows_and_dutch_columns():
    # the CSV the page serves: dashboards.exports guards free text against formulas
    from dashboards.exports import to_csv

    csv = to_csv(youth_brief.export_frame(SHOWN))
    assert csv.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.BytesIO(csv), sep=";", encoding="utf-8-sig", dtype=str)
    assert list(frame.columns) == [
        "kwartaal",
        "buurtcode",
        "buurt",
        "wijk",
        "thema",
        "idee",
        "leeftijdsgroep",
        "organisatie",
        "activiteit",
        "aantal_steun",
        "locatie",
        "x_rd",
        "y_rd",
    ]
    assert len(frame) == 6
    # rows by quarter, buurt, theme and published id: never the order the ideas came in
    assert list(frame["kwartaal"]) == ["2024 K4", "2025 K1", "2025 K1", "2025 K2", "2025 K2",
                                       "2025 K2"]
    first = frame.iloc[1]
    assert (
        first["kwartaal"],
        first["buurt"],
        first["thema"],
        first["leeftijdsgroep"],
        first["aantal_steun"],
        first["locatie"],
        first["x_rd"],
    ) == ("2025 K1", "Marktkwartier", "Groen", "14-17", "7", "vak van 100 m", "155150")
    assert sorted(frame["leeftijdsgroep"].unique()) == ["14-17", "verborgen"]
    assert frame["aantal_steun"].isna().sum() == 2


def test_geojson_export_points_and_properties():
    doc = json.loads(youth_brief.records_geojson(SHOWN))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 6
    feature = doc["features"][0]  # 2024 K4 comes first
    assert feature["geometry"]["type"] == "Point"
    lon, lat = feature["geometry"]["coordinates"]
    assert 5.3 < lon < 5.5 and 52.1 < lat < 52.2
    assert feature["properties"]["idee"] == "Een panna-kooi in de buurt"
    assert feature["properties"]["locatie"] == "buurt"
    assert feature["properties"]["aantal_steun"] == 3
    assert "x_rd" not in feature["properties"]


def test_an_export_has_the_same_rows_in_the_same_order_whatever_order_it_gets():
    # the page's order (or a date-sorted source) must not shine through: the export sorts by
    # quarter, buurt, theme and the keyed id, which carry no date within the quarter
    shuffled = SHOWN.sample(frac=1, random_state=7).reset_index(drop=True)
    assert not shuffled["idea"].equals(SHOWN["idea"])
    pd.testing.assert_frame_equal(youth_brief.export_frame(shuffled),
                                  youth_brief.export_frame(SHOWN))
    assert youth_brief.records_geojson(shuffled) == youth_brief.records_geojson(SHOWN)
