"""Signalen: where a rule, procedure or system blocked maatwerk. UI only (appdb.signals)."""

from __future__ import annotations

from datetime import date

import streamlit as st

from dashboards import widgets
from dashboards import workspace as ws
from dashboards import workspace_figures as figures
from wijkwijs.access import SIGNAL_STATUS
from wijkwijs.appdb import signals
from wijkwijs.domains import domain_labels

page = ws.start(
    "Signalen",
    "Loopt u vast op een regel, procedure of systeem? Los het voor de inwoner nu op én leg de "
    "systeemfout op tafel: wat er gebeurde, de tijdelijke oplossing en wie in actie moet komen. "
    "Een signaal gaat van open via besproken naar opgelost of geëscaleerd. Geen namen of details "
    "van een casus: die worden uit de tekst gehaald.", "de signalen")
who, db, readable = page.who, page.db, page.readable
writable = readable[readable["area_code"].isin(page.writable)]
places = ws.places()

# --- the whole picture (what the role may see) ---------------------------------------------------
everything = signals.signals_for(db, who)
counts = signals.counts_frame(everything)
st.subheader("Signalen per kwartaal en domein")
if counts.empty:
    st.info("Er zijn nog geen signalen gemeld.", icon=":material/flag:")
else:
    wijk_names = dict(zip(readable["wijk_code"], readable["wijk_name"], strict=True))
    scopes = ["alle", *sorted({w for w in counts["wijk_code"].dropna()},
                             key=lambda w: wijk_names.get(w, w))]
    if (counts["area_level"] == "gemeente").any():
        scopes.append("gemeente")
    scope = st.selectbox(
        "Grafiek voor", scopes, key="signal_chart_scope",
        format_func=lambda k: "alle gebieden" if k == "alle" else "gemeentebreed"
        if k == "gemeente" else f"wijk {wijk_names.get(k, k)} (met haar buurten)")
    chosen = counts if scope == "alle" else counts[counts["area_level"] == "gemeente"] \
        if scope == "gemeente" else counts[counts["wijk_code"] == scope]
    per_quarter = figures.signals_per_quarter(chosen)
    st.altair_chart(figures.signals_chart(per_quarter), width="stretch")
    period = f"{per_quarter['quarter'].iloc[0]} – {per_quarter['quarter'].iloc[-1]}"
    ws.definition_caption(figures.SIGNALS_LABEL, figures.SIGNALS_DEFINITION,
                          figures.SIGNALS_UNIT, period)
    st.markdown("**Per gebied**")
    per_area = figures.signals_per_area(counts, signals.STATUS_LABELS)
    st.dataframe(per_area, hide_index=True)
    widgets.downloads(per_area, {"Titel": "Gemelde signalen per gebied en domein",
                                 "Definitie": figures.SIGNALS_DEFINITION,
                                 "Eenheid": figures.SIGNALS_UNIT, "Periode": period,
                                 "Bron": ws.SOURCE}, "signalen_per_gebied", key="signalen")

# --- raise a signal ------------------------------------------------------------------------------
if not writable.empty:
    with st.expander("Nieuw signaal melden", icon=":material/add_alert:"):
        with st.form("signal_new"):
            by_code = {r.area_code: r for r in writable.itertuples(index=False)}
            code = st.selectbox("Gebied", list(by_code), key="signal_new_area",
                                format_func=lambda c: ws.area_label(by_code[c]))
            title = st.text_input("Korte titel", key="signal_new_title", max_chars=200)
            domains = st.multiselect("Domein(en)", list(domain_labels()), key="signal_new_domains",
                                     format_func=domain_labels().get, placeholder="Kies domeinen")
            what = st.text_area("Wat gebeurde er?", key="signal_new_what",
                                help="Welke regel, procedure of welk systeem blokkeerde maatwerk")
            workaround = st.text_area("Tijdelijke oplossing", key="signal_new_workaround")
            who_acts = st.text_input("Wie moet in actie komen?", key="signal_new_who")
            owner = st.text_input("Eigenaar (functie of team)", key="signal_new_owner")
            raised_on = st.date_input("Datum", value=date.today(), max_value=date.today(),
                                      key="signal_new_date", format="DD-MM-YYYY")
            confirmed = ws.confirm_box("signal_new")
            if st.form_submit_button("Signaal melden", type="primary"):
                with ws.saving("signal_new"):
                    raised = signals.raise_signal(
                        db, who, ws.as_area(by_code[code]), title=title, domains=domains,
                        what_happened=what, workaround=workaround, who_should_act=who_acts,
                        owner=owner, raised_on=raised_on, places=places,
                        confirm_unsure=confirmed)
                    ws.done("Signaal gemeld.", raised.scrubbed, clear=tuple(
                        f"signal_new_{k}" for k in ("title", "domains", "what", "workaround",
                                                    "who", "owner", "ask", "confirm")))

