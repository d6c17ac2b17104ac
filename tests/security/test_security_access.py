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
import shapely
from streamlit.testing.v1 import AppTest

from dashboards import (
    auth,
    client_queries,
    profile_queries,
    reference_queries,
    static_geometry,
    status_queries,
    youth_queries,
)
from wijkwijs.access import ANALYST, AREA_TEAM, PLANNER, Access, AccessConfigError
from wijkwijs.access_policy import parse_policy, resolve_access
from wijkwijs.login_config import read_login_config

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "dashboards" / "streamlit_app.py"
MARCH = date(2024, 3, 1)
CENTRUM, NOORD = "WK999901", "WK999902"
OWN = {"BU99990101", "BU99990102"}
OTHER = {"BU99990201", "BU999902A1"}

ANALYST_ACCESS = Access(ANALYST, "entra:analist")
TEAM_ACCESS = Access(AREA_TEAM, "entra:wijkteam-centrum", frozenset({CENTRUM}))
PLANNER_ACCESS = Access(PLANNER, "entra:planner")

TENANT = "9d3c7a52-1f0e-4c6b-8a41-2b7e5d90c1aa"
ANALYST_OID = "0a1b2c3d-0000-4000-8000-000000000001"
PLANNER_OID = "0a1b2c3d-0000-4000-8000-000000000002"
TEAM_OID = "0a1b2c3d-0000-4000-8000-000000000003"
GRP_CENTRUM = "6f1e0000-0000-4000-8000-0000000000c1"
GRP_NOORD = "6f1e0000-0000-4000-8000-0000000000c2"
GRP_PLAN = "6f1e0000-0000-4000-8000-0000000000c3"


def as_role(access):
    return auth.use_access(access)


# --- configuration -----------------------------------------------------------------------------

POLICY = parse_policy({
    "tenant_id": TENANT.upper(),  # GUIDs match in any case
    "users": {
        ANALYST_OID: {"role": "analyst", "label": "A. Analist"},
        PLANNER_OID: {"role": "planner"},
    },
    "groups": {
        GRP_CENTRUM: {"role": "wijkteam", "wijken": ["wk999901"]},
        GRP_NOORD: {"role": "wijkteam", "wijken": ["WK999902"]},
        GRP_PLAN: {"role": "planner"},
    },
    "app_roles": {"Wijkwijs.Analist": {"role": "analyst"}},
})


def entra(oid: str, **claims) -> dict:
    return {"is_logged_in": True, "tid": TENANT, "oid": oid, **claims}


def test_roles_resolve_from_object_ids_and_groups():
    analyst = resolve_access(entra(ANALYST_OID.upper(), name="A. Analist"), POLICY)
    assert (analyst.role, analyst.wijken) == (ANALYST, frozenset())
    assert analyst.user_id == f"entra:{ANALYST_OID}"  # immutable: what the export log keeps
    assert analyst.shown_name == "A. Analist"  # display only
    # groups add up; the broadest role wins when rules disagree
    team = resolve_access(entra(TEAM_OID, groups=[GRP_CENTRUM, GRP_NOORD]), POLICY)
    assert (team.role, team.wijken) == (AREA_TEAM, frozenset({CENTRUM, NOORD}))
    both = resolve_access(entra(TEAM_OID, groups=[GRP_PLAN, GRP_CENTRUM]), POLICY)
    assert (both.role, both.wijken) == (AREA_TEAM, frozenset({CENTRUM}))
    assert resolve_access(entra(PLANNER_OID), POLICY).role == PLANNER
    assert resolve_access(entra(TEAM_OID, roles=["Wijkwijs.Analist"]), POLICY).role == ANALYST
    assert resolve_access(entra(TEAM_OID, groups=["x"]), POLICY) is None
    assert resolve_access({}, POLICY) is None


def test_claims_a_user_can_change_grant_nothing():
    """The old keys (e-mail, login name) and a look-alike from another tenant match no rule."""
    assert resolve_access({"is_logged_in": True, "email": "a.analist@gemeente.nl",
                           "preferred_username": ANALYST_OID}, POLICY) is None
    other_tenant = entra(ANALYST_OID, tid="11111111-2222-4333-8444-555555555555")
    assert resolve_access(other_tenant, POLICY) is None
    assert resolve_access({**other_tenant, "groups": [GRP_CENTRUM]}, POLICY) is None
    assert resolve_access({"is_logged_in": True, "tid": TENANT, "sub": ANALYST_OID}, POLICY) is None


