"""The team meeting: the figures that changed (with their limits), the one-page agenda, and
the page on the demo municipality with its seeded workspace; the feedback document."""

from __future__ import annotations

import re
import shutil
from datetime import date, timedelta

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.workspace.test_workspace_pages import APP
from wijkwijs.appdb.demo_seed import seed_demo
from wijkwijs.appdb.engine import app_db
from wijkwijs.appdb.feedback import IN_PLAN, NOT_FEASIBLE
from wijkwijs.workspace.agenda import Agenda, agenda_pdf
from wijkwijs.workspace.changes import display_table, figure_changes
from wijkwijs.youth.feedback import feedback_pdf, summary_text

CATS = pd.DataFrame({
    "domain": ["wmo", "wmo", "jeugd"],
    "category": ["huishoudelijke_hulp", "vervoer", "jeugdreclassering"],
    "domain_label": ["Wmo", "Wmo", "Jeugdwet"],
    "category_label": ["Hulp bij het huishouden", "Vervoersvoorzieningen", "Jeugdreclassering"],
})


def pdf_text(data: bytes) -> str:
    """Text shown by an uncompressed reportlab PDF (octal escapes resolved, WinAnsi)."""
    raw = data.decode("latin-1").replace("\\(", "(").replace("\\)", ")")
    return re.sub(r"\\(\d{3})", lambda m: bytes([int(m.group(1), 8)]).decode("cp1252"), raw)


def monthly(values: dict[str, list]) -> pd.DataFrame:
    months = pd.date_range("2023-06-01", periods=13, freq="MS")
    rows = []
    for category, counts in values.items():
        for period, count in zip(months, counts, strict=True):
            state = "number" if count is not None else "suppressed"
            rows.append({"period": period, "category": category, "clients": count,
                         "clients_state": state})
    return pd.DataFrame(rows)


def test_the_newest_month_against_the_twelve_before_it():
    frame = monthly({
        "huishoudelijke_hulp": [20] * 12 + [45],  # far above: true 43..47 vs 18..22
        "vervoer": [100] * 12 + [95],
        "jeugdreclassering": [5] * 12 + [None],  # suppressed now
    })
    changes = figure_changes(frame, CATS, {"suppressed": "geheim"}, rounding_base=5)
    by = changes.set_index("category")
    assert by.loc["huishoudelijke_hulp", ["label", "lower_998", "upper_998"]].tolist() == [
        "duidelijk hoger", 4.0, 41.0]
    assert by.loc["vervoer", "label"] == "binnen de grenzen"
    assert by.loc["jeugdreclassering", "label"] == "niet te toetsen (geheim)"
    assert by.loc["jeugdreclassering", "observed_text"] == "geheim"
    assert set(changes["period"]) == {date(2024, 6, 1)}
    shown = display_table(changes, only_changed=True)
    assert shown.to_dict("records") == [{
        "Domein": "Wmo", "Cijfer": "Hulp bij het huishouden", "Nu (cliënten)": "45",
        "Gemiddeld ervoor": "20,0", "Grenzen 95%": "8 – 34", "Grenzen 99,8%": "4 – 41",
        "Oordeel": "duidelijk hoger"}]
    assert len(display_table(changes)) == 3


def test_the_agenda_is_one_page_with_every_part():
    agenda = Agenda(
        title="Teamoverleg Wijk Centrum", subtitle="Gemeente Demstervoort · sinds 01-03-2024",
        figures=pd.DataFrame({"Cijfer": ["Hulp bij het huishouden"], "Grenzen 95%": ["8 – 34"],
                              "Oordeel": ["duidelijk hoger"]}),
        figures_note="Poisson-voorspelgrenzen", signals=pd.DataFrame(
            {"Signaal": ["Herindicatie duurt tien weken"], "Status": ["Open"]}),
        actions=pd.DataFrame({"Afspraak": [f"Afspraak {i}" for i in range(12)]}),
        youth=pd.DataFrame(columns=["Thema", "Nieuwe ideeën"]), youth_note="",
        notes=pd.DataFrame({"Duiding": ["De stijging komt door de nieuwe aanbieder. " * 6]}),
        made="Gemaakt op 01-04-2024",
    )
    pdf = agenda_pdf(agenda, compress=False)
    assert pdf.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type /Page[^s]", pdf)) == 1
    text = pdf_text(pdf)
    for expected in ("Teamoverleg Wijk Centrum", "1. Cijfers met een opvallende verandering",
                     "8 – 34", "duidelijk hoger", "Herindicatie duurt tien weken",
                     "Afspraak 11", "Geen nieuwe ideeën van jongeren gepubliceerd.",
                     "5. Duiding van de periode", "Poisson-voorspelgrenzen"):
        assert expected in text, expected


