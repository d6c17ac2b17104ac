"""The tables of the Buurtprofiel page and its printable PDF, as pure functions.

Every figure becomes display text here (Dutch notation, a state as its label). A buurt figure
that is not a number while its wijk's is (`show_wijk_instead` in the mart) is shown as the wijk
figure followed by ` (wijk)`, and the page says so. No widgets.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

import pandas as pd

from dashboards.changes import marked_label
from dashboards.exports import ProfileDocument
from dashboards.formatting import format_change, format_value, join_nl, rules_note
from dashboards.maps import is_number
from wijkwijs.disclosure import DisclosureRules

WIJK_MARK = " (wijk)"
UNKNOWN = "unknown"
# the states a wijk figure may stand in for: the buurt's figure exists but is not shown. An
# unknown figure is not hidden (nobody knows it), and a buurt without anyone in a category's
# population group (no children) has no such figure at all: its wijk's would mislead.
HIDDEN_STATES = frozenset({"suppressed", "too_few_residents"})


def area_choices(areas: pd.DataFrame) -> pd.DataFrame:
    """Per gemeente, wijken first, each followed by its buurten, all by name."""
    return areas.assign(
        group_code=areas["wijk_code"].where(areas["area_level"] == "buurt", areas["area_code"]),
        group_name=areas["wijk_name"].where(areas["area_level"] == "buurt", areas["area_name"]),
        is_buurt=areas["area_level"] == "buurt",
    ).sort_values(["gemeente_name", "gemeente_code", "group_name", "group_code", "is_buurt",
                   "area_name"], ignore_index=True)


def gemeente_choices(areas: pd.DataFrame) -> dict[str, str]:
    """Code → name of the gemeenten of `areas`, by name."""
    gemeenten = areas.drop_duplicates("gemeente_code").sort_values(
        ["gemeente_name", "gemeente_code"])
    return dict(zip(gemeenten["gemeente_code"], gemeenten["gemeente_name"], strict=True))


def area_option(row, *, with_gemeente: bool = False) -> str:
    """`Wijk › Buurt` or `Wijk (hele wijk)`; `Gemeente: …` first where names may repeat
    across gemeenten (a copy of several)."""
    text = (f"{row.area_name} (hele wijk)" if row.area_level == "wijk"
            else f"{row.group_name} › {row.area_name}")
    return f"{row.gemeente_name}: {text}" if with_gemeente else text


def headline_categories(cats: pd.DataFrame) -> dict[str, str]:
    """The headline category per domain (`is_headline`), else the domain's first category."""
    out = {}
    for domain, group in cats.groupby("domain", sort=False):
        flagged = group[group["is_headline"].fillna(False).astype(bool)]
        out[domain] = (flagged if len(flagged) else group)["category"].iloc[0]
    return out


def _cell(frame: pd.DataFrame, category: str, column: str, state: str):
    if category not in frame.index:
        return None, UNKNOWN
    row = frame.loc[category]
    return row[column], row[state]


def combination_domains(combination: str) -> list[str]:
    """The domains of a stapeling combination code: `wmo_jeugd` two, `alleen_wmo` (households
    with one domain only, seed stapeling_combinations) one."""
    if combination.startswith("alleen_"):
        return [combination.removeprefix("alleen_")]
    return combination.split("_")


def combination_label(combination: str, domain_labels: Mapping[str, str]) -> str:
    """'Wmo en Jeugdwet', or 'Alleen Wmo' for one domain only."""
    labels = [domain_labels.get(d, d) for d in combination_domains(combination)]
    return f"Alleen {labels[0]}" if combination.startswith("alleen_") else join_nl(labels)


def fallback_categories(
    own: pd.DataFrame,
    groups: Mapping[str, str] | None = None,
    population: Mapping[str, float | None] | None = None,
) -> list[str]:
    """Categories whose buurt rate is replaced by the wijk rate: the mart marks it
    (`show_wijk_instead`), the buurt's own rate is hidden (HIDDEN_STATES), and the buurt has
    people in the category's population group (`groups`: category → group, `population`:
    group → published residents; a group with 0 residents has no figure to stand in for)."""
    out = []
    for category, row in own.iterrows():
        if not bool(row["show_wijk_instead"]):
            continue
        if row.get("rate_state") not in HIDDEN_STATES:
            continue
        group = (groups or {}).get(category)
        if group is not None and population is not None and population.get(group) == 0:
            continue
        out.append(category)
    return out


