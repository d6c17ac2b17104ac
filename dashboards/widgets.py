"""Small UI helpers shared by the pages: selections kept in the URL, the no-data message."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from dashboards import queries

NO_DATA_MESSAGE = "Nog geen gegevens gepubliceerd — draai eerst `make pipeline`."


def require_serving_copy() -> None:
    """Stop the page with a Dutch message if nothing has been published yet."""
    if not queries.has_serving_copy():
        st.info(NO_DATA_MESSAGE, icon=":material/hourglass_empty:")
        st.stop()


def keep_only_params(keys: Sequence[str]) -> None:
    """Drop URL parameters that belong to another page, so a shared link stays clean."""
    for key in list(st.query_params):
        if key not in keys:
            del st.query_params[key]


def url_selectbox(
    label: str,
    options: Sequence[str],
    param: str,
    *,
    default: str | None = None,
    format_func: Callable[[str], str] = str,
    container=st,
) -> str:
    """A selectbox whose choice lives in the URL as `?param=value`.

    The first value comes from the URL (if it is one of the options), else `default`, else the
    first option; every choice is written back so the link can be shared.
    """
    options = list(options)
    key = f"sel_{param}"
    if st.session_state.get(key) not in options:
        from_url = st.query_params.get(param)
        if from_url in options:
            st.session_state[key] = from_url
        else:
            st.session_state[key] = default if default in options else options[0]
    value = container.selectbox(label, options, key=key, format_func=format_func)
    st.query_params[param] = value
    return value


def definition_caption(defn: dict[str, str], *, extra: str = "") -> None:
    """The one-line definition under a figure, with unit, period or source as given."""
    parts = [f"**{defn['label']}**: {defn['definition']}" if defn["label"] else defn["definition"]]
    if extra:
        parts.append(extra)
    if defn.get("source"):
        parts.append(f"Bron: {defn['source']}")
    st.caption(" · ".join(p for p in parts if p))
