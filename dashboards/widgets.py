"""Small UI helpers shared by the pages: selections kept in the URL, the no-data and
republish messages."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import pandas as pd
import streamlit as st

from dashboards import client_queries, contract, exports, reference_queries, serving_copy
from dashboards.formatting import rules_note
from wijkwijs.disclosure import DisclosureRules

NO_DATA_MESSAGE = (
    "Nog geen gegevens gepubliceerd. Zet de maandexports van de gemeente (Wmo, Jeugdwet, "
    "Participatiewet) in `data/inbox/` en de buurtgrenzen en bevolking in `data/reference/` "
    f"(welk bestand waar en welke kolommen: {contract.LINK}), of haal de openbare "
    "CBS-cijfers op (`docs/real-data.md`); draai daarna `make pipeline`."
)


def require_serving_copy() -> None:
    """Stop the page with a Dutch message if nothing has been published yet, or if the copy
    was published by another version of wijkwijs (what to do instead of figures)."""
    if not serving_copy.has_serving_copy():
        st.info(NO_DATA_MESSAGE, icon=":material/hourglass_empty:")
        st.stop()
    try:
        serving_copy.current_copy()
    except serving_copy.ServingCopyOutdated as outdated:
        stop_outdated(outdated)


def stop_outdated(outdated: serving_copy.ServingCopyOutdated) -> None:
    """Say that the copy needs a new publish, and show nothing else."""
    st.error(str(outdated), icon=":material/sync_problem:")
    st.stop()


def keep_only_params(keys: Sequence[str]) -> None:
    """Drop URL parameters that belong to another page, so a shared link stays clean."""
    for key in list(st.query_params):
        if key not in keys:
            del st.query_params[key]


def default_month(months: Mapping) -> str | None:
    """The month key a page opens on: the newest month in which every domain has figures
    (client_queries.latest_period), when the page offers it; else the page's first month."""
    latest = client_queries.latest_period()
    key = f"{latest.year:04d}-{latest.month:02d}" if latest else None
    return key if key in months else next(iter(months), None)


def url_selectbox(
    label: str,
    options: Sequence[str],
    param: str,
    *,
    default: str | None = None,
    format_func: Callable[[str], str] = str,
    container=st,
    omit_default: bool = False,
) -> str:
    """A selectbox whose choice lives in the URL as `?param=value`.

    The first value comes from the URL (if it is one of the options), else `default`, else the
    first option; every choice is written back so the link can be shared. A URL value that
    changed since this page last wrote it (a link, a click on the map) wins over the old choice.
    With `omit_default`, the default is not written (a link without it follows the newest
    month, say).
    """
    options = list(options)
    key, written = f"sel_{param}", f"url_{param}"
    from_url = st.query_params.get(param)
    if from_url in options and from_url != st.session_state.get(written):
        st.session_state[key] = from_url
    elif st.session_state.get(key) not in options:
        st.session_state[key] = default if default in options else options[0]
    value = container.selectbox(label, options, key=key, format_func=format_func)
    st.session_state[written] = value
    if omit_default and value == default:
        if param in st.query_params:
            del st.query_params[param]
    else:
        st.query_params[param] = value
    return value


ALL_GEMEENTEN = "alle"


def gemeente_filter(names: Mapping[str, str]) -> str:
    """In a copy of several gemeenten (a region, the national benchmark): all of them or one,
    chosen in the URL as `?gemeente=`. `names` is code → name; with one gemeente there is
    nothing to choose and the answer is ALL_GEMEENTEN."""
    if len(names) <= 1:
        return ALL_GEMEENTEN
    ordered = sorted(names, key=lambda code: (names[code], code))
    return url_selectbox(
        "Gemeente", [ALL_GEMEENTEN, *ordered], "gemeente",
        format_func=lambda c: f"Alle gemeenten ({len(names)})" if c == ALL_GEMEENTEN else names[c],
        container=st.columns([3, 7])[0],
    )


def url_multiselect(
    label: str,
    options: Sequence[str],
    param: str,
    *,
    default: Sequence[str] = (),
    max_selections: int | None = None,
    format_func: Callable[[str], str] = str,
) -> list[str]:
    """A multiselect whose choices live in the URL as `?param=a,b,c` (same rules as above)."""
    options = list(options)
    key, written = f"sel_{param}", f"url_{param}"
    raw = st.query_params.get(param)
    from_url = [v for v in (raw or "").split(",") if v in options][:max_selections]
    if raw is not None and raw != st.session_state.get(written) and from_url:
        st.session_state[key] = from_url
    elif key not in st.session_state:
        st.session_state[key] = [v for v in default if v in options][:max_selections]
    chosen = st.multiselect(label, options, key=key, format_func=format_func,
                            max_selections=max_selections, placeholder="Kies gebieden")
    st.query_params[param] = st.session_state[written] = ",".join(chosen)
    return chosen


def definition_caption(defn: dict[str, str], *, extra: str = "") -> None:
    """The one-line definition under a figure, with unit, period or source as given."""
    parts = [f"**{defn['label']}**: {defn['definition']}" if defn["label"] else defn["definition"]]
    if extra:
        parts.append(extra)
    if defn.get("source"):
        parts.append(f"Bron: {defn['source']}")
    st.caption(" · ".join(p for p in parts if p))


def downloads(
    frame: pd.DataFrame, about: Mapping[str, str], stem: str, *, key: str, container=st
) -> None:
    """CSV and XLSX of the table behind a figure (built only when clicked), each with what
    the table is: definition, unit, period, source and the disclosure rules (`about`)."""
    left, right, _ = container.columns([1, 1, 4])
    left.download_button(
        "CSV", lambda: exports.to_csv(frame, about=about), file_name=f"{stem}.csv",
        mime="text/csv", key=f"csv_{key}", icon=":material/download:", on_click="ignore",
        help="Deze tabel als CSV: puntkomma-gescheiden, getallen met een decimale komma, "
             "met definitie, eenheid, periode en bron in de laatste kolommen",
    )
    right.download_button(
        "Excel", lambda: exports.to_xlsx(frame, about), file_name=f"{stem}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=f"xlsx_{key}", icon=":material/download:", on_click="ignore",
        help="Deze tabel als Excel-bestand, met een blad Toelichting",
    )


def about(title: str, defn: Mapping[str, str], *, unit: str = "", period: str = "") -> dict:
    """The Toelichting sheet of an export: what the table is, its unit, period and source."""
    published, rules = "", DisclosureRules.from_publish_info({})
    try:
        info = reference_queries.publish_info()
        rules = DisclosureRules.from_publish_info(info)
        if info.get("published_at") is not None:
            published = pd.Timestamp(info["published_at"]).strftime("%d-%m-%Y %H:%M") + " (UTC)"
    except serving_copy.ServingCopyMissing:
        pass
    return {
        "Titel": title,
        "Definitie": defn.get("definition", ""),
        "Eenheid": unit or defn.get("unit", ""),
        "Periode": period,
        "Bron": defn.get("source", ""),
        "Gepubliceerd": published,
        "Geheimhouding": rules_note(rules),
    }
