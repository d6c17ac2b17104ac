"""The `[access]` section: who gets which role, matched on claims a user cannot change.

Users are recognised by the tenant id (`tid`) and object id (`oid`) for Microsoft Entra ID, or
by the issuer (`iss`) and subject (`sub`) for any other OpenID Connect provider; groups by
their object ids (claim `groups`), app roles by the `roles` claim. Never by e-mail address or
login name: a user can change those, and an address can be given to someone else
(docs/security.md). Every problem of the section is a `Problem` in Dutch and English; the
whole file is read by wijkwijs/login_config.py.
"""

from __future__ import annotations

import difflib
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from wijkwijs.access import (
    PRECEDENCE,
    ROLES,
    WIJK_SCOPED,
    Access,
    AccessConfigError,
    wijken_of,
)

# --- configuration problems: where and why, in Dutch and English, never a value -------------


@dataclass(frozen=True)
class Problem:
    """One reason the login configuration cannot be used.

    `where` names a place in secrets.toml (a section, a key, or the n-th rule of a table),
    never an identifier or a secret: the message is shown to whoever opens the app."""

    where: str
    nl: str
    en: str


class LoginConfigError(AccessConfigError):
    """Every problem of a login configuration; str() is the message for the screen and log."""

    INTRO_NL = "Inloggen is niet goed ingesteld; wijkwijs toont daarom niets."
    INTRO_EN = "The login configuration cannot be used, so wijkwijs shows nothing."
    OUTRO_NL = "Pas .streamlit/secrets.toml aan (zie docs/security.md) en laad de pagina opnieuw."
    OUTRO_EN = "Fix .streamlit/secrets.toml (see docs/security.md) and reload the page."

    def __init__(self, problems: Sequence[Problem]):
        self.problems = tuple(problems)
        super().__init__(self.message())

    def message(self) -> str:
        """Both languages, each: intro, one line per problem, what to do. Also valid Markdown
        (the app shows it as is): blank lines around the list, places in code spans."""

        def lines(lang: str) -> str:
            return "\n".join(f"- `{p.where}`: {getattr(p, lang)}" if p.where
                             else f"- {getattr(p, lang)}" for p in self.problems)

        return "\n\n".join([self.INTRO_NL, lines("nl"), self.OUTRO_NL,
                            self.INTRO_EN, lines("en"), self.OUTRO_EN])


def suggestion(key: str, allowed: Iterable[str]) -> tuple[str, str]:
    """(' Bedoelt u …?', ' Did you mean …?') for a key close to an allowed one, else ('', '')."""
    allowed = list(allowed)
    lowered = {a.lower(): a for a in allowed}
    close = difflib.get_close_matches(str(key).lower(), list(lowered), n=1, cutoff=0.6)
    if not close:
        return "", ""
    return f" Bedoelt u '{lowered[close[0]]}'?", f" Did you mean '{lowered[close[0]]}'?"


def unknown_keys(table: Mapping, allowed: Iterable[str], where: str) -> list[Problem]:
    """A Problem per key of `table` not in `allowed` (key names are never secret)."""
    allowed = tuple(allowed)
    problems = []
    for key in table:
        if key not in allowed:
            nl_hint, en_hint = suggestion(key, allowed)
            problems.append(Problem(
                where, f"onbekende sleutel '{key}'.{nl_hint}", f"unknown key '{key}'.{en_hint}"
            ))
    return problems


# --- the [access] section: who gets which role --------------------------------------------

ENTRA = "entra"  # Microsoft Entra ID: tenant id (tid) + object id (oid)
OIDC = "oidc"  # any other OpenID Connect provider: issuer (iss) + subject (sub)
ACCESS_KEYS = ("provider", "tenant_id", "issuer", "users", "groups", "app_roles")
RULE_KEYS = ("role", "wijken", "label")
RULE_TABLES = {"users": "user", "groups": "group", "app_roles": "app role"}  # table → key
WIJK_CODE = re.compile(r"^WK[0-9A-Z]{6}$")  # letters allowed since 2023 (Amsterdam)


@dataclass(frozen=True)
class Rule:
    role: str
    wijken: frozenset[str] = frozenset()


@dataclass(frozen=True)
class AccessPolicy:
    """The validated `[access]` section.

    `scheme` is ENTRA (users keyed by object id, everyone in tenant `authority`) or OIDC
    (users keyed by `sub`, everyone from issuer `authority`)."""

    scheme: str
    authority: str
    users: Mapping[str, Rule]
    groups: Mapping[str, Rule]
    app_roles: Mapping[str, Rule]
    provider: str | None = None

    def subject(self, claims: Mapping) -> str | None:
        """The immutable user key of these claims, or None when they come from another
        tenant or issuer (or lack the claims)."""
        if self.scheme == ENTRA:
            if _guid(claims.get("tid")) != self.authority:
                return None
            return _guid(claims.get("oid"))
        if str(claims.get("iss") or "").strip() != self.authority:
            return None
        sub = str(claims.get("sub") or "").strip()
        return sub or None

    def group_key(self, value) -> str:
        return (_guid(value) or "") if self.scheme == ENTRA else str(value).strip()