def test_generic_openid_connect_matches_issuer_and_sub():
    policy = parse_policy({
        "issuer": "https://login.gemeente.example/realms/wijkwijs",
        "users": {"f3a9-77": {"role": "analyst"}},
        "groups": {"/wijkteams/centrum": {"role": "wijkteam", "wijken": [CENTRUM]}},
    })
    iss = "https://login.gemeente.example/realms/wijkwijs"
    assert resolve_access({"iss": iss, "sub": "f3a9-77"}, policy).user_id == "oidc:f3a9-77"
    assert resolve_access({"iss": iss, "sub": "F3A9-77"}, policy) is None  # sub is exact
    assert resolve_access({"iss": iss + "/", "sub": "f3a9-77"}, policy) is None
    assert resolve_access({"iss": "https://evil.example", "sub": "f3a9-77"}, policy) is None
    team = resolve_access({"iss": iss, "sub": "x", "groups": ["/wijkteams/centrum"]}, policy)
    assert team.wijken == frozenset({CENTRUM})


def test_the_policy_is_reachable_from_wijkwijs_access_and_takes_a_raw_section():
    from wijkwijs import access

    section = {"tenant_id": TENANT, "users": {ANALYST_OID: {"role": "analyst"}}}
    assert access.validate_config(section) == []
    assert access.resolve_access(entra(ANALYST_OID), section).role == ANALYST
    old = access.validate_config({"users": {"a.analist@gemeente.nl": {"role": "analyst"}}})
    assert any("e-mailadres" in p for p in old)
    with pytest.raises(access.LoginConfigError):
        access.resolve_access(entra(ANALYST_OID), {"users": {"a@b.nl": {"role": "analyst"}}})


def test_an_unknown_role_cannot_be_constructed():
    with pytest.raises(AccessConfigError):
        Access("baas", "x")


# --- the query layer ------------------------------------------------------------------------


def test_analyst_sees_every_area(serving):
    with as_role(ANALYST_ACCESS):
        rows = client_queries.area_values("buurt", "wmo", "huishoudelijke_hulp", MARCH, 2024)
        assert set(rows["area_code"]) == OWN | OTHER
        assert len(status_queries.load_status()) >= 1
        assert not client_queries.area_monthly("buurt", "BU99990201", "GM9999").empty


def test_area_team_gets_its_own_wijken_and_the_gemeente(serving):
    with as_role(TEAM_ACCESS):
        buurten = client_queries.area_values("buurt", "wmo", "huishoudelijke_hulp", MARCH, 2024)
        assert set(buurten["area_code"]) == OWN
        wijken = client_queries.area_values("wijk", "wmo", "huishoudelijke_hulp", MARCH, 2024)
        assert set(wijken["area_code"]) == {CENTRUM}
        gemeente = client_queries.area_values("gemeente", "wmo", "huishoudelijke_hulp", MARCH, 2024)
        assert list(gemeente["area_code"]) == ["GM9999"]
        assert set(reference_queries.areas(2024)["area_code"]) == OWN | {CENTRUM}
        mixed = client_queries.areas_at(["BU99990101", "BU99990201", NOORD, "GM9999"], MARCH)
        assert set(mixed["area_code"]) == {"BU99990101", "GM9999"}
        profile = profile_queries.profile_rows("buurt", MARCH)
        assert set(profile["area_code"]) <= OWN and len(profile)
        own = client_queries.area_monthly("buurt", "BU99990101", "GM9999")
        assert set(own["area_code"]) == {"BU99990101", "GM9999"}
        assert not client_queries.area_stapeling("buurt", "BU99990102", "GM9999").empty


