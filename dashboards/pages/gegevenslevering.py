"""Gegevenslevering: which file goes where, and the data contract itself. UI only.

Needs no serving copy: it is what a first run links to (dashboards/contract.py).
"""

from __future__ import annotations

import streamlit as st

from dashboards import contract, queries, widgets

widgets.keep_only_params([])
st.header("Gegevenslevering: het datacontract")
if queries.has_serving_copy():
    try:
        queries.current_copy()
    except queries.ServingCopyOutdated as outdated:  # said here too; the contract still holds
        st.error(str(outdated), icon=":material/sync_problem:")
st.markdown("Welke bestanden wijkwijs leest, in welke map ze horen en welke kolommen erin "
            "moeten staan.")
st.markdown(contract.WHERE_FILES)
text = contract.contract_markdown()
if text is None:
    st.warning("Het datacontract (`docs/data-contract.md`) ontbreekt in deze installatie.",
               icon=":material/description:")
else:
    st.caption("Hieronder het volledige datacontract, zoals het in de documentatie van "
               "wijkwijs staat (in het Engels: de kolomnamen en codes zijn die uit de bestanden).")
    st.divider()
    st.markdown(text)
