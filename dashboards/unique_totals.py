"""Unique clients per domain (the export's `totaal`, mart `area_client_totals_monthly`) as the
Buurtprofiel and the Integrale blik show them: plain functions on the mart's rows.

A domain's total counts every client once; it is never the sum of the categories (a client
with two provisions is in two categories) and never 0 when the export has no total.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from dashboards.formatting import format_value

DEFINITION = "Unieke cliënten: elke cliënt één keer geteld, ook met meer voorzieningen."
SOURCE = "eigen registratie van de gemeente (export, totaal per domein)"
NOT_DELIVERED_STATE = "not_delivered"


def _by_domain(rows: pd.DataFrame, area_code: str) -> dict[str, object]:
    own = rows[rows["area_code"] == area_code]
    return {r.domain: r for r in own.itertuples(index=False)}


def _text(row, column: str, state: str, labels: Mapping[str, str], decimals: int = 0) -> str:
    if row is None:  # no figure of the domain at all this month: its export has not arrived
        return format_value(None, NOT_DELIVERED_STATE, labels=labels)
    return format_value(getattr(row, column), getattr(row, state), decimals=decimals,
                        labels=labels)


def area_table(rows: pd.DataFrame, area_code: str, gemeente_code: str | None,
               domains: Sequence[str], domain_labels: Mapping[str, str],
               labels: Mapping[str, str]) -> pd.DataFrame:
    """One row per domain: unique clients, the rate in its unit, the gemeente's rate and the
    index; a state's Dutch label where a figure is not a number."""
    own = _by_domain(rows, area_code)
    city = _by_domain(rows, gemeente_code) if gemeente_code and gemeente_code != area_code \
        else {}
    table = []
    for domain in domains:
        r, g = own.get(domain), city.get(domain)
        unit = (getattr(r, "rate_unit", None) or getattr(g, "rate_unit", None) or "")
        row = {
            "Domein": domain_labels.get(domain, domain),
            "Unieke cliënten": _text(r, "clients", "clients_state", labels),
            "Cijfer": _text(r, "rate", "rate_state", labels, decimals=1),
            "Eenheid": unit,
        }
        if city:
            row["Gemeente"] = _text(g, "rate", "rate_state", labels, decimals=1)
            row["Index (gemeente = 100)"] = _text(r, "index_gemeente", "index_state", labels)
        table.append(row)
    return pd.DataFrame(table)


NOT_DELIVERED_TEXT = (
    "de export bevat geen totaal unieke cliënten (nog niet geleverd). De categorieën worden "
    "niet opgeteld: wie meer voorzieningen heeft, telt in elke categorie mee, dus de som is "
    "geen aantal cliënten.")


def none_delivered(rows: pd.DataFrame, domain: str) -> bool:
    """True when no area has a delivered total of `domain` (every row not_delivered)."""
    of_domain = rows[rows["domain"] == domain]
    return of_domain.empty or bool((of_domain["clients_state"] == NOT_DELIVERED_STATE).all())


def missing_note(rows: pd.DataFrame, area_code: str | None, domains: Sequence[str],
                 domain_labels: Mapping[str, str], month_text: str) -> str:
    """The Dutch sentence for the domains whose export carries no total (empty if none): of
    one area, or with `area_code` None of all areas in `rows` (none of them has a total)."""
    if area_code is None:
        missing = [d for d in domains if none_delivered(rows, d)]
    else:
        own = _by_domain(rows, area_code)
        missing = [d for d in domains
                   if d not in own or own[d].clients_state == NOT_DELIVERED_STATE]
    if not missing:
        return ""
    names = [domain_labels.get(d, d) for d in missing]
    listed = ", ".join(names[:-1]) + (" en " if len(names) > 1 else "") + names[-1]
    return f"{listed} ({month_text}): " + NOT_DELIVERED_TEXT


def caption(month_text: str, rows: pd.DataFrame, domain_labels: Mapping[str, str]) -> str:
    """Definition, unit, period and source in one line; each domain's rate unit as the mart
    carries it (the categories seed), so the line cannot drift from the figures."""
    units = rows.dropna(subset=["rate_unit"]).drop_duplicates("domain")
    rates = ", ".join(f"{domain_labels.get(r.domain, r.domain)} {r.rate_unit}"
                      for r in units.itertuples(index=False))
    return (f"**{DEFINITION}** Eenheid: aantal personen" + (f"; cijfer: {rates}" if rates else "")
            + f" · Periode: {month_text} · Bron: {SOURCE}")


def ranking_columns(rows: pd.DataFrame, area_codes: Sequence[str], domains: Sequence[str],
                    domain_labels: Mapping[str, str],
                    labels: Mapping[str, str]) -> dict[str, list[str]]:
    """Per domain a column `Unieke cliënten <domein>` for the areas in `area_codes` (in that
    order): the count, or the state's label (nog niet geleverd, geheim, ...)."""
    by_key = {(r.area_code, r.domain): r for r in rows.itertuples(index=False)}
    return {
        f"Unieke cliënten {domain_labels.get(d, d)}": [
            _text(by_key.get((code, d)), "clients", "clients_state", labels)
            for code in area_codes
        ]
        for d in domains
    }
