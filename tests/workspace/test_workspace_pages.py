"""AppTests of the workspace pages, logged in per role (issue 18.7, 15.3, 15.4).

The small serving fixture of tests/dashboards (gemeente Demstervoort: wijk Centrum with Oude
Markt and Havenkwartier, wijk Noord with Bloemenbuurt and Sluiskwartier) and an application
database of the test's own (SQLite). Every write is checked in the database, not only on screen.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboards import auth
from tests.appdb.people import BLOEMEN, TEAM_CENTRUM, TEAM_NOORD, WIJK_CENTRUM
from tests.dashboards.serving_copy import copy_data, shared_copy
from tests.youth.youth_serving_fixture import build_youth_serving
from wijkwijs.access import ANALYST, AREA_TEAM, PLANNER, POLICY, YOUTH_WORKER, Access
from wijkwijs.appdb import actions, audit, feedback, notes, reviews, signals
from wijkwijs.appdb.engine import app_db
from wijkwijs.config import paths

APP = Path(__file__).resolve().parents[2] / "dashboards" / "streamlit_app.py"
# one user per role; a test logs in as one by putting the e-mail in the AppTest's session state
USERS = {
    "team@gemeente.nl": Access(AREA_TEAM, "team@gemeente.nl", frozenset({"WK999901"})),
    "noord@gemeente.nl": Access(AREA_TEAM, "noord@gemeente.nl", frozenset({"WK999902"})),
    "beleid@gemeente.nl": Access(POLICY, "beleid@gemeente.nl"),
    "jw@gemeente.nl": Access(YOUTH_WORKER, "jw@gemeente.nl"),
    "plan@gemeente.nl": Access(PLANNER, "plan@gemeente.nl"),
    "analist@gemeente.nl": Access(ANALYST, "analist@gemeente.nl"),
}
USER_KEY = "_test_user"


@pytest.fixture(autouse=True)
def logged_in_as_the_session_user(monkeypatch):
    """The role comes from who the session is (the login itself is tested in tests/security):
    dashboards.auth.current_access answers with the user this AppTest was started as."""
    monkeypatch.setattr(auth, "current_access",
                        lambda: USERS[st.session_state.get(USER_KEY, "analist@gemeente.nl")])


@pytest.fixture(scope="module")
def serving_dir(tmp_path_factory) -> Path:
    return shared_copy(tmp_path_factory)  # the dashboard tests' copy, read only


@pytest.fixture
def data(serving_dir, tmp_path, monkeypatch) -> Path:
    """A data folder of this test (the fixture's serving copy) and its application database."""
    folder = tmp_path / "data"
    copy_data(serving_dir, folder)
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(folder))
    monkeypatch.setenv("WIJKWIJS_APP_DB", f"sqlite:///{folder / 'app.sqlite'}")
    return folder


def app_as(email: str = "analist@gemeente.nl", page: str | None = None, **params) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=90)
    at.session_state[USER_KEY] = email
    at.run()
    if page:
        at.switch_page(page)
        at.query_params.update(params)
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def texts(at: AppTest) -> str:
    return "\n".join(str(e.value) for kind in ("markdown", "caption", "info", "success",
                                               "warning", "error", "subheader")
                     for e in getattr(at, kind))


# --- duiding ---------------------------------------------------------------------------------


def test_a_wijkteam_writes_a_note_and_sees_what_was_removed(data):
    at = app_as("team@gemeente.nl", "pages/duiding.py", gebied="BU99990101")
    # only its own wijk and buurten to choose from
    # its own wijk and buurten, and the gemeente's notes to read
    assert at.selectbox(key="sel_gebied").options == [
        "Gemeente Demstervoort", "Wijk Centrum", "Centrum › Havenkwartier",
        "Centrum › Oude Markt"]
    at.selectbox(key="note_new_category").set_value("huishoudelijke_hulp")
    at.text_area(key="note_new_text").input(
        "Mevrouw Jansen (06-12345678) belde: de stijging komt door de verhuisde praktijk.")
    button(at, "Duiding opslaan").click().run()
    assert not at.exception
    assert at.success[0].value == "Duiding opgeslagen."
    assert "'06-12345678' → telefoonnummer" in at.info[0].value
    (note,) = notes.notes_for(app_db(), TEAM_CENTRUM)
    assert "06-12345678" not in note.text and "[telefoonnummer]" in note.text
    assert (note.area_code, note.domain, note.category, note.created_role) == (
        "BU99990101", "wmo", "huishoudelijke_hulp", "wijkteam")
    assert note.created_by == "team@gemeente.nl"
    assert "de stijging komt door de verhuisde praktijk" in texts(at)
    # the other team does not get Centrum to choose from, and reads none of its notes
    other = app_as("noord@gemeente.nl", "pages/duiding.py")
    assert "Wijk Centrum" not in other.selectbox(key="sel_gebied").options
    assert "verhuisde praktijk" not in texts(other)


