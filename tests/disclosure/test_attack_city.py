"""A city-shaped copy: the benchmark city's geography (500 buurten in 63 wijken), population and
case counts (bench/workload.py), three months of all twelve categories, through the suppression
and the attacker directly. The full city (120 months, through the pipeline) is audited by
`make audit` on its serving copy; 36 hierarchies of 564 cells keep this test to seconds while
the shape (wijken of ~8 buurten, Poisson counts by population, small and large buurten) is the
city's."""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd
import pytest

from bench.workload import WORKLOADS, build_country, build_population, simulate_cases
from tests.disclosure.copies import KEY, serving_copy
from wijkwijs.attack import audit_copy
from wijkwijs.demo.spec import CATEGORIES, POPULATION_GROUP
from wijkwijs.disclosure import DisclosureRules
from wijkwijs.disclosure.population import random_round
from wijkwijs.disclosure.suppress import Hierarchy, protect

RULES = DisclosureRules()
MONTHS = ["2025-01", "2025-02", "2025-03"]


@pytest.fixture(scope="module")
def city_cells() -> tuple[pd.DataFrame, dict[str, int]]:
    spec = WORKLOADS["city"]
    country = build_country(spec)
    population, deprivation = build_population(spec, country)
    buurten = country.buurten.reset_index(drop=True)
    year = population[population.jaar == 2025].reset_index(drop=True)
    rows, residents = [], {}
    rng = np.random.default_rng(1)
    for domain, categories in CATEGORIES.items():
        group = year[list(POPULATION_GROUP[domain])].sum(axis=1).to_numpy()
        published = random_round(group, rng.random(len(group)), 5)
        counts, _ = simulate_cases(spec, population, deprivation, domain, MONTHS)
        for k, (category, _) in enumerate(categories):
            for m in range(len(MONTHS)):
                per_buurt = counts[m, :, k]
                frame = pd.DataFrame({"code": buurten.buurtcode, "wijk": buurten.wijkcode,
                                      "n": per_buurt, "pop": published, "true_pop": group})
                wijken = frame.groupby("wijk").agg(n=("n", "sum"), pop=("true_pop", "sum"))
                for r in frame.itertuples(index=False):
                    rows.append((m, category, "buurt", r.code, r.wijk, 2, int(r.n),
                                 r.true_pop < 50, int(r.pop) + 4))
                for wijk, w in wijken.iterrows():
                    rows.append((m, category, "wijk", wijk, "GM3000", 1, int(w.n), False, None))
                rows.append((m, category, "gemeente", "GM3000", None, 0, int(per_buurt.sum()),
                             False, int(group.sum())))
                residents.update({r.code: int(r.pop) for r in frame.itertuples(index=False)})
    cells = pd.DataFrame(rows, columns=["month", "category", "area_level", "area_code",
                                        "parent_code", "depth", "value", "small", "upper"])
    cells["upper"] = cells["upper"].astype("Int64")
    return cells.assign(state="number", public=False), residents


def test_the_attacker_fails_on_a_city_shaped_copy(city_cells, tmp_path):
    cells, residents = city_cells
    assert cells["area_code"].nunique() == 500 + 63 + 1
    with duckdb.connect() as con:
        con.register("cells_frame", cells)
        con.execute("create table cells as select * from cells_frame")
        out = protect(con, "cells", Hierarchy(("month", "category")), RULES, KEY).df()
    buurt = out[out["area_level"] == "buurt"]
    published = out[out["state"] == "number"]
    assert (published["value"] >= 10).all() and (published["value"] % 5 == 0).all()
    # a real share of the buurt figures is published, and few cells are hidden to protect
    # others: the rounding intervals already protect most small counts
    assert 0.2 < (buurt["state"] == "number").mean() < 0.95
    assert (out["suppression"] == "secundair").sum() < 0.05 * len(out)
    audit = audit_copy(serving_copy(tmp_path / "city.duckdb", out.assign(domain="wmo"), RULES,
                                    residents))
    assert audit.ok, audit.text()
    (table,) = audit.tables
    assert table.examined == len(out) and table.hidden == (out["state"] != "number").sum()
