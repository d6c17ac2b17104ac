"""The login configuration, read so that every mistake closes the app instead of opening it.

Two ways to run the dashboard (docs/security.md):

- **Login**: `[auth]` (Streamlit's OpenID Connect settings) and `[access]` (who gets which
  role, wijkwijs.access.parse_policy) in `.streamlit/secrets.toml`.
- **Open mode**: no login, everyone is analyst. Only when switched on explicitly with
  `WIJKWIJS_OPEN_MODE=1` (`make demo` does), with no login configured, and on a listen
  address that was set (127.0.0.1 unless told otherwise).

Anything else — a file that is not valid TOML, an unknown or misspelt section or key, an
incomplete `[auth]`, an `[access]` keyed by e-mail address, a placeholder secret, no
configuration without the open-mode switch — raises LoginConfigError with every problem in
Dutch and English. Plain Python, no Streamlit: dashboards/auth.py feeds it `st.secrets`.
"""

from __future__ import annotations

import ipaddress
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from authlib.integrations.base_client.registry import OAUTH_CLIENT_PARAMS

from wijkwijs.access_policy import (
    ENTRA,
    AccessPolicy,
    LoginConfigError,
    Problem,
    parse_policy,
    suggestion,
    unknown_keys,
)

OPEN_MODE_ENV = "WIJKWIJS_OPEN_MODE"
_ON = frozenset({"1", "true", "yes", "ja", "on"})
_OFF = frozenset({"", "0", "false", "no", "nee", "off"})

SECTIONS = ("auth", "access")
AUTH_KEYS = ("redirect_uri", "cookie_secret", "expose_tokens")
# what Streamlit hands to Authlib per provider: Authlib's own list, plus Streamlit's one
PROVIDER_KEYS = (*OAUTH_CLIENT_PARAMS, "expose_tokens")
REQUIRED_PROVIDER_KEYS = ("client_id", "client_secret", "server_metadata_url")
PLACEHOLDER = "vervang-door"  # the placeholders of .streamlit/secrets.example.toml
MIN_COOKIE_SECRET = 32  # characters; token_urlsafe(48) gives 64
DEFAULT_PROVIDER = "default"  # Streamlit's name for a provider written directly in [auth]


@dataclass(frozen=True)
class LoginConfig:
    """A usable configuration: open mode, or a login with its access policy.

    `provider` is the argument for st.login: the name of an `[auth.<name>]` table, or None
    for a provider written directly in `[auth]`."""

    open_mode: bool
    policy: AccessPolicy | None = None
    provider: str | None = None


def open_mode_requested(environ: Mapping[str, str]) -> bool:
    value = str(environ.get(OPEN_MODE_ENV, "")).strip().lower()
    if value in _ON:
        return True
    if value in _OFF:
        return False
    raise LoginConfigError([Problem(
        OPEN_MODE_ENV, "onbekende waarde; gebruik 1 (aan) of 0 (uit).",
        "unknown value; use 1 (on) or 0 (off).")])


NO_LOGIN = Problem(
    "",
    "er is geen inlog ingesteld ([auth] en [access] in .streamlit/secrets.toml) en de open "
    f"modus staat niet aan. Open modus (iedereen is analist, zonder inloggen) is alleen voor "
    f"gebruik op de eigen computer: start dan met {OPEN_MODE_ENV}=1 (make demo doet dat).",
    "no login is configured ([auth] and [access] in .streamlit/secrets.toml) and open mode is "
    "not switched on. Open mode (everyone is analyst, no login) is for use on your own "
    f"computer only: start with {OPEN_MODE_ENV}=1 (make demo does).",
)


