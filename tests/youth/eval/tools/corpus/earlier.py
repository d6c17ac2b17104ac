"""What the earlier corpora already used, so a new corpus can avoid it.

Reads only the `personal[].text` values, the `places[]` entries that look like streets, and the
gazetteers of the earlier corpora (as the briefs allowed); never their sentences.
"""
import json
import re
import unicodedata
from typing import NamedTuple

PARTICLES = {"van", "der", "den", "de", "het", "'t", "te", "ten", "ter", "el", "al", "ben", "bin",
             "ait", "abu", "la", "le", "du", "da", "dos", "das", "do", "di", "von", "op", "in", "t",
             "a", "del", "dela"}
STREET_SUFFIX = re.compile(r"(straat|laan|weg|plein|kade|singel|gracht|pad|dijk|steeg|hof|park|"
                           r"dreef|erf|wal|markt|baan|kwartier|veld|plantsoen|rade|zoom|akker|"
                           r"hoek|dam|brink|ring|boulevard|passage|allee|wei|weide|gaarde)$")


class Earlier(NamedTuple):
    names: set  # folded name tokens, particles aside
    values: set  # folded values without spaces, and their digits when there are 5 or more
    streets: set  # folded streets of the earlier gazetteers, addresses and street-like places
    places: set  # folded places, buurten, wijken and gemeenten of the earlier gazetteers


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


def load(jsonl_paths, gazetteer_paths) -> Earlier:
    names, values, streets = set(), set(), set()
    for path in jsonl_paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
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
    places = set()
    for path in gazetteer_paths:
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
        streets |= {fold(s) for s in g["streets"]}
        places |= {fold(s) for s in g["places"] + g["buurten"] + g["wijken"] + [g["gemeente"]]}
    return Earlier(names, values, streets, places)
