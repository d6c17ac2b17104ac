"""Youth input (jongereninbreng): codes, scrub, generalise, select by plan area, export a brief.

A youth file is checked and loaded by the ingest (wijkwijs.ingest.youth_input, the youth kind
in wijkwijs.ingest.kinds); nothing here imports the ingest (pyproject.toml's import contract).

See docs/youth-input.md for the privacy rules these modules implement.
"""
