"""Datastatus shows the CBS/PDOK fetch log and CBS figures next to the municipality's own."""

import duckdb

STATUS = "pages/datastatus.py"


def _table(at, column: str):
    return next(df.value for df in at.dataframe if column in df.value.columns)


def test_no_cbs_data_says_how_to_turn_it_on(serving_data, open_page):
    at = open_page(STATUS)
    assert any("Geen CBS- of PDOK-gegevens geladen" in c.value for c in at.caption)


def test_failed_fetch_and_comparison_with_state_labels(own_copy, open_page):
    with duckdb.connect(str(own_copy)) as con:
        con.execute(
            "create or replace table cbs_fetch_status as select * from (values "
            "('odata', '85984NED', 2024, timestamp '2026-11-20 06:00', 'failed', 0, "
            " timestamp '2026-10-20 06:00', 'HTTP 503 na 3 pogingen')) "
            "t(source, table_id, year, last_attempt_at, status, rows, last_good_at, message)"
        )
        con.execute(
            "create or replace table cbs_comparison as select * from (values "
            "('wijk', 'WK999901', 2024, 'Personen met bijstand', 250.0, 'number', 'odata', "
            " 240.0, 'number', 'gemiddeld per maand', -10.0, 'number'),"
            "('wijk', 'WK999902', 2024, 'Personen met bijstand', null, 'suppressed', 'odata', "
            " 35.0, 'number', 'gemiddeld per maand', null, 'suppressed')) "
            "t(area_level, area_code, year, measure_label, cbs_value, cbs_state, cbs_source, "
            "local_value, local_state, local_basis, difference, difference_state)"
        )
    at = open_page(STATUS)
    fetches = _table(at, "Laatste poging")
    assert fetches.iloc[0][["Tabel", "Status", "Laatst goed geladen", "Melding"]].tolist() == [
        "85984NED", "failed", "20-10-2026 06:00", "HTTP 503 na 3 pogingen"
    ]
    side_by_side = _table(at, "Eigen registratie").set_index("Gebied")
    assert side_by_side.loc["WK999901", ["CBS", "Eigen registratie", "Verschil"]].tolist() == [
        "250", "240", "-10"
    ]
    assert side_by_side.loc["WK999902", ["CBS", "Verschil"]].tolist() == ["geheim", "geheim"]
