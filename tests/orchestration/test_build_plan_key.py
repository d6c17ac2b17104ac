"""A new disclosure key rounds every month again: the next build must be a full refresh, or the
old months would keep the old key's rounding beside new months with the new one (two roundings
of one population side by side narrow it down; docs/privacy.md)."""

import duckdb

from wijkwijs.build_plan import FULL, INCREMENTAL, build_succeeded, plan_build
from wijkwijs.config import paths


def _plan(data):
    data.warehouse.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(data.warehouse)) as con:
        plan = plan_build(con, data)
        build_succeeded(con, data, plan)
    return plan


def test_a_new_disclosure_key_forces_a_full_refresh(tmp_path, monkeypatch):
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("WIJKWIJS_WAREHOUSE", raising=False)
    monkeypatch.delenv("WIJKWIJS_DISCLOSURE_KEY", raising=False)
    key = tmp_path / "secrets" / "disclosure.key"
    monkeypatch.setenv("WIJKWIJS_DISCLOSURE_KEY_FILE", str(key))
    key.parent.mkdir()
    key.write_text("a1" * 32 + "\n")
    data = paths()

    assert _plan(data).mode == FULL  # no build recorded yet
    assert _plan(data).mode == INCREMENTAL  # nothing changed

    key.write_text("b2" * 32 + "\n")  # same file, same settings, another key
    plan = _plan(data)
    assert (plan.mode, plan.reason) == (
        FULL, "referentie, code of instellingen gewijzigd / reference, code or settings changed")
    assert _plan(data).mode == INCREMENTAL  # and the new key is the one remembered


def test_the_key_set_in_the_environment_counts_too(tmp_path, monkeypatch):
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("WIJKWIJS_WAREHOUSE", raising=False)
    monkeypatch.setenv("WIJKWIJS_DISCLOSURE_KEY", "c3" * 32)
    data = paths()
    _plan(data)
    assert _plan(data).mode == INCREMENTAL
    monkeypatch.setenv("WIJKWIJS_DISCLOSURE_KEY", "d4" * 32)
    assert _plan(data).mode == FULL
