"""Build the `stress` split: the same generator as dev/heldout (make_corpus.py) with new people,
adults, contact details, classes and name frames (pools_stress.py).

Written by the scrubber's developer after both other splits had become development data, so it
is NOT independent of the detector: it guards against regressions on names and phrasings that
neither split has. Run: python3 make_stress.py   (writes ../stress.jsonl)
"""
from __future__ import annotations

import json
from pathlib import Path

import make_corpus
import pools_stress

make_corpus.PREFIXES["stress"] = ["Notitie:", "Ronde -", "inloop wo:", "Honk [[De Loods]]:", "app:"]


def main():
    records = make_corpus.build("stress", pools_stress, 777)
    out = Path(__file__).resolve().parent.parent / "stress.jsonl"
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("stress", len(records))


if __name__ == "__main__":
    main()
