"""AppTests of Integrale blik, Vergelijken and Datastatus, and the Overzicht's new indicators,
on the small fixture with its edge cases (suppressed, not published, a rejected file)."""

from __future__ import annotations

from types import SimpleNamespace

import duckdb
import pytest

from dashboards import maps

BLIK = "pages/integrale_blik.py"
COMPARE = "pages/vergelijken.py"
STATUS = "pages/datastatus.py"


def _table(at, column: str):
    return next(d.value for d in at.dataframe if column in d.value.columns)


def test_integrale_blik_ranks_areas_by_pressure(serving_data, open_page):
    at = open_page(BLIK)
    assert at.query_params == {"periode": "2024-03", "niveau": "buurt", "wijk": "alle"}
    table = _table(at, "Druk")
    assert list(table["Buurt"]) == ["Bloemenbuurt", "Sluiskwartier", "Havenkwartier", "Oude Markt"]
    first = table.iloc[0]
    assert first["Druk"] == "1 van 2 domeinen"
    assert first["Hoog in"] == "Wmo"
    assert first["Index Wmo"] == "231"  # 87,4 / 37,9 × 100 (1.050 of 12.010; 1.235 of 32.575)
    assert first["Index Jeugdwet"] == "nog niet gepubliceerd"
    assert table.set_index("Buurt").loc["Havenkwartier", "Index Wmo"] == "geheim"
    assert first["Profiel"] == "buurtprofiel?gebied=BU99990201"
    assert at.metric[0].value == "0 van 4"
    captions = " ".join(c.value for c in at.caption)
    assert "**Drukscore**" in captions and "Periode: maart 2024" in captions


def test_integrale_blik_filters_by_wijk_and_level_from_the_url(serving_data, open_page):
    at = open_page(BLIK, wijk="WK999901")
    assert list(_table(at, "Druk")["Buurt"]) == ["Havenkwartier", "Oude Markt"]
    at = open_page(BLIK, niveau="wijk", periode="2024-01")
    table = _table(at, "Druk")
    assert list(table["Wijk"]) == ["Noord", "Centrum"]
    assert table.iloc[0]["Druk"].endswith("domeinen")


def test_integrale_blik_in_a_copy_of_several_gemeenten(two_gemeenten, open_page):
    at = open_page(BLIK)
    box = at.selectbox(key="sel_gemeente")
    assert box.options == ["Alle gemeenten (2)", "Demstervoort", "Tweestad"]
    assert len(_table(at, "Druk")) == 8
    box.select("GM9998").run()
    # the buurten of Tweestad only, and only its own wijken to filter on
    assert at.query_params["gemeente"] == "GM9998"
    assert all(name.endswith("(Tweestad)") for name in _table(at, "Druk")["Buurt"])
    assert len(_table(at, "Druk")) == 4
    assert at.selectbox(key="sel_wijk").options == ["Alle wijken", "Centrum", "Noord"]
    at.selectbox(key="sel_wijk").select("WK999801").run()  # Tweestad's Centrum
    assert set(_table(at, "Druk")["Buurt"]) == {"Havenkwartier (Tweestad)",
                                                 "Oude Markt (Tweestad)"}


def test_vergelijken_names_the_gemeente_when_there_are_several(two_gemeenten, open_page):
    at = open_page(COMPARE, gebieden="BU99990101,BU99980101")
    # both gemeenten have a wijk Centrum: the gemeente tells them apart, and comes first
    options = at.multiselect(key="sel_gebieden").options
    assert options[0].startswith("Demstervoort: ") and options[-1].startswith("Tweestad: ")
    assert "Demstervoort: Centrum › Oude Markt" in options
    assert "Tweestad: Centrum › Oude Markt (Tweestad)" in options


def test_vergelijken_up_to_four_areas_and_the_gemeente(serving_data, open_page):
    at = open_page(COMPARE, gebieden="BU99990102,BU99990201,WK999902")
    assert at.multiselect(key="sel_gebieden").value == ["BU99990102", "BU99990201", "WK999902"]
    table = _table(at, "Categorie").set_index("Categorie")
    assert list(table.columns) == [
        "Domein",
        "Havenkwartier",
        "Bloemenbuurt",
        "Noord",
        "Gemeente Demstervoort",
    ]
    # per 1.000 inwoners: Centrum's 90 of 13.640 for Havenkwartier, 1.050 of 12.010, Noord
    # 1.145 of 18.935, the gemeente 1.235 of 32.575
    assert table.loc["Hulp bij het huishouden"].to_list() == [
        "Wmo",
        "6,6 (wijk)",
        "87,4",
        "60,5",
        "37,9",
    ]
    assert table.loc["Jeugdhulp zonder verblijf", "Bloemenbuurt"] == "nog niet gepubliceerd"
    assert len(at.get("vega_lite_chart")) == 1
    at = open_page(COMPARE, gebieden="BU99990101,BU99990102,BU99990201,BU999902A1,WK999901")
    assert len(at.multiselect(key="sel_gebieden").value) == 4  # at most four
    assert at.query_params["gebieden"] == "BU99990101,BU99990102,BU99990201,BU999902A1"