def read_login_config(secrets: Mapping | None, environ: Mapping[str, str]) -> LoginConfig:
    """The configuration in `secrets` (the parsed secrets.toml; None when there is none) and
    the environment, or LoginConfigError listing every problem."""
    problems: list[Problem] = []
    try:
        open_mode = open_mode_requested(environ)
    except LoginConfigError as exc:
        problems += exc.problems
        open_mode = False
    secrets = secrets or {}
    problems += unknown_keys(secrets, SECTIONS, "secrets.toml")
    has_auth, has_access = "auth" in secrets, "access" in secrets
    if not has_auth and not has_access:
        if not open_mode:
            problems.append(NO_LOGIN)
        if problems:
            raise LoginConfigError(problems)
        return LoginConfig(open_mode=True)
    if open_mode:
        problems.append(Problem(
            OPEN_MODE_ENV, "de open modus staat aan, maar er is ook een inlog ingesteld. Kies "
                           f"één: haal {OPEN_MODE_ENV} weg om in te loggen.",
            f"open mode is switched on, but a login is configured too. Choose one: unset "
            f"{OPEN_MODE_ENV} to log in."))
    if not has_auth:
        problems.append(Problem("[auth]", "ontbreekt, terwijl [access] er wel staat.",
                                "is missing, while [access] is there."))
    if not has_access:
        problems.append(Problem(
            "[access]", "ontbreekt: zonder [access] krijgt niemand een rol.",
            "is missing: without [access] nobody gets a role."))
    providers: dict[str, Mapping] = {}
    if has_auth:
        providers = _check_auth(secrets["auth"], problems)
    policy = None
    if has_access and not isinstance(secrets["access"], Mapping):
        problems.append(Problem("[access]", "verwacht een tabel.", "expected a table."))
    elif has_access:
        try:
            policy = parse_policy(secrets["access"])
        except LoginConfigError as exc:
            problems += exc.problems
    provider = _chosen_provider(providers, secrets.get("access"), problems) if has_auth else None
    if policy is not None and provider is not None:
        _check_tenant(providers[provider], policy, problems)
    if problems:
        raise LoginConfigError(problems)
    return LoginConfig(
        open_mode=False, policy=policy,
        provider=None if provider == DEFAULT_PROVIDER else provider,
    )


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def listen_problem(address: str | None) -> Problem | None:
    """Open mode needs a listen address that was set: Streamlit without one listens on every
    network interface. 127.0.0.1 is what `make dashboard` and .streamlit/config.toml set."""
    if address:
        return None
    return Problem(
        "server.address",
        "de open modus luistert alleen op een ingesteld adres, en er is geen ingesteld "
        "(Streamlit luistert dan op alle netwerken). Start met --server.address 127.0.0.1 "
        "(make dashboard doet dat) of vanuit de map van wijkwijs, waar .streamlit/config.toml "
        "het instelt.",
        "open mode only listens on an address that was set, and none is (Streamlit would "
        "listen on every network). Start with --server.address 127.0.0.1 (make dashboard "
        "does) or from the wijkwijs folder, where .streamlit/config.toml sets it.",
    )


def _check_auth(auth, problems: list[Problem]) -> dict[str, Mapping]:
    """Problems of `[auth]` added to `problems`; returns its providers by name."""
    if not isinstance(auth, Mapping):
        problems.append(Problem("[auth]", "verwacht een tabel.", "expected a table."))
        return {}
    named = {k: v for k, v in auth.items() if isinstance(v, Mapping) and k not in PROVIDER_KEYS}
    flat = {k: v for k, v in auth.items() if k not in named}
    problems += unknown_keys(flat, (*AUTH_KEYS, *PROVIDER_KEYS), "[auth]")
    redirect = auth.get("redirect_uri")
    if not isinstance(redirect, str) or not redirect.strip():
        problems.append(Problem("[auth] redirect_uri", "ontbreekt.", "is missing."))
    else:
        url = urlsplit(redirect.strip())
        if not url.path.endswith("/oauth2callback"):
            problems.append(Problem(
                "[auth] redirect_uri", "moet eindigen op /oauth2callback.",
                "must end in /oauth2callback."))
        if url.scheme != "https" and not (url.scheme == "http"
                                          and is_loopback(url.hostname)):
            problems.append(Problem(
                "[auth] redirect_uri", "moet https gebruiken (http alleen op localhost).",
                "must use https (http only on localhost)."))
    secret = auth.get("cookie_secret")
    if not isinstance(secret, str) or not secret:
        problems.append(Problem("[auth] cookie_secret", "ontbreekt.", "is missing."))
    elif PLACEHOLDER in secret.lower() or len(secret) < MIN_COOKIE_SECRET:
        # a known or short secret lets anyone sign a login cookie with any user's claims
        problems.append(Problem(
            "[auth] cookie_secret",
            f"is te kort of het voorbeeld; gebruik ten minste {MIN_COOKIE_SECRET} willekeurige "
            "tekens: python -c \"import secrets; print(secrets.token_urlsafe(48))\".",
            f"is too short or the example; use at least {MIN_COOKIE_SECRET} random characters: "
            "python -c \"import secrets; print(secrets.token_urlsafe(48))\"."))
    providers = dict(named)
    if any(k in flat for k in REQUIRED_PROVIDER_KEYS):
        providers[DEFAULT_PROVIDER] = {k: v for k, v in flat.items() if k in PROVIDER_KEYS}
    if not providers:
        problems.append(Problem(
            "[auth]", "geen provider: zet client_id, client_secret en server_metadata_url in "
                      "[auth] of in [auth.<naam>].",
            "no provider: set client_id, client_secret and server_metadata_url in [auth] or in "
            "[auth.<name>]."))
    for name, section in providers.items():
        _check_provider(name, section, problems)
    return providers


