"""heldout2 (gemeente Ravensbeek, README_heldout2.md): the settings the shared tool
`tools/corpus/` validates it with. Its own generator, make_corpus.py, builds it."""
from pathlib import Path

import briefs
from config import load_module

# the corpus written before this one (its values, name tokens, streets and places)
EARLIER = ["dev.jsonl", "heldout.jsonl"]
EARLIER_GAZETTEERS = ["gazetteer.json"]
BRIEF = briefs.SCALED
# famous people, brands, platforms, clubs elsewhere, events, fiction: listed in `places`
NONLOCAL = load_module(Path(__file__).with_name("texts.py"), "heldout2_texts").NONLOCAL
