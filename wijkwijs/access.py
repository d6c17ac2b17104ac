"""Who may see what: roles from configuration, and the row filter the query layer applies.

Plain Python, no Streamlit: `dashboards/auth.py` turns the logged-in user (OpenID Connect
claims from `st.user`) and the `[access]` section of `.streamlit/secrets.toml` into an
`Access`; `dashboards/queries.py` asks that `Access` before it returns rows.

Roles (docs/security.md):

- `analyst` — everything, the Datastatus page included. Local open mode (no login configured)
  is `analyst`.
- `wijkteam` — the figures of its own wijken (and their buurten) in detail; every other area
  only at the level of the gemeente. No Datastatus, no youth input.
- `planner` — the youth input (Jongereninbreng) and the social-domain context of a plan area;
  records what was done with an idea; reads the notes and signals of a plan area's buurten.
- `beleid` — policy: reads every note, signal and action of the workspace, moves signals
  (besproken, opgelost, geëscaleerd) and takes them on. No figures per area.
- `jongerenwerker` — youth worker: reviews held youth input (Beoordelen) and records what was
  done with an idea.

The workspace (duiding, signalen, afspraken; wijkwijs/appdb) is enforced in wijkwijs/appdb/scope.py.

A user that matches no rule gets no role at all: the app then shows only "geen toegang".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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
_PRECEDENCE = {ANALYST: 5, POLICY: 4, AREA_TEAM: 3, YOUTH_WORKER: 2, PLANNER: 1}

# What a role may do; the query layer checks these, the navigation only mirrors them.
AREA_FIGURES = "area_figures"  # figures per buurt/wijk (filtered to own wijken for wijkteam)
DATA_STATUS = "data_status"  # load log, quarantine
YOUTH_INPUT = "youth_input"  # youth input records and their context figures
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
    """The `[access]` configuration cannot be used; the message says why (Dutch)."""


@dataclass(frozen=True)
class Access:
    """The role of the current user, and for a wijkteam the wijk codes it may see in detail."""

    role: str
    user_id: str
    wijken: frozenset[str] = field(default_factory=frozenset)
    open_mode: bool = False  # no login configured: local use only

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise AccessConfigError(f"onbekende rol '{self.role}' (kies uit {', '.join(ROLES)})")

    @property
    def label(self) -> str:
        return ROLE_LABELS[self.role]

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
        if self.role == ANALYST:
            return True
        if area_level == "gemeente":
            return True
        if self.role == AREA_TEAM:
            return wijk_code is not None and wijk_code in self.wijken
        return False

    def restrict(
        self, frame: pd.DataFrame, level: str = "area_level", wijk: str = "wijk_code"
    ) -> pd.DataFrame:
        """Only the rows of `frame` this role may see: for a wijkteam, the rows of its own
        wijken and every gemeente row; a frame without a level column is treated as areas
        below the gemeente."""
        if self.role == ANALYST:
            return frame
        if self.role != AREA_TEAM:
            return frame.iloc[0:0]
        levels = frame[level] if level in frame else pd.Series("buurt", index=frame.index)
        keep = (levels == "gemeente") | frame[wijk].isin(self.wijken)
        return frame[keep.fillna(False).astype(bool)]

    def area_denied(self, area_name: str) -> PermissionError:
        return PermissionError(
            f"Uw rol ({self.label}) geeft alleen toegang tot de cijfers van uw eigen wijken "
            f"en van de gemeente, niet tot die van {area_name}."
        )


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _rule(entry: Mapping, where: str) -> tuple[str, frozenset[str]]:
    if not isinstance(entry, Mapping) or "role" not in entry:
        raise AccessConfigError(f"{where}: verwacht een tabel met ten minste 'role'")
    role = str(entry["role"]).strip().lower()
    if role not in ROLES:
        raise AccessConfigError(f"{where}: onbekende rol '{role}' (kies uit {', '.join(ROLES)})")
    wijken = frozenset(w.strip().upper() for w in _as_list(entry.get("wijken")))
    if role == AREA_TEAM and not wijken:
        raise AccessConfigError(f"{where}: een wijkteam heeft ten minste één wijkcode nodig")
    return role, wijken


def user_identifiers(user: Mapping) -> tuple[str | None, list[str]]:
    """(user id, group ids) from OpenID Connect claims.

    Microsoft Entra ID puts the login in `preferred_username` (and `email` only when the
    account has one) and the security groups (object ids) in `groups` when the app
    registration emits that claim.
    """
    user_id = None
    for claim in ("email", "preferred_username", "upn", "sub"):
        value = user.get(claim)
        if value:
            user_id = str(value).strip()
            break
    groups = _as_list(user.get("groups")) + _as_list(user.get("roles"))
    return user_id, groups


def resolve_access(user: Mapping, config: Mapping | None) -> Access | None:
    """The `Access` of a logged-in user under the `[access]` configuration, or None.

    `config` (the `[access]` table of secrets.toml):

        [access.users."a.analist@gemeente.nl"]
        role = "analyst"
        [access.groups."<object id of an Entra ID group>"]
        role = "wijkteam"
        wijken = ["WK036301", "WK036302"]

    E-mail addresses match case-insensitively. Several matching rules: the broadest role wins;
    the wijken of all matching wijkteam rules add up. No matching rule: None (no access).
    """
    user_id, groups = user_identifiers(user)
    if not user_id:
        return None
    config = config or {}
    users = {str(k).strip().lower(): v for k, v in (config.get("users") or {}).items()}
    group_rules = {str(k).strip(): v for k, v in (config.get("groups") or {}).items()}
    matches: list[tuple[str, frozenset[str]]] = []
    if user_id.lower() in users:
        matches.append(_rule(users[user_id.lower()], f"access.users.{user_id}"))
    for group in groups:
        if group in group_rules:
            matches.append(_rule(group_rules[group], f"access.groups.{group}"))
    if not matches:
        return None
    role = max((r for r, _ in matches), key=_PRECEDENCE.get)
    wijken = frozenset().union(*(w for r, w in matches if r == AREA_TEAM))
    return Access(role, user_id, wijken if role == AREA_TEAM else frozenset())


def open_access(user_id: str = "lokaal") -> Access:
    """No login configured: local use, analyst."""
    return Access(ANALYST, user_id, open_mode=True)


def validate_config(config: Mapping | None) -> list[str]:
    """Every problem in an `[access]` table (empty list: usable)."""
    problems = []
    for section in ("users", "groups"):
        for key, entry in ((config or {}).get(section) or {}).items():
            try:
                _rule(entry, f"access.{section}.{key}")
            except AccessConfigError as exc:
                problems.append(str(exc))
    return problems


def wijken_of(values: Iterable[str]) -> frozenset[str]:
    return frozenset(str(v).strip().upper() for v in values)
