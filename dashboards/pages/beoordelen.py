"""Beoordelen: held youth input, approved (maybe edited) or rejected by a youth worker.

UI only: the held records come from the review copy (dashboards/review_queries.py), the
decisions go to the application database (wijkwijs.appdb.reviews); the next pipeline run
publishes an approved record and never a rejected one.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboards import review_queries, widgets
from dashboards import workspace as ws
from wijkwijs.appdb import reviews
from wijkwijs.appdb.text import REASON_TEXT

widgets.keep_only_params([])
st.header("Beoordelen")
st.caption("Ideeën van jongeren waarover de automatische controle twijfelde, staan hier en "
           "worden niet gepubliceerd tot iemand ze goedkeurt. Lees de tekst: gemarkeerd is wat "
           "al is weggehaald. Pas aan wat nog naar een persoon kan verwijzen, keur goed of wijs "
           "af. Een besluit geldt ook als hetzelfde bestand opnieuw wordt aangeleverd.")
ws.show_flash()
who = ws.access()
held = review_queries.held_records()
if held is None:
    st.info("Er is nog geen beoordelingslijst: die ontstaat bij de eerstvolgende verwerking "
            "van de jongereninbreng (make pipeline).", icon=":material/hourglass_empty:")
    st.stop()
if held.empty:
    st.success("Er wachten geen ideeën op beoordeling.", icon=":material/check_circle:")
    st.stop()
db = ws.db()
decided = reviews.decisions(db, who, held["source_key"])
places = ws.places()


def state_of(row) -> str:
    decision = decided.get(row.source_key)
    if decision is None:
        return "open"
    if decision.held_hash != row.held_hash:
        return "changed"  # a re-delivery changed the text: the old decision no longer counts
    return decision.decision


states = [state_of(r) for r in held.itertuples(index=False)]
held = held.assign(state=states)
waiting = held["state"].isin(["open", "changed"])
c1, c2, c3 = st.columns(3)
c1.metric("Te beoordelen", int(waiting.sum()))
c2.metric("Goedgekeurd", int((held["state"] == reviews.APPROVED).sum()))
c3.metric("Afgewezen", int((held["state"] == reviews.REJECTED).sum()))
view = st.radio("Tonen", ["Te beoordelen", "Beoordeeld", "Alle"], horizontal=True,
                key="review_view")
shown = held[waiting] if view == "Te beoordelen" else (
    held[~waiting] if view == "Beoordeeld" else held)
if shown.empty:
    st.caption("Niets in deze lijst.")

for row in shown.itertuples(index=False):
    decision = decided.get(row.source_key)
    key = f"review_{row.source_key}"
    reasons = [REASON_TEXT.get(r, r.replace("_", " ")) for r in
               (row.review_reason or "").split(",") if r]
    quarter = pd.Timestamp(row.quarter_start)
    with st.container(border=True):
        st.markdown(f"> {ws.highlight(row.held_idea)}")
        st.caption(f"{row.theme_label} · {row.buurt_name or row.buurt_code} · {quarter.year} "
                   f"K{quarter.quarter} · {row.age_band} jaar · {row.organisation}, "
                   f"{ws.highlight(row.held_activity)}")
        st.markdown("**Waarom vastgehouden:** " + ("; ".join(reasons) or "onbekend"))
        if row.state in (reviews.APPROVED, reviews.REJECTED):
            label = reviews.DECISION_LABELS[decision.decision]
            published = ("gepubliceerd" if row.is_published else
                         "wordt gepubliceerd bij de volgende verwerking"
                         if decision.decision == reviews.APPROVED else "wordt nooit gepubliceerd")
            by = f"{decision.decided_by} ({ws.role_text(decision.decided_role)})"
            st.markdown(f"**{label}** door {by} op {ws.when(decision.decided_at)} · {published}")
            if decision.idea:
                st.markdown(f"Aangepaste tekst: {ws.highlight(decision.idea)}")
            if decision.reason:
                st.caption(f"Reden: {decision.reason}")
            if st.button("Besluit terugdraaien", key=f"{key}_undo"):
                with ws.saving(key):
                    reviews.withdraw(db, who, row.source_key, decision.version)
                    ws.done("Besluit teruggedraaid: het idee wacht weer op beoordeling.")
            continue
        if row.state == "changed":
            st.warning("De tekst is bij een nieuwe levering veranderd: het eerdere besluit geldt "
                       "niet meer. Beoordeel opnieuw.", icon=":material/update:")
        seen = ws.seen_version(key, decision.version if decision else None)
        with st.form(f"{key}_form"):
            idea = st.text_area("Tekst van het idee", value=row.held_idea, key=f"{key}_text")
            activity = st.text_input("Activiteit", value=row.held_activity,
                                     key=f"{key}_activity")
            reason = st.text_input("Reden bij afwijzen", key=f"{key}_reason")
            approve, reject = st.columns(2)
            do_approve = approve.form_submit_button("Goedkeuren", type="primary")
            do_reject = reject.form_submit_button("Afwijzen")
        if do_approve or do_reject:
            with ws.saving(key, draft=idea):
                done = reviews.decide(
                    db, who, row.source_key, reviews.APPROVED if do_approve else reviews.REJECTED,
                    expected_version=seen, held_idea=row.held_idea,
                    held_activity=row.held_activity, idea=idea, activity=activity,
                    reason=reason, places=places)
                ws.done(f"{reviews.DECISION_LABELS[done.review.decision]}. "
                        + ("Het idee wordt bij de volgende verwerking gepubliceerd."
                           if do_approve else "Het idee wordt nooit gepubliceerd."),
                        done.scrubbed, clear=(f"{key}_seen", f"{key}_text",
                                              f"{key}_activity", f"{key}_reason"))