def test_a_doubtful_note_asks_for_confirmation(data):
    at = app_as("team@gemeente.nl", "pages/duiding.py", gebied="WK999901")
    at.text_area(key="note_new_text").input("Overleg met Quirijn over dossier 123456.")
    button(at, "Duiding opslaan").click().run()
    assert "mogelijk nog persoonsgegevens" in at.warning[0].value
    assert notes.notes_for(app_db(), TEAM_CENTRUM) == []
    at.checkbox(key="note_new_confirm").check()
    button(at, "Duiding opslaan").click().run()
    assert at.success[0].value == "Duiding opgeslagen."
    assert len(notes.notes_for(app_db(), TEAM_CENTRUM)) == 1


def test_an_edit_that_lost_the_race_keeps_the_other_text_and_shows_the_draft(data):
    db = app_db()
    note = notes.add_note(db, TEAM_CENTRUM, WIJK_CENTRUM, "Eerste versie.",
                          period_start=date(2024, 3, 1)).note
    at = app_as("team@gemeente.nl", "pages/duiding.py", gebied="WK999901")
    key = f"note_{note.id}_text"
    assert at.text_area(key=key).value == "Eerste versie."
    # a colleague saves first, after this form was shown
    notes.edit_note(db, TEAM_CENTRUM, note.id, 1, "Versie van de collega.",
                    period_start=date(2024, 3, 1))
    at.text_area(key=key).input("Mijn versie.")
    button(at, "Wijziging opslaan").click().run()
    assert "intussen gewijzigd door een collega (wijkteam)" in at.error[0].value
    assert at.code[0].value == "Mijn versie."  # the draft, to take over
    (kept,) = notes.notes_for(db, TEAM_CENTRUM)
    assert (kept.text, kept.version) == ("Versie van de collega.", 2)
    # the form shows the current text now, and saving from it works
    assert at.text_area(key=key).value == "Versie van de collega."
    at.text_area(key=key).input("Samen: beide versies.")
    button(at, "Wijziging opslaan").click().run()
    assert at.success[0].value == "Wijziging opgeslagen."
    assert notes.notes_for(db, TEAM_CENTRUM)[0].version == 3


# --- signalen ---------------------------------------------------------------------------------


def test_raise_discuss_and_close_a_signal_and_the_figure_counts_it(data):
    at = app_as("team@gemeente.nl", "pages/signalen.py")
    at.selectbox(key="signal_new_area").set_value("BU99990102")
    at.text_input(key="signal_new_title").input("Indicatie hulpmiddel duurt te lang")
    at.multiselect(key="signal_new_domains").set_value(["wmo", "jeugd"])
    at.text_area(key="signal_new_what").input("Herindicatie voor een rolstoel: tien weken.")
    at.text_area(key="signal_new_workaround").input("Leenrolstoel via de wijkcoach.")
    at.text_input(key="signal_new_who").input("Beleid Wmo")
    button(at, "Signaal melden").click().run()
    assert at.success[0].value == "Signaal gemeld."
    (raised,) = signals.signals_for(app_db(), TEAM_CENTRUM)
    assert (raised.status, raised.domains, raised.area_code) == (
        "open", ("wmo", "jeugd"), "BU99990102")
    # the figure: one signal, counted in both its domains, in this quarter
    per_area = at.dataframe[0].value
    assert per_area.to_dict("records") == [{"Gebied": "Havenkwartier", "Wmo": 1, "Jeugdwet": 1,
                                            "Participatiewet": 0, "Nog niet opgelost": 1}]
    assert "Een signaal over meer domeinen telt in elk van die domeinen" in texts(at)
    key = f"signal_{raised.id}"
    at.radio(key=f"{key}_to").set_value("besproken")
    button(at, "Status bijwerken").click().run()
    assert at.success[0].value == "Signaal staat nu op Besproken."
    at.radio(key=f"{key}_to").set_value("opgelost")
    at.text_input(key=f"{key}_comment").input("Verkorte herindicatie ingevoerd.")
    button(at, "Status bijwerken").click().run()
    assert at.success[0].value == "Signaal staat nu op Opgelost."
    (closed,) = signals.signals_for(app_db(), TEAM_CENTRUM)
    assert [e.status_to for e in closed.events] == ["open", "besproken", "opgelost"]
    assert closed.events[-1].comment == "Verkorte herindicatie ingevoerd."
    assert closed.date_of("opgelost") == date.today()


