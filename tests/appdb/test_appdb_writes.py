"""What the store does with a write, on SQLite and PostgreSQL: scrubbing, history, the version
check between two people, the signal's steps, the audit log."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from tests.appdb.people import ANALYST_USER, OUDE_MARKT, TEAM_CENTRUM, WIJK_CENTRUM
from wijkwijs.appdb import actions, audit, feedback, notes, reviews, signals
from wijkwijs.appdb.errors import ConflictError, InvalidInput, NeedsConfirmation

MARCH = date(2024, 3, 1)
PLACES = ("Demstervoort", "Oude Markt", "Centrum")


# --- notes ---------------------------------------------------------------------------------


def test_a_note_is_scrubbed_and_the_writer_sees_what_was_removed(db):
    saved = notes.add_note(
        db, TEAM_CENTRUM, OUDE_MARKT,
        "Mevrouw Bakker (06-12345678) van de Molenstraat 12 belde; de stijging in Oude Markt "
        "komt door de nieuwe aanbieder. Mail: j.jansen@zorg.nl",
        period_start=MARCH, domain="wmo", category="huishoudelijke_hulp", places=PLACES,
    )
    text = saved.note.text
    for personal in ("06-12345678", "12 belde", "j.jansen@zorg.nl"):
        assert personal not in text
    assert "Oude Markt" in text and "[huisnummer]" in text  # the gemeente's own place stays
    assert "[telefoonnummer]" in text and "[e-mail]" in text
    removed = dict((marker, old) for old, marker in saved.scrubbed.removed)
    assert removed["[telefoonnummer]"] == "06-12345678"
    assert removed["[e-mail]"] == "j.jansen@zorg.nl"
    # what was removed is never stored, not even in the audit log
    with db.read() as session:
        (entry,) = audit.entries(session, "note", saved.note.id)
    assert "06-12345678" not in (entry.detail or "") and "jansen" not in (entry.detail or "")
    assert '"[telefoonnummer]"' in entry.detail
    (revision,) = notes.history(db, TEAM_CENTRUM, saved.note.id)
    assert revision.text == text


def test_an_unsure_text_needs_the_writer_to_confirm(db):
    with pytest.raises(NeedsConfirmation, match="mogelijk nog persoonsgegevens") as unsure:
        notes.add_note(db, TEAM_CENTRUM, OUDE_MARKT, "Overleg gehad met Quirijn over 123456.",
                       period_start=MARCH)
    assert "lange reeks cijfers" in str(unsure.value)
    assert notes.notes_for(db, TEAM_CENTRUM) == []
    saved = notes.add_note(db, TEAM_CENTRUM, OUDE_MARKT, "Overleg gehad met Quirijn over 123456.",
                           period_start=MARCH, confirm_unsure=True)
    assert saved.note.id


UNSURE = "Overleg gehad met Quirijn over 123456."  # a possible name and a long number


def test_every_free_text_write_asks_before_saving_a_doubtful_text(db):
    """Signals, actions and feedback ask like notes do: nothing is saved until the writer
    confirms, whichever field the scrubber doubts."""
    def refused(write):
        with pytest.raises(NeedsConfirmation, match="lange reeks cijfers"):
            write(False)
        return write(True)

    raised = refused(lambda ok: signals.raise_signal(
        db, TEAM_CENTRUM, OUDE_MARKT, title="Wachtlijst", domains=["wmo"],
        what_happened="De wachtlijst groeit.", owner=UNSURE, confirm_unsure=ok)).signal
    assert [s.id for s in signals.signals_for(db, TEAM_CENTRUM)] == [raised.id]
    moved = refused(lambda ok: signals.move_signal(
        db, TEAM_CENTRUM, raised.id, 1, signals.DISCUSSED, comment=UNSURE, confirm_unsure=ok))
    assert (moved.version, moved.status) == (2, "besproken")
    edited = refused(lambda ok: signals.update_signal(
        db, TEAM_CENTRUM, raised.id, 2, workaround=UNSURE, confirm_unsure=ok))
    assert edited.version == 3 and "123456" in edited.workaround
    action, _ = refused(lambda ok: actions.add_action(
        db, TEAM_CENTRUM, OUDE_MARKT, text=UNSURE, owner="Wijkcoach", confirm_unsure=ok))
    assert [a.id for a in actions.actions_for(db, TEAM_CENTRUM)] == [action.id]
    changed = refused(lambda ok: actions.update_action(
        db, TEAM_CENTRUM, action.id, 1, owner=UNSURE, confirm_unsure=ok))
    assert changed.version == 2
    row, _ = refused(lambda ok: feedback.set_feedback(
        db, ANALYST_USER, "k", feedback.NOT_FEASIBLE, expected_version=None,
        explanation=UNSURE, confirm_unsure=ok))
    assert row.version == 1  # the refused attempt wrote nothing before it
    # a text the scrubber does not doubt is saved without asking
    plain, _ = actions.add_action(db, TEAM_CENTRUM, OUDE_MARKT, text="Navragen", owner="Team")
    assert plain.version == 1


def test_edits_keep_their_history_and_period_rules(db):
    first = notes.add_note(db, TEAM_CENTRUM, WIJK_CENTRUM, "Eerste duiding.",
                           period_start=date(2024, 3, 17), period_end=date(2024, 5, 2)).note
    assert (first.period_start, first.period_end) == (date(2024, 3, 1), date(2024, 5, 1))
    second = notes.edit_note(db, ANALYST_USER, first.id, 1, "Tweede duiding.",
                             period_start=MARCH, period_end=date(2024, 5, 1),
                             domain="jeugd").note
    assert (second.version, second.text, second.domain) == (2, "Tweede duiding.", "jeugd")
    history = notes.history(db, TEAM_CENTRUM, first.id)
    assert [(r.version, r.text, r.written_role) for r in history] == [
        (1, "Eerste duiding.", "wijkteam"), (2, "Tweede duiding.", "analyst")]
    with pytest.raises(InvalidInput, match="eindigt voor ze begint"):
        notes.add_note(db, TEAM_CENTRUM, OUDE_MARKT, "x", period_start=MARCH,
                       period_end=date(2024, 1, 1))
    with pytest.raises(InvalidInput, match="domein"):
        notes.add_note(db, TEAM_CENTRUM, OUDE_MARKT, "x", period_start=MARCH, domain="zorg")
    with pytest.raises(InvalidInput, match="Vul 'tekst' in"):
        notes.add_note(db, TEAM_CENTRUM, OUDE_MARKT, "   ", period_start=MARCH)
    # the period filter keeps notes that overlap it
    assert [n.id for n in notes.notes_for(db, TEAM_CENTRUM, period_from=date(2024, 4, 1))] == [
        first.id]
    assert notes.notes_for(db, TEAM_CENTRUM, period_to=date(2024, 2, 1)) == []


# --- two people, one record -----------------------------------------------------------------


def test_the_second_of_two_edits_is_refused_with_a_dutch_message(db):
    note = notes.add_note(db, TEAM_CENTRUM, OUDE_MARKT, "Begin.", period_start=MARCH).note
    notes.edit_note(db, TEAM_CENTRUM, note.id, note.version, "De versie van de eerste collega.",
                    period_start=MARCH)
    with pytest.raises(ConflictError, match="intussen gewijzigd door een collega \\(wijkteam\\)") \
            as conflict:
        notes.edit_note(db, ANALYST_USER, note.id, note.version, "De versie van de tweede collega.",
                        period_start=MARCH)
    assert "niet opgeslagen" in str(conflict.value) and conflict.value.current_version == 2
    (kept,) = notes.notes_for(db, TEAM_CENTRUM)
    assert (kept.text, kept.version) == ("De versie van de eerste collega.", 2)
    assert [r.text for r in notes.history(db, TEAM_CENTRUM, note.id)] == [
        "Begin.", "De versie van de eerste collega."]


def test_two_writers_at_the_same_moment_one_wins_the_other_is_told(db):
    """Two threads (two app sessions) save the same version at once: exactly one update
    lands, the other gets the conflict; no lost update, whatever the timing."""
    note = notes.add_note(db, TEAM_CENTRUM, OUDE_MARKT, "Begin.", period_start=MARCH).note
    start = threading.Barrier(2)
    outcome: dict[str, str] = {}

    def save(name: str) -> None:
        start.wait()
        try:
            notes.edit_note(db, TEAM_CENTRUM, note.id, note.version,
                            f"De versie van de {name} collega.", period_start=MARCH)
            outcome[name] = "saved"
        except ConflictError:
            outcome[name] = "conflict"

    threads = [threading.Thread(target=save, args=(n,)) for n in ("eerste", "tweede")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcome.values()) == ["conflict", "saved"]
    winner = next(n for n, o in outcome.items() if o == "saved")
    (kept,) = notes.notes_for(db, TEAM_CENTRUM)
    assert (kept.text, kept.version) == (f"De versie van de {winner} collega.", 2)
    assert len(notes.history(db, TEAM_CENTRUM, note.id)) == 2


def test_every_versioned_record_refuses_a_stale_write(db):
    signal = signals.raise_signal(db, TEAM_CENTRUM, OUDE_MARKT, title="t", domains=["jeugd"],
                                  what_happened="w").signal
    signals.move_signal(db, TEAM_CENTRUM, signal.id, 1, signals.DISCUSSED)
    with pytest.raises(ConflictError, match="Dit signaal is intussen gewijzigd"):
        signals.update_signal(db, ANALYST_USER, signal.id, 1, owner="Team Jeugd")
    action, _ = actions.add_action(db, TEAM_CENTRUM, OUDE_MARKT, text="a", owner="o")
    actions.update_action(db, TEAM_CENTRUM, action.id, 1, status="bezig")
    with pytest.raises(ConflictError, match="Deze afspraak is intussen gewijzigd"):
        actions.update_action(db, ANALYST_USER, action.id, 1, status="afgerond")
    feedback.set_feedback(db, ANALYST_USER, "key-1", feedback.IN_PROGRESS,
                          expected_version=None)
    with pytest.raises(ConflictError, match="De terugkoppeling op dit idee"):
        # a second person who also saw no answer yet
        feedback.set_feedback(db, ANALYST_USER, "key-1", feedback.NOT_FEASIBLE,
                              expected_version=None, explanation="te duur")
    reviews.decide(db, ANALYST_USER, "key-1", reviews.APPROVED, expected_version=None,
                   held_idea="i", held_activity="a")
    with pytest.raises(ConflictError, match="Het besluit over dit idee"):
        reviews.decide(db, ANALYST_USER, "key-1", reviews.REJECTED, expected_version=None,
                       held_idea="i", held_activity="a", reason="dubbel")


# --- signals ---------------------------------------------------------------------------------


def test_a_signal_moves_open_discussed_solved_with_dates_and_an_owner(db):
    raised = signals.raise_signal(
        db, TEAM_CENTRUM, WIJK_CENTRUM, title="Bijstand stopt bij opname",
        domains=["participatiewet", "wmo"],
        what_happened="Bij opname van Jan de Vries stopte de bijstand direct.",
        workaround="Voorschot via de bijzondere bijstand.", who_should_act="Werk en Inkomen",
        raised_on=date(2024, 3, 4), places=PLACES,
    )
    view = raised.signal
    assert view.domains == ("wmo", "participatiewet")
    assert "Jan de Vries" not in view.what_happened and "[naam]" in view.what_happened
    assert raised.scrubbed["what_happened"].removed
    with pytest.raises(InvalidInput, match="kan niet naar Opgelost; wel naar: Besproken"):
        signals.move_signal(db, TEAM_CENTRUM, view.id, view.version, signals.SOLVED)
    step = signals.move_signal(db, TEAM_CENTRUM, view.id, view.version, signals.DISCUSSED,
                               on_date=date(2024, 3, 12), comment="In het teamoverleg.")
    with pytest.raises(InvalidInput, match="voor de vorige stap"):
        signals.move_signal(db, TEAM_CENTRUM, view.id, step.version, signals.SOLVED,
                            on_date=date(2024, 3, 1))
    done = signals.move_signal(db, TEAM_CENTRUM, view.id, step.version, signals.SOLVED,
                               on_date=date(2024, 4, 2), owner="Teamleider W&I")
    assert (done.status, done.owner, done.status_on) == ("opgelost", "Teamleider W&I",
                                                         date(2024, 4, 2))
    assert [(e.status_to, e.on_date) for e in done.events] == [
        ("open", date(2024, 3, 4)), ("besproken", date(2024, 3, 12)),
        ("opgelost", date(2024, 4, 2))]
    assert done.date_of("besproken") == date(2024, 3, 12)
    frame = signals.counts_frame(signals.signals_for(db, ANALYST_USER))
    assert sorted(frame["domain"]) == ["participatiewet", "wmo"]
    assert set(frame["closed_on"]) == {date(2024, 4, 2)}
    with pytest.raises(InvalidInput, match="ten minste één domein"):
        signals.raise_signal(db, TEAM_CENTRUM, OUDE_MARKT, title="t", domains=[],
                             what_happened="w")


# --- actions, reviews, feedback ---------------------------------------------------------------


def test_an_action_links_to_a_note_or_signal_of_its_gemeente(db):
    note = notes.add_note(db, TEAM_CENTRUM, OUDE_MARKT, "Duiding.", period_start=MARCH).note
    action, _ = actions.add_action(db, TEAM_CENTRUM, OUDE_MARKT, text="Navragen bij aanbieder",
                                   owner="Wijkcoach", due_on=date(2024, 4, 1), note_id=note.id,
                                   domain="wmo", category="huishoudelijke_hulp")
    assert (action.note_id, action.status, action.category) == (note.id, "open",
                                                                "huishoudelijke_hulp")
    with pytest.raises(InvalidInput, match="gekoppelde signaal"):
        actions.add_action(db, TEAM_CENTRUM, OUDE_MARKT, text="x", owner="y", signal_id=999)
    later, _ = actions.add_action(db, TEAM_CENTRUM, OUDE_MARKT, text="Later", owner="y")
    due = actions.actions_for(db, TEAM_CENTRUM, due_before=date(2024, 4, 30))
    assert [a.id for a in due] == [action.id]
    assert [a.id for a in actions.actions_for(db, TEAM_CENTRUM)] == [action.id, later.id]


def test_review_edit_reject_and_withdraw(db):
    done = reviews.decide(db, ANALYST_USER, "src-1", reviews.APPROVED, expected_version=None,
                          held_idea="Met Quirijn een bankje bij de Brink 4",
                          held_activity="inloop",
                          idea="een bankje bij het plein, bel 06-12345678", places=PLACES)
    # the edit went through the scrubber; the unchanged activity is not stored as an edit
    assert done.review.idea == "een bankje bij het plein, bel [telefoonnummer]"
    assert done.review.activity is None and set(done.scrubbed) == {"idea"}
    with pytest.raises(InvalidInput, match="Vul 'reden' in"):
        reviews.decide(db, ANALYST_USER, "src-2", reviews.REJECTED, expected_version=None,
                       held_idea="i", held_activity="a")
    reviews.withdraw(db, ANALYST_USER, "src-1", done.review.version)
    assert reviews.decisions(db, ANALYST_USER) == {}
    again = reviews.decide(db, ANALYST_USER, "src-1", reviews.REJECTED, expected_version=None,
                           held_idea="i", held_activity="a", reason="Bel 0612345678 terug")
    assert again.review.reason == "Bel [telefoonnummer] terug"
    with db.read() as session:
        trail = [e.action for e in audit.entries(session, "youth_review")]
    assert trail == ["youth_review.goedgekeurd", "youth_review.withdraw",
                     "youth_review.afgewezen"]


def test_feedback_needs_a_plan_or_a_reason(db):
    with pytest.raises(InvalidInput, match="Vul 'plan' in"):
        feedback.set_feedback(db, ANALYST_USER, "k", feedback.IN_PLAN, expected_version=None)
    with pytest.raises(InvalidInput, match="Vul 'toelichting' in"):
        feedback.set_feedback(db, ANALYST_USER, "k", feedback.NOT_FEASIBLE,
                              expected_version=None)
    # a year after a word could be a house number: the writer confirms
    with pytest.raises(NeedsConfirmation, match="misschien een adres"):
        feedback.set_feedback(db, ANALYST_USER, "k", feedback.IN_PLAN, expected_version=None,
                              plan_name="Omgevingsplan Centrum 2025")
    row, _ = feedback.set_feedback(db, ANALYST_USER, "k", feedback.IN_PLAN,
                                   expected_version=None, plan_name="Omgevingsplan Centrum 2025",
                                   confirm_unsure=True)
    row, _ = feedback.set_feedback(db, ANALYST_USER, "k", feedback.NOT_FEASIBLE,
                                   expected_version=row.version,
                                   explanation="Geen ruimte: de grond is van het waterschap.")
    assert (row.status, row.version, row.plan_name) == ("niet_haalbaar", 2, None)
    assert feedback.feedback_for(db, ANALYST_USER, ["k", "x"]).keys() == {"k"}
