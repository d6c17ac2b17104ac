"""Who may see what: roles from configuration, and the row filter the query layer applies.

Plain Python, no Streamlit: `dashboards/auth.py` turns the logged-in user (OpenID Connect
claims from `st.user`) and the `[access]` section of `.streamlit/secrets.toml` into an
`Access`; `dashboards/query_access.py` asks that `Access` before a query returns rows.

Roles (docs/security.md):

- `analyst` — everything, the Datastatus page included. Local open mode (switched on
  explicitly, see wijkwijs/login_config.py) is `analyst`.
- `wijkteam` — the figures of its own wijken (and their buurten) in detail; every other area
  only at the level of the gemeente. No Datastatus, no youth input.
- `planner` — the youth input (Jongereninbreng) and the social-domain context of the buurten
  of a plan area; records what was done with an idea; reads the notes and signals of a plan
  area's buurten.
- `beleid` — policy: reads every note, signal and action of the workspace, moves signals
  (besproken, opgelost, geëscaleerd) and takes them on. No figures per area.
- `jongerenwerker` — youth worker: reviews held youth input (Beoordelen) and records what was
  done with an idea.

The workspace (duiding, signalen, afspraken; wijkwijs/appdb) is enforced in wijkwijs/appdb/scope.py.

Which user gets which role is wijkwijs/access_policy.py (matched on tenant + object id, or
issuer + sub); a user that matches no rule gets no role at all: the app then shows only
"geen toegang". New roles are one entry in each table below.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

ANALYST = "analyst"
AREA_TEAM = "wijkteam"
PLANNER = "planner"
POLICY = "beleid"
YOUTH_WORKER = "jongerenwerker"
ROLES = (ANALYST, AREA_TEAM, PLANNER, POLICY, YOUTH_WORKER)
ROLE_LABELS = {ANALYST: "analist", AREA_TEAM: "wijkteam", PLANNER: "planner",
               POLICY: "beleid", YOUTH_WORKER: "jongerenwerker"}
# when a user matches several rules, the broadest role wins (wijken of area teams add up)
PRECEDENCE = {ANALYST: 5, POLICY: 4, AREA_TEAM: 3, YOUTH_WORKER: 2, PLANNER: 1}

# What a role may do; the query layer checks these, the navigation only mirrors them.
AREA_FIGURES = "area_figures"  # figures per buurt/wijk (filtered to own wijken for wijkteam)
DATA_STATUS = "data_status"  # load log, quarantine
YOUTH_INPUT = "youth_input"  # youth input records and the context figures of a plan area
YOUTH_REVIEW = "youth_review"  # held youth records: edit, approve, reject (review copy)
IDEA_FEEDBACK = "idea_feedback"  # what was done with a published idea; the feedback PDF
WORKSPACE_READ = "workspace_read"  # notes, signals, actions of the areas the role may see
WORKSPACE_WRITE = "workspace_write"  # write them (wijkteam: own wijken only)
WORKSPACE_PLAN_AREA = "workspace_plan_area"  # notes and signals of a plan area's buurten
SIGNAL_STATUS = "signal_status"  # move any signal on and take it on (the gemeente)
CAPABILITIES = {
    ANALYST: frozenset({AREA_FIGURES, DATA_STATUS, YOUTH_INPUT, YOUTH_REVIEW, IDEA_FEEDBACK,
                        WORKSPACE_READ, WORKSPACE_WRITE, SIGNAL_STATUS}),
    AREA_TEAM: frozenset({AREA_FIGURES, WORKSPACE_READ, WORKSPACE_WRITE}),
    PLANNER: frozenset({YOUTH_INPUT, IDEA_FEEDBACK, WORKSPACE_PLAN_AREA}),
    POLICY: frozenset({WORKSPACE_READ, SIGNAL_STATUS}),
    YOUTH_WORKER: frozenset({YOUTH_INPUT, YOUTH_REVIEW, IDEA_FEEDBACK}),
}

# Which areas' figures a role sees: every area, or only those of the wijken in its rule
# (gemeente figures always, given AREA_FIGURES). A role in WIJK_SCOPED must name its wijken
# in the configuration; any other role may not (a planner with `wijken` would look restricted
# and is not).
ALL_AREAS = frozenset({ANALYST})
WIJK_SCOPED = frozenset({AREA_TEAM})

# url_path of every dashboard page a role may open (dashboards/streamlit_app.py)
PAGES = {
    ANALYST: ("overzicht", "buurtprofiel", "integrale-blik", "vergelijken", "datastatus",
              "jongereninbreng", "beoordelen", "teamoverleg", "duiding", "signalen",
              "afspraken"),
    AREA_TEAM: ("overzicht", "buurtprofiel", "integrale-blik", "vergelijken", "teamoverleg",
                "duiding", "signalen", "afspraken"),
    PLANNER: ("jongereninbreng",),
    POLICY: ("signalen", "teamoverleg", "duiding", "afspraken"),
    YOUTH_WORKER: ("jongereninbreng", "beoordelen"),
}

_CAPABILITY_TEXT = {
    AREA_FIGURES: "de cijfers per buurt en wijk",
    DATA_STATUS: "de datastatus en de quarantaine",
    YOUTH_INPUT: "de jongereninbreng",
    YOUTH_REVIEW: "het beoordelen van jongereninbreng",
    IDEA_FEEDBACK: "de terugkoppeling op ideeën van jongeren",
    WORKSPACE_READ: "de duiding, signalen en afspraken van de wijkteams",
    WORKSPACE_WRITE: "het schrijven van duiding, signalen en afspraken",
    WORKSPACE_PLAN_AREA: "de duiding en signalen van een plangebied",
    SIGNAL_STATUS: "het behandelen van signalen",
}


class AccessConfigError(ValueError):
    """The login or `[access]` configuration cannot be used; the message says why."""


@dataclass(frozen=True)
class Access:
    """The role of the current user, and for a wijkteam the wijk codes it may see in detail.

    `user_id` is the immutable identity (written to the export log); `display_name` is only
    shown to the user (it comes from claims a user may change)."""

    role: str
    user_id: str
    wijken: frozenset[str] = field(default_factory=frozenset)
    open_mode: bool = False  # no login: explicitly switched on, local use only
    display_name: str = ""

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise AccessConfigError(f"onbekende rol '{self.role}' (kies uit {', '.join(ROLES)})")

    @property
    def label(self) -> str:
        return ROLE_LABELS[self.role]

    @property
    def shown_name(self) -> str:
        return self.display_name or self.user_id

    @property
    def sees_all_areas(self) -> bool:
        return self.role in ALL_AREAS

    def can(self, capability: str) -> bool:
        return capability in CAPABILITIES[self.role]

    def require(self, capability: str) -> None:
        """PermissionError with a Dutch message when the role may not do this."""
        if not self.can(capability):
            raise PermissionError(
                f"Uw rol ({self.label}) geeft geen toegang tot "
                f"{_CAPABILITY_TEXT.get(capability, capability)}."
            )

    @property
    def pages(self) -> tuple[str, ...]:
        return PAGES[self.role]

    def may_see(self, area_level: str, wijk_code: str | None) -> bool:
        """May this role see the figures of one area (gemeente figures: always)?"""
        if self.sees_all_areas or area_level == "gemeente":
            return True
        if self.role in WIJK_SCOPED:
            return wijk_code is not None and wijk_code in self.wijken
        return False

    def restrict(
        self, frame: pd.DataFrame, level: str = "area_level", wijk: str = "wijk_code"
    ) -> pd.DataFrame:
        """Only the rows of `frame` this role may see: for a wijkteam, the rows of its own
        wijken and every gemeente row; a frame without a level column is treated as areas
        below the gemeente."""
        if self.sees_all_areas:
            return frame
        if self.role not in WIJK_SCOPED:
            return frame.iloc[0:0]
        levels = frame[level] if level in frame else pd.Series("buurt", index=frame.index)
        keep = (levels == "gemeente") | frame[wijk].isin(self.wijken)
        return frame[keep.fillna(False).astype(bool)]

    def area_denied(self, area_name: str) -> PermissionError:
        return PermissionError(
            f"Uw rol ({self.label}) geeft alleen toegang tot de cijfers van uw eigen wijken "
            f"en van de gemeente, niet tot die van {area_name}."
        )


def open_access(user_id: str = "lokaal") -> Access:
    """Open mode (explicitly switched on, no login): local use, analyst."""
    return Access(ANALYST, user_id, open_mode=True)


def wijken_of(values: Iterable[str]) -> frozenset[str]:
    return frozenset(str(v).strip().upper() for v in values)


# The [access] policy (matching users, reading the section) lives in access_policy.py, which
# imports this module; its names are reachable here too, loaded on first use.
_POLICY_NAMES = frozenset({"AccessPolicy", "LoginConfigError", "Problem", "Rule",
                           "parse_policy", "resolve_access", "validate_config"})


def __getattr__(name: str):
    if name in _POLICY_NAMES:
        from wijkwijs import access_policy

        return getattr(access_policy, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
