"""The input files of the dashboard tests' small gemeente: what an analyst would put in the
inbox and the reference folder, in the shapes of docs/data-contract.md.

Fictional gemeente GM9999 Demstervoort, boundary year 2024: wijk Centrum (buurten Oude Markt,
Havenkwartier) and wijk Noord (Bloemenbuurt, Sluiskwartier, a code with a letter), three months
(2024-01 … 2024-03) and two stapeling years (2023 with numbers, 2024 not yet published).
`tests/dashboards/serving_copy.py` runs the real pipeline (ingest, dbt build, publish) on them.

Counts follow one formula (`count`: 10 … 90, multiples of 5, so the disclosure rules leave them
as they are) except the cells of `CELLS`:
- Hulp bij het huishouden, maart 2024: 85 + 3 + 1050 + 95 = 1233 clients, gemeente 1.235 after
  rounding to 5 (45,1 per 1.000 of 27.380 inwoners 18+); Havenkwartier's 3 is below the
  threshold (geheim) and its wijk Centrum needs a second hidden cell (secondary suppression);
- Bloemenbuurt, Jeugdhulp zonder verblijf, maart 2024: not yet published (-99995);
- Oude Markt, Hulp bij het huishouden, februari 2024: unknown (an empty cell).
Every other cell is a number, so wijk and gemeente figures are the buurten's sums.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

GEMEENTE = ("GM9999", "Demstervoort")
YEAR = 2024
MONTHS = ("2024-01", "2024-02", "2024-03")
WIJKEN = {"WK999901": "Centrum", "WK999902": "Noord"}
# code: (name, wijk, residents 0-17, 18-26, 27-66, 67+, households, grid cell (column, row))
BUURTEN = {
    "BU99990101": ("Oude Markt", "WK999901", 1210, 800, 4440, 1240, 3710, (0, 0)),
    "BU99990102": ("Havenkwartier", "WK999901", 830, 600, 3780, 740, 2950, (1, 0)),
    "BU99990201": ("Bloemenbuurt", "WK999902", 2140, 1200, 6450, 2220, 5030, (0, 1)),
    "BU999902A1": ("Sluiskwartier", "WK999902", 1015, 700, 4305, 905, 3125, (1, 1)),
}
# the finer bands the standard definitions need (docs/models.md): 12-17, 15-17, 18-22
FINE_BANDS = {
    "BU99990101": (420, 210, 440),
    "BU99990102": (290, 145, 330),
    "BU99990201": (745, 370, 660),
    "BU999902A1": (355, 175, 385),
}
# the code list of dbt_project/seeds/categories.csv, in its order (the formula's j)
CATEGORIES = {
    "wmo": ("huishoudelijke_hulp", "begeleiding", "hulpmiddelen_woonvoorzieningen", "vervoer",
            "beschermd_wonen_opvang"),
    "jeugd": ("jeugdhulp_zonder_verblijf", "jeugdhulp_met_verblijf", "jeugdbescherming",
              "jeugdreclassering"),
    "participatiewet": ("algemene_bijstand", "re_integratie", "loonkostensubsidie_beschut_werk"),
}
CELLS = {  # (buurt, category, month): the value as written in the file
    ("BU99990101", "huishoudelijke_hulp", "2024-03"): "85",
    ("BU99990102", "huishoudelijke_hulp", "2024-03"): "3",
    ("BU99990201", "huishoudelijke_hulp", "2024-03"): "1050",
    ("BU999902A1", "huishoudelijke_hulp", "2024-03"): "95",
    ("BU99990201", "jeugdhulp_zonder_verblijf", "2024-03"): "-99995",
    ("BU99990101", "huishoudelijke_hulp", "2024-02"): "",
}
# Unique Wmo clients in maart 2024 (the export's `totaal`, only in that month's Wmo file)
WMO_TOTALS = {"BU99990101": 160, "BU99990102": 120, "BU99990201": 1200, "BU999902A1": 140}
COMBINATIONS = ("wmo_jeugd", "wmo_participatiewet", "jeugd_participatiewet",
                "wmo_jeugd_participatiewet")
# households with one domain only: with the combinations, the households with any provision
# (the denominator of the share, as the GMSD's); per buurt 15 × i more
ALONE = {"alleen_wmo": 600, "alleen_jeugd": 300, "alleen_participatiewet": 240}
# Havenkwartier's 4 households with all three in 2023 are below the threshold (geheim)
STAPELING_CELLS = {("BU99990102", "wmo_jeugd_participatiewet"): 4}
CELL_METRES = 1000
ORIGIN = (155_000, 463_000)  # RD New, as the demo town
HEADER = "periode;indelingsjaar;gemeentecode;buurtcode;domein;categorie;aantal_clienten"


def count(buurt: str, category: str, month: str) -> int:
    """The formula's count of a buurt, category and month (10 … 90)."""
    i = list(BUURTEN).index(buurt)
    j = [c for cats in CATEGORIES.values() for c in cats].index(category)
    m = MONTHS.index(month)
    return 5 * (2 + (3 * i + 2 * j + m) % 17)


