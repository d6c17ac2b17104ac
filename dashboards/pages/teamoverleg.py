"""Teamoverleg: "since our last meeting" for one area, on screen and as a one-page agenda."""

from __future__ import annotations

from datetime import date, timedelta

import streamlit as st

from dashboards import exports, meeting
from dashboards import workspace as ws
from wijkwijs.appdb import meetings
from wijkwijs.workspace.agenda import EMPTY, agenda_pdf
from wijkwijs.workspace.changes import display_table

page = ws.start(
    "Teamoverleg",
    "Het reflectiemoment: wat is er sinds het vorige overleg veranderd in de cijfers, welke "
    "signalen zijn nieuw, welke afspraken lopen af, wat zeiden jongeren en wat schreef het team "
    "erbij.", "het teamoverleg")
who, db, readable = page.who, page.db, page.readable
area = ws.area_picker(readable[readable["area_level"] != "gemeente"]
                      if (readable["area_level"] != "gemeente").any() else readable,
                      "Gebied", "gebied")
last = meetings.last_meeting(db, who, area.area_code, before=date.today() + timedelta(days=1))
left, right = st.columns(2)
since = left.date_input("Vorig overleg", value=last or date.today() - timedelta(days=28),
                        max_value=date.today(), key="meeting_since", format="DD-MM-YYYY",
                        help="Standaard de laatst vastgelegde datum van dit gebied")
next_meeting = right.date_input("Volgend overleg", value=date.today() + timedelta(days=28),
                                min_value=date.today(), key="meeting_next", format="DD-MM-YYYY")

with st.spinner("Agenda samenstellen…"):
    result = meeting.gather(db, who, area, since, next_meeting)
agenda = result.agenda

for heading, table, note in agenda.parts():
    st.subheader(heading)
    if heading.startswith("1.") and result.figures_allowed and len(result.changes):
        show_all = st.toggle("Alle cijfers tonen, ook zonder opvallende verandering",
                             key="meeting_all_figures")
        table = display_table(result.changes, only_changed=not show_all)
    if table.empty:
        st.caption({**EMPTY, **agenda.empty_texts}[heading])
    else:
        st.dataframe(table, hide_index=True)
    if note:
        st.caption(note)

st.divider()
c1, c2 = st.columns(2)
what = f"{agenda.title} · {since.strftime('%d-%m-%Y')}"
c1.download_button(
    "Agenda als PDF (1 pagina)", lambda: exports.audited(what, "pdf", agenda_pdf, agenda),
    file_name=f"{exports.file_stem('agenda', area.area_name, date.today().isoformat())}.pdf",
    mime="application/pdf", icon=":material/picture_as_pdf:", on_click="ignore",
    key="agenda_pdf",
)
if area.area_code in page.writable:
    if c2.button("Overleg van vandaag vastleggen", icon=":material/event_available:",
                 help="Het volgende overleg begint bij deze datum"):
        with ws.saving():
            meetings.record_meeting(db, who, ws.as_area(area), date.today())
            ws.done("Overleg vastgelegd: de volgende agenda begint vanaf vandaag.",
                    clear=("meeting_since",))
