"""wijkwijs dashboard: the entry point only routes; the pages hold the UI.

Run from the repository root: `streamlit run dashboards/streamlit_app.py`.

Access (docs/security.md): a login configuration that cannot be used stops the app with its
message in Dutch and English before anything else is registered. With a login (`[auth]` and
`[access]` in `.streamlit/secrets.toml`) only the pages of the user's role are registered in
st.navigation; open mode (switched on explicitly, `make demo`) is analyst and says so in the
sidebar. The query layer enforces the same rules again (dashboards/query_access.py).
"""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from dashboards import auth, chrome, contract, reference_queries, serving_copy
from dashboards.widgets import NO_DATA_MESSAGE, stop_outdated
from wijkwijs.access_policy import LoginConfigError

TITLE = "wijkwijs — sociaal domein per buurt"

# the tab icon is a file of this project: a Material icon here is fetched from an outside host
st.set_page_config(page_title=TITLE, page_icon=str(chrome.PAGE_ICON), layout="wide")
chrome.set_language()

ALL_PAGES = {
    "overzicht": dict(page="pages/overzicht.py", title="Overzicht", icon=":material/map:"),
    "buurtprofiel": dict(page="pages/buurtprofiel.py", title="Buurtprofiel",
                         icon=":material/home_pin:"),
    "integrale-blik": dict(page="pages/integrale_blik.py", title="Integrale blik",
                           icon=":material/stacks:"),
    "vergelijken": dict(page="pages/vergelijken.py", title="Vergelijken",
                        icon=":material/compare:"),
    "datastatus": dict(page="pages/datastatus.py", title="Datastatus",
                       icon=":material/fact_check:"),
    "jongereninbreng": dict(page="pages/jongereninbreng.py", title="Jongereninbreng",
                            icon=":material/campaign:"),
    # the workspace: what people write goes to the application database (wijkwijs/appdb)
    "beoordelen": dict(page="pages/beoordelen.py", title="Beoordelen",
                       icon=":material/rate_review:"),
    "teamoverleg": dict(page="pages/teamoverleg.py", title="Teamoverleg",
                        icon=":material/groups:"),
    "duiding": dict(page="pages/duiding.py", title="Duiding", icon=":material/edit_note:"),
    "signalen": dict(page="pages/signalen.py", title="Signalen", icon=":material/flag:"),
    "afspraken": dict(page="pages/afspraken.py", title="Afspraken",
                      icon=":material/task_alt:"),
}


def login_view() -> None:
    """The only page before login (or for a user without a role)."""
    st.title(TITLE)
    if not auth.login_supported():
        st.error("Inloggen is ingesteld ([auth] in secrets.toml), maar het pakket Authlib "
                 "ontbreekt (installeer streamlit[auth]). De cijfers blijven afgeschermd.")
        return
    if not auth.is_logged_in():
        st.info(auth.NOT_LOGGED_IN_MESSAGE, icon=":material/lock:")
        if st.button("Inloggen met uw gemeenteaccount", type="primary"):
            st.login(auth.login_provider())
        return
    st.warning(auth.NO_ROLE_MESSAGE, icon=":material/block:")
    identifier = auth.own_identifier()
    if identifier is None:
        st.caption("Uw account hoort niet bij de organisatie die voor wijkwijs is ingesteld.")
    else:
        st.caption(f"Geef de beheerder dit kenmerk van uw account door: `{identifier}`")
    if st.button("Uitloggen"):
        st.logout()


def config_error_view(error: LoginConfigError) -> None:
    """The only page when the login configuration cannot be used: why, and nothing else."""
    st.title(TITLE)
    st.error(str(error), icon=":material/gpp_bad:")


def only_page(view, title: str, icon: str, url_path: str) -> None:
    """Register one hidden page and stop: no other page (nor dashboards/pages/) is reachable."""
    st.navigation([st.Page(view, title=title, icon=icon, url_path=url_path, default=True)],
                  position="hidden").run()
    st.stop()


try:
    access = auth.current_access()
except LoginConfigError as error:
    only_page(partial(config_error_view, error), "Inloggen niet ingesteld",
              ":material/gpp_bad:", "instellingen")
if access is None:
    only_page(login_view, "Inloggen", ":material/lock:", "inloggen")

pages = [
    st.Page(ALL_PAGES[key]["page"], title=ALL_PAGES[key]["title"], icon=ALL_PAGES[key]["icon"],
            url_path=chrome.DEFAULT_PATH if i == 0 else key, default=(i == 0))
    for i, key in enumerate(access.pages)
]
# the data contract every empty state links to: for every role, outside the menu
contract_page = st.Page("pages/gegevenslevering.py", title=contract.PAGE_TITLE,
                        icon=":material/description:", url_path=contract.PAGE_PATH,
                        visibility="hidden")
# `/overzicht` (the default page by its own name) and an unknown link answered in Dutch
page = st.navigation([*pages, contract_page, *chrome.extra_pages(
    pages[0], access.pages[0], [*access.pages, contract.PAGE_PATH])])

st.title(TITLE)
if access.open_mode:
    st.sidebar.warning(auth.open_mode_notice(), icon=":material/lock_open:")
else:
    st.sidebar.caption(f"Ingelogd als {access.shown_name} · rol: {access.label}")
    if st.sidebar.button("Uitloggen", key="uitloggen"):
        st.logout()


def page_with_publish_date() -> None:
    if serving_copy.has_serving_copy():
        try:
            info = reference_queries.publish_info()
        except serving_copy.ServingCopyMissing:
            info = {}
        if info.get("published_at") is not None:
            published = pd.Timestamp(info["published_at"]).strftime("%d-%m-%Y %H:%M")
            st.sidebar.caption(f"Gegevens gepubliceerd op {published} (UTC)")
    page.run()


try:
    # settled once per run: every query reuses the role (no secrets lookup per query) and
    # reads one serving copy for the whole page, even while a publish lands
    with auth.use_access(access), serving_copy.pinned_serving_copy():
        page_with_publish_date()
except serving_copy.ServingCopyMissing:  # the copy vanished between the check and a query
    st.info(NO_DATA_MESSAGE)
except serving_copy.ServingCopyOutdated as outdated:  # another version of wijkwijs published it
    stop_outdated(outdated)
except PermissionError as exc:  # the query layer refused: say why, show nothing else
    st.warning(str(exc), icon=":material/block:")
