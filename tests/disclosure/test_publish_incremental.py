"""Publish replaces the changed periods only (issue 20 item 3): an incremental publish gives the
serving copy a full publish gives, and its audit, scoped to the changed months, still refuses
a copy that leaks."""

from __future__ import annotations

import shutil

import duckdb
import pytest

import wijkwijs.attack as attack
from tests.conftest import data_env
from wijkwijs.attack import audit_copy
from wijkwijs.config import DBT_PROJECT_DIR
from wijkwijs.publish.serving import DisclosureAuditError, current_hash, publish

MANIFEST = DBT_PROJECT_DIR / "target" / "manifest.json"
MONTHLY = ("area_clients_monthly", "area_client_totals_monthly", "area_profile_monthly")


def _rows(path) -> dict[str, list]:
    """Every table of a serving copy but its publish record, as sorted rows."""
    with duckdb.connect(str(path), read_only=True) as con:
        names = [t for (t,) in con.execute("select table_name from duckdb_tables() "
                                           "where table_name <> 'publish_info' order by 1"
                                           ).fetchall()]
        return {t: sorted(con.execute(f"select * from {t}").fetchall(), key=repr)
                for t in names}


@pytest.fixture
def data(demo_pipeline, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(demo_pipeline, data)
    return data


def _count(copy, table) -> int:
    with duckdb.connect(str(copy), read_only=True) as con:
        return con.execute(f"select count(*) from {table}").fetchone()[0]


def _last_month(warehouse) -> str:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return str(con.execute("select max(period) from marts.area_clients_monthly"
                               ).fetchone()[0])


def test_an_incremental_publish_equals_a_full_publish(data, tmp_path):
    warehouse = data / "warehouse" / "wijkwijs.duckdb"
    last = _last_month(warehouse)
    with data_env(data):
        full = publish(warehouse, tmp_path / "full" / "wijkwijs.duckdb", MANIFEST,
                       incremental=False)
        # the copy served before the last month arrived: made whole from a warehouse without it
        older = tmp_path / "older.duckdb"
        shutil.copyfile(warehouse, older)
        with duckdb.connect(str(older)) as con:
            for table in MONTHLY:
                con.execute(f"delete from marts.{table} where period = ?", [last])
        served = tmp_path / "served" / "wijkwijs.duckdb"
        assert publish(older, served, MANIFEST, incremental=False).replaced is None
        result = publish(warehouse, served, MANIFEST)
    # only the new month was written, and only its cells were audited
    assert result.changed
    assert result.replaced == {table: [last] for table in MONTHLY}
    assert result.audit_scope == f"months {last}; years "
    # the same copy, table for table, as the full publish
    assert result.content_hash == full.content_hash == current_hash(served)
    assert result.row_counts == full.row_counts
    assert _rows(served) == _rows(full.path)
    with duckdb.connect(str(served), read_only=True) as con:
        assert con.execute("select audit_hidden > 0 from publish_info").fetchone() == (True,)


def test_an_unchanged_warehouse_replaces_nothing_and_leaves_the_copy(data):
    serving = data / "serving" / "wijkwijs.duckdb"
    before = serving.stat()
    with data_env(data):
        result = publish(data / "warehouse" / "wijkwijs.duckdb", serving, MANIFEST)
    assert not result.changed and result.replaced == {}
    after = serving.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_the_scoped_audit_refuses_a_leak_in_the_changed_month(data):
    serving = data / "serving" / "wijkwijs.duckdb"
    before = current_hash(serving)
    warehouse = data / "warehouse" / "wijkwijs.duckdb"
    last = _last_month(warehouse)
    with duckdb.connect(str(warehouse)) as con:  # a hidden count published, a month later
        con.execute(
            "update marts.area_clients_monthly set clients = 3, clients_state = 'number' "
            "where area_code = 'BU99990101' and period = ? and category = 'jeugdreclassering'",
            [last])
    with data_env(data), pytest.raises(DisclosureAuditError) as caught:
        publish(warehouse, serving, MANIFEST)
    assert caught.value.audit.totals()["published_small"] == 1
    assert current_hash(serving) == before  # the previous copy stays
    assert not list(serving.parent.glob(".*.tmp*"))


def test_the_audit_of_some_months_reads_only_their_cells(demo_pipeline):
    """Scoped to one month the attacker examines that month's cells, no others; all months
    together it examines what the whole-copy audit examines (no cell links two months)."""
    copy = demo_pipeline / "serving" / "wijkwijs.duckdb"
    whole = audit_copy(copy)
    with duckdb.connect(str(copy), read_only=True) as con:
        months = [str(p) for (p,) in con.execute(
            "select distinct period from area_clients_monthly order by 1").fetchall()]
        years = [str(y) for (y,) in con.execute(
            "select distinct year from area_stapeling_yearly order by 1").fetchall()]
    one = audit_copy(copy, months=[months[-1]], years=[])
    assert 0 < one.totals()["examined"] < whole.totals()["examined"]
    every = audit_copy(copy, months=months, years=years)
    assert every.totals() == whole.totals()
    # nothing of the monthly and yearly tables changed (a replay of the same files): only the
    # youth cells, which are always read whole
    none = audit_copy(copy, months=[], years=[])
    assert none.ok and 0 < none.totals()["examined"] < one.totals()["examined"]


def test_a_large_copy_is_audited_in_batches_of_periods_with_the_same_findings(
        demo_pipeline, tmp_path, monkeypatch):
    """A whole copy over the batch size is audited a batch of periods at a time (the national
    audit at once spilled 30 GB): the same findings, a leak found in whichever batch has it."""
    copy = demo_pipeline / "serving" / "wijkwijs.duckdb"
    whole = audit_copy(copy)
    monkeypatch.setenv("WIJKWIJS_AUDIT_BATCH_CELLS", "5000")
    with duckdb.connect(config={"memory_limit": "1GB"}) as con:
        con.execute(f"attach '{copy}' as copy (read_only)")
        batches = attack._period_batches(con, 5000)
    months = [m for b, _ in batches for m in b]
    years = [y for _, b in batches for y in b]
    with duckdb.connect(str(copy), read_only=True) as con:
        every_month = con.execute(
            "select count(distinct period) from area_clients_monthly").fetchone()[0]
        every_year = con.execute(
            "select count(distinct year) from area_stapeling_yearly").fetchone()[0]
    assert len(batches) > 3  # each period in exactly one batch
    assert len(months) == len(set(months)) == every_month > 12
    assert len(years) == len(set(years)) == every_year > 0
    batched = audit_copy(copy)
    assert batched.tables == whole.tables and batched.linked_groups == whole.linked_groups
    assert batched.ok and batched.totals() == whole.totals()
    # a hidden count published in the last month: found although its batch is not the first
    leaky = tmp_path / "leaky.duckdb"
    shutil.copy(copy, leaky)
    with duckdb.connect(str(leaky)) as con:
        con.execute(
            "update area_clients_monthly set clients = 3, clients_state = 'number' "
            "where area_code = 'BU99990101' and category = 'jeugdreclassering' "
            "and period = (select max(period) from area_clients_monthly)")
    found = audit_copy(leaky)
    assert not found.ok and found.totals()["published_small"] == 1


def test_the_audit_runs_under_the_pipelines_memory_limit_and_spills_beside_the_copy(
        demo_pipeline, monkeypatch):
    """Unbounded, DuckDB takes 80 % of RAM: a national audit took 20 GB before it was stopped."""
    import wijkwijs.attack as attack

    seen = {}

    def settings(con, months, years):
        seen["memory"], seen["spill"] = con.execute(
            "select current_setting('memory_limit'), current_setting('temp_directory')"
        ).fetchone()
        return "audited"

    monkeypatch.setattr(attack, "audit_connection", settings)
    copy = demo_pipeline / "serving" / "wijkwijs.duckdb"
    assert audit_copy(copy) == "audited"
    with duckdb.connect(config={"memory_limit": "4GB"}) as con:
        four_gb = con.execute("select current_setting('memory_limit')").fetchone()[0]
    assert seen == {"memory": four_gb, "spill": f"{copy}.audit.tmp"}


def test_a_spill_folder_left_by_a_killed_audit_is_removed_at_the_next_publish(data):
    serving = data / "serving" / "wijkwijs.duckdb"
    left = serving.parent / f".{serving.name}.4242.tmp.audit.tmp"
    left.mkdir()
    (left / "duckdb_temp_storage-0.tmp").write_bytes(b"\0" * 1024)
    with data_env(data):
        publish(data / "warehouse" / "wijkwijs.duckdb", serving, MANIFEST)
    assert not left.exists()


def test_a_monthly_publish_keeps_the_map_geometry_until_the_boundaries_change(data, tmp_path,
                                                                            monkeypatch):
    """The map geometry is made from the raw boundaries: a publish of a new month keeps the
    copy's own (27 s a publish at national scale) and its map files (4 s), a changed boundary
    makes both anew."""
    import wijkwijs.publish.serving as serving_module

    made, written = [], []
    real = serving_module.publish_geometry
    monkeypatch.setattr(serving_module, "publish_geometry",
                        lambda *frames: made.append(1) or real(*frames))
    real_files = serving_module.write_map_files
    monkeypatch.setattr(serving_module, "write_map_files",
                        lambda con, folder: written.append(1) or real_files(con, folder))
    warehouse = data / "warehouse" / "wijkwijs.duckdb"
    last = _last_month(warehouse)
    older = tmp_path / "older.duckdb"
    shutil.copyfile(warehouse, older)
    with duckdb.connect(str(older)) as con:
        for table in MONTHLY:
            con.execute(f"delete from marts.{table} where period = ?", [last])
    served = tmp_path / "served" / "wijkwijs.duckdb"
    with data_env(data):
        publish(older, served, MANIFEST, incremental=False)
        assert len(made) == 1
        monthly = publish(warehouse, served, MANIFEST)
        assert monthly.changed and len(made) == 1  # the same boundaries: kept
        assert len(written) == 1  # and so are the map files
        full = publish(warehouse, tmp_path / "full" / "wijkwijs.duckdb", MANIFEST,
                       incremental=False)
        assert len(written) == 2
        # equal to a geometry and map files made anew (the same names: named by content)
        assert _rows(served) == _rows(full.path)
        assert _count(served, "map_files") > 0
        assert monthly.content_hash == full.content_hash
        with duckdb.connect(str(warehouse)) as con:  # one buurt redrawn as another
            first, second = con.execute(
                "select buurt_code from raw.buurten where boundary_year = 2026 "
                "order by buurt_code limit 2").fetchall()
            con.execute("update raw.buurten set geometry_wkb = (select geometry_wkb "
                        "from raw.buurten where boundary_year = 2026 and buurt_code = ?) "
                        "where boundary_year = 2026 and buurt_code = ?", [second[0], first[0]])
        redrawn = publish(warehouse, served, MANIFEST)
    assert redrawn.changed and len(made) == 3 and len(written) == 3
    with duckdb.connect(str(served), read_only=True) as con:
        shapes = dict(con.execute(
            "select area_code, geojson from area_map_geometry where boundary_year = 2026 "
            "and area_code in (?, ?)", [first[0], second[0]]).fetchall())
    assert shapes[first[0]] == shapes[second[0]]


def test_a_monthly_publish_finds_the_changes_from_the_digests_the_copy_recorded(
        data, tmp_path, monkeypatch):
    """The copy's per-period digests are recorded at its publish (`publish_digests`): the next
    publish reads only the warehouse's side of each table (the copy's big tables took 15-35 s
    to digest again at national scale); a copy from before that table is digested anew, with
    the same result."""
    import wijkwijs.publish.serving as serving_module

    read = []
    real = serving_module._digests
    monkeypatch.setattr(serving_module, "_digests",
                        lambda con, relation, key: read.append(relation) or real(con, relation,
                                                                                 key))
    warehouse = data / "warehouse" / "wijkwijs.duckdb"
    last = _last_month(warehouse)
    older = tmp_path / "older.duckdb"
    shutil.copyfile(warehouse, older)
    with duckdb.connect(str(older)) as con:
        for table in MONTHLY:
            con.execute(f"delete from marts.{table} where period = ?", [last])
    with data_env(data):
        full = publish(warehouse, tmp_path / "full" / "wijkwijs.duckdb", MANIFEST,
                       incremental=False)
        results = {}
        for recorded in (True, False):
            served = tmp_path / f"served-{recorded}" / "wijkwijs.duckdb"
            publish(older, served, MANIFEST, incremental=False)
            if not recorded:  # as a copy published before the table existed
                with duckdb.connect(str(served)) as con:
                    con.execute("drop table publish_digests")
            read.clear()
            results[recorded] = publish(warehouse, served, MANIFEST)
            # the copy's tables with rows (an empty one has no digest to record, and costs
            # nothing to read)
            copy_read = sorted(r for r in read if r.startswith("main.")
                               and r != "main.area_map_geometry" and _count(served, r[5:]))
            assert (copy_read == []) == recorded, copy_read
            assert results[recorded].replaced == {table: [last] for table in MONTHLY}
            assert _rows(served) == _rows(full.path)
    assert results[True].content_hash == results[False].content_hash == full.content_hash
    with duckdb.connect(str(full.path), read_only=True) as con:
        recorded_rows = con.execute(
            "select sum(row_count) from publish_digests where table_name = 'area_clients_monthly'"
        ).fetchone()[0]
        assert recorded_rows == con.execute(
            "select count(*) from area_clients_monthly").fetchone()[0]
        assert con.execute("select count(*) from publish_digests where table_name = "
                           "'area_clients_monthly' and period = ?", [last]).fetchone()[0] == 1


def test_the_map_files_are_kept_only_while_every_one_is_still_in_the_folder(tmp_path):
    """A copy's map files are named after their content: kept when every one it lists is still
    in the folder, written again when one is gone, or when the copy lists none."""
    from wijkwijs.publish.serving import _map_files_kept

    folder = tmp_path / "geo"
    folder.mkdir()
    with duckdb.connect(str(tmp_path / "copy.duckdb")) as con:
        assert not _map_files_kept(con, folder)  # a copy from before the table
        con.execute("create table map_files (boundary_year bigint, area_level varchar, "
                    "file_name varchar)")
        assert not _map_files_kept(con, folder)  # none listed: the dashboard wrote them
        con.execute("insert into map_files values (2026, 'buurt', 'buurt-2026-a.geojson'), "
                    "(2026, 'wijk', 'wijk-2026-b.geojson')")
        (folder / "buurt-2026-a.geojson").write_text("{}")
        assert not _map_files_kept(con, folder)
        (folder / "wijk-2026-b.geojson").write_text("{}")
        assert _map_files_kept(con, folder)
