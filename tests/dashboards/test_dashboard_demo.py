"""Every page on the serving copy of a REAL pipeline run on the demo municipality.

Expected values are read from the serving DuckDB in the test itself; shown text is compared
with them (numbers in Dutch notation, every other state as its Dutch label).
"""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

LABELS = {"suppressed": "geheim", "not_published": "nog niet gepubliceerd", "unknown": "onbekend",
          "too_few_residents": "te weinig inwoners"}


@pytest.fixture
def demo(demo_pipeline, monkeypatch):
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(demo_pipeline))
    monkeypatch.delenv("WIJKWIJS_WAREHOUSE", raising=False)
    con = duckdb.connect(str(demo_pipeline / "serving" / "wijkwijs.duckdb"), read_only=True)
    yield con
    con.close()


def _count(value, state) -> str:
    return f"{int(value):,}".replace(",", ".") if state == "number" else LABELS[state]


def _rate(value, state) -> str:
    return f"{value:.1f}".replace(".", ",") if state == "number" else LABELS[state]


def _table(at, column: str):
    return next(d.value for d in at.dataframe if column in d.value.columns)


def _latest(con) -> tuple[date, int]:
    return con.execute(
        "select max(period), max(boundary_year) from area_clients_monthly where domain = 'wmo'"
    ).fetchone()


def test_overzicht_shows_the_serving_rows(demo, open_page):
    period, year = _latest(demo)
    at = open_page()
    assert at.query_params["periode"] == f"{period:%Y-%m}"
    rows = demo.execute(
        "select area_code, clients, clients_state from area_clients_monthly "
        "join areas using (boundary_year, area_level, area_code) "
        "where area_level = 'buurt' and domain = 'wmo' and category = 'huishoudelijke_hulp' "
        "and period = ? and boundary_year = ? and not is_water",
        [period, year],
    ).fetchall()
    table = at.dataframe[0].value.set_index("Code")
    assert len(rows) > 20
    assert len(table) == len(rows)  # every land buurt, water left out
    assert {code: _count(v, s) for code, v, s in rows} == {
        code: table.loc[code, "Aantal cliënten"] for code, _, _ in rows
    }
    assert any(s == "suppressed" for _, _, s in rows), "the demo should have a suppressed cell"
    gm = demo.execute(
        "select clients, clients_state from area_clients_monthly where area_level = 'gemeente' "
        "and domain = 'wmo' and category = 'huishoudelijke_hulp' and period = ?",
        [period],
    ).fetchone()
    assert at.metric[0].value == _count(*gm)


def test_overzicht_index_on_the_demo(demo, open_page):
    period, year = _latest(demo)
    at = open_page(indicator="index", domein="jeugd", categorie="jeugdhulp_zonder_verblijf")
    rows = demo.execute(
        "select area_code, index_gemeente, index_state from area_clients_monthly "
        "join areas using (boundary_year, area_level, area_code) "
        "where area_level = 'buurt' and domain = 'jeugd' and not is_water "
        "and category = 'jeugdhulp_zonder_verblijf' and period = ? and boundary_year = ?",
        [period, year],
    ).fetchall()
    table = at.dataframe[0].value.set_index("Code")
    for code, value, state in rows:
        shown = table.loc[code, "Index t.o.v. gemeente"]
        assert shown == (
            f"{value:,.0f}".replace(",", ".") if state == "number" else LABELS[state]
        ), code


