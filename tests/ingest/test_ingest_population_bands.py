"""bevolking.csv with the finer age bands of the standard definitions: read in long form,
checked against the bands they lie in, and old files with only the four bands still load."""

from __future__ import annotations

import pytest

from wijkwijs.ingest.population_bands import Band, band_of
from wijkwijs.reference import InvalidReference, read_population_file

OLD = "jaar,buurtcode,inwoners_0_17,inwoners_18_26,inwoners_27_66,inwoners_67_plus,huishoudens\n"


def write(tmp_path, text: str):
    path = tmp_path / "bevolking.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_file_of_the_first_contract_loads_with_its_four_bands(tmp_path):
    rows, bands = read_population_file(write(tmp_path, OLD + "2024,BU99990101,10,20,30,40,50\n"))
    assert rows[["residents_0_17", "households"]].values.tolist() == [[10, 50]]
    assert sorted(map(tuple, bands[["band", "age_from", "age_to", "residents"]].astype(object)
                      .where(bands.notna(), None).values.tolist())) == [
        ("0_17", 0, 17, 10), ("18_26", 18, 26, 20), ("27_66", 27, 66, 30),
        ("67_plus", 67, None, 40),
    ]


def test_finer_bands_the_total_and_the_aow_band_are_read(tmp_path):
    text = (
        "jaar;buurtcode;inwoners_0_17;inwoners_18_26;inwoners_27_66;inwoners_67_plus;"
        "inwoners_12_17;inwoners_18_22;Inwoners 18 tot AOW;inwoners_totaal;huishoudens\n"
        "2024;BU99990101;100;50;300;50;30;25;340;500;220\n"
    )
    _, bands = read_population_file(write(tmp_path, text))
    found = {r.band: (r.age_from, r.age_to, bool(r.to_aow), r.residents)
             for r in bands.itertuples()}
    assert found["12_17"] == (12, 17, False, 30)
    assert found["18_22"] == (18, 22, False, 25)
    assert found["18_aow"][2:] == (True, 340)
    assert found["total"][0] == 0 and found["total"][3] == 500


def test_a_band_larger_than_the_band_it_lies_in_is_refused_with_row_and_column(tmp_path):
    text = OLD.replace("huishoudens", "inwoners_12_17,huishoudens") + (
        "2024,BU99990101,10,20,30,40,5,50\n2024,BU99990102,10,20,30,40,12,50\n"
    )
    with pytest.raises(InvalidReference) as caught:
        read_population_file(write(tmp_path, text))
    [problem] = caught.value.problems
    assert (problem.row, problem.column) == (3, "inwoners_12_17")
    assert "inwoners_0_17" in problem.reason_nl


def test_a_total_that_is_not_the_sum_of_the_four_bands_is_refused(tmp_path):
    text = OLD.replace("huishoudens", "inwoners_totaal,huishoudens") + (
        "2024,BU99990101,10,20,30,40,99,50\n"
    )
    with pytest.raises(InvalidReference) as caught:
        read_population_file(write(tmp_path, text))
    [problem] = caught.value.problems
    assert (problem.row, problem.column) == (2, "inwoners_totaal")


def test_a_band_that_is_no_count_is_named_once(tmp_path):
    text = OLD.replace("huishoudens", "inwoners_18_22,huishoudens") + (
        "2024,BU99990101,10,20,30,40,1.5,50\n"
    )
    with pytest.raises(InvalidReference) as caught:
        read_population_file(write(tmp_path, text))
    assert [(p.row, p.column) for p in caught.value.problems] == [(2, "inwoners_18_22")]


@pytest.mark.parametrize(("header", "band"), [
    ("inwoners_12_17", Band("12_17", 12, 17)),
    ("residents_18_22", Band("18_22", 18, 22)),
    ("inwoners_65_plus", Band("65_plus", 65, None)),
    ("inwoners_18_tot_aow", Band("18_aow", 18, None, to_aow=True)),
    ("inwoners", Band("total", 0, None)),
    ("huishoudens", None),
    ("inwoners_per_km2", None),
])
def test_band_names(header, band):
    assert band_of(header) == band
