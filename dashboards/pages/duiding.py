"""Duiding: what the figures of an area mean, written by the team. UI only (appdb.notes)."""

from __future__ import annotations

import streamlit as st

from dashboards import reference_queries
from dashboards import workspace as ws
from wijkwijs.appdb import notes
from wijkwijs.domains import domain_labels

page = ws.start(
    "Duiding",
    "Wat de cijfers van een buurt of wijk betekenen, in de woorden van het team: \"de stijging "
    "in maart komt door de nieuwe aanbieder\". Alleen context, geen gegevens over personen of "
    "casussen: namen, telefoonnummers, adressen en dergelijke worden voor het opslaan uit de "
    "tekst gehaald.", "de duiding")
who, db, readable, writable = page.who, page.db, page.readable, page.writable
area = ws.area_picker(readable, "Gebied", "gebied", writable=writable)
cats = reference_queries.categories()
month_options = ws.months()

# --- a new note --------------------------------------------------------------------------------
if area.area_code in writable and month_options:
    with st.expander("Nieuwe duiding schrijven", expanded=True, icon=":material/edit_note:"):
        with st.form("note_new", clear_on_submit=False):
            left, right = st.columns(2)
            with left:
                start = ws.month_select("Van maand", "note_new_start", month_options)
            with right:
                end = ws.month_select("Tot en met maand", "note_new_end", month_options)
            domain = st.selectbox("Domein (optioneel)", [None, *domain_labels()],
                                  format_func=lambda d: "alle domeinen" if d is None
                                  else domain_labels()[d], key="note_new_domain")
            figure_options = [None, *cats["category"]]
            labels = dict(zip(cats["category"], cats["domain_label"] + ": "
                              + cats["category_label"], strict=True))
            category = st.selectbox("Cijfer (optioneel)", figure_options,
                                    format_func=lambda c: "geen bepaald cijfer" if c is None
                                    else labels[c], key="note_new_category")
            text = st.text_area("Duiding", key="note_new_text", max_chars=4000,
                                placeholder="Wat verklaart deze cijfers?")
            confirmed = ws.confirm_box("note_new")
            if st.form_submit_button("Duiding opslaan", type="primary"):
                if category is not None:
                    domain = cats.loc[cats["category"] == category, "domain"].iloc[0]
                with ws.saving("note_new"):
                    saved = notes.add_note(
                        db, who, ws.as_area(area), text, period_start=min(start, end),
                        period_end=max(start, end), domain=domain, category=category,
                        places=ws.places(), confirm_unsure=confirmed)
                    ws.done("Duiding opgeslagen.", saved.scrubbed,
                            clear=("note_new_text", "note_new_ask", "note_new_confirm"))
elif area.area_code not in writable:
    st.caption("U kunt de duiding van dit gebied lezen, niet schrijven.")

# --- the notes of the area (and its buurten) ---------------------------------------------------
codes = ws.codes_under(area, readable)
found = notes.notes_for(db, who, area_codes=codes)
st.subheader(f"Duiding van {ws.area_label(area)}")
if not found:
    st.info("Nog geen duiding voor dit gebied.", icon=":material/notes:")
category_labels = dict(zip(cats["category"], cats["category_label"], strict=True))
for note in found:
    topic = " · ".join(x for x in (
        domain_labels().get(note.domain, ""), category_labels.get(note.category, "")) if x)
    title = f"{note.area_name} · {ws.period_text(note.period_start, note.period_end)}"
    with st.container(border=True):
        st.markdown(f"**{title}**" + (f" — {topic}" if topic else ""))
        st.markdown(ws.highlight(note.text))
        edited = f" · bewerkt {ws.when(note.updated_at)}" if note.version > 1 else ""
        st.caption(f"{ws.role_text(note.created_role)}, {ws.when(note.created_at)}{edited}")
        if note.area_code in writable:
            key = f"note_{note.id}"
            seen = ws.seen_version(key, note.version)
            with st.expander("Bewerken of verwijderen"):
                with st.form(f"{key}_form"):
                    text = st.text_area("Duiding", value=note.text, key=f"{key}_text")
                    confirmed = ws.confirm_box(key)
                    save = st.form_submit_button("Wijziging opslaan")
                    remove = st.form_submit_button("Duiding verwijderen (met geschiedenis)")
                if save:
                    with ws.saving(key, draft=text):
                        saved = notes.edit_note(
                            db, who, note.id, seen, text,
                            period_start=note.period_start, period_end=note.period_end,
                            domain=note.domain, category=note.category, places=ws.places(),
                            confirm_unsure=confirmed)
                        ws.done("Wijziging opgeslagen.", saved.scrubbed,
                                clear=(f"{key}_text", f"{key}_ask", f"{key}_confirm",
                                       f"{key}_seen"))
                if remove:
                    with ws.saving(key):
                        notes.remove_note(db, who, note.id, seen)
                        ws.done("Duiding verwijderd, met al haar eerdere versies.")
        if note.version > 1:
            with st.expander(f"Geschiedenis ({note.version} versies)"):
                for rev in notes.history(db, who, note.id):
                    st.markdown(f"*Versie {rev.version}* — {ws.role_text(rev.written_role)}, "
                                f"{ws.when(rev.written_at)}")
                    st.markdown(ws.highlight(rev.text))
