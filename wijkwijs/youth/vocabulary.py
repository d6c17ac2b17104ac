"""First names for `wijkwijs.ingest.personal_data`, which rejects files with person names.

The lists are sourced data files in `wijkwijs/personal/data/` (README there: source, licence,
date); nothing is typed here. Kept as a module so the ingest check keeps its import.
"""

from __future__ import annotations

from wijkwijs.personal.lexicon import first_names_as_written

FIRST_NAMES: frozenset[str] = first_names_as_written()