@pytest.mark.parametrize("call", [
    lambda: client_queries.area_monthly("buurt", "BU99990201", "GM9999"),
    lambda: client_queries.area_monthly("wijk", NOORD, "GM9999"),
    lambda: client_queries.area_stapeling("buurt", "BU999902A1", "GM9999"),
    lambda: profile_queries.profile_of("BU99990201", "GM9999"),
    lambda: profile_queries.profile_of("BU99990101", "BU99990201"),  # the foreign code second
    lambda: client_queries.area_monthly("buurt", "BU99990101", "BU99990201"),
    lambda: client_queries.area_stapeling("buurt", "BU99990101", NOORD),
    lambda: profile_queries.similar_buurten(2024, "BU99990201"),
])
def test_area_team_asking_for_another_wijk_is_refused_in_dutch(serving, call):
    with as_role(TEAM_ACCESS), pytest.raises(PermissionError, match="Uw rol \\(wijkteam\\)"):
        call()


@pytest.mark.parametrize("access", [TEAM_ACCESS, PLANNER_ACCESS])
def test_data_status_is_for_analysts_only(serving, access):
    with as_role(access), pytest.raises(PermissionError, match="datastatus"):
        status_queries.load_status()


def test_an_area_that_is_not_in_the_copy_is_refused_for_every_role(serving):
    for access in (ANALYST_ACCESS, TEAM_ACCESS):
        with as_role(access), pytest.raises(PermissionError, match="niet in de gepubliceerde"):
            client_queries.area_monthly("buurt", "BU-bestaat-niet", "GM9999")
        with as_role(access), pytest.raises(PermissionError, match="geen gemeente"):
            profile_queries.profile_of("BU99990101", CENTRUM)


def test_profile_of_returns_only_the_area_and_its_gemeente(serving):
    with as_role(ANALYST_ACCESS):
        rows = profile_queries.profile_of("BU99990101", "GM9999")
    assert set(rows["area_code"]) == {"BU99990101", "GM9999"}
    assert rows.groupby("area_code")["period"].nunique().min() > 1


def plan_area_of(codes):
    shapes = youth_queries.shapes("buurt")
    return shapely.union_all(shapes[shapes["area_code"].isin(codes)].geometry.to_numpy())


def test_planner_gets_context_of_the_plan_area_only(serving):
    with as_role(PLANNER_ACCESS):
        area = plan_area_of(OWN)
        assert sorted(youth_queries.plan_buurten(2024, area)) == sorted(OWN)
        context = youth_queries.context_figures(MARCH, 2024, area, sorted(OWN))
        assert set(context["area_code"]) == OWN | {"GM9999"}
        assert len(context) == 3 * context["category"].nunique()
        young = youth_queries.context_areas(2024, area, sorted(OWN))
        assert list(young["area_code"]) == ["BU99990102", "BU99990101", "GM9999"]
        for codes in (sorted(OWN | OTHER), ["BU99990201"], [NOORD], ["GM9999"]):
            with pytest.raises(PermissionError, match="plangebied"):
                youth_queries.context_figures(MARCH, 2024, area, codes)
            with pytest.raises(PermissionError, match="plangebied"):
                youth_queries.context_areas(2024, area, codes)
        assert client_queries.latest_period() == MARCH  # reference facts: any role
        with pytest.raises(PermissionError, match="planner"):
            client_queries.area_values("buurt", "wmo", "huishoudelijke_hulp", MARCH, 2024)
        with pytest.raises(PermissionError):
            reference_queries.areas(2024)
    with as_role(TEAM_ACCESS), pytest.raises(PermissionError, match="jongereninbreng"):
        youth_queries.context_figures(MARCH, 2024, plan_area_of(OWN), sorted(OWN))


def test_without_a_login_nothing_is_read(serving, monkeypatch):
    # a login is configured and nobody is logged in
    monkeypatch.setattr(auth, "login_config", lambda: read_login_config(SECRETS, {}))
    assert auth.current_access() is None
    with pytest.raises(PermissionError, match="Log in"):
        client_queries.latest_period()
    with pytest.raises(PermissionError):
        static_geometry.area_bounds(2024, "buurt")
    with pytest.raises(PermissionError):
        youth_queries.shapes("buurt")


def test_open_mode_is_analyst_and_says_so(serving):
    access = auth.current_access()  # WIJKWIJS_OPEN_MODE=1 (tests/conftest.py), no secrets
    assert access.role == ANALYST and access.open_mode


# --- the navigation: pages a role may not use are not registered -------------------------------