def cell(buurt: str, category: str, month: str) -> str:
    return CELLS.get((buurt, category, month), str(count(buurt, category, month)))


def stapeling_households(buurt: str, combination: str) -> int:
    """Households of a buurt in 2023 with a combination (45 … 135, multiples of 15, but for
    STAPELING_CELLS) or one domain only (ALONE)."""
    i = list(BUURTEN).index(buurt)
    if combination in ALONE:
        return ALONE[combination] + 15 * i
    default = 15 * (3 + (i + 2 * COMBINATIONS.index(combination)) % 7)
    return STAPELING_CELLS.get((buurt, combination), default)


def square(cells: list[tuple[int, int]]) -> shapely.Polygon:
    """The RD New rectangle covering grid cells (column, row) of CELL_METRES."""
    x0, y0 = ORIGIN
    return shapely.box(
        x0 + CELL_METRES * min(c for c, _ in cells), y0 + CELL_METRES * min(r for _, r in cells),
        x0 + CELL_METRES * (max(c for c, _ in cells) + 1),
        y0 + CELL_METRES * (max(r for _, r in cells) + 1))


def bounds(codes: list[str]) -> tuple[float, float, float, float]:
    """The RD New box around these buurten, as the map fits it."""
    return tuple(float(v) for v in square([BUURTEN[b][7] for b in codes]).bounds)


def case_file(domain: str, month: str, totals: dict[str, int] | None = None) -> str:
    rows = [HEADER]
    for buurt in BUURTEN:
        for category in CATEGORIES[domain]:
            rows.append(f"{month};{YEAR};{GEMEENTE[0]};{buurt};{domain};{category};"
                        f"{cell(buurt, category, month)}")
        if totals:
            rows.append(f"{month};{YEAR};{GEMEENTE[0]};{buurt};{domain};totaal;{totals[buurt]}")
    return "\n".join(rows) + "\n"


