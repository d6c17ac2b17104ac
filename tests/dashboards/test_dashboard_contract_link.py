"""Every first-run message that says which file goes where links to the data contract, on a
page the app serves itself (`/gegevenslevering`): the app runs offline."""

from __future__ import annotations

import duckdb
import pytest

from dashboards import contract
from dashboards.widgets import NO_DATA_MESSAGE

PAGES = ["pages/overzicht.py", "pages/buurtprofiel.py", "pages/integrale_blik.py",
         "pages/vergelijken.py", "pages/jongereninbreng.py", "pages/datastatus.py"]
LINK = "](gegevenslevering)"
OWN_FIGURES = ("area_clients_monthly", "area_clients_by_period", "area_clients_yearly",
               "area_profile_monthly", "area_client_totals_monthly", "area_stapeling_yearly")


@pytest.fixture
def no_own_figures(own_copy):
    """A published copy with boundaries and population but no case counts and no CBS: the
    real copy with the marts of the own figures emptied."""
    serving = own_copy
    with duckdb.connect(str(serving)) as con:
        for table in OWN_FIGURES:
            con.execute(f"delete from {table}")
    return serving


def _texts(at) -> list[str]:
    return [e.value for kind in ("info", "caption", "markdown", "warning")
            for e in getattr(at, kind)]


def test_the_link_is_relative_to_the_app_and_names_the_contract():
    assert contract.LINK == "[het datacontract (Gegevenslevering)](gegevenslevering)"
    assert contract.PAGE_PATH == "gegevenslevering"


@pytest.mark.parametrize("page", PAGES)
def test_no_serving_copy_says_what_to_deliver_and_links_the_contract(empty_data, open_page,
                                                                     page):
    """Every page before the first publish: one message, no figures (the Overzicht's and the
    Buurtprofiel's own tests of this are merged in here)."""
    at = open_page(page)
    assert [i.value for i in at.info] == [NO_DATA_MESSAGE]
    assert LINK in NO_DATA_MESSAGE
    assert "`data/inbox/`" in NO_DATA_MESSAGE and "`data/reference/`" in NO_DATA_MESSAGE
    assert not at.dataframe and not at.metric


@pytest.mark.parametrize("page", PAGES)
def test_first_run_without_own_figures_links_the_contract(no_own_figures, open_page, page):
    at = open_page(page)
    with_link = [t for t in _texts(at) if LINK in t]
    assert with_link, _texts(at)
    assert "http" not in " ".join(with_link)  # never a link to an outside host
    if page != "pages/datastatus.py":  # the status page shows its load log and links above it
        assert any("inbox" in t for t in with_link)


def test_no_first_run_message_where_figures_are_published(serving_data, open_page):
    at = open_page("pages/overzicht.py", domein="wmo")
    assert not any(LINK in i.value for i in at.info)  # figures there: no first-run message


def test_the_contract_page_shows_the_contract_without_a_serving_copy(empty_data, open_page):
    at = open_page("pages/gegevenslevering.py")
    assert at.header[0].value == "Gegevenslevering: het datacontract"
    shown = "\n".join(m.value for m in at.markdown)
    assert "| Maandexport cliënten Wmo, Jeugdwet, Participatiewet" in shown
    assert "`data/reference/` | `bevolking.csv` |" in shown
    # the contract itself, as written in docs/data-contract.md
    assert contract.CONTRACT_FILE.read_text(encoding="utf-8").strip() in shown
    assert "# Data contract" in shown and "### Unique clients per domain" in shown


def test_a_missing_contract_file_is_said_in_dutch(tmp_path):
    assert contract.contract_markdown(tmp_path / "absent.md") is None
