"""Print the coverage figures quoted in ../README.md (people, origins, forms, titles, negatives)."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import texts  # noqa: E402
from people import PEOPLE, SIBLINGS, TITLED  # noqa: E402

recs = [json.loads(line) for line in (HERE.parents[1] / "heldout2.jsonl").open(encoding="utf-8")]
TITLES = sorted({t for t, _, _ in TITLED}, key=len, reverse=True)
WORD_NAMES = ["Lot", "Linde", "Amber", "Iris", "Leen", "Eden", "Beer", "Lente", "Nova", "Madelief",
              "Baas", "Vis", "Kroon", "Schipper", "Steen", "Vogel", "Zwart", "Groen", "Haas", "Schaap",
              "Post", "Bos", "Spijker", "Hamer", "Ruiter", "Prins", "Kalf", "Zomer", "de Wit", "de Groot",
              "van den Heuvel", "van der Kooi", "Mol", "Valk", "Kraai", "Zwaan", "Boon", "de Bruin",
              "Pronk", "Vlot", "Koopman", "Koekoek", "Lieve", "ter Haar", "in 't Veld", "van 't Zand"]

forms = Counter()
persons_seen, origins = set(), Counter()
word_seen = Counter()
titles_seen = Counter()
multi = 0
for r in recs:
    text = r["text"]
    names = [p["text"] for p in r["personal"] if p["kind"] == "name"]
    if len(names) >= 2:
        multi += 1
    if names and text.strip(" !.") in names:
        forms["whole record is one name"] += 1
    for n in names:
        forms["spans"] += 1
        if n == n.lower():
            forms["lowercase"] += 1
        if n == n.upper():
            forms["ALL CAPS"] += 1
        if "-" in n:
            forms["hyphenated"] += 1
        if re.search(r"(^|\s)(van|de|der|den|ter|in|op|el|ben|ait|al|abou|da|'t)(\s|$)", n.lower()):
            forms["with tussenvoegsel/particle"] += 1
        if " " in n.strip() and not n.endswith("."):
            forms["full name (2+ words)"] += 1
        if n.endswith("."):
            forms["first name + surname initial"] += 1
        i = text.find(n)
        after = text[i + len(n):i + len(n) + 5]
        before = text[max(0, i - 12):i].lower()
        if re.match(r"('s|s\b|'(\s|$)| z'n| d'r| haar| zijn)", after, re.I):
            forms["possessive"] += 1
        for t in TITLES:
            if before.endswith(t.lower() + " "):
                titles_seen[t] += 1
                forms["after a title"] += 1
                break
        if re.search(r"(zusje|broertje|broer|zus|nichtje|neefje) $", before):
            forms["sibling / relative"] += 1
        low = n.lower()
        for w in WORD_NAMES:
            if re.search(r"(^|\s)" + re.escape(w.lower()) + r"($|\s)", low):
                word_seen[w] += 1
        for first, sur, origin, _, nick in PEOPLE:
            if low in {first.lower(), f"{first} {sur}".lower(), (nick or "").lower(), sur.lower()} or \
                    low.startswith(first.lower() + " "):
                persons_seen.add(first + " " + sur)
                origins[origin] += 1
                if nick and low == nick.lower() and nick != first:
                    forms["nickname"] += 1
                break

print(f"name spans: {forms['spans']}, records with 2+ names: {multi}")
for k, v in forms.items():
    if k != "spans":
        print(f"  {k}: {v}")
print(f"persons of the pool seen: {len(persons_seen)} of {len(PEOPLE)}; titled adults in pool {len(TITLED)}, siblings {len(SIBLINGS)}")
print("origins (name spans):", dict(sorted(origins.items())))
print("titles:", dict(sorted(titles_seen.items())))
print("names that are also words:", dict(sorted(word_seen.items())))
missing = [w for w in WORD_NAMES if not word_seen[w]]
print("word-names not seen:", missing)
negs = [r for r in recs if not r["personal"]]
hard_texts = {t.lower()[:25] for t in texts.HARD_NEGATIVES}
print(f"negatives: {len(negs)}; with places: {sum(1 for r in negs if r['places'])}")
cases = Counter("lower" if r["text"] == r["text"].lower() else "caps" if r["text"] == r["text"].upper() else "mixed" for r in recs)
print("record casing:", dict(cases))
