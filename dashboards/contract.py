"""The data contract inside the app: the page every empty state links to.

The app runs offline and may not fetch anything from an outside host, so the link points at a
page of the app itself (`/gegevenslevering`) that renders `docs/data-contract.md`, with a short
Dutch summary of which file goes where above it.
"""

from __future__ import annotations

from pathlib import Path

from wijkwijs.config import PROJECT_ROOT

PAGE_PATH = "gegevenslevering"
PAGE_TITLE = "Gegevenslevering"
CONTRACT_FILE = PROJECT_ROOT / "docs" / "data-contract.md"
# a relative link: it resolves against the app's own address, also behind a path prefix
LINK = f"[het datacontract (Gegevenslevering)]({PAGE_PATH})"

# (what, folder, an example name): the summary above the contract on its page
WHERE_FILES_ROWS = (
    ("Maandexport cliënten Wmo, Jeugdwet, Participatiewet (per buurt, categorie en maand; "
     "optioneel het totaal unieke cliënten per domein, categorie `totaal`)",
     "data/inbox/", "wmo_2024-03.csv"),
    ("Stapeling: huishoudens met voorzieningen uit meer domeinen (per jaar)", "data/inbox/",
     "stapeling_2024.csv"),
    ("Jongereninbreng: ideeën van jongeren over hun buurt", "data/inbox/",
     "jongereninbreng_2025.csv"),
    ("Buurtgrenzen (wijk- en buurtkaart van CBS/PDOK, GeoPackage of GeoJSON)",
     "data/reference/", "wijkenbuurten_2024.gpkg"),
    ("Bevolking per buurt en leeftijdsgroep op 1 januari", "data/reference/", "bevolking.csv"),
)
WHERE_FILES = "\n".join([
    "| Bestand | Map | Naam (vrij, bijvoorbeeld) |",
    "| --- | --- | --- |",
    *(f"| {what} | `{folder}` | `{name}` |" for what, folder, name in WHERE_FILES_ROWS),
    "",
    "CSV, Excel (.xlsx) of Parquet. Draai daarna de verwerking (`make pipeline`); de pagina "
    "Datastatus laat zien wat is geladen en wat is geweigerd, met de reden.",
])


def contract_markdown(path: Path = CONTRACT_FILE) -> str | None:
    """The contract as written in the repository; None when the file is not there."""
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None
