"""The benchmark workload generator on a small size: deterministic, the right shape, and files
the real ingest validation accepts. (Benchmarks are not tests: nothing here measures time.)"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pyogrio
import pytest

from bench.workload import WORKLOADS, scaled, write_increment, write_workload
from wijkwijs.demo.spec import CATEGORIES
from wijkwijs.ingest.kinds import CASE_COUNTS, STAPELING
from wijkwijs.ingest.readers import read_table
from wijkwijs.ingest.validate import ValidationContext, validate

SMALL = scaled(WORKLOADS["national"], months=13, buurten=60, municipalities=5)
N_CATEGORIES = sum(len(c) for c in CATEGORIES.values())


def _digests(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> tuple[Path, object]:
    root = tmp_path_factory.mktemp("bench_small")
    return root, write_workload(SMALL, root)


def test_same_seed_same_bytes(small, tmp_path):
    root, _ = small
    write_workload(SMALL, tmp_path)
    assert _digests(tmp_path) == _digests(root)


def test_shape(small):
    root, summary = small
    assert summary.municipalities == 5 and summary.buurten == 60 and summary.months == 13
    assert summary.case_rows == 60 * 13 * N_CATEGORIES
    inbox = sorted(p.name for p in (root / "inbox").iterdir())
    assert len([n for n in inbox if not n.startswith("stapeling")]) == 3 * 13
    # stapeling for whole years only
    assert inbox.count("stapeling_2016.csv") == 1 and "stapeling_2017.csv" not in inbox

    buurten = pyogrio.read_dataframe(root / "reference" / "wijkenbuurten_2025.gpkg",
                                     layer="buurten")
    assert len(buurten) == 60 and buurten.buurtcode.is_unique
    assert buurten.crs.to_epsg() == 28992 and buurten.is_valid.all()
    assert (buurten.buurtcode.str[2:6] == buurten.gemeentecode.str[2:]).all()
    assert (buurten.buurtcode.str[2:8] == buurten.wijkcode.str[2:]).all()
    gemeenten = pyogrio.read_dataframe(root / "reference" / "wijkenbuurten_2025.gpkg",
                                       layer="gemeenten")
    assert list(gemeenten.gemeentecode) == [f"GM{3000 + i}" for i in range(5)]
    # the buurten tile their municipality
    for code, outline in zip(gemeenten.gemeentecode, gemeenten.geometry, strict=True):
        own = buurten[buurten.gemeentecode == code].geometry.union_all()
        assert abs(own.area - outline.area) < 1e-3 * outline.area

    rows = pd.read_csv(root / "inbox" / "wmo_2016-01.csv", sep=";", dtype=str,
                       encoding="utf-8-sig")
    assert len(rows) == 60 * len(CATEGORIES["wmo"])
    assert set(rows.buurtcode) == set(buurten.buurtcode)
    population = pd.read_csv(root / "reference" / "bevolking.csv", dtype={"buurtcode": str})
    assert set(population.jaar) >= {2016, 2017, 2025}


def test_the_ingest_validation_accepts_the_files(small):
    root, _ = small
    buurten = pyogrio.read_dataframe(root / "reference" / "wijkenbuurten_2025.gpkg",
                                     layer="buurten", read_geometry=False)
    ctx = ValidationContext(
        buurten={2025: dict(zip(buurten.buurtcode, buurten.gemeentecode, strict=True))},
        categories={d: frozenset(c for c, _ in cats) for d, cats in CATEGORIES.items()},
        combinations=frozenset({"wmo_jeugd", "wmo_participatiewet", "jeugd_participatiewet",
                                "wmo_jeugd_participatiewet"}),
    )
    for name, kind in (("jeugd_2017-01.csv", CASE_COUNTS), ("wmo_2016-05.csv", CASE_COUNTS),
                       ("stapeling_2016.csv", STAPELING)):
        _, problems = validate(read_table(root / "inbox" / name), kind, name, ctx)
        assert problems == [], name


def test_the_next_month_continues_the_series(small, tmp_path):
    root, _ = small
    paths = write_increment(SMALL, tmp_path)
    paths = sorted(paths)
    assert [p.name for p in paths] == [
        "jeugd_2017-02.csv", "participatiewet_2017-02.csv", "wmo_2017-02.csv"]
    again = sorted(write_increment(SMALL, tmp_path / "again"))
    assert [p.read_bytes() for p in paths] == [p.read_bytes() for p in again]
    new = pd.read_csv(paths[0], dtype=str)  # jeugd: comma-separated
    last = pd.read_csv(root / "inbox" / "jeugd_2017-01.csv", dtype=str)
    assert list(new.buurtcode) == list(last.buurtcode)
