"""Who may read and write which area of the workspace (docs/security.md, docs/appdb.md).

- analyst: reads and writes every area; beleid: reads every area and moves every signal;
- wijkteam: reads its own wijken, their buurten and the gemeente-level rows; writes its own
  wijken and their buurten only;
- planner: reads the notes and signals of the buurten of a plan area (the codes the page
  passes), nothing else;
- jongerenwerker: no workspace.

The wijk of a buurt is taken from the buurt's CBS code (BU gggg ww bb → WK gggg ww), never
from what a page passes, so a wrong caller cannot widen a wijkteam's reach.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, false, or_, true

from wijkwijs.access import (
    ANALYST,
    AREA_TEAM,
    SIGNAL_STATUS,
    WORKSPACE_PLAN_AREA,
    WORKSPACE_READ,
    WORKSPACE_WRITE,
    Access,
)

LEVELS = ("gemeente", "wijk", "buurt")
_CODE = {
    "gemeente": re.compile(r"GM\d{4}"),
    "wijk": re.compile(r"WK\d{4}[0-9A-Z]{2}"),
    "buurt": re.compile(r"BU\d{4}[0-9A-Z]{4}"),
}


@dataclass(frozen=True)
class Area:
    """An area of the serving copy: level, CBS code and name."""

    level: str
    code: str
    name: str

    def __post_init__(self) -> None:
        from wijkwijs.appdb.errors import InvalidInput

        if self.level not in LEVELS or not _CODE[self.level].fullmatch(self.code or ""):
            raise InvalidInput(f"onbekend gebied: {self.level} {self.code}")

    @property
    def wijk_code(self) -> str | None:
        return wijk_of(self.level, self.code)

    @property
    def gemeente_code(self) -> str:
        return "GM" + self.code[2:6]


def wijk_of(level: str, code: str) -> str | None:
    if level == "wijk":
        return code
    if level == "buurt":
        return "WK" + code[2:8]
    return None


def _denied(access: Access, what: str) -> PermissionError:
    return PermissionError(f"Uw rol ({access.label}) geeft geen toegang tot {what}.")


def require_write(access: Access, area: Area) -> None:
    """PermissionError unless `access` may write notes, signals and actions for `area`."""
    if not access.can(WORKSPACE_WRITE):
        raise _denied(access, "het schrijven van duiding, signalen en afspraken")
    if access.role == ANALYST:
        return
    if access.role == AREA_TEAM and area.level != "gemeente" and area.wijk_code in access.wijken:
        return
    raise PermissionError(
        f"Uw rol ({access.label}) mag alleen schrijven over de eigen wijken en hun buurten, "
        f"niet over {area.name}."
    )


def require_signal_move(access: Access, level: str, code: str, name: str) -> None:
    """Move a signal on: the gemeente (analyst, beleid) everywhere, a wijkteam in its own."""
    if access.can(SIGNAL_STATUS):
        return
    require_write(access, Area(level, code, name))


def read_clause(
    access: Access, table, plan_buurten: Iterable[str] | None = None, *, plan_area_ok=True
) -> ColumnElement[bool]:
    """A WHERE clause with the rows of `table` (a model with area columns) `access` may read.

    `plan_buurten`: the buurt codes of a plan area, for the planner (who reads only those);
    `plan_area_ok=False` for what a planner may not read at all (actions).
    """
    if access.can(WORKSPACE_READ):
        if access.role == AREA_TEAM:
            return or_(table.area_level == "gemeente", table.wijk_code.in_(sorted(access.wijken)))
        return true()
    if plan_area_ok and access.can(WORKSPACE_PLAN_AREA):
        codes = sorted(set(plan_buurten or ()))
        if not codes:
            return false()
        return and_(table.area_level == "buurt", table.area_code.in_(codes))
    raise _denied(access, "de duiding, signalen en afspraken van de wijkteams")


def may_read_row(access: Access, level: str, code: str, plan_buurten=()) -> bool:
    """The same rule as `read_clause`, for one row already loaded."""
    if access.can(WORKSPACE_READ):
        if access.role == AREA_TEAM:
            return level == "gemeente" or wijk_of(level, code) in access.wijken
        return True
    if access.can(WORKSPACE_PLAN_AREA):
        return level == "buurt" and code in set(plan_buurten)
    return False
