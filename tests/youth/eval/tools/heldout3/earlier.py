"""Collect what the earlier corpora already used, so this corpus can avoid it.

Reads only `personal[].text` values and gazetteers of the earlier corpora (as the brief allows);
never their sentences.
"""
import json
import re
import unicodedata
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2]  # tests/youth/eval, where the corpora live now
# the corpora written before this one, and their gemeenten's gazetteers
EARLIER_JSONL = [str(EVAL / f) for f in ("dev.jsonl", "heldout.jsonl", "heldout2.jsonl",
                                          "stress.jsonl")]
EARLIER_GAZ = [str(EVAL / f) for f in ("gazetteer.json", "gazetteer_heldout2.json")]
PARTICLES = {"van", "der", "den", "de", "het", "'t", "te", "ten", "ter", "el", "al", "ben", "bin",
             "ait", "abu", "la", "le", "du", "da", "dos", "das", "do", "di", "von", "op", "in", "t"}
STREET_SUFFIX = re.compile(r"(straat|laan|weg|plein|kade|singel|gracht|pad|dijk|steeg|hof|park|"
                           r"dreef|erf|wal|markt|baan|kwartier|veld|plantsoen|rade|zoom)$")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def name_tokens(span: str) -> set[str]:
    span = fold(span)
    span = re.sub(r"('s|'|’s)$", "", span)
    toks = re.split(r"[\s\-_.#,()0-9]+", span)
    return {t.strip("'’") for t in toks if t and t.strip("'’") and t.strip("'’") not in PARTICLES}


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def load():
    names, values, streets = set(), set(), set()
    for path in EARLIER_JSONL:
        for line in open(path, encoding="utf-8"):
            rec = json.loads(line)
            for p in rec["personal"]:
                if p["kind"] == "name":
                    names |= name_tokens(p["text"])
                else:
                    values.add(fold(p["text"]).replace(" ", ""))
                    d = digits(p["text"])
                    if len(d) >= 5:
                        values.add(d)
                if p["kind"] == "address":
                    m = re.match(r"([^\d]+?)\s*\d", p["text"])
                    if m and len(m.group(1)) > 3:
                        streets.add(fold(m.group(1)).strip())
            for pl in rec.get("places", []):
                if STREET_SUFFIX.search(fold(pl)):
                    streets.add(fold(pl))
    gaz_places = set()
    for path in EARLIER_GAZ:
        g = json.load(open(path, encoding="utf-8"))
        streets |= {fold(s) for s in g["streets"]}
        gaz_places |= {fold(s) for s in g["places"] + g["buurten"] + g["wijken"] + [g["gemeente"]]}
    return names, values, streets, gaz_places


if __name__ == "__main__":
    n, v, s, g = load()
    print(len(n), "name tokens;", len(v), "values;", len(s), "streets;", len(g), "gazetteer places")
