"""Access: roles from configuration, enforced in the query layer and in the navigation.

Every query function is called as each role against the small serving fixture of
tests/dashboards (wijk Centrum WK999901: Oude Markt, Havenkwartier; wijk Noord WK999902:
Bloemenbuurt, Sluiskwartier).
"""

from __future__ import annotations

import json
import tomllib
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboards import auth, queries, static_geometry, youth_queries
from tests.dashboards.serving_fixture import build_serving_fixture
from wijkwijs.access import (
    ANALYST,
    AREA_TEAM,
    PLANNER,
    Access,
    AccessConfigError,
    resolve_access,
    validate_config,
)

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "dashboards" / "streamlit_app.py"
MARCH = date(2024, 3, 1)
CENTRUM, NOORD = "WK999901", "WK999902"
OWN = {"BU99990101", "BU99990102"}
OTHER = {"BU99990201", "BU999902A1"}

ANALYST_ACCESS = Access(ANALYST, "analist@gemeente.nl")
TEAM_ACCESS = Access(AREA_TEAM, "wijkteam.centrum@gemeente.nl", frozenset({CENTRUM}))
PLANNER_ACCESS = Access(PLANNER, "planner@gemeente.nl")


@pytest.fixture(scope="module")
def serving_dir(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("security_data")
    build_serving_fixture(data / "serving" / "wijkwijs.duckdb")
    return data


@pytest.fixture
def serving(serving_dir, monkeypatch) -> Path:
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(serving_dir))
    return serving_dir


def as_role(access):
    return auth.use_access(access)


# --- configuration -----------------------------------------------------------------------------

CONFIG = {
    "users": {
        "A.Analist@Gemeente.nl": {"role": "analyst"},
        "planner@gemeente.nl": {"role": "planner"},
    },
    "groups": {
        "grp-centrum": {"role": "wijkteam", "wijken": ["wk999901"]},
        "grp-noord": {"role": "wijkteam", "wijken": ["WK999902"]},
        "grp-plan": {"role": "planner"},
    },
}


def test_roles_resolve_from_users_and_groups():
    analyst = resolve_access({"email": "a.analist@gemeente.nl"}, CONFIG)
    assert analyst.role == ANALYST and analyst.wijken == frozenset()
    # Entra ID: no e-mail claim, the login is preferred_username; groups add up
    team = resolve_access({"preferred_username": "x@gemeente.nl",
                           "groups": ["grp-centrum", "grp-noord"]}, CONFIG)
    assert (team.role, team.wijken) == (AREA_TEAM, frozenset({CENTRUM, NOORD}))
    # the broadest role wins when rules disagree
    both = resolve_access({"email": "x@gemeente.nl", "groups": ["grp-plan", "grp-centrum"]},
                          CONFIG)
    assert both.role == AREA_TEAM
    assert resolve_access({"email": "planner@gemeente.nl"}, CONFIG).role == PLANNER
    assert resolve_access({"email": "onbekend@gemeente.nl", "groups": ["x"]}, CONFIG) is None
    assert resolve_access({}, CONFIG) is None


def test_bad_configuration_is_reported_in_dutch():
    assert validate_config(CONFIG) == []
    bad = {"users": {"a@b.nl": {"role": "baas"}}, "groups": {"g": {"role": "wijkteam"}}}
    problems = validate_config(bad)
    assert len(problems) == 2
    assert any("onbekende rol" in p for p in problems)
    assert any("wijkcode" in p for p in problems)
    with pytest.raises(AccessConfigError):
        Access("baas", "x")


# --- the query layer ------------------------------------------------------------------------


def test_analyst_sees_every_area(serving):
    with as_role(ANALYST_ACCESS):
        rows = queries.area_values("buurt", "wmo", "huishoudelijke_hulp", MARCH, 2024)
        assert set(rows["area_code"]) == OWN | OTHER
        assert len(queries.load_status()) >= 1
        assert not queries.area_monthly("buurt", "BU99990201", "GM9999").empty