def test_beleid_sees_every_signal_moves_it_and_sees_no_figures(data):
    db = app_db()
    signals.raise_signal(db, TEAM_CENTRUM, WIJK_CENTRUM, title="Centrum-signaal",
                         domains=["wmo"], what_happened="w")
    noord = signals.raise_signal(db, TEAM_NOORD, BLOEMEN, title="Noord-signaal",
                                 domains=["participatiewet"], what_happened="w").signal
    at = app_as("beleid@gemeente.nl")
    assert [h.value for h in at.header] == ["Signalen"]  # its first page
    with pytest.raises(Exception, match="Could not find a navigation page"):
        at.switch_page("pages/overzicht.py").run()
    assert set(at.dataframe[0].value["Gebied"]) == {"Centrum", "Bloemenbuurt"}
    at.selectbox(key="sel_gebied").set_value("GM9999").run()
    key = f"signal_{noord.id}"
    at.radio(key=f"{key}_to").set_value("besproken")
    at.text_input(key=f"{key}_owner").input("Beleidsadviseur Participatie")
    # the form of this signal (the gemeente shows the signals of both wijken)
    next(b for b in at.button if b.label == "Status bijwerken" and key in b.id).click().run()
    moved = signals.signal(db, TEAM_NOORD, noord.id)
    assert (moved.status, moved.owner) == ("besproken", "Beleidsadviseur Participatie")
    meeting = app_as("beleid@gemeente.nl", "pages/teamoverleg.py")
    assert "Cijfers per gebied horen niet bij uw rol" in texts(meeting)


# --- afspraken -----------------------------------------------------------------------------------


def test_add_an_action_linked_to_a_signal_and_mark_it_done(data):
    db = app_db()
    signal = signals.raise_signal(db, TEAM_CENTRUM, WIJK_CENTRUM, title="Wachttijd jeugd",
                                  domains=["jeugd"], what_happened="w").signal
    at = app_as("team@gemeente.nl", "pages/afspraken.py", gebied="WK999901")
    at.text_area(key="action_new_text").input("Wachttijd bespreken met de aanbieder")
    at.text_input(key="action_new_owner").input("Consulent jeugd")
    at.radio(key="action_new_link").set_value("een signaal")
    at.selectbox(key="action_new_signal").set_value(signal.id)
    button(at, "Afspraak opslaan").click().run()
    assert at.success[0].value == "Afspraak opgeslagen."
    (action,) = actions.actions_for(db, TEAM_CENTRUM)
    assert (action.signal_id, action.owner, action.status) == (signal.id, "Consulent jeugd",
                                                               "open")
    assert "hoort bij signaal 'Wachttijd jeugd'" in texts(at)
    at.selectbox(key=f"action_{action.id}_status").set_value("afgerond")
    button(at, "Bijwerken").click().run()
    assert actions.actions_for(db, TEAM_CENTRUM, statuses=["afgerond"])[0].id == action.id
    with app_db().read() as session:
        trail = [(e.action, e.user_id) for e in audit.entries(session, "action")]
    assert trail == [("action.create", "team@gemeente.nl"), ("action.update", "team@gemeente.nl")]


