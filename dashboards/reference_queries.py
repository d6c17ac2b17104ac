"""What every page needs to label its figures: the publication, its disclosure rules, the
code lists, the Dutch definitions, and the areas by name (queries of the serving copy, no
widgets)."""

from __future__ import annotations

import pandas as pd

from dashboards.query_access import figures_access, restricted
from dashboards.serving_copy import _query
from wijkwijs.disclosure import DisclosureRules
from wijkwijs.domains import domains


def publish_info() -> dict:
    df = _query("select * from publish_info order by published_at desc limit 1")
    return df.iloc[0].to_dict() if len(df) else {}


def disclosure_rules() -> DisclosureRules:
    """The disclosure rules the serving copy was made with: the only place pages, exports and
    the youth page take threshold, rounding and minimum population from."""
    return DisclosureRules.from_publish_info(publish_info())


def categories() -> pd.DataFrame:
    """The category code list, domains in the fixed order, per domain the headline category
    first, then the others in table order; domains in the categories seed's order.

    `is_headline` marks the one category per domain of the integrated profile. The domains'
    unique-client totals (code `totaal`) are no category of provision and left out.
    """
    return _query(
        "select domain, category, domain_label, category_label, population_group, "
        "population_group_label, coalesce(is_headline, false) as is_headline from categories "
        "where not coalesce(is_unique_total, false) "  # the totals: area_client_totals()
        "order by coalesce(list_position(?, domain), 99), coalesce(is_headline, false) desc, "
        "rowid", (list(domains()),)
    )


def value_state_labels() -> dict[str, str]:
    df = _query("select value_state, label from value_states")
    return dict(zip(df["value_state"], df["label"], strict=True))


def definition(table_name: str, column_name: str) -> dict[str, str]:
    """Label, definition, unit and source of one served column (empty strings if undocumented)."""
    df = _query(
        "select label, definition, unit, source from definitions "
        "where table_name = ? and column_name = ?",
        (table_name, column_name),
    )
    if not len(df):
        return {"label": "", "definition": "", "unit": "", "source": ""}
    return {k: ("" if pd.isna(v) else str(v)) for k, v in df.iloc[0].to_dict().items()}


def areas(boundary_year: int) -> pd.DataFrame:
    """Wijken and buurten (no water) of a boundary year, for choosing one (a wijkteam: only
    those of its own wijken)."""
    access = figures_access()
    frame = _query(
        "select area_level, area_code, area_name, wijk_code, wijk_name, gemeente_code, "
        "gemeente_name, residents_total from areas "
        "where boundary_year = ? and area_level in ('wijk', 'buurt') "
        "and not coalesce(is_water, false) order by wijk_name, wijk_code, area_level desc, "
        "area_name",
        (boundary_year,),
    )
    return restricted(frame, access)


def gemeenten(boundary_year: int) -> pd.DataFrame:
    """Code and name of every gemeente of a boundary year (names and codes only: public)."""
    return _query(
        "select area_code, area_name from areas where area_level = 'gemeente' "
        "and boundary_year = ? order by area_name, area_code",
        (boundary_year,),
    )


def area_directory() -> pd.DataFrame:
    """Gemeenten, wijken and buurten (no water) of the newest boundary year with the wijk and
    gemeente of each: codes and names only (public, like `gemeenten`), for the workspace's
    area picker, which the application database's own scope then narrows."""
    return _query(
        "select area_level, area_code, area_name, wijk_code, wijk_name, gemeente_code, "
        "gemeente_name from areas where boundary_year = (select max(boundary_year) from areas) "
        "and area_level in ('gemeente', 'wijk', 'buurt') and not coalesce(is_water, false) "
        "order by gemeente_name, area_level <> 'gemeente', area_level = 'buurt', wijk_name, "
        "area_level desc, area_name"
    )
