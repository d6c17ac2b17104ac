"""The dashboard reads only a serving copy of its own schema version: any other copy, or one
without a version, gets one Dutch message on every page (what to do), never figures or a
traceback, and the query layer refuses it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from dashboards import client_queries, reference_queries, serving_copy
from wijkwijs.publish.schema import SCHEMA_VERSION

# another version (newer or older code published it), no version at all, an empty one
# AppTest runs a page it switched to on its own, without streamlit_app.py (whose pinned copy
# stops every page in the app): each page's own guard says it too. Beoordelen reads only the
# review copy and the application database, so only the app's guard stops it.
PAGES = sorted(p.name for p in (Path(serving_copy.__file__).parent / "pages").glob("*.py")
               if p.name != "beoordelen.py")
OUTDATED = {
    "another": f"update publish_info set schema_version = {SCHEMA_VERSION + 1}",
    "older": f"update publish_info set schema_version = {SCHEMA_VERSION - 1}",
    "none": "alter table publish_info drop column schema_version",
    "null": "update publish_info set schema_version = null",
}


def _outdated_copy(serving, change: str):
    """The real copy (a private one) as another or no schema version would have written it."""
    with duckdb.connect(str(serving)) as con:
        con.execute(OUTDATED[change])
    return serving


@pytest.mark.parametrize("change", sorted(OUTDATED))
def test_the_query_layer_refuses_a_copy_of_another_schema_version(own_copy, change):
    _outdated_copy(own_copy, change)
    with pytest.raises(serving_copy.ServingCopyOutdated) as refused:
        reference_queries.categories()
    message = str(refused.value)
    assert "andere versie van wijkwijs" in message and "make pipeline" in message
    assert f"nodig: versie {SCHEMA_VERSION}" in message
    found = {"another": SCHEMA_VERSION + 1, "older": SCHEMA_VERSION - 1}.get(change)
    assert refused.value.found == found
    assert f"versie {found if found is not None else 'onbekend'}," in message
    with pytest.raises(serving_copy.ServingCopyOutdated):
        client_queries.area_values("buurt", "wmo", "huishoudelijke_hulp", date(2024, 3, 1), 2024)
    with pytest.raises(serving_copy.ServingCopyOutdated), serving_copy.pinned_serving_copy():
        pass


def test_a_copy_of_the_current_version_is_read(serving_data):
    assert reference_queries.publish_info()["schema_version"] == SCHEMA_VERSION
    assert len(reference_queries.categories()) == 12


@pytest.mark.parametrize("page", PAGES)
def test_every_page_asks_to_republish_instead_of_showing_figures(own_copy, open_page, page):
    _outdated_copy(own_copy, "another")
    at = open_page(f"pages/{page}")  # asserts no exception
    outdated = serving_copy.ServingCopyOutdated(SCHEMA_VERSION + 1)
    assert [e.value for e in at.error] == [str(outdated)]
    assert "make pipeline" in at.error[0].value
    assert not at.metric and not at.dataframe and not at.selectbox
    assert not [c for c in at.caption if "gepubliceerd op" in c.value]


def test_a_copy_without_a_version_gets_the_message_on_the_overzicht(own_copy, open_page):
    _outdated_copy(own_copy, "none")
    at = open_page()
    assert "versie onbekend" in at.error[0].value
    assert not at.metric and not at.dataframe