def _guid(value) -> str | None:
    """A GUID in canonical lower case, or None."""
    try:
        return str(uuid.UUID(str(value).strip()))
    except (ValueError, TypeError, AttributeError):
        return None


def _as_list(value) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value)


def _parse_rule(entry, where: str) -> tuple[Rule | None, list[Problem]]:
    if not isinstance(entry, Mapping):
        return None, [Problem(where, "verwacht een tabel met ten minste 'role'.",
                              "expected a table with at least 'role'.")]
    problems = unknown_keys(entry, RULE_KEYS, where)
    role = str(entry.get("role", "")).strip().lower()
    if "role" not in entry:
        problems.append(Problem(where, "'role' ontbreekt.", "'role' is missing."))
    elif role not in ROLES:
        nl_hint, en_hint = suggestion(role, ROLES)
        problems.append(Problem(
            where, f"onbekende rol '{role}' (kies uit {', '.join(ROLES)}).{nl_hint}",
            f"unknown role '{role}' (choose from {', '.join(ROLES)}).{en_hint}"))
    raw_wijken = entry.get("wijken")
    if raw_wijken is not None and not (
        isinstance(raw_wijken, list) and all(isinstance(w, str) for w in raw_wijken)
    ):
        problems.append(Problem(where, "'wijken' moet een lijst van wijkcodes zijn.",
                                "'wijken' must be a list of wijk codes."))
        raw_wijken = []
    wijken = wijken_of(raw_wijken or [])
    bad = sorted(w for w in wijken if not WIJK_CODE.match(w))
    if bad:
        problems.append(Problem(
            where, f"geen wijkcode (WK + 6 tekens): {', '.join(bad)}.",
            f"not a wijk code (WK + 6 characters): {', '.join(bad)}."))
    if role in WIJK_SCOPED and not wijken:
        problems.append(Problem(where, f"een {role} heeft ten minste één wijkcode nodig.",
                                f"a {role} needs at least one wijk code."))
    if role in ROLES and role not in WIJK_SCOPED and "wijken" in entry:
        problems.append(Problem(
            where, f"'wijken' beperkt alleen een {', '.join(sorted(WIJK_SCOPED))}; de rol "
                   f"{role} ziet er niet minder door. Haal 'wijken' weg of kies de rol wijkteam.",
            f"'wijken' only limits a {', '.join(sorted(WIJK_SCOPED))}; it would not limit the "
            f"role {role}. Remove 'wijken' or choose the role wijkteam."))
    if "label" in entry and not isinstance(entry["label"], str):
        problems.append(Problem(where, "'label' moet tekst zijn.", "'label' must be text."))
    return (None if problems else Rule(role, wijken)), problems


