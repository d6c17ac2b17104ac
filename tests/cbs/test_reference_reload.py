"""Reference files are read again only when what the tables are made from changed: the files,
the gemeente, the CBS area names, the code. Reading the national boundary files took 6–11 s of
every monthly run; a month with the same reference keeps the tables as they are."""

import dagster as dg
import duckdb
import pytest

from orchestration.defs.ingest.assets import reference_data
from orchestration.defs.resources import resources_from_env
from tests.cbs.fakes import write_pdok_gpkg
from tests.conftest import data_env
from wijkwijs import reference, run_inputs
from wijkwijs.raw_tables import create_raw_tables
from wijkwijs.reference import InvalidReference, load_reference_if_changed

POPULATION = (
    "jaar,buurtcode,inwoners_0_17,inwoners_18_26,inwoners_27_66,inwoners_67_plus,huishoudens\n"
    "2024,BU09970101,500,300,1700,505,1300\n"
)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.delenv("WIJKWIJS_GEMEENTE", raising=False)
    folder = tmp_path / "reference"
    folder.mkdir()
    write_pdok_gpkg(folder / "wijkenbuurten_2024.gpkg", other_gemeente=True)
    (folder / "bevolking.csv").write_text(POPULATION, encoding="utf-8")
    return folder


@pytest.fixture
def con():
    con = duckdb.connect()
    create_raw_tables(con)
    return con


@pytest.fixture
def reads(monkeypatch):
    """How often the boundary files were read."""
    calls = []
    real = reference.read_boundaries

    def counted(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(reference, "read_boundaries", counted)
    return calls


def table_rows(con) -> dict:
    return {
        t: con.execute(f"select * from raw.{t} order by all").fetchall()
        for t in ("buurten", "wijken", "population", "population_bands")
    }


def test_unchanged_reference_files_are_not_read_again(folder, con, reads):
    assert load_reference_if_changed(con, folder) == {"buurten": 4, "wijken": 3, "population": 1}
    loaded = table_rows(con)
    assert len(reads) == 1

    assert load_reference_if_changed(con, folder) is None
    assert len(reads) == 1  # not read
    assert table_rows(con) == loaded  # and the tables as they were


def test_every_input_of_the_tables_reads_them_again(folder, con, reads, monkeypatch):
    load_reference_if_changed(con, folder)

    # a corrected file: one more buurt in the population file
    (folder / "bevolking.csv").write_text(
        POPULATION + "2024,BU09970102,10,10,10,10,20\n", encoding="utf-8"
    )
    assert load_reference_if_changed(con, folder)["population"] == 2

    # the gemeente chosen: the national file cut to it
    monkeypatch.setenv("WIJKWIJS_GEMEENTE", "GM0997")
    assert load_reference_if_changed(con, folder)["buurten"] == 3

    # new CBS area names, which name the wijken and buurten
    con.execute("insert into raw.cbs_area_names values ('wijk', 'WK099701', 2024, 'Dorp', 'x')")
    assert load_reference_if_changed(con, folder) is not None

    # a new release of the code
    monkeypatch.setattr(run_inputs, "code_digest", lambda: "another release")
    assert load_reference_if_changed(con, folder) is not None

    assert len(reads) == 5
    assert load_reference_if_changed(con, folder) is None


def test_a_file_that_cannot_be_used_is_refused_on_every_run(folder, con):
    load_reference_if_changed(con, folder)
    kept = table_rows(con)
    (folder / "WijkBuurtkaart_2025_v1.zip").write_bytes(b"PK")
    for _ in range(2):  # the last good load's record does not make the bad folder look loaded
        with pytest.raises(InvalidReference, match="WijkBuurtkaart_2025_v1.zip"):
            load_reference_if_changed(con, folder)
    assert table_rows(con) == kept


def test_the_run_says_the_reference_was_kept(folder):
    def run():
        with data_env(folder.parent):
            result = dg.materialize([reference_data], resources=resources_from_env())
        (check,) = result.get_asset_check_evaluations()
        events = [e.materialization for e in result.get_asset_materialization_events()]
        rows = {e.asset_key.path[-1]: e.metadata["rows"].value for e in events}
        reloaded = {e.metadata["reloaded"].value for e in events}
        return check.passed, check.description, rows, reloaded

    first = run()
    assert first == (
        True,
        "referentiebestanden gelezen / reference files read",
        {"buurten": 4, "wijken": 3, "population": 1, "population_bands": 4},
        {True},
    )
    again = run()
    assert again == (
        True,
        "referentiebestanden ongewijzigd sinds de vorige lading / "
        "reference files unchanged since they were loaded",
        first[2],
        {False},
    )