def _boundaries(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    common = {"gemeentecode": GEMEENTE[0], "gemeentenaam": GEMEENTE[1], "indicatie_wijziging": 1,
              "water": "NEE"}
    residents = {b: sum(v[2:6]) for b, v in BUURTEN.items()}
    buurten = gpd.GeoDataFrame(
        [{"buurtcode": b, "buurtnaam": v[0], "wijkcode": v[1], **common,
          "aantal_inwoners": residents[b]} for b, v in BUURTEN.items()],
        geometry=[shapely.MultiPolygon([square([v[7]])]) for v in BUURTEN.values()],
        crs="EPSG:28992")
    members = {w: [b for b, v in BUURTEN.items() if v[1] == w] for w in WIJKEN}
    wijken = gpd.GeoDataFrame(
        [{"wijkcode": w, "wijknaam": n, **common,
          "aantal_inwoners": sum(residents[b] for b in members[w])} for w, n in WIJKEN.items()],
        geometry=[shapely.MultiPolygon([square([BUURTEN[b][7] for b in members[w]])])
                  for w in WIJKEN],
        crs="EPSG:28992")
    gemeenten = gpd.GeoDataFrame(
        [{**common, "aantal_inwoners": sum(residents.values())}],
        geometry=[shapely.MultiPolygon([square([v[7] for v in BUURTEN.values()])])],
        crs="EPSG:28992")
    for layer, frame in (("buurten", buurten), ("wijken", wijken), ("gemeenten", gemeenten)):
        frame.to_file(path, layer=layer, driver="GPKG")


def _population(path: Path) -> None:
    """Residents on 1 January 2023 and 2024 (the same; boundary year 2024 for both)."""
    rows = [{"jaar": year, "indelingsjaar": YEAR, "buurtcode": b, "inwoners_0_17": v[2],
             "inwoners_18_26": v[3], "inwoners_27_66": v[4], "inwoners_67_plus": v[5],
             "huishoudens": v[6], "inwoners_12_17": FINE_BANDS[b][0],
             "inwoners_15_17": FINE_BANDS[b][1], "inwoners_18_22": FINE_BANDS[b][2],
             "inwoners_18_tot_aow": v[3] + v[4]}  # AOW age 67 in 2023 and 2024
            for year in (2023, YEAR) for b, v in BUURTEN.items()]
    pd.DataFrame(rows).to_csv(path, index=False)


def _stapeling(year: int) -> str:
    rows = ["jaar,indelingsjaar,buurtcode,combinatie,aantal_huishoudens"]
    for buurt in BUURTEN:
        for combination in (*COMBINATIONS, *ALONE):
            value = stapeling_households(buurt, combination) if year == 2023 else -99995
            rows.append(f"{year},{YEAR},{buurt},{combination},{value}")
    return "\n".join(rows) + "\n"


def write_reference(data_dir: Path) -> None:
    reference = Path(data_dir) / "reference"
    _boundaries(reference / f"wijkenbuurten_{YEAR}.gpkg")
    _population(reference / "bevolking.csv")


def write_inbox(data_dir: Path) -> None:
    """The first delivery: three months of every domain (participatiewet 2024-03 with one
    count that a correction replaces later), the stapeling of 2023 and 2024, and a file with a
    BSN column (refused, the file deleted and only its report kept; it stops that run)."""
    files = {}
    for domain in CATEGORIES:
        for month in MONTHS:
            totals = WMO_TOTALS if (domain, month) == ("wmo", "2024-03") else None
            files[f"{domain}_{month}.csv"] = case_file(domain, month, totals)
    files["participatiewet_2024-03.csv"] = files["participatiewet_2024-03.csv"].replace(
        f"BU999902A1;participatiewet;algemene_bijstand;"
        f"{count('BU999902A1', 'algemene_bijstand', '2024-03')}",
        "BU999902A1;participatiewet;algemene_bijstand;20")
    files["stapeling_2023.csv"] = _stapeling(2023)
    files["stapeling_2024.csv"] = _stapeling(2024)
    files["jeugd_2024-04.csv"] = ("periode,buurtcode,domein,categorie,aantal_clienten,bsn\n"
                                  "2024-04,BU99990101,jeugd,jeugdbescherming,12,123456782\n")
    _write(data_dir, files)


def write_second_inbox(data_dir: Path) -> None:
    """The next run: the corrected participatiewet file (replaces the first version) and the
    Wmo file of maart sent again (a duplicate)."""
    _write(data_dir, {
        "participatiewet_2024-03.csv": case_file("participatiewet", "2024-03"),
        "wmo_2024-03 (1).csv": case_file("wmo", "2024-03", WMO_TOTALS),
    })


def _write(data_dir: Path, files: dict[str, str]) -> None:
    inbox = Path(data_dir) / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (inbox / name).write_text(text, encoding="utf-8")
