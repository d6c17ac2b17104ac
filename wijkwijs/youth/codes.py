"""The code lists of youth input (docs/data-contract.md, docs/youth-input.md): themes, age
bands and the two review states of a stored idea. The ingest checks files against them
(wijkwijs.ingest.youth_input); the youth pages and the demo use them too."""

from __future__ import annotations

THEMES = (
    "ontmoeten",
    "sport_en_spelen",
    "groen",
    "veiligheid_en_verlichting",
    "verkeer",
    "wonen",
    "voorzieningen",
    "overig",
)
AGE_BANDS = ("10-13", "14-17", "18-23")
PUBLISHED = "automatisch_vrijgegeven"
HELD = "te_beoordelen"
