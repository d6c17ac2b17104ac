"""Print the counts quoted in the README (voices, name forms, places)."""
import json
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).parent.parent
recs = [json.loads(line) for line in open(OUT / "heldout6.jsonl", encoding="utf-8")]
voices = json.load(open(Path(__file__).parent / "voices.json"))
PARTICLES = re.compile(r"(?i)\b(van|de|der|den|ter|ten|al|el|ben|da|dos)\b|'t")

per_voice = Counter()
for r in recs:
    per_voice[(voices[r["id"]], bool(r["personal"]))] += 1
print("voice                records  personal  negatives")
for v in sorted({v for v, _ in per_voice}):
    p, n = per_voice[(v, True)], per_voice[(v, False)]
    print(f"{v:20} {p + n:7} {p:9} {n:10}")

lower = sum(1 for r in recs if r["text"] == r["text"].lower())
upper = sum(1 for r in recs if r["text"] == r["text"].upper())
print("entirely lowercase:", lower, " entirely upper case:", upper)

forms = Counter()
names = set()
multi_people = 0
multi_kind = 0
for r in recs:
    t = r["text"]
    ns = [p["text"] for p in r["personal"] if p["kind"] == "name"]
    if len({n.lower() for n in ns}) >= 2:
        multi_people += 1
    if len({p["kind"] for p in r["personal"]}) >= 2:
        multi_kind += 1
    for n in ns:
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
print("name spans:", dict(forms), " distinct:", len(names))
print("records naming 2+ people:", multi_people, " records with 2+ kinds:", multi_kind)
print("records listing places:", sum(1 for r in recs if r["places"]),
      " places:", sum(len(r["places"]) for r in recs))
