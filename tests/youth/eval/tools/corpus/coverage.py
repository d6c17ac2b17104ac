"""The counts a corpus README quotes: voices, case, name forms, places."""
import json
import re
from collections import Counter

from config import Corpus

PARTICLES = re.compile(r"(?i)\b(van|de|der|den|ter|ten|al|el|ben|da|dos)\b|'t")


def name_forms(recs):
    forms, names = Counter(), set()
    for r in recs:
        t = r["text"]
        for n in (p["text"] for p in r["personal"] if p["kind"] == "name"):
            names.add(n)
            forms["spans"] += 1
            if n == n.lower():
                forms["lowercase"] += 1
            if n == n.upper() and any(c.isalpha() for c in n):
                forms["ALL CAPS"] += 1
            if len(n.split()) >= 2 and "," not in n:
                forms["full or double"] += 1
            if "-" in n:
                forms["hyphenated"] += 1
            if PARTICLES.search(n):
                forms["particle"] += 1
            for m in re.finditer(re.escape(n), t):
                after, before = t[m.end():m.end() + 4], t[max(0, m.start() - 6):m.start()]
                if re.match(r"(s\b|'s|'\s|' |'in|’s| d'r| z'n| zijn| haar| zn)", after):
                    forms["possessive"] += 1
                if re.match(r"[\d_]", after) or before.endswith(("#team", "#stemop")):
                    forms["glued or hashtag"] += 1
    return forms, names


def coverage(corpus: Corpus) -> str:
    with open(corpus.jsonl, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    lines = []
    if corpus.voices.is_file():  # the source text file of each record (not heldout2)
        voices = json.loads(corpus.voices.read_text(encoding="utf-8"))
        per_voice = Counter((voices[r["id"]], bool(r["personal"])) for r in recs)
        lines.append("voice                records  personal  negatives")
        for v in sorted({v for v, _ in per_voice}):
            p, n = per_voice[(v, True)], per_voice[(v, False)]
            lines.append(f"{v:20} {p + n:7} {p:9} {n:10}")
    lower = sum(1 for r in recs if r["text"] == r["text"].lower())
    upper = sum(1 for r in recs if r["text"] == r["text"].upper())
    lines.append(f"entirely lowercase: {lower}  entirely upper case: {upper}")
    forms, names = name_forms(recs)
    multi_people = sum(
        1 for r in recs
        if len({p["text"].lower() for p in r["personal"] if p["kind"] == "name"}) >= 2)
    multi_kind = sum(1 for r in recs if len({p["kind"] for p in r["personal"]}) >= 2)
    lines.append(f"name spans: {dict(forms)}  distinct: {len(names)}")
    lines.append(f"records naming 2+ people: {multi_people}  records with 2+ kinds: {multi_kind}")
    lines.append(f"records listing places: {sum(1 for r in recs if r['places'])}"
                 f"  places: {sum(len(r['places']) for r in recs)}")
    return "\n".join(lines)