SECRETS = {
    "auth": {"redirect_uri": "http://localhost:8501/oauth2callback",
             "cookie_secret": "k" * 48, "client_id": "id", "client_secret": "s" * 20,
             "server_metadata_url": "https://login.example/.well-known/openid-configuration"},
    "access": {"tenant_id": TENANT,
               "users": {TEAM_OID: {"role": "wijkteam", "wijken": [CENTRUM]},
                         PLANNER_OID: {"role": "planner"}}},
}


@pytest.fixture
def login(serving, monkeypatch):
    """A login configured (SECRETS): open mode is not switched on."""
    monkeypatch.delenv("WIJKWIJS_OPEN_MODE", raising=False)


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


def test_area_team_cannot_open_datastatus_or_youth_input(login):
    at = app(entra(TEAM_OID, name="Team Centrum"))
    at.run()
    assert not at.exception, at.exception
    assert "Overzicht" in [h.value for h in at.header]
    assert "Ingelogd als Team Centrum · rol: wijkteam" in texts(at)
    for page in ("pages/datastatus.py", "pages/jongereninbreng.py"):
        with pytest.raises(Exception, match="Could not find a navigation page"):
            at.switch_page(page).run()


def test_planner_gets_only_youth_input(login):
    at = app(entra(PLANNER_OID))
    at.run()
    assert not at.exception, at.exception
    assert [h.value for h in at.header] == ["Jongereninbreng"]
    with pytest.raises(Exception, match="Could not find a navigation page"):
        at.switch_page("pages/overzicht.py").run()


def test_not_logged_in_or_no_role_shows_no_figures(login):
    for user in ({"is_logged_in": False},
                 {"is_logged_in": True, "email": "team@gemeente.nl"},  # an old key: no role
                 entra(TEAM_OID, tid="11111111-2222-4333-8444-555555555555")):
        at = app(user)
        at.run()
        assert not at.exception, at.exception
        assert "Overzicht" not in [h.value for h in at.header]
        shown = texts(at)
        assert "Log in" in shown or "Authlib" in shown or "geen rol" in shown
        assert not at.dataframe and not at.metric


def test_a_user_without_a_role_sees_the_key_to_give_the_administrator(login):
    at = app(entra("0a1b2c3d-0000-4000-8000-0000000000ff"))
    at.run()
    assert "geen rol" in texts(at)
    assert "kenmerk van uw account door: `0a1b2c3d-0000-4000-8000-0000000000ff`" in texts(at)
    other = app(entra(TEAM_OID, tid="11111111-2222-4333-8444-555555555555"))
    other.run()
    assert "hoort niet bij de organisatie" in texts(other)
    assert TEAM_OID not in texts(other)


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
        # the code, the name and where the name fits (derived from the boundary): no figure
        assert {key for f in features for key in f["properties"]} <= {
            "area_code", "area_name", "label_x", "label_y", "label_r"}
    skip = {".venv", ".git", "node_modules", "data", ".pytest_cache"}
    for folder in REPO.rglob("static"):
        if skip & set(folder.relative_to(REPO).parts) or not folder.is_dir():
            continue
        for path in folder.rglob("*"):
            if path.is_file():
                assert path.suffix.lower() not in {".csv", ".parquet", ".duckdb", ".xlsx"}, path
                text = path.read_text(errors="ignore").lower()
                assert not any(f'"{w}' in text for w in COUNT_WORDS), path


def test_the_example_secrets_file_works_once_its_placeholders_are_filled_in():
    text = (REPO / ".streamlit" / "secrets.example.toml").read_text()
    example = tomllib.loads(text)
    with pytest.raises(AccessConfigError) as placeholders:  # as copied: refused
        read_login_config(example, {})
    assert {p.where for p in placeholders.value.problems} == {
        "[auth] cookie_secret", "[auth.microsoft] client_secret", "[access] tenant_id"}
    filled = tomllib.loads(text.replace("vervang-door-een-lange-willekeurige-tekenreeks", "x" * 48)
                           .replace("vervang-door-het-client-secret", "een-echt-secret")
                           .replace("00000000-0000-0000-0000-000000000000", TENANT))
    config = read_login_config(filled, {})
    assert config.provider == "microsoft" and not config.open_mode
    assert {r.role for r in config.policy.users.values()} == {ANALYST, PLANNER}
