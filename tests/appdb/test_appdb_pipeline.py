"""Held youth input through review and back into the pipeline (issue 15.3, 15.5).

On a copy of the demo pipeline's data: three held records are put in the warehouse as the
scrubber leaves them (te_beoordelen), the youth part of the pipeline runs (the real Dagster
assets: decisions snapshot, dbt models, serving copy, review copy), a reviewer decides in the
application database, the pipeline runs again, the file is delivered again.
"""

from __future__ import annotations

import shutil

import dagster as dg
import duckdb
import pytest

from orchestration.pipeline import failure_summary, run_pipeline
from tests.appdb.people import ANALYST_USER, YOUTH_WORKER_USER
from tests.conftest import data_env
from wijkwijs.appdb import reviews
from wijkwijs.appdb.engine import app_db
from wijkwijs.appdb.pipeline_read import read_review_decisions

YOUTH_RUN = [
    ["raw", "app_youth_reviews"], ["staging", "stg_app__youth_reviews"],
    ["staging", "stg_raw_youth__youth_input"], ["intermediate", "int_youth_input_reviewed"],
    ["intermediate", "int_youth_input_released"], ["intermediate", "int_youth_record_ids"],
    ["intermediate", "int_youth_bands_disclosed"],
    ["marts", "youth_input_records"], ["marts", "youth_input_by_buurt_theme"],
    ["review", "youth_input_held"],
]
PUBLISH = [["serving", "wijkwijs"], ["review", "copy"]]  # after the models: their own run
HELD = {
    "held-approve": "Ik ga daar altijd met Quirijn chillen, doe een bankje",
    "held-edit": "Een pannakooi bij de Brink 4 waar Xandro altijd is",
    "held-reject": "Bel Roos op 0612 345 678 9 voor meer",
}


def run_youth_part(data_dir) -> None:
    for keys in (YOUTH_RUN, PUBLISH):
        with data_env(data_dir):
            result = run_pipeline(asset_selection=[dg.AssetKey(k) for k in keys])
        assert result.success, failure_summary(result)


def warehouse(data_dir, read_only=True):
    return duckdb.connect(str(data_dir / "warehouse" / "wijkwijs.duckdb"), read_only=read_only)


def served(data_dir, sql):
    with duckdb.connect(str(data_dir / "serving" / "wijkwijs.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def review_copy(data_dir):
    path = data_dir / "review" / "jongereninbreng_te_beoordelen.duckdb"
    with duckdb.connect(str(path), read_only=True) as con:
        return {r[0]: r[1:] for r in con.execute(
            "select source_key, held_idea, held_activity, review_decision, is_published "
            "from youth_input_held").fetchall()}


def served_text(data_dir) -> str:
    """Every text cell of every served table, as one string."""
    parts = []
    with duckdb.connect(str(data_dir / "serving" / "wijkwijs.duckdb"), read_only=True) as con:
        for table, column in con.execute(
            "select table_name, column_name from information_schema.columns "
            "where data_type = 'VARCHAR'").fetchall():
            parts += [str(v) for (v,) in con.execute(
                f'select distinct "{column}" from "{table}" where "{column}" is not null'
            ).fetchall()]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def data_dir(demo_pipeline, tmp_path_factory):
    """The demo's data with three held records added to raw.youth_input as the scrubber
    stores them, and an application database of its own."""
    data = tmp_path_factory.mktemp("review_flow") / "data"
    shutil.copytree(demo_pipeline, data)
    with warehouse(data, read_only=False) as con:
        for key, idea in HELD.items():
            con.execute(
                "insert into raw.youth_input select * replace (? as record_id, ? as idea, "
                "'te_beoordelen' as review_status, 'onbekend_woord_met_hoofdletter' "
                "as review_reason) from raw.youth_input order by record_id limit 1",
                [key, idea],
            )
    return data


@pytest.fixture(scope="module")
def app_url(data_dir):
    return f"sqlite:///{data_dir / 'app' / 'app.sqlite'}"


def test_review_flow_from_held_to_published_and_back(data_dir, app_url, monkeypatch):
    monkeypatch.setenv("WIJKWIJS_APP_DB", app_url)
    # --- first run: held records only in the review copy, never served -------------------
    run_youth_part(data_dir)
    assert not (data_dir / "app").exists()  # the pipeline never creates the app database
    held = review_copy(data_dir)
    assert set(held) == set(HELD)
    assert all(h[2:] == (None, False) for h in held.values())
    text = served_text(data_dir)
    assert not any(idea in text for idea in HELD.values())
    (published_before,) = served(data_dir, "select count(*) from youth_input_records")[0]

    # --- decisions in the application database ---------------------------------------------
    db = app_db(app_url)
    activity = held["held-approve"][1]
    reviews.decide(db, YOUTH_WORKER_USER, "held-approve", reviews.APPROVED,
                   expected_version=None, held_idea=HELD["held-approve"], held_activity=activity)
    edit = reviews.decide(db, YOUTH_WORKER_USER, "held-edit", reviews.APPROVED,
                          expected_version=None, held_idea=HELD["held-edit"],
                          held_activity=activity,
                          idea="Een pannakooi bij het plein, bel 06-12345678")
    # the edit goes through the scrubber too
    assert edit.review.idea == "Een pannakooi bij het plein, bel [telefoonnummer]"
    reviews.decide(db, ANALYST_USER, "held-reject", reviews.REJECTED, expected_version=None,
                   held_idea=HELD["held-reject"], held_activity=activity,
                   reason="Telefoonnummer in het idee")
    assert len(read_review_decisions(app_url)) == 3

    # --- second run: approved published (the edit, not the held text), rejected never -----
    run_youth_part(data_dir)
    # served under a keyed published id, never the source key
    ideas = {idea for (idea,) in served(data_dir, "select idea from youth_input_records")}
    assert {HELD["held-approve"], edit.review.idea} <= ideas
    assert not served(data_dir, "select * from youth_input_records where record_id like 'held-%'")
    assert served(data_dir, "select count(*) from youth_input_records")[0][0] == \
        published_before + 2
    assert HELD["held-reject"] not in served_text(data_dir)
    assert HELD["held-edit"] not in served_text(data_dir)
    states = review_copy(data_dir)
    assert {k: v[2:] for k, v in states.items()} == {
        "held-approve": ("goedgekeurd", True), "held-edit": ("goedgekeurd", True),
        "held-reject": ("afgewezen", False)}

    # --- the file again: same keys, same texts → decisions kept; a changed text is held again
    with warehouse(data_dir, read_only=False) as con:
        con.execute("update raw.youth_input set load_id = 'redelivered' "
                    "where record_id like 'held-%'")
        con.execute("update raw.youth_input set idea = idea || ' en een goal' "
                    "where record_id = 'held-approve'")
    run_youth_part(data_dir)
    ideas = {idea for (idea,) in served(data_dir, "select idea from youth_input_records")}
    assert edit.review.idea in ideas
    assert not any(idea.startswith(HELD["held-approve"]) for idea in ideas)
    states = review_copy(data_dir)
    assert states["held-approve"][2:] == (None, False)  # changed text: to be reviewed again
    assert states["held-reject"][2:] == ("afgewezen", False)
