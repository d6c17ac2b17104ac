"""The ranking of the Integrale blik page, as pure functions on `area_profile_monthly` rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from dashboards.formatting import format_value

PROFILE_PAGE = "buurtprofiel"


def ranking_table(
    rows: pd.DataFrame,
    domains: Sequence[str],
    domain_labels: Mapping[str, str],
    labels: Mapping[str, str],
    *,
    level_label: str = "Buurt",
) -> pd.DataFrame:
    """One row per area, highest pressure first (then the highest mean index).

    Columns: the area, its wijk, `Druk` (`2 van 3 domeinen`, or the state's label), the
    domains that drive it, the index per domain and the share of households in two or more
    domains.
    """
    if rows.empty:
        return pd.DataFrame(columns=[level_label, "Wijk", "Druk", "Hoog in", "Profiel"])
    index_cols = [f"{d}_index" for d in domains]
    ranked = rows.assign(
        _score=rows["pressure_score"].where(rows["pressure_state"] == "number"),
        _mean=rows[index_cols].mean(axis=1, skipna=True),
    ).sort_values(["_score", "_mean", "area_name"], ascending=[False, False, True],
                  na_position="last")

    def pressure(r) -> str:
        if r.pressure_state != "number" or pd.isna(r.pressure_score):
            return format_value(None, r.pressure_state, labels=labels)
        return f"{int(r.pressure_score)} van {int(r.domains_assessed)} domeinen"

    table = {
        level_label: list(ranked["area_name"]),
        "Wijk": list(ranked["wijk_name"].fillna("")),
        "Druk": [pressure(r) for r in ranked.itertuples(index=False)],
        "Hoog in": [d if isinstance(d, str) and d else "—" for d in ranked["pressure_domains"]],
    }
    for domain in domains:
        table[f"Index {domain_labels[domain]}"] = [
            format_value(v, s, labels=labels)
            for v, s in zip(ranked[f"{domain}_index"], ranked[f"{domain}_index_state"],
                            strict=True)
        ]
    if "stapeling_two_or_more_pct" in ranked.columns:
        year = ranked["stapeling_year"].dropna()
        title = "Huishoudens in 2+ domeinen (%)" + (
            f", {int(year.iloc[0])}" if len(year) else "")
        table[title] = [
            format_value(v, s, decimals=1, labels=labels)
            for v, s in zip(ranked["stapeling_two_or_more_pct"],
                            ranked["stapeling_two_or_more_state"], strict=True)
        ]
    table["Profiel"] = [f"{PROFILE_PAGE}?gebied={c}" for c in ranked["area_code"]]
    return pd.DataFrame(table)


def with_published_stapeling(rows: pd.DataFrame, latest: pd.DataFrame) -> pd.DataFrame:
    """`rows` with the stapeling share of the newest published year (`latest`, from
    `trend_queries.stapeling_latest`) where the period's own year is not yet published, as
    the profile page falls back to the last published year. An area without a published
    year keeps its state."""
    if latest.empty or "stapeling_two_or_more_state" not in rows.columns:
        return rows
    waiting = rows["stapeling_two_or_more_state"] == "not_published"
    found = latest.set_index("area_code")
    codes = rows.loc[waiting, "area_code"]
    use = waiting & rows["area_code"].isin(found.index)
    if not use.any():
        return rows
    out = rows.copy()
    picked = found.loc[codes[codes.isin(found.index)]]
    out.loc[use, "stapeling_year"] = picked["stapeling_year"].to_numpy()
    out.loc[use, "stapeling_two_or_more_pct"] = picked["share"].to_numpy()
    out.loc[use, "stapeling_two_or_more_state"] = picked["state"].to_numpy()
    return out


def multi_domain_count(rows: pd.DataFrame) -> int:
    """Areas with pressure in two or three domains."""
    if rows.empty:
        return 0
    return int(rows["is_multi_domain_pressure"].fillna(False).astype(bool).sum())


def headline_note(cats: pd.DataFrame) -> str:
    """Which category stands for each domain."""
    head = cats[cats["is_headline"].fillna(False).astype(bool)]
    parts = [f"{r.domain_label}: {r.category_label.lower()}" for r in head.itertuples()]
    return "Per domein telt de hoofdcategorie: " + "; ".join(parts) + "." if parts else ""


RISE_PCT = 10.0  # a domain's rate that rose this much (%) in a year counts as rising


def rising_table(
    now: pd.DataFrame,
    before: pd.DataFrame,
    domains: Sequence[str],
    domain_labels: Mapping[str, str],
    labels: Mapping[str, str],
    *,
    level_label: str = "Buurt",
) -> pd.DataFrame:
    """Where the pressure rises: per area, the change of each domain's headline rate per
    1,000 against the same month a year earlier (in %), and in how many domains it rose by
    RISE_PCT or more. Most rising domains first, then the largest mean rise.

    A change needs a number in both months (and a rate above 0 a year earlier); otherwise
    the cell names the state (of now, else of a year earlier) and the domain is not counted."""
    if now.empty:
        return pd.DataFrame(columns=[level_label, "Wijk", "Stijgt in", "Profiel"])
    earlier = before.set_index("area_code") if len(before) else pd.DataFrame()
    rows = []
    for r in now.itertuples(index=False):
        row = {level_label: r.area_name, "Wijk": r.wijk_name if isinstance(r.wijk_name, str)
               else ""}
        changes = []
        for domain in domains:
            rate, state = getattr(r, f"{domain}_rate_per_1000"), getattr(r, f"{domain}_rate_state")
            prev_rate, prev_state = (
                (earlier.at[r.area_code, f"{domain}_rate_per_1000"],
                 earlier.at[r.area_code, f"{domain}_rate_state"])
                if r.area_code in earlier.index else (None, "unknown"))
            if state == "number" and prev_state == "number" and pd.notna(rate) \
                    and pd.notna(prev_rate) and float(prev_rate) > 0:
                change = (float(rate) - float(prev_rate)) * 100 / float(prev_rate)
                changes.append(change)
                text = ("+" if change > 0 else "") + format_value(change, decimals=1)
            else:
                text = format_value(None, state if state != "number" else prev_state,
                                    labels=labels)
            row[f"{domain_labels[domain]} (%)"] = text
        rising = sum(c >= RISE_PCT for c in changes)
        row["Stijgt in"] = (f"{rising} van {len(changes)} domeinen" if changes
                            else format_value(None, "unknown", labels=labels))
        row["_rising"] = rising if changes else -1
        row["_mean"] = sum(changes) / len(changes) if changes else float("-inf")
        row["Profiel"] = f"{PROFILE_PAGE}?gebied={r.area_code}"
        rows.append(row)
    frame = pd.DataFrame(rows).sort_values(["_rising", "_mean", level_label],
                                           ascending=[False, False, True], kind="stable")
    ordered = [level_label, "Wijk", "Stijgt in",
               *[f"{domain_labels[d]} (%)" for d in domains], "Profiel"]
    return frame[ordered].reset_index(drop=True)