def _check_provider(name: str, section: Mapping, problems: list[Problem]) -> None:
    where = "[auth]" if name == DEFAULT_PROVIDER else f"[auth.{name}]"
    if "_" in name:
        problems.append(Problem(where, "een providernaam zonder '_' (Streamlit weigert die).",
                                "use a provider name without '_' (Streamlit refuses it)."))
    if name != DEFAULT_PROVIDER:
        problems += unknown_keys(section, PROVIDER_KEYS, where)
    for key in REQUIRED_PROVIDER_KEYS:
        value = section.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(Problem(f"{where} {key}", "ontbreekt.", "is missing."))
    if PLACEHOLDER in str(section.get("client_secret", "")).lower():
        problems.append(Problem(f"{where} client_secret", "is nog het voorbeeld.",
                                "is still the example."))
    metadata = section.get("server_metadata_url")
    if isinstance(metadata, str) and metadata.strip():
        url = urlsplit(metadata.strip())
        if url.scheme != "https" or not url.path.endswith("/.well-known/openid-configuration"):
            problems.append(Problem(
                f"{where} server_metadata_url",
                "moet een https-adres zijn dat eindigt op /.well-known/openid-configuration.",
                "must be an https address ending in /.well-known/openid-configuration."))


def _chosen_provider(providers: Mapping, access, problems: list[Problem]) -> str | None:
    """The provider to log in with: `[access] provider`, or the only one there is."""
    chosen = access.get("provider") if isinstance(access, Mapping) else None
    if chosen is not None:
        chosen = str(chosen)
        if chosen not in providers or chosen == DEFAULT_PROVIDER:
            nl_hint, en_hint = suggestion(chosen, [p for p in providers if p != DEFAULT_PROVIDER])
            problems.append(Problem(
                "[access] provider", f"er is geen [auth.{chosen}].{nl_hint}",
                f"there is no [auth.{chosen}].{en_hint}"))
            return None
        return chosen
    if len(providers) > 1:
        problems.append(Problem(
            "[access] provider", "er zijn meer providers in [auth]; zeg met 'provider' welke.",
            "[auth] has several providers; name one with 'provider'."))
        return None
    return next(iter(providers), None)


def _check_tenant(provider: Mapping, policy: AccessPolicy, problems: list[Problem]) -> None:
    """An Entra ID metadata URL for one tenant must name the tenant of `[access]`."""
    if policy.scheme != ENTRA:
        return
    url = urlsplit(str(provider.get("server_metadata_url", "")))
    if url.hostname != "login.microsoftonline.com":
        return
    first = url.path.strip("/").split("/")[0]
    try:
        tenant = str(uuid.UUID(first))
    except ValueError:
        return  # organizations / common: the tid check in [access] still holds
    if tenant != policy.authority:
        problems.append(Problem(
            "[access] tenant_id", "is een andere tenant dan die in server_metadata_url.",
            "is another tenant than the one in server_metadata_url."))
