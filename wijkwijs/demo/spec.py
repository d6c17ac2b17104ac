"""Fixed facts of the demo municipality: codes, years, months and the contract's code lists."""

from __future__ import annotations

import zlib

import numpy as np

from wijkwijs.domains import categories, domains

GEMEENTE_CODE = "GM9999"
GEMEENTE_NAAM = "Demstervoort"
# Town centre in RD New (EPSG:28992), roughly in the middle of the Netherlands.
CENTRE_X = 155_000.0
CENTRE_Y = 463_000.0

BOUNDARY_YEARS = (2023, 2024, 2025, 2026)
POPULATION_YEARS = BOUNDARY_YEARS
STAPELING_YEARS = (2023, 2024, 2025)
STAPELING_UNPUBLISHED_YEAR = 2026
NOT_PUBLISHED = -99995
MONTHS = tuple(f"{y}-{m:02d}" for y in (2023, 2024, 2025, 2026) for m in range(1, 13))[:42]

AGE_BANDS = ("inwoners_0_17", "inwoners_18_26", "inwoners_27_66", "inwoners_67_plus")
# finer bands within those four, for the standard definitions (docs/models.md)
SUB_BANDS = ("inwoners_12_17", "inwoners_15_17", "inwoners_18_22", "inwoners_27_64",
             "inwoners_18_tot_aow")

# national base rate per category of provision, as a share of its domain's population group;
# the domains, their categories and their order are the categories seed's (wijkwijs.domains)
BASE_RATE = {
    "huishoudelijke_hulp": 0.025, "begeleiding": 0.013, "hulpmiddelen_woonvoorzieningen": 0.04,
    "vervoer": 0.025, "beschermd_wonen_opvang": 0.003, "jeugdhulp_zonder_verblijf": 0.09,
    "jeugdhulp_met_verblijf": 0.01, "jeugdbescherming": 0.01, "jeugdreclassering": 0.003,
    "algemene_bijstand": 0.035, "re_integratie": 0.015, "loonkostensubsidie_beschut_werk": 0.005,
}  # fmt: skip
# domain -> ((category, base rate), ...)
CATEGORIES: dict[str, tuple[tuple[str, float], ...]] = {
    domain: tuple((category, BASE_RATE[category]) for category in categories(domain))
    for domain in domains()
}
DOMAINS = domains()
# Which age bands make up each domain's population group (the rate denominator).
POPULATION_GROUP: dict[str, tuple[str, ...]] = {
    "wmo": ("inwoners_18_26", "inwoners_27_66", "inwoners_67_plus"),
    "jeugd": ("inwoners_0_17",),
    "participatiewet": ("inwoners_18_26", "inwoners_27_66"),
}
# Case files: (separator, encoding) per domain, mimicking the different source systems.
CASE_FILE_FORMAT: dict[str, tuple[str, str]] = {
    "wmo": (";", "utf-8-sig"),
    "jeugd": (",", "utf-8"),
    "participatiewet": (";", "utf-8"),
}
CASE_COLUMNS = (
    "periode", "indelingsjaar", "gemeentecode", "buurtcode", "domein", "categorie",
    "aantal_clienten",
)
COMBINATIONS = ("wmo_jeugd", "wmo_participatiewet", "jeugd_participatiewet",
                "wmo_jeugd_participatiewet")
# households with a provision from one domain only: with the combinations above they make the
# households with any provision, the denominator of the GMSD's stapeling share
SINGLE_DOMAIN = tuple(f"alleen_{domain}" for domain in DOMAINS)


def rng_for(seed: int, part: str) -> np.random.Generator:
    """An independent random stream per part, so changing one part leaves the others alone.

    crc32 rather than hash(): Python's string hash is salted per process.
    """
    return np.random.default_rng([seed, zlib.crc32(part.encode("utf-8"))])
