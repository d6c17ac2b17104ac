"""wijkwijs dashboard: the entry point only routes; the pages hold the UI.

Run from the repository root: `streamlit run dashboards/streamlit_app.py`.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboards import queries
from dashboards.widgets import NO_DATA_MESSAGE

TITLE = "wijkwijs — sociaal domein per buurt"

st.set_page_config(page_title=TITLE, page_icon=":material/map:", layout="wide")

pages = [
    st.Page("pages/overzicht.py", title="Overzicht", icon=":material/map:", default=True,
            url_path="overzicht"),
    st.Page("pages/buurtprofiel.py", title="Buurtprofiel", icon=":material/home_pin:",
            url_path="buurtprofiel"),
    st.Page("pages/integrale_blik.py", title="Integrale blik", icon=":material/stacks:",
            url_path="integrale-blik"),
    st.Page("pages/vergelijken.py", title="Vergelijken", icon=":material/compare:",
            url_path="vergelijken"),
    st.Page("pages/datastatus.py", title="Datastatus", icon=":material/fact_check:",
            url_path="datastatus"),
    st.Page("pages/jongereninbreng.py", title="Jongereninbreng", icon=":material/campaign:",
            url_path="jongereninbreng"),
]
page = st.navigation(pages)

st.title(TITLE)
if queries.has_serving_copy():
    try:
        info = queries.publish_info()
    except queries.ServingCopyMissing:
        info = {}
    if info.get("published_at") is not None:
        published = pd.Timestamp(info["published_at"]).strftime("%d-%m-%Y %H:%M")
        st.sidebar.caption(f"Gegevens gepubliceerd op {published} (UTC)")

try:
    page.run()
except queries.ServingCopyMissing:  # the copy vanished between the check and a query
    st.info(NO_DATA_MESSAGE)