def test_the_feedback_document_says_what_was_done_with_each_idea():
    frame = pd.DataFrame({
        "record_id": ["a", "b", "c"],
        "idea": ["Een skatepark bij het station", "Meer licht in het tunneltje",
                 "Een moestuin"],
        "theme_label": ["Sport en spelen", "Veiligheid en verlichting", "Groen"],
        "buurt_name": ["Marktkwartier", "Kerkbuurt", "Kerkbuurt"],
        "quarter_start": pd.to_datetime(["2025-01-01", "2025-04-01", "2025-04-01"]),
        "status": [IN_PLAN, NOT_FEASIBLE, "geen_antwoord"],
        "status_label": ["", "", ""], "plan_name": ["Omgevingsplan Centrum 2027", None, None],
        "explanation": [None, "Het tunneltje is van ProRail; we vroegen het hun.", None],
        "answered_on": [date(2025, 9, 1), date(2025, 9, 2), None],
    })
    assert summary_text(frame) == ("Van de 3 ideeën zijn er 1 opgenomen in een plan, 0 in "
                                   "behandeling, 1 niet haalbaar en 1 nog zonder antwoord.")
    text = pdf_text(feedback_pdf(frame, "Centrum", date(2025, 10, 1), compress=False))
    for expected in ("Wat we met jullie ideeën deden: Centrum", "Dit gaan we doen (1)",
                     "Opgenomen in: Omgevingsplan Centrum 2027.", "Dit lukt niet, en waarom (1)",
                     "Het tunneltje is van ProRail", "Hier hebben we nog geen antwoord op (1)",
                     "2025 K1 tot en met 2025 K2", "Stand van 01-10-2025"):
        assert expected in text, expected
    assert "14-17" not in text  # no age bands in a document that is handed out


@pytest.fixture
def demo_workspace(demo_pipeline, tmp_path, monkeypatch):
    """The demo's serving copy with its seeded workspace (as make demo-data seeds it)."""
    folder = tmp_path / "data"
    shutil.copytree(demo_pipeline / "serving", folder / "serving")
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(folder))
    monkeypatch.setenv("WIJKWIJS_APP_DB", f"sqlite:///{folder / 'app.sqlite'}")
    seeded = seed_demo(app_db(), demo_pipeline / "reference")
    assert (seeded.notes, seeded.signals, seeded.actions) == (4, 5, 3)
    assert seed_demo(app_db(), demo_pipeline / "reference").skipped  # idempotent
    return folder


def test_the_meeting_page_on_the_demo(demo_workspace):
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    at.switch_page("pages/teamoverleg.py")
    at.query_params["gebied"] = "WK999901"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    # since the meeting the seed recorded 28 days ago
    assert at.date_input(key="meeting_since").value == date.today() - timedelta(days=28)
    at.toggle(key="meeting_all_figures").set_value(True).run()
    figures = at.dataframe[0].value
    assert len(figures) == 12 and {"Grenzen 95%", "Grenzen 99,8%", "Oordeel"} <= set(figures)
    assert figures["Oordeel"].str.match(
        r"(duidelijk|mogelijk) (hoger|lager)|binnen de grenzen|niet te toetsen").all()
    signals_table = at.dataframe[1].value
    # new since the meeting (raised 6 days ago in a buurt of Centrum) and still open ones
    assert signals_table.set_index("Signaal").loc[
        "Gezinnen vertellen hun verhaal twee keer", "Nieuw"] == "ja"
    assert "Wachttijd schoolmaatschappelijk werk" not in set(signals_table["Signaal"])  # solved
    actions_table = at.dataframe[2].value
    assert set(actions_table["Afspraak"]) == {
        "Met de nieuwe aanbieder bespreken hoe de wachtlijst is ingestroomd",
        "Proef met één gezinsgesprek voor Wmo en Jeugd uitwerken"}
    notes_table = at.dataframe[-1].value
    assert "Hulp bij het huishouden" in set(notes_table["Over"])
    assert any(b.label == "Overleg van vandaag vastleggen" for b in at.button)
