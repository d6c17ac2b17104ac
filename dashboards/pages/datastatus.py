"""Datastatus: what has been loaded, what was refused, and when the copy was published."""

from __future__ import annotations

import streamlit as st

from dashboards import contract, datastatus, exports, reference_queries, status_queries, widgets
from wijkwijs.config import paths
from wijkwijs.ingest.status import STATUS_NAME

widgets.keep_only_params([])
widgets.require_serving_copy()
st.header("Datastatus")
st.caption("Per bron de nieuwste periode, de laatste levering en wat er is geweigerd. "
           "Tijden in UTC.")
# in body text, not the caption: a link in a caption's grey fails the contrast ratio (WCAG 1.4.3)
st.markdown(f"Welk bestand in welke map hoort: {contract.LINK}.")

with st.spinner("Laadlog lezen…"):
    served_log = status_queries.load_status()  # analysts only: raises for anyone else
    # written by every load, also when the build failed: what happened, at once
    status = datastatus.read_status_file(paths().serving_dir / STATUS_NAME)
    log = datastatus.current_log(status, served_log)
    info = reference_queries.publish_info()
    newest = status_queries.newest_periods()
cats = reference_queries.categories()
domain_labels = dict(zip(cats["domain"], cats["domain_label"], strict=True))

run = datastatus.last_run(status)
if run is not None and not run[0]:
    st.error(run[1], icon=":material/error:")

held = datastatus.held_table(status)
c1, c2, c3, c4 = st.columns(4)
c1.metric("Gepubliceerd", datastatus.timestamp_text(info.get("published_at")))
rejected = datastatus.rejected(log)
c2.metric("Bestanden in quarantaine", str(len(rejected)))
c3.metric("Aangehouden", str(len(held)))
c4.metric("Bestanden gezien", str(len(log)))

if not held.empty:
    st.subheader("Aangehouden: wacht op bevestiging")
    st.warning("Deze bestanden zouden een geladen maand kleiner maken (minder buurten, "
               "categorieën of rijen dan de geladen versie of de maanden ernaast). Ze worden pas "
               "geladen als een analist dat bevestigt; tot dan blijft de geladen versie staan.",
               icon=":material/pause_circle:")
    st.dataframe(held, hide_index=True)

st.subheader("Per bron")
sources = datastatus.source_table(log)
st.dataframe(sources, hide_index=True)
st.caption("Geladen: verwerkt; dubbel: zelfde inhoud als een eerder bestand, overgeslagen; "
           "vervangen: een nieuwere levering voor dezelfde periode; geweigerd: niet geladen, "
           "staat in de quarantaine.")

st.subheader("Nieuwste maand per domein")
freshness = datastatus.freshness_table(status, domain_labels)
if not freshness.empty:
    st.dataframe(freshness, hide_index=True)
    st.caption("Geladen in het warehouse; gepubliceerd zijn de maanden hieronder.")
st.dataframe(datastatus.newest_table(newest, domain_labels), hide_index=True)

st.subheader("Quarantaine")
if rejected.empty:
    st.success("Geen geweigerde bestanden.", icon=":material/check_circle:")
else:
    st.dataframe(rejected, hide_index=True)
    st.caption("Het rapport per bestand staat in data/quarantine/ (<bestand>.report.txt). Een "
               "bestand met persoonsgegevens is verwijderd en niet bewaard: meld dat als "
               "mogelijk datalek bij de privacy officer.")
    widgets.downloads(
        rejected, {"Titel": "Geweigerde bestanden (quarantaine)", "Bron": "laadlog wijkwijs"},
        "quarantaine", key="quarantaine",
    )

st.subheader("Publicatie en controles")
st.dataframe(datastatus.publish_table(info), hide_index=True)
st.caption("Een nieuwe kopie wordt alleen gepubliceerd als het laden, de dbt-modellen en alle "
           "blokkerende controles (dbt-tests, geheimhouding) geslaagd zijn; anders blijft de "
           "vorige kopie staan.")

st.subheader("CBS en PDOK")
cbs_status = status_queries.cbs_fetch_status()
if cbs_status.empty:
    st.caption("Geen CBS- of PDOK-gegevens geladen; zie docs/real-data.md om ze aan te zetten.")
else:
    st.dataframe(datastatus.cbs_status_table(cbs_status), hide_index=True)
    st.caption("Een mislukte ophaalpoging laat de laatst goed geladen cijfers staan.")
    comparison = status_queries.cbs_comparison()
    if not comparison.empty:
        st.markdown("**CBS naast de eigen registratie**")
        st.dataframe(
            datastatus.cbs_comparison_table(comparison, reference_queries.value_state_labels()),
            hide_index=True,
        )
        st.caption("Per gebied en jaar; de bron en de basis van elk cijfer staan erbij. Wmo en "
                   "jeugd zijn geen unieke cliënten per categorie en worden als grenzen getoond.")

with st.expander("Alle bestanden"):
    files = datastatus.files_table(log)
    st.dataframe(files, hide_index=True)
    widgets.downloads(files, {"Titel": "Laadlog", "Bron": "laadlog wijkwijs"},
                      exports.file_stem("laadlog"), key="laadlog")