def fallback_text(
    wijk_name: str, category_labels: list[str], reasons: list[str] | None = None
) -> str:
    """The note above a profile with wijk figures in it. `reasons`: the Dutch labels of the
    states the buurt's own figures have (default: both hidden states)."""
    reasons = list(dict.fromkeys(reasons or ["geheim", "te weinig inwoners"]))
    return (
        f"Een deel van de cijfers van deze buurt wordt niet getoond ({' of '.join(reasons)}). "
        f"Voor {join_nl(category_labels)} staat daarom het cijfer per 1.000 inwoners van wijk "
        f"{wijk_name}, te herkennen aan '(wijk)'."
    )


def fallback_reasons(
    own: pd.DataFrame, fallback: list[str], labels: Mapping[str, str]
) -> list[str]:
    """The Dutch labels of the states of the buurt figures the wijk stands in for."""
    return list(dict.fromkeys(format_value(None, own.loc[c, "rate_state"], labels=labels)
                              for c in fallback if c in own.index))


def rate_text(own: pd.DataFrame, category: str, labels: Mapping[str, str],
              fallback: Collection[str] | None = None) -> str:
    """The rate of the area, or the wijk's rate marked ` (wijk)` when the buurt's is hidden
    (`fallback`: the categories where it stands in, `fallback_categories`; default: where
    the mart marks it and the buurt's rate is hidden)."""
    value, state = _cell(own, category, "rate_per_1000", "rate_state")
    stands_in = (category in fallback if fallback is not None else
                 state in HIDDEN_STATES and category in own.index
                 and bool(own.loc[category, "show_wijk_instead"]))
    if state != "number" and stands_in and category in own.index:
        wijk = own.loc[category]
        return format_value(wijk["wijk_rate_per_1000"], wijk["wijk_rate_state"], decimals=1,
                            labels=labels) + WIJK_MARK
    return format_value(value, state, decimals=1, labels=labels)


def headline_metric(
    own: pd.DataFrame, city: pd.DataFrame, category: str, labels: Mapping[str, str],
    fallback: Collection[str] | None = None,
) -> tuple[str, str]:
    """The headline figure of a domain and the line under it (gemeente and index)."""
    city_text = format_value(*_cell(city, category, "rate_per_1000", "rate_state"),
                             decimals=1, labels=labels)
    index = format_value(*_cell(own, category, "index_gemeente", "index_state"), labels=labels)
    return rate_text(own, category, labels, fallback), f"gemeente {city_text} · index {index}"


def domain_table(
    domain_cats: pd.DataFrame,
    own: pd.DataFrame,
    city: pd.DataFrame,
    labels: Mapping[str, str],
    *,
    fallback: Collection[str] | None = None,
) -> pd.DataFrame:
    """One row per category of a domain: clients, rate, municipal rate (index, change)."""
    categories = list(domain_cats["category"])
    table = {
        "Categorie": list(domain_cats["category_label"]),
        "Cliënten": [format_value(*_cell(own, c, "clients", "clients_state"), labels=labels)
                     for c in categories],
        "Per 1.000": [rate_text(own, c, labels, fallback) for c in categories],
        "Gemeente per 1.000": [
            format_value(*_cell(city, c, "rate_per_1000", "rate_state"), decimals=1,
                         labels=labels) for c in categories],
        "Index (gemeente = 100)": [
            format_value(*_cell(own, c, "index_gemeente", "index_state"), labels=labels)
            for c in categories],
        "Verandering t.o.v. jaar eerder": [
            format_change(*_cell(own, c, "rate_change_prev_year", "change_prev_year_state"),
                          decimals=1, labels=labels) for c in categories],
    }
    return pd.DataFrame(table)


def all_domains_table(tables: Mapping[str, pd.DataFrame],
                      domain_labels: Mapping[str, str]) -> pd.DataFrame:
    """The three domain tables as one, for the download."""
    return pd.concat(
        [t.assign(Domein=domain_labels[d])[["Domein", *t.columns]] for d, t in tables.items()],
        ignore_index=True,
    )