def parse_policy(section: Mapping | None) -> AccessPolicy:
    """The `[access]` section as an AccessPolicy; LoginConfigError lists every problem.

    Example (Microsoft Entra ID; docs/security.md):

        [access]
        provider = "microsoft"
        tenant_id = "<Directory (tenant) ID>"
        [access.users."<object id of the user>"]
        label = "A. Analist"          # for the reader of this file only
        role = "analyst"
        [access.groups."<object id of a security group>"]
        role = "wijkteam"
        wijken = ["WK036301", "WK036302"]

    With another OpenID Connect provider, `issuer` (the exact `iss` of its tokens) replaces
    `tenant_id` and users are keyed by `sub`. `[access.app_roles."<value>"]` matches the
    `roles` claim (Entra ID app roles).
    """
    section = section or {}
    problems = unknown_keys(section, ACCESS_KEYS, "[access]")
    tenant = section.get("tenant_id")
    issuer = section.get("issuer")
    users = section.get("users")
    e_mail_keys = isinstance(users, Mapping) and any("@" in str(k) for k in users)
    scheme = authority = None
    if tenant is not None and issuer is not None:
        problems.append(Problem(
            "[access]", "zet 'tenant_id' (Microsoft Entra ID) of 'issuer' (andere OpenID "
                        "Connect-provider), niet allebei.",
            "set 'tenant_id' (Microsoft Entra ID) or 'issuer' (another OpenID Connect "
            "provider), not both."))
    elif tenant is not None:
        scheme, authority = ENTRA, _guid(tenant)
        if authority == str(uuid.UUID(int=0)):
            problems.append(Problem("[access] tenant_id", "is nog het voorbeeld (nullen).",
                                    "is still the example (zeros)."))
        elif authority is None:
            problems.append(Problem(
                "[access] tenant_id", "geen geldige tenant-id (een GUID, de Directory (tenant) "
                                      "ID van Entra ID).",
                "not a valid tenant id (a GUID, the Directory (tenant) ID of Entra ID)."))
    elif issuer is not None:
        scheme, authority = OIDC, str(issuer).strip()
        if not authority.startswith("https://"):
            problems.append(Problem(
                "[access] issuer", "de issuer is een https-adres, precies zoals in de claim "
                                   "'iss' van de tokens.",
                "the issuer is an https address, exactly as in the tokens' 'iss' claim."))
    else:
        problems.append(Problem(
            "[access]", "'tenant_id' (Microsoft Entra ID) of 'issuer' (andere OpenID "
                        "Connect-provider) ontbreekt: gebruikers worden herkend aan tenant + "
                        "object-id of aan issuer + sub.",
            "'tenant_id' (Microsoft Entra ID) or 'issuer' (another OpenID Connect provider) is "
            "missing: users are recognised by tenant + object id, or by issuer + sub."))
    if e_mail_keys:
        problems.append(Problem(
            "[access.users]",
            "gebruikers staan op e-mailadres. Een e-mailadres of loginnaam kan veranderen en "
            "geeft geen toegang meer: zet per gebruiker de object-id (Entra ID: claim 'oid') of "
            "de 'sub' als sleutel, en 'tenant_id' of 'issuer' in [access]. Zie 'Van e-mail naar "
            "object-id' in docs/security.md.",
            "users are keyed by e-mail address. An e-mail address or login name can change and "
            "no longer grants access: key each user by object id (Entra ID: claim 'oid') or by "
            "'sub', and set 'tenant_id' or 'issuer' in [access]. See 'From e-mail to object id' "
            "in docs/security.md."))
    tables: dict[str, dict[str, Rule]] = {}
    for name, what in RULE_TABLES.items():
        table = section.get(name) or {}
        if not isinstance(table, Mapping):
            problems.append(Problem(f"[access.{name}]", "verwacht een tabel.", "expected a table."))
            continue
        tables[name] = {}
        for n, (key, entry) in enumerate(table.items(), start=1):
            where = f"[access.{name}] #{n}"
            rule, found = _parse_rule(entry, where)
            problems += found
            ident = str(key).strip()
            if scheme == ENTRA and name != "app_roles":
                ident = _guid(key) or ""
                if not ident and not (name == "users" and e_mail_keys):
                    problems.append(Problem(
                        where, f"de sleutel is geen object-id (GUID) van een {_NL[what]} in "
                               "Entra ID.",
                        f"the key is not an object id (GUID) of an Entra ID {what}."))
            if rule is not None and ident:
                tables[name][ident] = rule
    if not any(section.get(name) for name in RULE_TABLES):
        problems.append(Problem(
            "[access]", "er staat geen enkele gebruiker, groep of app-rol in: niemand krijgt "
                        "toegang.",
            "it lists no user, group or app role: nobody gets access."))
    if problems:
        raise LoginConfigError(problems)
    provider = section.get("provider")
    return AccessPolicy(scheme, authority, tables["users"], tables["groups"],
                        tables["app_roles"], str(provider) if provider else None)


_NL = {"user": "gebruiker", "group": "groep", "app role": "app-rol"}


def validate_config(section: Mapping | None) -> list[str]:
    """Every problem of an `[access]` section as Dutch text (empty list: usable)."""
    try:
        parse_policy(section)
    except LoginConfigError as exc:
        return [f"{p.where}: {p.nl}" for p in exc.problems]
    return []


def resolve_access(claims: Mapping, policy: AccessPolicy | Mapping) -> Access | None:
    """The `Access` of a logged-in user (OpenID Connect claims) under `policy` (or a raw
    `[access]` section, validated first: LoginConfigError when it cannot be used), or None.

    A user matches on the immutable subject (tid + oid, or iss + sub), on group object ids
    (claim `groups`) and on app roles (claim `roles`) — only for tokens of the configured
    tenant or issuer. Several matching rules: the broadest role wins; the wijken of all
    matching wijk-scoped rules add up. No matching rule: None (no access).
    """
    if not isinstance(policy, AccessPolicy):
        policy = parse_policy(policy)
    subject = policy.subject(claims)
    if subject is None:
        return None
    matches = []
    if subject in policy.users:
        matches.append(policy.users[subject])
    for group in _as_list(claims.get("groups")):
        rule = policy.groups.get(policy.group_key(group))
        if rule is not None:
            matches.append(rule)
    for app_role in _as_list(claims.get("roles")):
        rule = policy.app_roles.get(str(app_role).strip())
        if rule is not None:
            matches.append(rule)
    if not matches:
        return None
    role = max((m.role for m in matches), key=PRECEDENCE.get)
    wijken = frozenset().union(*(m.wijken for m in matches if m.role == role))
    shown = next((str(claims[c]) for c in ("name", "preferred_username", "email")
                  if claims.get(c)), "")
    prefix = "entra" if policy.scheme == ENTRA else "oidc"
    return Access(role, f"{prefix}:{subject}", wijken if role in WIJK_SCOPED else frozenset(),
                  display_name=shown)
