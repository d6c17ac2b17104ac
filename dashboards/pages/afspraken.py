"""Afspraken: what the team agreed to do in an area. UI only (wijkwijs.appdb.actions)."""

from __future__ import annotations

from datetime import date, timedelta

import streamlit as st

from dashboards import reference_queries
from dashboards import workspace as ws
from wijkwijs.appdb import actions, notes, signals
from wijkwijs.domains import domain_labels

page = ws.start("Afspraken", "Wat het team afsprak: wat, wie, wanneer klaar, en waar het bij "
                "hoort: een cijfer, een duiding of een signaal.", "de afspraken")
who, db, readable, writable = page.who, page.db, page.readable, page.writable
area = ws.area_picker(readable, "Gebied", "gebied", writable=writable)
places = ws.places()
cats = reference_queries.categories()
figure_labels = dict(zip(cats["category"], cats["domain_label"] + ": " + cats["category_label"],
                         strict=True))
codes = ws.codes_under(area, readable)

# --- a new action --------------------------------------------------------------------------------
if area.area_code in writable:
    with st.expander("Nieuwe afspraak", icon=":material/add_task:"):
        area_notes = notes.notes_for(db, who, area_codes=codes)
        area_signals = signals.signals_for(db, who, area_codes=codes)
        with st.form("action_new"):
            text = st.text_area("Wat is afgesproken?", key="action_new_text")
            left, right = st.columns(2)
            owner = left.text_input("Wie (functie of team)", key="action_new_owner")
            due = right.date_input("Klaar op", value=date.today() + timedelta(days=28),
                                   key="action_new_due", format="DD-MM-YYYY")
            link = st.radio("Hoort bij", ["niets", "een cijfer", "een duiding", "een signaal"],
                            horizontal=True, key="action_new_link")
            category = st.selectbox("Cijfer", [None, *cats["category"]], key="action_new_figure",
                                    format_func=lambda c: "—" if c is None else figure_labels[c])
            note_id = st.selectbox(
                "Duiding", [None, *(n.id for n in area_notes)], key="action_new_note",
                format_func=lambda i: "—" if i is None else next(
                    f"{n.area_name}, {ws.period_text(n.period_start, n.period_end)}: "
                    f"{n.text[:60]}" for n in area_notes if n.id == i))
            signal_id = st.selectbox(
                "Signaal", [None, *(s.id for s in area_signals)], key="action_new_signal",
                format_func=lambda i: "—" if i is None else next(
                    f"{s.title} ({s.area_name})" for s in area_signals if s.id == i))
            confirmed = ws.confirm_box("action_new")
            if st.form_submit_button("Afspraak opslaan", type="primary"):
                domain = (cats.loc[cats["category"] == category, "domain"].iloc[0]
                          if link == "een cijfer" and category else None)
                with ws.saving("action_new"):
                    _, scrubbed = actions.add_action(
                        db, who, ws.as_area(area), text=text, owner=owner, due_on=due,
                        note_id=note_id if link == "een duiding" else None,
                        signal_id=signal_id if link == "een signaal" else None,
                        domain=domain, category=category if domain else None, places=places,
                        confirm_unsure=confirmed)
                    ws.done("Afspraak opgeslagen.", scrubbed,
                            clear=("action_new_text", "action_new_owner", "action_new_ask",
                                   "action_new_confirm"))

# --- the list ------------------------------------------------------------------------------------
statuses = st.multiselect("Status", list(actions.STATUS_LABELS), default=list(actions.ACTIVE),
                          format_func=actions.STATUS_LABELS.get, key="action_statuses",
                          placeholder="Kies een of meer statussen")
found = actions.actions_for(db, who, area_codes=codes, statuses=statuses)
st.subheader(f"Afspraken van {ws.area_label(area)}")
if not found:
    st.caption("Geen afspraken met deze status.")
today = date.today()
note_text = {n.id: n.text for n in notes.notes_for(db, who, area_codes=codes)}
signal_title = {v.id: v.title for v in signals.signals_for(db, who, area_codes=codes)}
for item in found:
    late = item.due_on is not None and item.due_on < today and item.status in actions.ACTIVE
    due = f"klaar op {ws.when(item.due_on)}" if item.due_on else "geen datum"
    with st.container(border=True):
        st.markdown(f"**{ws.highlight(item.text)}**")
        linked = []
        if item.category:
            linked.append(f"cijfer {figure_labels.get(item.category, item.category)}")
        elif item.domain:
            linked.append(f"domein {domain_labels()[item.domain]}")
        if item.note_id:
            linked.append(f"duiding '{ws.short(note_text.get(item.note_id, ''))}'")
        if item.signal_id:
            linked.append(f"signaal '{signal_title.get(item.signal_id, '')}'")
        st.caption(f"{item.area_name} · {item.owner} · {due}"
                   + (" · :red[te laat]" if late else "")
                   + f" · {actions.STATUS_LABELS[item.status]}"
                   + (f" · hoort bij {', '.join(linked)}" if linked else ""))
        if item.area_code in writable:
            key = f"action_{item.id}"
            seen = ws.seen_version(key, item.version)
            with st.form(f"{key}_form", border=False):
                left, right = st.columns([2, 1])
                status = left.selectbox("Status", list(actions.STATUS_LABELS),
                                        index=list(actions.STATUS_LABELS).index(item.status),
                                        format_func=actions.STATUS_LABELS.get, key=f"{key}_status")
                if right.form_submit_button("Bijwerken"):
                    with ws.saving(key):
                        updated = actions.update_action(db, who, item.id, seen, status=status)
                        ws.done(f"Afspraak staat nu op {actions.STATUS_LABELS[updated.status]}.",
                                clear=(f"{key}_seen", f"{key}_status"))
