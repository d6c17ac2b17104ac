"""Gegevenslevering: which file goes where, and the data contract itself. UI only.

Needs no serving copy: it is what a first run links to (dashboards/contract.py).
"""

from __future__ import annotations

import streamlit as st

from dashboards import contract, serving_copy, widgets

widgets.keep_only_params([])
st.header("Gegevenslevering: het datacontract")
if serving_copy.has_serving_copy():
    try:
        serving_copy.current_copy()
    except serving_copy.ServingCopyOutdated as outdated:  # said here too; the contract still holds
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