def similar_table(
    area,
    similar: pd.DataFrame,
    compare: pd.DataFrame,
    headline: Mapping[str, str],
    domain_labels: Mapping[str, str],
    category_labels: Mapping[str, str],
    labels: Mapping[str, str],
) -> pd.DataFrame:
    """This buurt, its similar buurten and the gemeente, with the headline rate per domain."""
    rows = [(area.area_code, f"{area.area_name} (deze buurt)", area.wijk_name)]
    rows += [(r.area_code, r.area_name, r.wijk_name) for r in similar.itertuples(index=False)]
    rows.append((area.gemeente_code, f"Gemeente {area.gemeente_name}", ""))
    data = {"Gebied": [r[1] for r in rows], "Wijk": [r[2] or "" for r in rows]}
    for domain, category in headline.items():
        column = f"{domain_labels[domain]}: {category_labels[category]} per 1.000"
        values = []
        for code, _, _ in rows:
            match = compare[(compare["area_code"] == code) & (compare["category"] == category)]
            if match.empty:
                values.append(format_value(None, UNKNOWN, labels=labels))
            else:
                values.append(rate_text(match.set_index("category"), category, labels))
        data[column] = values
    return pd.DataFrame(data)


def stapeling_table(
    stapeling: pd.DataFrame,
    area_level: str,
    domain_labels: Mapping[str, str],
    labels: Mapping[str, str],
) -> tuple[int | None, pd.DataFrame]:
    """The latest year with a number (else the latest published year, else the latest year)
    of one area, with the gemeente."""
    domains = list(domain_labels)
    own = stapeling[stapeling["area_level"] == area_level]
    if own.empty:
        return None, pd.DataFrame()
    # the newest year with a number; else the newest published one (a year not yet
    # published is no answer when an older one is there), else the newest
    with_number = own[own["share_state"] == "number"]
    published = own[own["share_state"] != "not_published"]
    year = int((with_number if len(with_number) else published if len(published) else own)
               ["year"].max())
    own_year = own[own["year"] == year].set_index("combination")
    city_year = stapeling[(stapeling["area_level"] == "gemeente")
                          & (stapeling["year"] == year)].set_index("combination")

    def order(combination: str) -> tuple:
        parts = combination_domains(combination)
        return (len(parts), [domains.index(p) if p in domains else 99 for p in parts])

    combos = sorted(own_year.index, key=order)
    table = pd.DataFrame({
        "Combinatie": [combination_label(c, domain_labels) for c in combos],
        "Huishoudens": [format_value(*_cell(own_year, c, "households", "households_state"),
                                     labels=labels) for c in combos],
        "Aandeel (%)": [format_value(*_cell(own_year, c, "share_pct", "share_state"),
                                     decimals=1, labels=labels) for c in combos],
        "Gemeente aandeel (%)": [format_value(*_cell(city_year, c, "share_pct", "share_state"),
                                              decimals=1, labels=labels) for c in combos],
    })
    table.attrs["no_number"] = with_number.empty
    return year, table


def headline_trend(monthly: pd.DataFrame, headline: Mapping[str, str],
                   domain_labels: Mapping[str, str],
                   category_labels: Mapping[str, str]) -> pd.DataFrame:
    """period, series, rate of the headline categories; months without a number left out
    (a gap is a NaN, so the line breaks there instead of dropping to 0)."""
    rows = []
    for domain, category in headline.items():
        part = monthly[(monthly["domain"] == domain) & (monthly["category"] == category)]
        series = f"{domain_labels[domain]}: {category_labels[category]}"
        for r in part.itertuples(index=False):
            rate = float(r.rate_per_1000) if is_number(r.rate_per_1000, r.rate_state) else None
            rows.append({"period": pd.Timestamp(r.period), "series": series,
                         "rate": float("nan") if rate is None else rate})
    return pd.DataFrame(rows, columns=["period", "series", "rate"])


