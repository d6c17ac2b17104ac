"""Collect what the earlier corpora already used, so this corpus can avoid it.

Reads only the `personal[].text` values, the `places[]` entries that look like streets, and the
gazetteers of the earlier corpora (as the brief allows); never their sentences.
"""
import glob
import json
import re
import unicodedata
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2]  # tests/youth/eval, where the corpora live now
# every corpus written before this one (stress.jsonl was not read), and their gazetteers
EARLIER_JSONL = sorted(str(EVAL / name) for name in (
    "dev.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl",
    "heldout5.jsonl"))
EARLIER_GAZ = sorted(str(p) for p in EVAL.glob("gazetteer*.json")
                     if p.name != "gazetteer_heldout6.json")
PARTICLES = {"van", "der", "den", "de", "het", "'t", "te", "ten", "ter", "el", "al", "ben", "bin",
             "ait", "abu", "la", "le", "du", "da", "dos", "das", "do", "di", "von", "op", "in", "t",
             "a", "del", "dela"}
STREET_SUFFIX = re.compile(r"(straat|laan|weg|plein|kade|singel|gracht|pad|dijk|steeg|hof|park|"
                           r"dreef|erf|wal|markt|baan|kwartier|veld|plantsoen|rade|zoom|akker|"
                           r"hoek|dam|brink|ring|boulevard|passage|allee|wei|weide|gaarde)$")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    s = s.replace("ł", "l").replace("ı", "i").replace("ø", "o").replace("ß", "ss")
    return "".join(c for c in s if not unicodedata.combining(c))


def name_tokens(span: str) -> set:
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
    print(len(EARLIER_JSONL), "files;", len(n), "name tokens;", len(v), "values;", len(s),
          "streets;", len(g), "gazetteer places")
