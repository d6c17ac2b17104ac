"""The login configuration fails closed: every mistake is a LoginConfigError in Dutch and
English, naming where (never a value), and nothing but the explicit switch gives open mode."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wijkwijs.access_policy import ACCESS_KEYS, LoginConfigError
from wijkwijs.login_config import (
    AUTH_KEYS,
    OPEN_MODE_ENV,
    PROVIDER_KEYS,
    SECTIONS,
    listen_problem,
    read_login_config,
)

TENANT = "9d3c7a52-1f0e-4c6b-8a41-2b7e5d90c1aa"
OID = "3f2b8c1e-5d4a-4b7e-9c21-7a6e0d9f4b11"
GROUP = "11111111-1111-1111-1111-111111111111"
COOKIE = "GEHEIM-cookie-" + "q" * 40  # values that must never reach a message
CLIENT_SECRET = "GEHEIM-client-secret"
GOOD = {
    "auth": {
        "redirect_uri": "https://wijkwijs.gemeente.example/oauth2callback",
        "cookie_secret": COOKIE,
        "microsoft": {
            "client_id": "c1d2e3f4-0000-4000-8000-000000000000",
            "client_secret": CLIENT_SECRET,
            "server_metadata_url": f"https://login.microsoftonline.com/{TENANT}/v2.0/"
                                   ".well-known/openid-configuration",
            "client_kwargs": {"prompt": "login"},
        },
    },
    "access": {
        "provider": "microsoft",
        "tenant_id": TENANT,
        "users": {OID: {"role": "analyst", "label": "A. Analist"}},
        "groups": {GROUP: {"role": "wijkteam", "wijken": ["WK036301"]}},
    },
}


def changed(path: str, value=None, *, drop: bool = False, rename: str | None = None) -> dict:
    """GOOD with one key (dotted path) set, dropped or renamed."""
    config = copy.deepcopy(GOOD)
    *parents, last = path.split(".")
    table = config
    for part in parents:
        table = table[part]
    if rename is not None:
        table[rename] = table.pop(last)
    elif drop:
        del table[last]
    else:
        table[last] = value
    return config


def problems_of(secrets, environ=None) -> LoginConfigError:
    with pytest.raises(LoginConfigError) as caught:
        read_login_config(secrets, environ or {})
    error = caught.value
    text = str(error)
    assert "Inloggen is niet goed ingesteld" in text and "cannot be used" in text
    for secret in (COOKIE, CLIENT_SECRET, OID, "a.analist@gemeente.nl"):
        assert secret not in text
    assert all(p.nl and p.en and p.nl != p.en for p in error.problems)
    return error


def where(error: LoginConfigError) -> set[str]:
    return {p.where for p in error.problems}


def test_a_good_configuration_logs_in_with_its_provider():
    config = read_login_config(GOOD, {})
    assert not config.open_mode and config.provider == "microsoft"
    assert config.policy.authority == TENANT
    # one provider written directly in [auth]: st.login() without a name
    flat = copy.deepcopy(GOOD)
    flat["auth"].update(flat["auth"].pop("microsoft"))
    del flat["access"]["provider"]
    assert read_login_config(flat, {}).provider is None


def test_open_mode_only_when_switched_on_and_nothing_is_configured():
    assert read_login_config(None, {OPEN_MODE_ENV: "1"}).open_mode
    assert read_login_config({}, {OPEN_MODE_ENV: "true"}).open_mode
    for environ in ({}, {OPEN_MODE_ENV: "0"}, {OPEN_MODE_ENV: ""}):
        error = problems_of(None, environ)
        assert "open modus staat niet aan" in str(error) and "not switched on" in str(error)
    assert where(problems_of(None, {OPEN_MODE_ENV: "misschien"})) == {OPEN_MODE_ENV, ""}
    conflict = problems_of(GOOD, {OPEN_MODE_ENV: "1"})
    assert where(conflict) == {OPEN_MODE_ENV}
    assert "Kies één" in str(conflict) and "Choose one" in str(conflict)


@pytest.mark.parametrize("secrets, expected, nl, en", [
    # a misspelt section is refused, and does not count as "no login"
    (changed("auth", rename="auht"), {"secrets.toml", "[auth]"}, "Bedoelt u 'auth'?",
     "Did you mean 'auth'?"),
    (changed("access", rename="Access"), {"secrets.toml", "[access]"}, "Bedoelt u 'access'?",
     "Did you mean 'access'?"),
    (changed("auth", drop=True), {"[auth]"}, "ontbreekt", "is missing"),
    (changed("access", drop=True), {"[access]"}, "krijgt niemand een rol", "nobody gets a role"),
    (changed("auth.cookie_secret", drop=True), {"[auth] cookie_secret"}, "ontbreekt",
     "is missing"),
    (changed("auth.cookie_secret", "kort"), {"[auth] cookie_secret"}, "te kort", "too short"),
    (changed("auth.cookie_secret", "vervang-door-een-lange-willekeurige-tekenreeks"),
     {"[auth] cookie_secret"}, "het voorbeeld", "the example"),
    (changed("auth.redirect_uri", "https://wijkwijs.gemeente.example/"),
     {"[auth] redirect_uri"}, "/oauth2callback", "/oauth2callback"),
    (changed("auth.redirect_uri", "http://wijkwijs.gemeente.example/oauth2callback"),
     {"[auth] redirect_uri"}, "https", "https"),
    (changed("auth.redirect_uri", rename="redirect_url"),
     {"[auth]", "[auth] redirect_uri"}, "Bedoelt u 'redirect_uri'?", "Did you mean"),
    (changed("auth.microsoft.client_secret", drop=True), {"[auth.microsoft] client_secret"},
     "ontbreekt", "is missing"),
    (changed("auth.microsoft.client_id", rename="clientid"),
     {"[auth.microsoft]", "[auth.microsoft] client_id"}, "Bedoelt u 'client_id'?",
     "Did you mean 'client_id'?"),
    (changed("auth.microsoft.server_metadata_url", "http://login.example/metadata"),
     {"[auth.microsoft] server_metadata_url"}, "openid-configuration", "openid-configuration"),
    (changed("auth.microsoft", rename="micro_soft"), {"[auth.micro_soft]", "[access] provider"},
     "zonder '_'", "without '_'"),
    (changed("access.provider", "microsfot"), {"[access] provider"},
     "Bedoelt u 'microsoft'?", "Did you mean 'microsoft'?"),
    (changed("access.tenant_id", rename="tenant"), {"[access]"}, "Bedoelt u 'tenant_id'?",
     "Did you mean 'tenant_id'?"),
    (changed("access.tenant_id", "gemeente.onmicrosoft.com"), {"[access] tenant_id"},
     "GUID", "GUID"),
    (changed("access.tenant_id", "11111111-2222-4333-8444-555555555555"),
     {"[access] tenant_id"}, "andere tenant", "another tenant"),
    (changed("access.issuer", "https://login.example"), {"[access]"}, "niet allebei",
     "not both"),
    (changed("access.users", {"a.analist@gemeente.nl": {"role": "analyst"}}),
     {"[access.users]"}, "Van e-mail naar object-id", "From e-mail to object id"),
    (changed("access.users", {"a.analist": {"role": "analyst"}}), {"[access.users] #1"},
     "geen object-id", "not an object id"),
    (changed("access.groups", {"Wijkteam Centrum": {"role": "wijkteam", "wijken": ["WK1"]}}),
     {"[access.groups] #1"}, "geen object-id", "not an object id"),
    (changed("access.users", {OID: {"rol": "analyst"}}), {"[access.users] #1"},
     "Bedoelt u 'role'?", "Did you mean 'role'?"),
    (changed("access.users", {OID: {"role": "analist"}}), {"[access.users] #1"},
     "onbekende rol 'analist'", "unknown role 'analist'"),
    (changed("access.groups", {GROUP: {"role": "wijkteam", "wijk": ["WK036301"]}}),
     {"[access.groups] #1"}, "Bedoelt u 'wijken'?", "Did you mean 'wijken'?"),
    (changed("access.groups", {GROUP: {"role": "wijkteam", "wijken": ["036301"]}}),
     {"[access.groups] #1"}, "geen wijkcode", "not a wijk code"),
    (changed("access.groups", {GROUP: {"role": "planner", "wijken": ["WK036301"]}}),
     {"[access.groups] #1"}, "ziet er niet minder door", "would not limit"),
    (changed("access.users", "iedereen"), {"[access.users]"}, "verwacht een tabel",
     "expected a table"),
])
def test_every_mistake_is_named_in_dutch_and_english(secrets, expected, nl, en):
    error = problems_of(secrets)
    assert where(error) == expected, str(error)
    assert nl in str(error) and en in str(error)


def test_an_access_section_without_any_rule_is_refused():
    bare = changed("access.users", drop=True)
    del bare["access"]["groups"]
    assert "niemand krijgt toegang" in str(problems_of(bare))


def test_several_providers_need_a_choice():
    two = copy.deepcopy(GOOD)
    two["auth"]["keycloak"] = dict(GOOD["auth"]["microsoft"])
    assert read_login_config(two, {}).provider == "microsoft"
    del two["access"]["provider"]
    assert where(problems_of(two)) == {"[access] provider"}


def test_a_mistake_that_looks_harmless_still_stops_the_app():
    """An unknown section next to a good configuration is refused too: wijkwijs reads only
    [auth] and [access], so anything else is a mistake someone meant to mean something."""
    assert where(problems_of({**GOOD, "connections": {"x": 1}})) == {"secrets.toml"}


def test_open_mode_needs_a_listen_address():
    assert listen_problem("127.0.0.1") is None and listen_problem("0.0.0.0") is None
    problem = listen_problem(None)
    assert "127.0.0.1" in problem.nl and "127.0.0.1" in problem.en
    assert listen_problem("") is not None


# --- fuzz: no configuration, however broken, opens the app ----------------------------------

KEYS = st.sampled_from([
    "auth", "access", "auht", "Auth", "redirect_uri", "cookie_secret", "microsoft", "client_id",
    "client_secret", "server_metadata_url", "provider", "tenant_id", "issuer", "users",
    "groups", "app_roles", "role", "wijken", "label", OID, GROUP, "a@b.nl", "",
])
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
    st.sampled_from([TENANT, OID, "analyst", "wijkteam", "planner", "WK036301", COOKIE,
                     "https://x.example/oauth2callback", "vervang-door-x"]),
    st.text(max_size=12),
)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(KEYS, inner, max_size=4)), max_leaves=12)


@given(secrets=st.dictionaries(KEYS, VALUES, max_size=4))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_random_configurations_never_open_the_app(secrets):
    try:
        config = read_login_config(secrets, {})
    except LoginConfigError as error:
        assert error.problems
        return
    assert not config.open_mode and config.policy is not None  # a complete login only
    assert {"auth", "access"} <= set(secrets)


VALID_AT = {  # the keys a table may hold, by its dotted path
    "": SECTIONS, "auth": (*AUTH_KEYS, *PROVIDER_KEYS), "auth.microsoft": PROVIDER_KEYS,
    "access": ACCESS_KEYS,
}


@given(mutation=st.sampled_from(
    ["auth", "access", "auth.cookie_secret", "auth.redirect_uri", "auth.microsoft",
     "auth.microsoft.client_id", "auth.microsoft.client_secret",
     "auth.microsoft.server_metadata_url", "access.tenant_id", "access.users", "access.groups",
     "access.provider"]), new_name=st.text(min_size=1, max_size=10))
@settings(max_examples=200, deadline=None)
def test_a_misspelt_key_is_never_silently_ignored(mutation, new_name):
    """Renaming any key of a good configuration to a name that is not valid there is
    refused; it never leaves a configuration that quietly works without it."""
    parent, _, old = mutation.rpartition(".")
    try:
        config = read_login_config(changed(mutation, rename=new_name), {})
    except LoginConfigError:
        return
    assert not config.open_mode
    assert new_name == old or new_name in VALID_AT[parent]