def test_vergelijken_asks_for_two_areas(serving_data, open_page):
    at = open_page(COMPARE, gebieden="BU99990101")
    assert [i.value for i in at.info] == ["Kies minstens twee gebieden om te vergelijken."]


def test_datastatus_per_source_and_the_quarantine(serving_data, open_page, monkeypatch):
    monkeypatch.setenv("WIJKWIJS_SUPPRESSION_THRESHOLD", "3")  # the dashboard must not read it
    monkeypatch.setenv("WIJKWIJS_ROUNDING_BASE", "1")
    at = open_page(STATUS)
    with duckdb.connect(str(serving_data), read_only=True) as con:  # the run's own clock
        published, last_file = con.execute(
            "select published_at, (select max(loaded_at) from load_status "
            "where file_kind = 'case_counts') from publish_info").fetchone()
    sources = _table(at, "Bron").set_index("Bron")
    cases = sources.loc["Maandexport cliënten"]
    assert cases["Nieuwste periode"] == "2024-03"  # the rejected 2024-04 file does not count
    assert cases["Laatste levering"] == f"{last_file:%d-%m-%Y %H:%M}"
    # rows of every file loaded, the replaced one too: Wmo 20 + 20 + 24 (4 totals in maart),
    # Jeugdwet 3 × 16, Participatiewet 4 × 12
    assert cases["Rijen geladen"] == "160"
    # loaded: 3 Wmo, 3 Jeugdwet, 3 Participatiewet (the correction); the first Participatiewet
    # maart file replaced, the file with a BSN column refused
    assert (cases["geladen"], cases["vervangen"], cases["geweigerd"]) == (9, 1, 1)
    # the Wmo file sent twice: ingest logs a duplicate without a file kind (it is not read
    # again), so it is counted under its own source row
    assert sources["dubbel"].sum() == 1
    quarantine = _table(at, "Reden")
    assert list(quarantine["Bestand"]) == ["jeugd_2024-04.csv"]
    assert "bsn" in quarantine["Reden"].iloc[0]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {
        "Gepubliceerd": f"{published:%d-%m-%Y %H:%M}",
        "Bestanden in quarantaine": "1",
        "Aangehouden": "0",
        "Bestanden gezien": "14",  # 9 + 1 + 1 + 1 case files and the two stapeling files
    }
    publish = _table(at, "Onderdeel").set_index("Onderdeel")["Waarde"]
    # the rules as the copy says it was made with (publish_info), not this process's environment
    assert publish["Geheim onder"] == "10 (ook 0)"
    assert publish["Aantallen afgerond op veelvouden van"] == "5"
    assert publish["Geen cijfers voor gebieden onder"] == "50 inwoners (50 in de doelgroep)"
    assert publish["Inwoners buurt en wijk afgerond op"] == "5 (willekeurig, zoals het CBS)"
    assert publish["Rijen Cliënten per maand"] == "252"


def test_datastatus_shows_the_last_load_before_any_publish(serving_root, tmp_path, monkeypatch,
                                                            open_page):
    """The status file every load writes (wijkwijs.ingest.status): a refused file, a held
    file and a failed run show at once, while the figures are still the last copy's."""
    import json
    import shutil

    data = tmp_path / "data"
    shutil.copytree(serving_root, data)
    log = [{"file_name": "wmo_2024-03.csv", "file_kind": "case_counts", "status": "loaded",
            "rows": 12, "periods": "2024-03", "loaded_at": "2024-04-02T06:00:00",
            "message": None},
           {"file_name": "wmo_2024-04.csv", "file_kind": None, "status": "rejected", "rows": 0,
            "periods": None, "loaded_at": "2024-05-03T07:00:00",
            "message": "Persoonsgegevens gevonden (BSN in kolom 'kenmerk', rij 4); bestand "
                       "verwijderd"},
           {"file_name": "jeugd_2024-04.csv", "file_kind": "case_counts", "status": "held",
            "rows": 100, "periods": None, "loaded_at": "2024-05-03T07:00:01",
            "message": "aangehouden"}]
    (data / "serving" / "status.json").write_text(json.dumps({
        "load_log": log,
        "held": [{"file": "jeugd_2024-04.csv", "delivered_as": "jeugd_2024-04.csv",
                  "reasons": ["jeugd 2024-04: 100 cellen (rijen) in dit bestand, 248 in de "
                              "geladen versie"]}],
        "freshness": [{"domain": "wmo", "newest_period": "2024-03-01", "fresh": True,
                       "max_age_months": 3}],
        "last_run": {"at": "2024-05-03T07:00:02", "succeeded": False,
                     "reason": "1 bestand(en) afgewezen, 1 aangehouden / 1 file(s) rejected"},
    }))
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(data))
    at = open_page(STATUS)
    assert "De laatste run (03-05-2024 07:00 UTC) is mislukt: 1 bestand(en) afgewezen" in (
        at.error[0].value)
    metrics = {m.label: m.value for m in at.metric}
    assert (metrics["Bestanden in quarantaine"], metrics["Aangehouden"]) == ("1", "1")
    held = _table(at, "Bevestigen")
    assert list(held["Bevestigen"]) == ["make confirm FILE=jeugd_2024-04.csv"]
    assert list(_table(at, "Aangeboden")["Bestand"]) == ["wmo_2024-04.csv"]
    assert list(_table(at, "Nieuwste maand geladen")["Nieuwste maand geladen"]) == ["maart 2024"]


