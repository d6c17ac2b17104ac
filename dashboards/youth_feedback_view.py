"""Two sections at the end of the Jongereninbreng page, in a module of their own:

- "Wat is er met de ideeën gedaan": per idea of the plan area an answer (planner, youth
  worker, analyst; wijkwijs.appdb.feedback) and the feedback document for the young people;
- "Duiding en signalen van de wijkteams": what the teams wrote about the plan area's buurten
  (the planner reads those of the plan area only; wijkwijs.appdb.scope).

The page calls `section(records, area_name, buurt_codes)` once; nothing else of it changes.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboards import exports
from dashboards import workspace as ws
from wijkwijs.access import IDEA_FEEDBACK, WORKSPACE_PLAN_AREA, WORKSPACE_READ
from wijkwijs.appdb import feedback, notes, signals
from wijkwijs.domains import domain_labels
from wijkwijs.youth import feedback as feedback_doc


def section(records: pd.DataFrame, area_name: str, buurt_codes: list[str]) -> None:
    who = ws.access()
    if who.can(IDEA_FEEDBACK):
        _feedback(records, area_name)
    if who.can(WORKSPACE_PLAN_AREA) or who.can(WORKSPACE_READ):
        _team_notes(buurt_codes)


def _feedback(records: pd.DataFrame, area_name: str) -> None:
    st.markdown("#### Wat is er met de ideeën gedaan")
    ws.show_flash()
    if records.empty:
        st.caption("Geen ideeën in dit plangebied om op te antwoorden.")
        return
    who, db = ws.access(), ws.db()
    answers = feedback.feedback_for(db, who, records["record_id"])
    frame = feedback_doc.with_feedback(records, answers)
    st.caption(feedback_doc.summary_text(frame))
    st.dataframe(pd.DataFrame({
        "Idee": frame["idea"], "Thema": frame["theme_label"], "Buurt": frame["buurt_name"],
        "Antwoord": frame["status_label"],
        "Plan of toelichting": [feedback_doc.answer_text(r) if r.status != "geen_antwoord"
                                else "" for r in frame.itertuples(index=False)],
    }), hide_index=True)
    ideas = {r.record_id: f"{ws.short(r.idea, 80)} ({r.buurt_name}, "
             f"{feedback_doc.quarter_label(r.quarter_start)})"
             for r in frame.itertuples(index=False)}
    with st.form("feedback_form"):
        chosen = st.selectbox("Idee", list(ideas), key="feedback_idea",
                              format_func=ideas.get)
        status = st.radio("Wat is ermee gedaan?", list(feedback.STATUS_LABELS),
                          format_func=feedback.STATUS_LABELS.get, horizontal=True,
                          key="feedback_status")
        plan = st.text_input("In welk plan (bij 'opgenomen')", key="feedback_plan")
        why = st.text_area("Toelichting (bij 'niet haalbaar': waarom)", key="feedback_why")
        key = f"feedback_{chosen}"
        confirmed = ws.confirm_box(key)
        if st.form_submit_button("Antwoord opslaan", type="primary"):
            current = answers.get(chosen)
            seen = st.session_state.get(f"{key}_seen", current.version if current else None)
            with ws.saving(key, draft=why):
                _, scrubbed = feedback.set_feedback(
                    db, who, chosen, status, expected_version=seen, plan_name=plan,
                    explanation=why, places=ws.places(), confirm_unsure=confirmed)
                ws.done("Antwoord opgeslagen.", scrubbed,
                        clear=("feedback_plan", "feedback_why", f"{key}_seen", f"{key}_ask",
                               f"{key}_confirm"))
    what = f"Terugkoppeling jongereninbreng: {area_name}"
    st.download_button(
        "Terugkoppeling voor jongeren (PDF)",
        lambda: exports.audited(what, "pdf", feedback_doc.feedback_pdf, frame, area_name),
        "terugkoppeling_jongeren.pdf", mime="application/pdf", on_click="ignore",
        icon=":material/picture_as_pdf:", key="feedback_pdf",
        help="Per idee wat ermee is gedaan, om mee te nemen naar de jongeren",
    )


def _team_notes(buurt_codes: list[str]) -> None:
    st.markdown("#### Duiding en signalen van de wijkteams")
    if not buurt_codes:
        st.caption("Geen buurten in dit plangebied.")
        return
    who, db = ws.access(), ws.db()
    found_notes = notes.notes_for(db, who, area_codes=buurt_codes, plan_buurten=buurt_codes)
    found_signals = signals.signals_for(db, who, area_codes=buurt_codes,
                                        plan_buurten=buurt_codes)
    if not found_notes and not found_signals:
        st.caption("De wijkteams schreven nog niets over de buurten van dit plangebied.")
        return
    for note in found_notes:
        st.markdown(f"**{note.area_name} · {ws.period_text(note.period_start, note.period_end)}"
                    f"** — {ws.highlight(note.text)}")
        st.caption(f"{ws.role_text(note.updated_role)}, {ws.when(note.updated_at)}")
    for item in found_signals:
        domains = ", ".join(domain_labels()[d] for d in item.domains)
        st.markdown(f"**Signaal: {item.title}** ({item.area_name} · {domains} · "
                    f"{signals.STATUS_LABELS[item.status]}) — {ws.highlight(item.what_happened)}")