def test_buurtprofiel_shows_the_serving_rows_and_the_wijk_fallback(demo, open_page):
    period, year = _latest(demo)
    # a buurt where a rate falls back to the wijk, if the demo has one; else the largest
    code = demo.execute(
        "select area_code from area_clients_monthly "
        "join areas using (boundary_year, area_level, area_code) "
        "where area_level = 'buurt' and period = ? and not is_water group by area_code "
        "order by count(*) filter (where show_wijk_instead) desc, area_code limit 1",
        [period],
    ).fetchone()[0]
    at = open_page("pages/buurtprofiel.py", gebied=code)
    assert at.selectbox(key="sel_gebied").value == code
    table = at.dataframe[0].value
    wmo = table[table["Domein"] == "Wmo"].set_index("Categorie")
    rows = demo.execute(
        "select c.category_label, f.clients, f.clients_state, f.rate_per_1000, f.rate_state, "
        "f.show_wijk_instead, f.wijk_rate_per_1000, f.wijk_rate_state "
        "from area_clients_monthly f join categories c using (domain, category) "
        "where f.area_level = 'buurt' and f.area_code = ? and f.period = ? "
        "and f.domain = 'wmo'",
        [code, period],
    ).fetchall()
    assert len(rows) == len(wmo) == 5
    for label, clients, cs, rate, rs, fallback, wijk_rate, ws in rows:
        assert wmo.loc[label, "Cliënten"] == _count(clients, cs)
        expected = _rate(wijk_rate, ws) + " (wijk)" if fallback else _rate(rate, rs)
        assert wmo.loc[label, "Per 1.000"] == expected
    any_fallback = demo.execute(
        "select bool_or(show_wijk_instead) from area_clients_monthly "
        "where area_code = ? and period = ?",
        [code, period],
    ).fetchone()[0]
    assert bool(at.info) == bool(any_fallback)
    similar = demo.execute(
        "select count(*) from similar_buurten where buurt_code = ? and boundary_year = ?",
        [code, year],
    ).fetchone()[0]
    if similar:
        assert len(_table(at, "Gebied")) == similar + 2  # this buurt, the similar ones, gemeente
    else:  # a buurt below the minimum population takes no part in similar buurten
        assert not any("Gebied" in d.value.columns for d in at.dataframe)


def test_integrale_blik_ranks_the_serving_rows(demo, open_page):
    period = demo.execute("select max(period) from area_profile_monthly").fetchone()[0]
    at = open_page("pages/integrale_blik.py")
    table = _table(at, "Druk")
    rows = demo.execute(
        "select count(*), max(pressure_score) filter (where pressure_state = 'number'), "
        "count(*) filter (where is_multi_domain_pressure) from area_profile_monthly p "
        "join areas a using (boundary_year, area_level, area_code) "
        "where p.area_level = 'buurt' and p.period = ? and not a.is_water",
        [period],
    ).fetchone()
    n, top, multi = rows
    assert len(table) == n
    assert table.iloc[0]["Druk"].startswith(f"{top} van ")
    assert at.metric[0].value == f"{multi} van {n}"


def test_vergelijken_shows_the_serving_rows(demo, open_page):
    period, year = _latest(demo)
    codes = [
        r[0]
        for r in demo.execute(
            "select area_code from areas where area_level = 'buurt' and boundary_year = ? "
            "and not is_water order by area_code limit 2",
            [year],
        ).fetchall()
    ]
    at = open_page("pages/vergelijken.py", gebieden=",".join(codes))
    table = _table(at, "Categorie")
    names = dict(
        demo.execute(
            "select area_code, area_name from areas where area_code in "
            "(?, ?) and boundary_year = ?",
            [*codes, year],
        ).fetchall()
    )
    for code in codes:
        value, state, fallback, wijk, ws = demo.execute(
            "select rate_per_1000, rate_state, show_wijk_instead, wijk_rate_per_1000, "
            "wijk_rate_state from area_clients_monthly where area_code = ? and period = ? "
            "and category = 'algemene_bijstand'",
            [code, period],
        ).fetchone()
        shown = table.set_index("Categorie").loc["Algemene bijstand", names[code]]
        assert shown == (_rate(wijk, ws) + " (wijk)" if fallback else _rate(value, state))


def test_datastatus_shows_the_load_log(demo, open_page):
    at = open_page("pages/datastatus.py")
    n, rejected = demo.execute(
        "select count(*), count(*) filter (where status = 'rejected') from load_status"
    ).fetchone()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Bestanden gezien"] == str(n)
    assert metrics["Bestanden in quarantaine"] == str(rejected)
    newest = demo.execute(
        "select max(periods) from load_status where file_kind = "
        "'case_counts' and status in ('loaded', 'replaced')"
    ).fetchone()[0]
    sources = _table(at, "Bron").set_index("Bron")
    assert sources.loc["Maandexport cliënten", "Nieuwste periode"] == newest