def test_a_doubtful_action_or_signal_asks_for_confirmation_like_a_note(data):
    db = app_db()
    at = app_as("team@gemeente.nl", "pages/afspraken.py", gebied="WK999901")
    at.text_area(key="action_new_text").input("Wachttijd bespreken met de aanbieder")
    at.text_input(key="action_new_owner").input("Wijkcoach, dossier 4471233")  # a case number?
    button(at, "Afspraak opslaan").click().run()
    assert "mogelijk nog persoonsgegevens" in at.warning[0].value
    assert actions.actions_for(db, TEAM_CENTRUM) == []
    at.checkbox(key="action_new_confirm").check()
    button(at, "Afspraak opslaan").click().run()
    assert at.success[0].value == "Afspraak opgeslagen."
    assert [a.owner for a in actions.actions_for(db, TEAM_CENTRUM)] == [
        "Wijkcoach, dossier 4471233"]

    page = app_as("team@gemeente.nl", "pages/signalen.py")
    page.text_input(key="signal_new_title").input("Wachttijd jeugd")
    page.multiselect(key="signal_new_domains").set_value(["jeugd"])
    page.text_area(key="signal_new_what").input("Overleg met Quirijn over dossier 123456.")
    button(page, "Signaal melden").click().run()
    assert "mogelijk nog persoonsgegevens" in page.warning[0].value
    assert signals.signals_for(db, TEAM_CENTRUM) == []
    page.checkbox(key="signal_new_confirm").check()
    button(page, "Signaal melden").click().run()
    assert page.success[0].value == "Signaal gemeld."
    assert [s.title for s in signals.signals_for(db, TEAM_CENTRUM)] == ["Wachttijd jeugd"]


# --- the profile -------------------------------------------------------------------------------


def test_the_profile_shows_a_note_in_the_row_of_its_figure(data):
    db = app_db()
    notes.add_note(db, TEAM_CENTRUM, WIJK_CENTRUM, "Nieuwe aanbieder sinds maart.",
                   period_start=date(2024, 3, 1), domain="wmo", category="huishoudelijke_hulp")
    notes.add_note(db, TEAM_CENTRUM, WIJK_CENTRUM, "Alle jeugdcijfers zijn voorlopig.",
                   period_start=date(2024, 3, 1), domain="jeugd")
    at = app_as("team@gemeente.nl", "pages/buurtprofiel.py", gebied="WK999901")
    table = at.dataframe[0].value.set_index("Categorie")
    assert table.loc["Hulp bij het huishouden", "Duiding"].startswith(
        "Nieuwe aanbieder sinds maart. (wijkteam, ")
    assert table.loc["Jeugdhulp zonder verblijf", "Duiding"] == ""
    assert "Alle jeugdcijfers zijn voorlopig." in texts(at)


# --- beoordelen ------------------------------------------------------------------------------


def write_review_copy(rows: list[tuple[str, str, str]]) -> None:
    """A review copy as the pipeline writes it (wijkwijs.publish.review_copy)."""
    target = paths().review_copy
    target.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(target)) as con:
        con.execute(
            "create table youth_input_held (source_key varchar, held_hash varchar, "
            "held_idea varchar, held_activity varchar, scrub_markers varchar, "
            "review_reason varchar, theme varchar, theme_label varchar, age_band varchar, "
            "organisation varchar, support integer, quarter_start date, boundary_year integer,"
            " buurt_code varchar, buurt_name varchar, wijk_name varchar, "
            "location_precision varchar, review_decision varchar, is_published boolean)")
        for key, idea, reason in rows:
            con.execute(
                "insert into youth_input_held values (?, ?, ?, 'Inloopavond', null, ?, 'groen',"
                " 'Groen', '14-17', 'Jongerenwerk', 2, '2024-01-01', 2024, 'BU99990101', "
                "'Oude Markt', 'Centrum', 'buurt', null, false)",
                [key, reviews.held_hash(idea, "Inloopavond"), idea, reason])