def document(
    *,
    area,
    subtitle: str,
    period_text: str,
    published: str,
    domain_tables: Mapping[str, pd.DataFrame],
    domain_labels: Mapping[str, str],
    similar_table: pd.DataFrame,
    stapeling: tuple[int | None, pd.DataFrame],
    monthly: pd.DataFrame,
    headline: Mapping[str, str],
    category_labels: Mapping[str, str],
    fallback: list[str],
    definitions: Mapping[str, Mapping[str, str]],
    rules: DisclosureRules,
) -> ProfileDocument:
    """The one-page printable profile of what the page shows (`rules`: the serving copy's)."""
    tables = [(domain_labels[d], t) for d, t in domain_tables.items()]
    if not similar_table.empty:
        tables.append(("Vergelijkbare buurten (per 1.000 inwoners van de doelgroep)",
                       similar_table))
    year, stapeling_frame = stapeling
    if not stapeling_frame.empty:
        tables.append((f"Stapeling {year}: huishoudens met voorzieningen uit meer domeinen",
                       stapeling_frame))
    notes = []
    if fallback:
        notes.append(fallback_text(area.wijk_name, [category_labels[c] for c in fallback]))
    for key in ("clients", "rate_per_1000", "index_gemeente", "rate_change_prev_year"):
        d = definitions.get(key) or {}
        if d.get("definition"):
            notes.append(f"{d['label']}: {d['definition']} Eenheid: {d['unit']}. "
                         f"Bron: {d['source']}.")
    notes.append(f"{rules_note(rules)}. Alle cijfers komen uit de gepubliceerde (beveiligde) "
                 "kopie van wijkwijs.")
    return ProfileDocument(
        title=f"Buurtprofiel {area.area_name}",
        subtitle=subtitle,
        period_text=period_text,
        published_text=f"gepubliceerd {published}" if published else "",
        tables=tables,
        trend=headline_trend(monthly, headline, domain_labels, category_labels),
        trend_title="Ontwikkeling per maand, per 1.000 inwoners van de doelgroep",
        notes=notes,
    )


def compare_table(
    rows: pd.DataFrame,
    codes: list[str],
    names: Mapping[str, str],
    cats: pd.DataFrame,
    labels: Mapping[str, str],
) -> pd.DataFrame:
    """One row per category (all domains), one column per area: the rate per 1.000."""
    by_area = {c: rows[rows["area_code"] == c].set_index("category") for c in codes}
    data = {
        "Domein": list(cats["domain_label"]),
        "Categorie": list(cats["category_label"]),
    }
    for code in codes:
        data[names[code]] = [rate_text(by_area[code], c, labels) for c in cats["category"]]
    return pd.DataFrame(data)


def compare_chart_rows(
    rows: pd.DataFrame, codes: list[str], names: Mapping[str, str], cats: pd.DataFrame
) -> pd.DataFrame:
    """gebied, categorie, rate, value_text of the headline categories with a number."""
    headline = headline_categories(cats)
    label = {r.category: f"{r.domain_label}: {r.category_label}" for r in cats.itertuples()}
    out = []
    for code in codes:
        for category in headline.values():
            match = rows[(rows["area_code"] == code) & (rows["category"] == category)]
            if match.empty or not is_number(match["rate_per_1000"].iloc[0],
                                            match["rate_state"].iloc[0]):
                continue
            rate = float(match["rate_per_1000"].iloc[0])
            out.append({"gebied": names[code], "categorie": label[category], "rate": rate,
                        "value_text": format_value(rate, decimals=1)})
    return pd.DataFrame(out, columns=["gebied", "categorie", "rate", "value_text"])


# --- what changed, every year, stapeling of every year ---------------------------------------

CHANGE_COLUMNS = {  # column of the mart → (Dutch column, its state)
    "rate_change_prev_period": ("t.o.v. vorige maand", "change_prev_period_state"),
    "rate_change_prev_year": ("t.o.v. jaar eerder", "change_prev_year_state"),
}
# a change relative to the earlier rate, in %: within the first about the same, beyond the
# second a large change (the colours of the change table; maps.diverging_classes)
CHANGE_PCT_MAGNITUDES = (5.0, 15.0)


def relative_change(rate, change, state) -> float | None:
    """`change` as a % of the earlier rate (rate − change); None without both numbers or
    from an earlier rate of 0."""
    if state != "number" or change is None or rate is None or pd.isna(change) or pd.isna(rate):
        return None
    earlier = float(rate) - float(change)
    return None if earlier == 0 else float(change) * 100 / earlier