def test_area_team_gets_its_own_wijken_and_the_gemeente(serving):
    with as_role(TEAM_ACCESS):
        buurten = queries.area_values("buurt", "wmo", "huishoudelijke_hulp", MARCH, 2024)
        assert set(buurten["area_code"]) == OWN
        wijken = queries.area_values("wijk", "wmo", "huishoudelijke_hulp", MARCH, 2024)
        assert set(wijken["area_code"]) == {CENTRUM}
        gemeente = queries.area_values("gemeente", "wmo", "huishoudelijke_hulp", MARCH, 2024)
        assert list(gemeente["area_code"]) == ["GM9999"]
        assert set(queries.areas(2024)["area_code"]) == OWN | {CENTRUM}
        mixed = queries.areas_at(["BU99990101", "BU99990201", NOORD, "GM9999"], MARCH)
        assert set(mixed["area_code"]) == {"BU99990101", "GM9999"}
        profile = queries.profile_rows("buurt", MARCH)
        assert set(profile["area_code"]) <= OWN and len(profile)
        own = queries.area_monthly("buurt", "BU99990101", "GM9999")
        assert set(own["area_code"]) == {"BU99990101", "GM9999"}
        assert not queries.area_stapeling("buurt", "BU99990102", "GM9999").empty


@pytest.mark.parametrize("call", [
    lambda: queries.area_monthly("buurt", "BU99990201", "GM9999"),
    lambda: queries.area_monthly("wijk", NOORD, "GM9999"),
    lambda: queries.area_stapeling("buurt", "BU999902A1", "GM9999"),
    lambda: queries.profile_of("BU99990201", "GM9999"),
    lambda: queries.similar_buurten(2024, "BU99990201"),
    lambda: queries.check_area("BU-bestaat-niet"),
])
def test_area_team_asking_for_another_wijk_is_refused_in_dutch(serving, call):
    with as_role(TEAM_ACCESS), pytest.raises(PermissionError, match="Uw rol \\(wijkteam\\)"):
        call()


@pytest.mark.parametrize("access", [TEAM_ACCESS, PLANNER_ACCESS])
def test_data_status_is_for_analysts_only(serving, access):
    with as_role(access), pytest.raises(PermissionError, match="datastatus"):
        queries.load_status()


def test_planner_gets_youth_input_and_context_not_the_area_figures(serving):
    with as_role(PLANNER_ACCESS):
        context = youth_queries.context_figures(MARCH, sorted(OWN | OTHER), "GM9999")
        assert set(context["area_code"]) == OWN | OTHER | {"GM9999"}
        assert queries.latest_period() == MARCH  # reference facts: any role
        with pytest.raises(PermissionError, match="planner"):
            queries.area_values("buurt", "wmo", "huishoudelijke_hulp", MARCH, 2024)
        with pytest.raises(PermissionError):
            queries.areas(2024)
    with as_role(TEAM_ACCESS), pytest.raises(PermissionError, match="jongereninbreng"):
        youth_queries.context_figures(MARCH, sorted(OWN), "GM9999")


def test_without_a_login_nothing_is_read(serving, monkeypatch):
    monkeypatch.setattr(auth, "auth_configured", lambda: True)  # [auth] set, nobody logged in
    assert auth.current_access() is None
    with pytest.raises(PermissionError, match="Log in"):
        queries.latest_period()
    with pytest.raises(PermissionError):
        queries.area_bounds(2024, "buurt")


def test_open_mode_is_analyst_and_says_so(serving):
    access = auth.current_access()  # no secrets.toml in the test run
    assert access.role == ANALYST and access.open_mode


# --- the navigation: pages a role may not use are not registered -------------------------------

SECRETS = {
    "auth": {"redirect_uri": "http://localhost:8501/oauth2callback",
             "cookie_secret": "x" * 32, "client_id": "id", "client_secret": "geheim",
             "server_metadata_url": "https://login.example/.well-known/openid-configuration"},
    "access": {"users": {"team@gemeente.nl": {"role": "wijkteam", "wijken": [CENTRUM]},
                         "plan@gemeente.nl": {"role": "planner"}}},
}