def test_a_youth_worker_approves_edits_and_rejects_held_ideas(data):
    write_review_copy([
        ("k-ok", "Met Quirijn een moestuin beginnen", "onbekend_woord_met_hoofdletter"),
        ("k-edit", "Een bankje bij de Brink 4", "mogelijk_adres"),
        ("k-no", "Bel 123456 voor de sleutel", "cijfers_over"),
    ])
    at = app_as("jw@gemeente.nl", "pages/beoordelen.py")
    assert [m.value for m in at.metric] == ["3", "0", "0"]
    assert "een onbekend woord met een hoofdletter, misschien een naam" in texts(at)
    next(b for b in at.button if b.label == "Goedkeuren" and "k-ok" in b.id).click().run()
    assert at.success[0].value.startswith("Goedgekeurd.")
    at.text_area(key="review_k-edit_text").input("Een bankje bij het plein, bel 06-12345678")
    next(b for b in at.button if b.label == "Goedkeuren" and "k-edit" in b.id).click().run()
    assert "'06-12345678' → telefoonnummer" in at.info[0].value
    at.text_input(key="review_k-no_reason").input("Een nummer dat naar iemand leidt")
    next(b for b in at.button if b.label == "Afwijzen" and "k-no" in b.id).click().run()
    decided = reviews.decisions(app_db(), access_of("jw@gemeente.nl"))
    assert {k: (r.decision, r.idea, r.decided_by) for k, r in decided.items()} == {
        "k-ok": ("goedgekeurd", None, "jw@gemeente.nl"),
        "k-edit": ("goedgekeurd", "Een bankje bij het plein, bel [telefoonnummer]",
                   "jw@gemeente.nl"),
        "k-no": ("afgewezen", None, "jw@gemeente.nl"),
    }
    assert [m.value for m in at.metric] == ["0", "2", "1"]
    at.radio(key="review_view").set_value("Beoordeeld").run()
    assert "wordt nooit gepubliceerd" in texts(at)
    assert "wordt gepubliceerd bij de volgende verwerking" in texts(at)


def test_the_review_page_is_for_youth_workers_and_analysts_only(data):
    write_review_copy([("k", "Met Quirijn", "onbekend_woord_met_hoofdletter")])
    for email in ("team@gemeente.nl", "plan@gemeente.nl", "beleid@gemeente.nl"):
        at = app_as(email)
        with pytest.raises(Exception, match="Could not find a navigation page"):
            at.switch_page("pages/beoordelen.py").run()
    assert app_as("analist@gemeente.nl", "pages/beoordelen.py").metric[0].value == "1"


def test_without_a_review_copy_the_page_says_what_to_do(data):
    at = app_as("jw@gemeente.nl", "pages/beoordelen.py")
    assert "make pipeline" in at.info[0].value


def access_of(email: str) -> Access:
    return USERS[email]


# --- feedback on ideas (Jongereninbreng) ----------------------------------------------------


def test_a_planner_answers_an_idea_and_reads_the_teams_notes(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    build_youth_serving(folder / "serving" / "wijkwijs.duckdb")
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(folder))
    monkeypatch.setenv("WIJKWIJS_APP_DB", f"sqlite:///{folder / 'app.sqlite'}")
    from wijkwijs.appdb.scope import Area

    db = app_db()
    notes.add_note(db, TEAM_CENTRUM, Area("buurt", "BU99990101", "Marktkwartier"),
                   "Veel jongeren hangen bij het plein.", period_start=date(2025, 6, 1))
    notes.add_note(db, TEAM_CENTRUM, WIJK_CENTRUM, "Wijkbrede duiding.",
                   period_start=date(2025, 6, 1))
    at = app_as("plan@gemeente.nl")
    at.multiselect[0].set_value(["BU99990101"]).run()
    shown = texts(at)
    assert "Veel jongeren hangen bij het plein." in shown  # a buurt of the plan area
    assert "Wijkbrede duiding." not in shown  # not a buurt note: not for the planner
    options = at.selectbox(key="feedback_idea").options
    assert len(options) == 6
    at.radio(key="feedback_status").set_value("niet_haalbaar")
    at.text_area(key="feedback_why").input("De grond is van het waterschap.")
    button(at, "Antwoord opslaan").click().run()
    assert at.success[0].value == "Antwoord opgeslagen."
    # ideas are answered under their published id (a keyed hash of the source key)
    with duckdb.connect(str(folder / "serving" / "wijkwijs.duckdb"), read_only=True) as con:
        published = [r for (r,) in con.execute(
            "select record_id from youth_input_records").fetchall()]
    answers = feedback.feedback_for(db, access_of("plan@gemeente.nl"), published)
    ((key, answer),) = answers.items()
    assert (answer.status, answer.explanation, answer.updated_role) == (
        "niet_haalbaar", "De grond is van het waterschap.", "planner")
    table = at.dataframe[-1].value
    assert (table["Antwoord"] == "Niet haalbaar").sum() == 1
