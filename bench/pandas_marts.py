"""area_clients_monthly the way an analyst would write it in pandas: read every file, concat,
merge, groupby, shift. Same steps and rules as bench/handwritten.sql."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

GROUP = {"wmo": "r18_plus", "jeugd": "r0_17", "participatiewet": "r18_66"}
GROUP_NAME = {"wmo": "18_plus", "jeugd": "0_17", "participatiewet": "18_66"}
SUPPRESSED = {".", "x", "X", "-99997"}
NOT_PUBLISHED = {"-99995", "-99991"}


def read_cases(data_dir: Path) -> pd.DataFrame:
    from bench.baselines import case_files

    frames = []
    for path in case_files(data_dir):
        with open(path, encoding="utf-8-sig") as f:
            sep = ";" if f.readline().count(";") > 1 else ","
        frame = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False,
                            encoding="utf-8-sig")
        frames.append(frame)
    cases = pd.concat(frames, ignore_index=True)
    raw = cases["aantal_clienten"].str.strip()
    is_number = raw.str.fullmatch(r"\d+")
    out = pd.DataFrame({
        "period": pd.to_datetime(cases["periode"], format="%Y-%m"),
        "boundary_year": cases["indelingsjaar"].astype(int),
        "buurt_code": cases["buurtcode"].str.strip().str.upper(),
        "domain": cases["domein"].str.lower(),
        "category": cases["categorie"].str.lower(),
        "clients": pd.to_numeric(raw.where(is_number), errors="coerce"),
    })
    out["state"] = np.select(
        [is_number, raw.isin(SUPPRESSED) | raw.str.startswith("<"), raw.isin(NOT_PUBLISHED)],
        ["number", "suppressed", "not_published"], default="unknown")
    return out


def area_map(buurten: pd.DataFrame) -> pd.DataFrame:
    return pd.concat([
        buurten.assign(area_level="buurt", area_code=buurten.buurt_code),
        buurten.assign(area_level="wijk", area_code=buurten.wijk_code),
        buurten.assign(area_level="gemeente", area_code=buurten.gemeente_code, wijk_code=None),
    ], ignore_index=True)


def run_pandas(data_dir: Path, out: Path) -> dict:
    from bench.baselines import buurten_attributes

    cases = read_cases(data_dir)
    buurten = buurten_attributes(data_dir / "reference")
    areas = area_map(buurten)
    pop = pd.read_csv(data_dir / "reference" / "bevolking.csv", dtype={"buurtcode": str})
    pop = pd.DataFrame({
        "year": pop.jaar, "boundary_year": pop.indelingsjaar, "buurt_code": pop.buurtcode,
        "r0_17": pop.inwoners_0_17,
        "r18_plus": pop.inwoners_18_26 + pop.inwoners_27_66 + pop.inwoners_67_plus,
        "r18_66": pop.inwoners_18_26 + pop.inwoners_27_66,
    })

    # roll-up buurt -> wijk -> gemeente
    merged = cases.merge(areas, on="buurt_code")
    merged["is_number"] = merged.state == "number"
    merged["is_supp"] = merged.state == "suppressed"
    merged["is_np"] = merged.state == "not_published"
    keys = ["area_level", "area_code", "period", "boundary_year", "domain", "category"]
    rolled = merged.groupby(keys, sort=False).agg(
        wijk_code=("wijk_code", "first"), gemeente_code=("gemeente_code", "first"),
        clients=("clients", "sum"), all_number=("is_number", "all"),
        any_supp=("is_supp", "any"), any_np=("is_np", "any")).reset_index()
    rolled["clients_state"] = np.select(
        [rolled.all_number, rolled.any_supp, rolled.any_np],
        ["number", "suppressed", "not_published"], default="unknown")
    rolled = rolled.drop(columns=["all_number", "any_supp", "any_np"])

    # disclosure: threshold and rounding
    small = (rolled.clients_state == "number") & rolled.clients.between(1, 4)
    rolled.loc[small, "clients_state"] = "suppressed"
    rolled["clients"] = np.where(rolled.clients_state == "number",
                                 (rolled.clients / 5).round() * 5, np.nan)

    # rates per 1,000 of the domain's population group
    residents = pop.merge(areas, on="buurt_code").groupby(
        ["area_level", "area_code", "year", "boundary_year"])[["r0_17", "r18_plus", "r18_66"]
                                                              ].sum().reset_index()
    rolled["year"] = rolled.period.dt.year
    rates = rolled.merge(residents, on=["area_level", "area_code", "year", "boundary_year"],
                         how="left")
    rates["population_group"] = rates.domain.map(GROUP_NAME)
    rates["residents"] = np.select(
        [rates.domain == d for d in GROUP], [rates[c] for c in GROUP.values()])
    ok = (rates.clients_state == "number") & (rates.residents > 0)
    rates["rate_per_1000"] = np.where(ok, rates.clients * 1000 / rates.residents, np.nan)
    rates["rate_state"] = np.where(rates.clients_state != "number", rates.clients_state,
                                   np.where(ok, "number", "unknown"))
    rates = rates.drop(columns=["r0_17", "r18_plus", "r18_66", "year"])

    # previous month and a year earlier
    rates = rates.sort_values(["area_level", "area_code", "domain", "category", "period"])
    series = rates.groupby(["area_level", "area_code", "domain", "category"], sort=False)
    for k, name in ((1, "prev_period"), (12, "prev_year")):
        prev = series.rate_per_1000.shift(k)
        prev_period = series.period.shift(k)
        expected = rates.period - pd.DateOffset(months=k)
        rates[f"rate_{name}"] = prev.where(prev_period == expected)
        rates[f"rate_change_{name}"] = rates.rate_per_1000 - rates[f"rate_{name}"]
        rates[f"rate_change_{name}_pct"] = (100 * rates[f"rate_change_{name}"]
                                            / rates[f"rate_{name}"].replace(0, np.nan))

    # municipal figure, index and the wijk fallback
    slim = ["area_code", "period", "domain", "category", "rate_per_1000", "rate_state"]
    gm = rates[rates.area_level == "gemeente"][slim].rename(columns={
        "area_code": "gemeente_code", "rate_per_1000": "gemeente_rate_per_1000",
        "rate_state": "gemeente_rate_state"})
    wk = rates[rates.area_level == "wijk"][slim].rename(columns={
        "area_code": "wijk_code", "rate_per_1000": "wijk_rate_per_1000",
        "rate_state": "wijk_rate_state"})
    final = rates.merge(gm, on=["gemeente_code", "period", "domain", "category"], how="left")
    final = final.merge(wk, on=["wijk_code", "period", "domain", "category"], how="left")
    final["index_gemeente"] = 100 * final.rate_per_1000 / final.gemeente_rate_per_1000.replace(
        0, np.nan)
    final["show_wijk_instead"] = ((final.area_level == "buurt") & (final.rate_state != "number")
                                  & (final.wijk_rate_state == "number"))
    final.to_parquet(out, index=False)
    return {"rows": len(final)}