@pytest.mark.parametrize(
    ("indicator", "code", "shown"),
    [
        ("index", "BU99990201", "231"),  # 87,4 / 37,9 × 100
        ("index", "BU99990102", "geheim"),
        ("verandering", "BU99990201", "onbekend"),  # no March 2023 in the fixture
    ],
)
def test_overzicht_index_and_change(serving_data, open_page, indicator, code, shown):
    at = open_page(indicator=indicator)
    table = at.dataframe[0].value.set_index("Code")
    assert table.loc[code].iloc[2] == shown
    if indicator == "index":
        assert at.metric[0].value == "100"
        assert "Eenheid: index (gemeente = 100)" in " ".join(c.value for c in at.caption)


def test_overzicht_map_click_is_read_from_the_selection():
    # the shapes st.altair_chart returns (seen in chromium): a click, then a click beside it
    event = SimpleNamespace(selection={"gebied": [{"area_code": "BU99990101"}]})
    assert maps.picked_area(event) == "BU99990101"
    assert maps.picked_area({"selection": {"gebied": [{"area_code": "BU999902A1"}]}}) == (
        "BU999902A1"
    )
    assert maps.picked_area(SimpleNamespace(selection={"gebied": {}})) is None
    assert maps.picked_area(None) is None


def test_profile_follows_a_new_url_value(serving_data, open_page):
    """A click on the map switches to the profile with a new `gebied`: the URL wins."""
    at = open_page("pages/buurtprofiel.py", gebied="BU99990101")
    assert at.subheader[0].value == "Oude Markt"
    at.query_params["gebieden"] = "x"  # unrelated parameter is dropped
    at.query_params["gebied"] = "BU999902A1"
    at.run()
    assert at.subheader[0].value == "Sluiskwartier"
    assert at.query_params == {"gebied": "BU999902A1"}


def test_every_served_table_is_named_in_dutch_on_the_status_page():
    """'Rijen cbs_comparison' was shown: every table a demo copy serves has a Dutch name."""
    import json as _json

    from dashboards import datastatus

    served = ["areas", "area_clients_by_period", "area_clients_monthly", "area_clients_yearly",
              "area_map_geometry", "area_profile_monthly", "area_stapeling_yearly",
              "boundary_crosswalk", "categories", "cbs_area_figures", "cbs_area_series",
              "cbs_comparison", "cbs_fetch_status", "definitions", "load_status",
              "publish_info", "similar_buurten", "stapeling_combinations", "value_states",
              "youth_input_by_buurt_theme", "youth_input_records"]
    table = datastatus.publish_table({"row_counts": _json.dumps(dict.fromkeys(served, 1))})
    labels = [t for t in table["Onderdeel"] if t.startswith("Rijen ")]
    assert len(labels) == len(served)
    assert not [t for t in labels if "_" in t], labels


def test_every_load_log_status_has_a_dutch_label_on_the_status_page():
    """The statuses the loader writes (the load-log staging test's accepted values) are shown in
    Dutch, never as their code: a replayed file reads 'opnieuw geladen'."""
    import pandas as pd
    import yaml

    from dashboards.datastatus import STATUS_LABELS, files_table
    from wijkwijs.config import DBT_PROJECT_DIR

    models = yaml.safe_load((DBT_PROJECT_DIR / "models" / "staging" / "raw"
                             / "_raw__models.yml").read_text())["models"]
    status = next(c for m in models if m["name"] == "stg_raw__load_log"
                  for c in m["columns"] if c["name"] == "status")
    accepted = next(t["accepted_values"]["arguments"]["values"] for t in status["data_tests"]
                    if isinstance(t, dict) and "accepted_values" in t)
    assert set(STATUS_LABELS) == set(accepted)
    log = pd.DataFrame({"file_name": ["wmo_2024-03.csv"], "file_kind": ["case_counts"],
                        "status": ["replayed"], "rows": [12], "periods": ["2024-03"],
                        "loaded_at": [pd.Timestamp("2024-04-02 09:00")], "message": [None]})
    assert files_table(log)["Status"].tolist() == ["opnieuw geladen"]
