"""One user per role, and areas of the demo gemeente Demstervoort (GM9999) for the tests."""

from __future__ import annotations

from wijkwijs.access import ANALYST, AREA_TEAM, PLANNER, POLICY, YOUTH_WORKER, Access
from wijkwijs.appdb.scope import Area

CENTRUM, NOORD = "WK999901", "WK999902"
ANALYST_USER = Access(ANALYST, "analist@demstervoort.nl")
TEAM_CENTRUM = Access(AREA_TEAM, "team.centrum@demstervoort.nl", frozenset({CENTRUM}))
TEAM_NOORD = Access(AREA_TEAM, "team.noord@demstervoort.nl", frozenset({NOORD}))
POLICY_USER = Access(POLICY, "beleid@demstervoort.nl")
PLANNER_USER = Access(PLANNER, "planner@demstervoort.nl")
YOUTH_WORKER_USER = Access(YOUTH_WORKER, "jongerenwerk@demstervoort.nl")
EVERYONE = (ANALYST_USER, TEAM_CENTRUM, TEAM_NOORD, POLICY_USER, PLANNER_USER, YOUTH_WORKER_USER)

GEMEENTE = Area("gemeente", "GM9999", "Demstervoort")
WIJK_CENTRUM = Area("wijk", CENTRUM, "Centrum")
OUDE_MARKT = Area("buurt", "BU99990101", "Oude Markt")
HAVEN = Area("buurt", "BU99990102", "Havenkwartier")
WIJK_NOORD = Area("wijk", NOORD, "Noord")
BLOEMEN = Area("buurt", "BU99990201", "Bloemenbuurt")
