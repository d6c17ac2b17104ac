"""Ad-hoc coverage report: which hand-written people, nicknames, titles and forms occur."""
import json, re, sys
from pathlib import Path
import pools_dev, pools_heldout
from make_corpus import lines, Person

ROOT = Path(__file__).resolve().parent.parent
for name, pool in (("dev", pools_dev), ("heldout", pools_heldout)):
    recs = [json.loads(l) for l in open(ROOT / f"{name}.jsonl", encoding="utf-8")]
    spans = [p["text"] for r in recs for p in r["personal"] if p["kind"] == "name"]
    low = [s.lower() for s in spans]
    people = [Person(x) for x in lines(pool.PERSONS)]
    miss_first = [p.first for p in people if not any(p.first.lower() == s or s.startswith(p.first.lower() + " ") for s in low)]
    miss_sur = [p.sur for p in people if not any(s.endswith(" " + p.sur.lower()) for s in low)]
    miss_nick = [p.nick for p in people if p.nick and p.nick.lower() not in low]
    origins = {}
    for p in people:
        if p.first.lower() in " ".join(low):
            origins[p.origin] = origins.get(p.origin, 0) + 1
    texts = [r["text"] for r in recs]
    forms = {
        "all caps name": sum(1 for s in spans if s.isupper() and len(s) > 2),
        "lowercase name": sum(1 for s in spans if s.islower()),
        "possessive 's / '": sum(1 for r in recs for p in r["personal"] if p["kind"] == "name" and re.search(re.escape(p["text"]) + r"'s?\s", r["text"], re.I)),
        "possessive glued -s": sum(1 for r in recs for p in r["personal"] if p["kind"] == "name" and re.search(re.escape(p["text"]) + r"s\s", r["text"], re.I)),
        "possessive d'r/z'n/zijn/haar": sum(1 for r in recs for p in r["personal"] if p["kind"] == "name" and re.search(re.escape(p["text"]) + r" (d'r|z'n|zijn|haar) (idee|voorstel|plan|nummer|mobiel|moeder|vader|oma|vrienden|vriendinnen|tekening|briefje|filmpje|bsn)", r["text"], re.I)),
        "hyphenated": sum(1 for s in spans if "-" in s),
        "full names": sum(1 for s in spans if " " in s),
        "record is only a name": sum(1 for r in recs if r["personal"] and r["text"] == r["personal"][0]["text"]),
        "sibling": sum(1 for t in texts if re.search(r"(zusje|broertje) \w", t, re.I)),
        ">=2 names": sum(1 for r in recs if sum(p["kind"] == "name" for p in r["personal"]) >= 2),
    }
    titles = {}
    for r in recs:
        for p in r["personal"]:
            m = re.search(r"(\S+) " + re.escape(p["text"]) + r"\b", r["text"])
            if p["kind"] == "name" and m and m.group(1).lower().rstrip(".") in ("mevrouw", "meneer", "mw", "dhr", "buurman", "buurvrouw", "juf", "meester", "coach", "oom", "tante", "opa", "oma", "mevr"):
                titles[m.group(1).lower()] = titles.get(m.group(1).lower(), 0) + 1
    print(f"== {name}: {len(spans)} name spans")
    print("  first names never used:", miss_first)
    print("  surnames never used in a full name:", len(miss_sur), miss_sur)
    print("  nicknames never used:", miss_nick)
    print("  origins (people used):", origins)
    print("  forms:", forms)
    print("  titles:", titles)
    words = ["roos", "storm", "bloem", "zon", "hoek", "visser", "bakker", "smit", "mulder", "kok", "jong",
             "berg", "hart", "lief", "sterre", "vos", "wolf", "koning", "bas", "jade", "hazel", "winter",
             "vink", "mees", "noor", "puck"]
    used = sorted({w for w in words for s in low if w in s.replace("-", " ").split()})
    print("  names that are also Dutch words:", used)