def change_table(
    cats: pd.DataFrame,
    own: pd.DataFrame,
    tests: pd.DataFrame,
    labels: Mapping[str, str],
) -> pd.DataFrame:
    """One row per category of every domain: the rate now, its change against the month
    before and a year earlier (per 1,000, with a sign), and the team meeting's test of the
    count (`tests`: wijkwijs.workspace.changes.figure_changes, by category).

    `attrs["relative"]` holds, per change column, the change as a % of the earlier rate (for
    the colours of the page), None where there is none."""
    verdicts = tests.set_index("category") if len(tests) else pd.DataFrame()
    table = {
        "Domein": list(cats["domain_label"]),
        "Categorie": list(cats["category_label"]),
        "Per 1.000": [format_value(*_cell(own, c, "rate_per_1000", "rate_state"), decimals=1,
                                   labels=labels) for c in cats["category"]],
    }
    relative = {}
    for column, (title, state) in CHANGE_COLUMNS.items():
        cells = [_cell(own, c, column, state) for c in cats["category"]]
        table[title] = [format_change(v, s, decimals=1, labels=labels) for v, s in cells]
        relative[title] = [
            relative_change(_cell(own, c, "rate_per_1000", "rate_state")[0], v, s)
            for c, (v, s) in zip(cats["category"], cells, strict=True)]
    table["Opvallend?"] = [
        _verdict_text(verdicts, c) for c in cats["category"]]
    frame = pd.DataFrame(table)
    frame.attrs["relative"] = relative
    return frame


def _verdict_text(verdicts: pd.DataFrame, category: str) -> str:
    if category not in verdicts.index:
        return "niet getoetst"
    row = verdicts.loc[category]
    return marked_label(row["verdict"], row["label"])


def yearly_table(
    cats: pd.DataFrame, yearly: pd.DataFrame, area_level: str, labels: Mapping[str, str]
) -> pd.DataFrame:
    """Every category (rows) and year (columns): the rate per 1,000 of the year's average
    monthly clients; a year not yet complete says how many months it has (`2026 (6 mnd)`)."""
    if yearly.empty:
        return pd.DataFrame()
    own = yearly[yearly["area_level"] == area_level]
    if own.empty:
        return pd.DataFrame()
    years = sorted(int(y) for y in own["year"].unique())
    months = own.groupby("year")["months"].max()
    table = {"Domein": list(cats["domain_label"]), "Categorie": list(cats["category_label"])}
    for year in years:
        n = int(months.get(year, 12)) if pd.notna(months.get(year)) else 12
        title = f"{year}" if n >= 12 else f"{year} ({n} mnd)"
        part = own[own["year"] == year].set_index("category")
        table[title] = [format_value(*_cell(part, c, "rate_per_1000", "rate_state"),
                                     decimals=1, labels=labels) for c in cats["category"]]
    return pd.DataFrame(table)


def stapeling_years_table(
    stapeling: pd.DataFrame,
    area_level: str,
    domain_labels: Mapping[str, str],
    labels: Mapping[str, str],
) -> pd.DataFrame:
    """Every combination (rows) and year (columns): the share of households (%), and the
    gemeente's share in the newest year with a number."""
    domains = list(domain_labels)
    if stapeling.empty:
        return pd.DataFrame()
    own = stapeling[stapeling["area_level"] == area_level]
    if own.empty:
        return pd.DataFrame()
    city = stapeling[stapeling["area_level"] == "gemeente"]

    def order(combination: str) -> tuple:
        parts = combination_domains(combination)
        return (len(parts), [domains.index(p) if p in domains else 99 for p in parts])

    combos = sorted(own["combination"].unique(), key=order)
    table = {"Combinatie": [combination_label(c, domain_labels) for c in combos]}
    for year in sorted(int(y) for y in own["year"].unique()):
        part = own[own["year"] == year].set_index("combination")
        table[f"{year} (%)"] = [format_value(*_cell(part, c, "share_pct", "share_state"),
                                             decimals=1, labels=labels) for c in combos]
    with_number = city[city["share_state"] == "number"]
    if len(with_number):
        year = int(with_number["year"].max())
        part = city[city["year"] == year].set_index("combination")
        table[f"Gemeente {year} (%)"] = [
            format_value(*_cell(part, c, "share_pct", "share_state"), decimals=1,
                         labels=labels) for c in combos]
    return pd.DataFrame(table)
