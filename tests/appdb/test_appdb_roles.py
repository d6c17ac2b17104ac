"""Roles, per role and action, enforced by the store itself (issue 18.6, 15.3, 15.4).

A wijkteam writes for its own areas only; analysts and beleid read all; a planner reads notes
and signals of a plan area's buurten; only youth workers and analysts review; planners,
youth workers and analysts give feedback on ideas. Every write is in the audit log.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.appdb.people import (
    ANALYST_USER,
    BLOEMEN,
    EVERYONE,
    GEMEENTE,
    HAVEN,
    OUDE_MARKT,
    PLANNER_USER,
    POLICY_USER,
    TEAM_CENTRUM,
    TEAM_NOORD,
    WIJK_CENTRUM,
    YOUTH_WORKER_USER,
)
from wijkwijs.appdb import actions, audit, feedback, meetings, notes, reviews, signals

MARCH = date(2024, 3, 1)


def _note(db, who, area, text="De stijging in maart komt door de nieuwe aanbieder."):
    return notes.add_note(db, who, area, text, period_start=MARCH).note


def _signal(db, who, area):
    return signals.raise_signal(
        db, who, area, title="Indicatie Wmo duurt zes weken", domains=["wmo"],
        what_happened="De aanvraag moest via het loket terwijl de buurtcoach alles al wist.",
        workaround="Tijdelijk via de buurtcoach geregeld.", who_should_act="Beleid Wmo",
    ).signal


def _action(db, who, area):
    return actions.add_action(db, who, area, text="Cijfers jeugd bespreken met de huisarts",
                              owner="Sociaal makelaar", due_on=date(2024, 5, 1))[0]


WRITES = {
    "note": _note,
    "signal": _signal,
    "action": _action,
    "meeting": lambda db, who, area: meetings.record_meeting(db, who, area, date(2024, 4, 2)),
}
# who may write where: (role user, area) → allowed
WRITE_CASES = [
    (ANALYST_USER, GEMEENTE, True),
    (ANALYST_USER, BLOEMEN, True),
    (TEAM_CENTRUM, WIJK_CENTRUM, True),
    (TEAM_CENTRUM, OUDE_MARKT, True),
    (TEAM_CENTRUM, BLOEMEN, False),  # another team's buurt
    (TEAM_CENTRUM, GEMEENTE, False),  # the gemeente is not its own area
    (TEAM_NOORD, HAVEN, False),
    (POLICY_USER, OUDE_MARKT, False),
    (PLANNER_USER, OUDE_MARKT, False),
    (YOUTH_WORKER_USER, OUDE_MARKT, False),
]


@pytest.mark.parametrize("kind", sorted(WRITES))
@pytest.mark.parametrize(("who", "area", "allowed"), WRITE_CASES,
                         ids=[f"{w.role}-{a.code}" for w, a, _ in WRITE_CASES])
def test_who_may_write_where(db, kind, who, area, allowed):
    if allowed:
        row = WRITES[kind](db, who, area)
        with db.read() as session:
            logged = audit.entries(session, None, row.id)
        assert [(e.user_id, e.role) for e in logged][-1] == (who.user_id, who.role)
    else:
        with pytest.raises(PermissionError, match=f"Uw rol \\({who.label}\\)"):
            WRITES[kind](db, who, area)
        with db.read() as session:
            assert audit.entries(session) == []


@pytest.fixture
def one_of_each(db):
    """A note, signal and action in Oude Markt (Centrum), Bloemenbuurt (Noord) and the
    gemeente, written by the analyst."""
    rows = {}
    for area in (OUDE_MARKT, BLOEMEN, GEMEENTE):
        rows[area.code] = (_note(db, ANALYST_USER, area), _signal(db, ANALYST_USER, area),
                           _action(db, ANALYST_USER, area))
    return rows


READ_CASES = [
    (ANALYST_USER, (), {"BU99990101", "BU99990201", "GM9999"}),
    (POLICY_USER, (), {"BU99990101", "BU99990201", "GM9999"}),
    (TEAM_CENTRUM, (), {"BU99990101", "GM9999"}),
    (TEAM_NOORD, (), {"BU99990201", "GM9999"}),
    (PLANNER_USER, ("BU99990201",), {"BU99990201"}),  # the plan area's buurten only
    (PLANNER_USER, (), set()),
]


@pytest.mark.parametrize(("who", "plan", "expected"), READ_CASES,
                         ids=[f"{w.role}-{len(p)}" for w, p, _ in READ_CASES])
def test_who_reads_which_notes_and_signals(db, one_of_each, who, plan, expected):
    got_notes = {n.area_code for n in notes.notes_for(db, who, plan_buurten=plan)}
    got_signals = {s.area_code for s in signals.signals_for(db, who, plan_buurten=plan)}
    assert got_notes == got_signals == expected


def test_a_planner_reads_no_actions_and_a_youth_worker_no_workspace(db, one_of_each):
    with pytest.raises(PermissionError, match="planner"):
        actions.actions_for(db, PLANNER_USER)
    for call in (notes.notes_for, signals.signals_for, actions.actions_for):
        with pytest.raises(PermissionError, match="jongerenwerker"):
            call(db, YOUTH_WORKER_USER)
    assert {a.area_code for a in actions.actions_for(db, TEAM_NOORD)} == {"BU99990201", "GM9999"}


def test_who_may_move_a_signal(db, one_of_each):
    own = one_of_each["BU99990101"][1]
    other = one_of_each["BU99990201"][1]
    moved = signals.move_signal(db, TEAM_CENTRUM, own.id, own.version, signals.DISCUSSED)
    assert moved.status == signals.DISCUSSED
    with pytest.raises(PermissionError, match="wijkteam"):
        signals.move_signal(db, TEAM_CENTRUM, other.id, other.version, signals.DISCUSSED)
    for who in (PLANNER_USER, YOUTH_WORKER_USER):
        with pytest.raises(PermissionError):
            signals.move_signal(db, who, other.id, other.version, signals.DISCUSSED)
    # the gemeente (beleid) takes on and escalates any signal
    step = signals.move_signal(db, POLICY_USER, other.id, other.version, signals.DISCUSSED)
    step = signals.move_signal(db, POLICY_USER, other.id, step.version, signals.ESCALATED,
                               owner="Beleidsadviseur Wmo")
    assert (step.status, step.owner) == (signals.ESCALATED, "Beleidsadviseur Wmo")
    with db.read() as session:
        moves = [(e.role, e.action) for e in audit.entries(session, "signal", other.id)]
    assert moves == [("analyst", "signal.raise"), ("beleid", "signal.status"),
                     ("beleid", "signal.status")]


def test_who_may_edit_or_remove_a_note_and_update_an_action(db, one_of_each):
    note, _, action = one_of_each["BU99990201"]
    with pytest.raises(PermissionError):
        notes.edit_note(db, TEAM_CENTRUM, note.id, note.version, "x", period_start=MARCH)
    with pytest.raises(PermissionError):
        notes.remove_note(db, POLICY_USER, note.id, note.version)
    with pytest.raises(PermissionError):
        actions.update_action(db, TEAM_CENTRUM, action.id, action.version, status="afgerond")
    edited = notes.edit_note(db, TEAM_NOORD, note.id, note.version, "Nieuwe duiding.",
                             period_start=MARCH).note
    assert (edited.version, edited.updated_role) == (2, "wijkteam")
    done = actions.update_action(db, TEAM_NOORD, action.id, action.version, status="afgerond")
    assert done.status == "afgerond"
    notes.remove_note(db, TEAM_NOORD, note.id, edited.version)
    assert [n.area_code for n in notes.notes_for(db, TEAM_NOORD)] == ["GM9999"]


@pytest.mark.parametrize("who", EVERYONE, ids=[w.role + w.user_id[:9] for w in EVERYONE])
def test_who_may_review_and_give_feedback(db, who):
    may_review = who.role in ("analyst", "jongerenwerker")
    may_answer = who.role in ("analyst", "jongerenwerker", "planner")
    key = f"k-{who.user_id}"
    if may_review:
        done = reviews.decide(db, who, key, reviews.APPROVED, expected_version=None,
                              held_idea="een skatebaan", held_activity="inloop")
        assert (done.review.decided_by, done.review.decided_role) == (who.user_id, who.role)
    else:
        with pytest.raises(PermissionError, match="beoordelen"):
            reviews.decide(db, who, key, reviews.APPROVED, expected_version=None,
                           held_idea="een skatebaan", held_activity="inloop")
    if may_answer:
        row, _ = feedback.set_feedback(db, who, key, feedback.IN_PROGRESS, expected_version=None)
        assert row.updated_role == who.role
    else:
        with pytest.raises(PermissionError, match="terugkoppeling"):
            feedback.set_feedback(db, who, key, feedback.IN_PROGRESS, expected_version=None)
    with db.read() as session:
        logged = {(e.action, e.user_id) for e in audit.entries(session)}
    expected = ({("youth_review.goedgekeurd", who.user_id)} if may_review else set()) | (
        {("idea_feedback.set", who.user_id)} if may_answer else set())
    assert logged == expected
