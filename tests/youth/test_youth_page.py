"""AppTest of the Jongereninbreng page on a small serving copy written by the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.youth.youth_serving_fixture import build_youth_serving

APP = Path(__file__).resolve().parents[2] / "dashboards" / "streamlit_app.py"


@pytest.fixture(scope="module")
def youth_data(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("youth_data")
    build_youth_serving(data / "serving" / "wijkwijs.duckdb")
    return data


@pytest.fixture
def page(youth_data, monkeypatch):
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(youth_data))
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    at.switch_page("pages/jongereninbreng.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption])


def test_page_asks_for_a_plan_area_first(page):
    assert page.header[0].value == "Jongereninbreng"
    assert "Kies een of meer buurten of wijken" in page.info[0].value


def test_one_buurt_shows_its_ideas_counts_and_hidden_age_band(page):
    page.multiselect[0].set_value(["BU99990101"]).run()
    assert not page.exception, [e.value for e in page.exception]
    metrics = {m.label: m.value for m in page.metric}
    assert metrics["Ideeën in het plangebied"] == "6"
    assert metrics["Thema's"] == "3"
    assert metrics["Steun van andere jongeren"] == "13"
    # no buurt, theme and quarter has 10 ideas of one age band: every band hidden at publish
    bands = page.dataframe[0].value.set_index("Thema")
    assert bands.loc["Groen"].tolist() == ["3", "0", "0", "0", "3"]
    assert bands.loc["Sport en spelen"].tolist() == ["2", "0", "0", "0", "2"]
    assert bands.loc["Totaal"].tolist() == ["6", "0", "0", "0", "6"]
    shown = texts(page)
    assert "> Meer bomen langs de Molenstraat, in de zomer is het daar heel heet" in shown
    assert "> Een overdekte hangplek bij het pleintje aan de Kerkstraat" in shown
    assert "leeftijd verborgen" in shown and "10-13 jaar ·" not in shown
    assert "14-17 jaar ·" not in shown
    assert "Een zebrapad" not in shown  # the other buurt
    assert [e.label for e in page.expander][:3] == [
        "Groen (3)",
        "Sport en spelen (2)",
        "Ontmoeten (1)",
    ]


def test_context_shows_young_residents_and_youth_care_with_states(page):
    page.multiselect[0].set_value(["WK999901"]).run()
    assert page.metric[0].value == "8"
    context = page.dataframe[1].value.set_index("Gebied")
    assert context.loc["Marktkwartier", "Inwoners 0-17"] == "400"
    assert context.loc["Marktkwartier", "Jeugdhulp zonder verblijf"] == "85,0"
    assert context.loc["Kerkbuurt", "Jeugdhulp zonder verblijf"] == "geheim"
    assert context.loc["Demstervoort (gemeente)", "Jeugdhulp zonder verblijf"] == "92,3"


def test_a_buffer_widens_the_plan_area(page):
    page.multiselect[0].set_value(["BU99990101"]).run()
    page.number_input[0].set_value(200).run()
    assert page.metric[0].value == "7"  # the zebrapad 150 m east of the buurt comes in


def test_a_gemeente_without_youth_input_gets_an_empty_state(tmp_path, monkeypatch):
    """Was `ValueError: cannot convert float NaN to integer`: now a Dutch note of what to do.
    A copy of the current schema always has the youth tables: without youth input they are
    empty (a copy without them is an outdated copy, refused with "herpubliceer")."""
    import duckdb

    path = build_youth_serving(tmp_path / "serving" / "wijkwijs.duckdb")
    with duckdb.connect(str(path)) as con:
        for table in ("youth_input_records", "youth_input_by_buurt_theme"):
            con.execute(f"delete from {table}")
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(tmp_path))
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    at.switch_page("pages/jongereninbreng.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    (note,) = [i.value for i in at.info]
    assert note.startswith("Er is nog geen jongereninbreng gepubliceerd voor deze gemeente.")
    assert "jongereninbreng_<jaar>.csv" in note and "make pipeline" in note
    assert not at.multiselect  # no plan area to choose without ideas


def test_the_page_map_and_chart_for_a_plan_area(page):
    import json

    page.multiselect[0].set_value(["BU99990101"]).run()
    charts = page.get("vega_lite_chart")
    spec = json.loads(charts[0].proto.spec)
    assert len(spec["layer"]) == 7 and spec["projection"]["type"] == "identity"
    assert charts[0].proto.alt.startswith("Kaart van Marktkwartier met de buurten eromheen. "
                                          "6 ideeën: 5 met een plek")
    assert "1 met alleen een buurt (1 buurt)" in texts(page)
    trend = json.loads(charts[1].proto.spec)
    assert sorted(trend["encoding"]["color"]["scale"]["domain"]) == [
        "Groen", "Ontmoeten", "Sport en spelen"]


def test_the_ideas_of_chosen_quarters_only(page):
    page.multiselect[0].set_value(["BU99990101"]).run()
    assert page.metric[0].value == "6"
    quarters = page.select_slider(key="youth_quarters")
    first, last = quarters.value
    quarters.set_range(first, first).run()  # the first quarter only: 2024 K4
    assert not page.exception, [e.value for e in page.exception]
    assert page.metric[0].value == "1"
    assert "> Een panna-kooi in de buurt" in texts(page)
