"""Access to figures per area, enforced in the query layer (docs/security.md), not by hiding
widgets: every public function of the `dashboards/*_queries.py` modules calls these first.

Every query needs a role (`dashboards.auth.current_access`); figures per buurt/wijk need the
`area_figures` capability and are filtered to the role's own wijken for a wijkteam (gemeente
rows stay). Every area code a public function is given is checked, for every role: one the
role may not see, or one that is not in the copy, raises PermissionError with a Dutch message
(a list of codes for comparing, `allowed_codes`, leaves such codes out). The readers' cache
holds the unfiltered result per serving version; the filter runs on every call.
tests/security/test_security_query_layer.py calls every public function of the query modules
with foreign codes for each role.
"""

from __future__ import annotations

import pandas as pd

from dashboards import auth
from dashboards.serving_copy import _query
from wijkwijs.access import AREA_FIGURES, Access


def figures_access() -> Access:
    """The current Access, which must include figures per area."""
    access = auth.require_access()
    access.require(AREA_FIGURES)
    return access


def restricted(frame: pd.DataFrame, access: Access, area_level: str | None = None):
    """The rows `access` may see; `area_level` for a frame without an `area_level` column."""
    if access.sees_all_areas:
        return frame
    if "area_level" not in frame and area_level is not None:
        kept = access.restrict(frame.assign(area_level=area_level))
        return kept.drop(columns=["area_level"]).reset_index(drop=True)
    return access.restrict(frame).reset_index(drop=True)


NOT_IN_COPY = "Dit gebied staat niet in de gepubliceerde cijfers."


def area_facts(codes: list[str]) -> dict[str, tuple[str, str | None, str]]:
    """Per code in the copy: (area level, wijk code, name), in the newest boundary year the
    code has. Codes not in the copy are absent."""
    codes = list(dict.fromkeys(str(c) for c in codes))
    if not codes:
        return {}
    marks = ", ".join("?" for _ in codes)
    df = _query(
        "select area_code, area_level, wijk_code, area_name from areas "
        f"where area_code in ({marks}) "
        "qualify row_number() over (partition by area_code order by boundary_year desc) = 1",
        tuple(codes),
    )
    return {
        str(r.area_code): (str(r.area_level), None if pd.isna(r.wijk_code) else str(r.wijk_code),
                           str(r.area_name))
        for r in df.itertuples(index=False)
    }


def check_areas(access: Access, *codes: str, level: str | None = None) -> None:
    """PermissionError unless every code is in the copy (at `level`, when given) and `access`
    may see its figures. The message names the area only when it is in the copy."""
    facts = area_facts(list(codes))
    for code in codes:
        fact = facts.get(str(code))
        if fact is None:
            raise PermissionError(NOT_IN_COPY)
        area_level, wijk, name = fact
        if not access.may_see(area_level, wijk):
            raise access.area_denied(name)
        if level is not None and area_level != level:
            raise PermissionError(f"{name} is geen {level}.")


def one_area(area_code: str, gemeente_code: str | None = None) -> Access:
    """The current Access, checked for one area and (when given) its gemeente."""
    access = figures_access()
    check_areas(access, area_code)
    if gemeente_code is not None:
        check_areas(access, gemeente_code, level="gemeente")
    return access


def allowed_codes(codes: list[str], access: Access) -> list[str]:
    """The codes (any level) in the copy whose figures `access` may see, in the given order."""
    facts = area_facts(codes)
    return [c for c in codes if str(c) in facts and access.may_see(*facts[str(c)][:2])]