def app(user: dict | None, secrets: dict | None = SECRETS) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    if secrets:
        at.secrets = secrets
    if user is not None:
        at.user = user
    return at


def texts(at: AppTest) -> str:
    parts = [e.value for kind in ("header", "title", "markdown", "caption", "info",
                                  "warning", "error")
             for e in getattr(at, kind)]
    parts += [e.value for kind in ("caption", "warning") for e in getattr(at.sidebar, kind)]
    return "\n".join(str(p) for p in parts)


def test_area_team_cannot_open_datastatus_or_youth_input(serving):
    at = app({"is_logged_in": True, "email": "team@gemeente.nl"})
    at.run()
    assert not at.exception, at.exception
    assert "Overzicht" in [h.value for h in at.header]
    assert "rol: wijkteam" in texts(at)
    for page in ("pages/datastatus.py", "pages/jongereninbreng.py"):
        with pytest.raises(Exception, match="Could not find a navigation page"):
            at.switch_page(page).run()


def test_planner_gets_only_youth_input(serving):
    at = app({"is_logged_in": True, "email": "plan@gemeente.nl"})
    at.run()
    assert not at.exception, at.exception
    assert [h.value for h in at.header] == ["Jongereninbreng"]
    with pytest.raises(Exception, match="Could not find a navigation page"):
        at.switch_page("pages/overzicht.py").run()


def test_not_logged_in_or_no_role_shows_no_figures(serving):
    for user in ({"is_logged_in": False}, {"is_logged_in": True, "email": "wie@elders.nl"}):
        at = app(user)
        at.run()
        assert not at.exception, at.exception
        assert "Overzicht" not in [h.value for h in at.header]
        shown = texts(at)
        assert "Log in" in shown or "Authlib" in shown or "geen rol" in shown
        assert not at.dataframe and not at.metric


def test_open_mode_shows_a_dutch_notice_in_the_sidebar(serving):
    at = app(None, secrets=None)
    at.run()
    assert not at.exception, at.exception
    assert "Open modus" in " ".join(w.value for w in at.sidebar.warning)


# --- static files ----------------------------------------------------------------------------

COUNT_WORDS = ("clients", "client", "aantal", "rate", "households", "huishoudens", "count",
               "inwoners", "residents", "cliënten")


def test_static_files_hold_public_geometry_only(serving):
    """Static serving is on for the map's boundaries: served without a login, so no counts."""
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text())
    assert config["server"]["enableStaticServing"] is True
    url = static_geometry.geometry_url(2024, "buurt")  # the file the Overzicht map fetches
    geo_files = list(static_geometry.GEO_DIR.glob("*.geojson"))
    assert static_geometry.GEO_DIR / url.rsplit("/", 1)[1] in geo_files
    for path in geo_files:
        features = json.loads(path.read_text("utf-8"))["features"]
        assert {key for f in features for key in f["properties"]} <= {"area_code", "area_name"}
    skip = {".venv", ".git", "node_modules", "data", ".pytest_cache"}
    for folder in REPO.rglob("static"):
        if skip & set(folder.relative_to(REPO).parts) or not folder.is_dir():
            continue
        for path in folder.rglob("*"):
            if path.is_file():
                assert path.suffix.lower() not in {".csv", ".parquet", ".duckdb", ".xlsx"}, path
                text = path.read_text(errors="ignore").lower()
                assert not any(f'"{w}' in text for w in COUNT_WORDS), path


def test_the_example_secrets_file_is_a_valid_configuration():
    example = tomllib.loads((REPO / ".streamlit" / "secrets.example.toml").read_text())
    assert example["auth"]["redirect_uri"].endswith("/oauth2callback")
    assert example["access"]["provider"] in example["auth"]
    assert validate_config(example["access"]) == []