# --- the list --------------------------------------------------------------------------------
st.subheader("Signalen")
left, right = st.columns(2)
with left:
    area = ws.area_picker(readable, "Gebied", "gebied",
                          default=readable["area_code"].iloc[0])  # the widest first
with right:
    statuses = st.multiselect("Status", list(signals.STATUS_LABELS),
                              default=[signals.OPEN, signals.DISCUSSED, signals.ESCALATED],
                              format_func=signals.STATUS_LABELS.get, key="signal_statuses",
                              placeholder="Kies een of meer statussen")
shown = signals.signals_for(db, who, area_codes=ws.codes_under(area, readable),
                            statuses=statuses)
if not shown:
    st.caption("Geen signalen met deze status in dit gebied.")
may_move_all = who.can(SIGNAL_STATUS)
movable = page.writable
for item in shown:
    domains_text = ", ".join(domain_labels()[d] for d in item.domains)
    header = (f"{item.title} — {item.area_name} · {domains_text} · "
              f"{signals.STATUS_LABELS[item.status]}")
    with st.expander(header):
        st.markdown(f"**Wat gebeurde er?** {ws.highlight(item.what_happened)}")
        if item.workaround:
            st.markdown(f"**Tijdelijke oplossing:** {ws.highlight(item.workaround)}")
        if item.who_should_act:
            st.markdown(f"**Wie moet in actie komen:** {ws.highlight(item.who_should_act)}")
        st.caption(f"Eigenaar: {item.owner or 'nog niemand'} · gemeld {ws.when(item.raised_on)} "
                   f"door {ws.role_text(item.created_role)}")
        steps = " → ".join(f"{signals.STATUS_LABELS[e.status_to]} {ws.when(e.on_date)}"
                           + (f" ({e.comment})" if e.comment else "") for e in item.events)
        st.caption(f"Verloop: {steps}")
        nexts = signals.NEXT[item.status]
        if nexts and (may_move_all or item.area_code in movable):
            key = f"signal_{item.id}"
            seen = ws.seen_version(key, item.version)
            with st.form(f"{key}_form"):
                to = st.radio("Volgende stap", list(nexts), format_func=signals.STATUS_LABELS.get,
                              horizontal=True, key=f"{key}_to")
                on = st.date_input("Datum", value=date.today(), max_value=date.today(),
                                   key=f"{key}_date", format="DD-MM-YYYY")
                comment = st.text_input("Toelichting (optioneel)", key=f"{key}_comment")
                owner = st.text_input("Nieuwe eigenaar (optioneel)", key=f"{key}_owner")
                confirmed = ws.confirm_box(key)
                if st.form_submit_button("Status bijwerken"):
                    with ws.saving(key, draft=comment):
                        moved = signals.move_signal(db, who, item.id, seen, to, on_date=on,
                                                    comment=comment, owner=owner,
                                                    places=places, confirm_unsure=confirmed)
                        ws.done(f"Signaal staat nu op {signals.STATUS_LABELS[moved.status]}.",
                                clear=(f"{key}_seen", f"{key}_comment", f"{key}_owner",
                                       f"{key}_to", f"{key}_ask", f"{key}_confirm"))
