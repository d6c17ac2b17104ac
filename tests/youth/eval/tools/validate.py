"""Validate the evaluation corpus: shape, exact substrings, independence of the splits, counts.

Run: python3 validate.py   (exit code 1 on any error). Uses only the standard library;
if python-stdnum / phonenumbers are importable it cross-checks BSN, IBAN and phones with them.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = {"name", "phone", "email", "handle", "address", "postcode", "bsn", "birth_date",
         "initials_age", "iban", "licence_plate", "class_name"}
MINIMUM = {"name": 150, "phone": 25, "email": 15, "handle": 20, "address": 20, "postcode": 10,
           "bsn": 12, "birth_date": 12, "initials_age": 10, "iban": 8, "licence_plate": 10,
           "class_name": 10}
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "ten", "el", "al", "ben", "bin",
             "la", "le", "da", "dos", "do", "d'", "op", "in", "te"}
errors: list[str] = []


def err(msg):
    errors.append(msg)


def bsn_ok(s):
    d = re.sub(r"\D", "", s).zfill(9)
    return len(d) == 9 and (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    lengths = {"NL": 18, "BE": 16, "DE": 22}
    if lengths.get(s[:2]) != len(s):
        return False
    if s[:2] == "BE" and int(s[4:14]) % 97 not in (int(s[14:]), 0 if int(s[14:]) == 97 else -1):
        return False
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


def load(name):
    recs = []
    with open(ROOT / f"{name}.jsonl", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{name}.jsonl line {n}: not JSON ({e})")
                continue
            if set(r) != {"id", "text", "personal", "places"}:
                err(f"{name}.jsonl line {n}: keys {sorted(r)}")
            recs.append(r)
    return recs


def check_file(name, recs):
    ids = Counter(r["id"] for r in recs)
    for i, c in ids.items():
        if c > 1 or not re.fullmatch(rf"{name}-\d{{4}}", i):
            err(f"{name}: bad or duplicate id {i}")
    texts = Counter(r["text"] for r in recs)
    for t, c in texts.items():
        if c > 1:
            err(f"{name}: duplicate text {t!r}")
    per_kind = Counter()
    spans = Counter()
    for r in recs:
        text = r["text"]
        for p in r["personal"]:
            if p["kind"] not in KINDS:
                err(f"{r['id']}: unknown kind {p['kind']}")
            if p["text"] not in text:
                err(f"{r['id']}: personal {p['text']!r} not in text")
            spans[p["kind"]] += 1
        for pl in r["places"]:
            if pl not in text:
                err(f"{r['id']}: place {pl!r} not in text")
        # removing every annotated span must remove every occurrence of every span
        rest = text.lower()
        for p in sorted(r["personal"], key=lambda p: -len(p["text"])):
            rest = rest.replace(p["text"].lower(), "\0")
        for p in r["personal"]:
            if p["text"].lower() in rest:
                err(f"{r['id']}: {p['text']!r} also occurs outside the annotated spans")
        for kind in {p["kind"] for p in r["personal"]}:
            per_kind[kind] += 1
        for p in r["personal"]:
            if p["kind"] == "bsn" and not bsn_ok(p["text"]):
                err(f"{r['id']}: BSN {p['text']} fails the elfproef")
            if p["kind"] == "iban" and not iban_ok(p["text"]):
                err(f"{r['id']}: IBAN {p['text']} has a bad checksum")
    for kind, need in MINIMUM.items():
        if per_kind[kind] < need:
            err(f"{name}: {kind} in {per_kind[kind]} records, needs {need}")
    positives = sum(1 for r in recs if r["personal"])
    share = positives / len(recs)
    if len(recs) < 320:
        err(f"{name}: {len(recs)} records, needs 320")
    if not 0.45 <= share <= 0.55:
        err(f"{name}: {share:.1%} of records carry personal data, needs 45-55 %")
    return per_kind, spans, positives


def name_tokens(recs):
    toks = set()
    for r in recs:
        for p in r["personal"]:
            if p["kind"] == "name":
                for t in re.split(r"[\s\-]+", p["text"].lower()):
                    if t and t not in PARTICLES:
                        toks.add(t)
    return toks


def number_keys(recs):
    keys = set()
    for r in recs:
        for p in r["personal"]:
            if p["kind"] in ("phone", "bsn", "iban", "postcode", "licence_plate", "birth_date",
                             "email", "handle"):
                keys.add((p["kind"], re.sub(r"[^0-9a-z]", "", p["text"].lower())))
            if p["kind"] == "address":
                # the house number is the first number once a floor ("3-hoog") is set aside
                house = re.findall(r"\d+", re.sub(r"\d-hoog", "", p["text"].lower()))
                keys.update(("address", h) for h in house[:1])
    return keys


def mentioned_streets(recs, streets):
    found = set()
    for r in recs:
        low = r["text"].lower()
        for s in streets:
            if re.search(r"(?<!\w)" + re.escape(s.lower()) + r"(?!\w)", low):
                found.add(s)
    return found


def cross_check_libraries(recs):
    try:
        from stdnum import iban as std_iban
        from stdnum.nl import bsn as std_bsn
    except ImportError:
        return "python-stdnum not importable: cross-check skipped"
    bad = []
    for r in recs:
        for p in r["personal"]:
            if p["kind"] == "bsn" and not std_bsn.is_valid(re.sub(r"\D", "", p["text"]).zfill(9)):
                bad.append(p["text"])
            if p["kind"] == "iban" and not std_iban.is_valid(p["text"]):
                bad.append(p["text"])
    try:
        import phonenumbers
        for r in recs:
            for p in r["personal"]:
                if p["kind"] == "phone":
                    num = phonenumbers.parse(p["text"].replace("0031", "+31"), "NL")
                    if not phonenumbers.is_valid_number(num):
                        bad.append(p["text"])
    except ImportError:
        pass
    for b in bad:
        err(f"library says invalid: {b}")
    return f"python-stdnum/phonenumbers cross-check: {len(bad)} invalid"


def main():
    gaz = json.loads((ROOT / "gazetteer.json").read_text(encoding="utf-8"))
    if len(gaz["streets"]) < 60:
        err(f"gazetteer has {len(gaz['streets'])} streets, needs 60")
    data = {n: load(n) for n in ("dev", "heldout")}
    report = {}
    for n, recs in data.items():
        report[n] = check_file(n, recs)
    dev, held = data["dev"], data["heldout"]
    shared = name_tokens(dev) & name_tokens(held)
    if shared:
        err(f"name tokens in both splits: {sorted(shared)}")
    shared = number_keys(dev) & number_keys(held)
    if shared:
        err(f"numbers/values in both splits: {sorted(shared)}")
    shared = mentioned_streets(dev, gaz["streets"]) & mentioned_streets(held, gaz["streets"])
    if shared:
        err(f"streets in both splits: {sorted(shared)}")
    known = {x.lower() for k in ("wijken", "buurten", "streets", "places") for x in gaz[k]}
    known.add(gaz["gemeente"].lower())
    outside = Counter(pl.lower() for r in dev + held for pl in r["places"] if pl.lower() not in known)
    print(cross_check_libraries(dev + held))
    for n, (per_kind, spans, positives) in report.items():
        recs = data[n]
        print(f"{n}: {len(recs)} records, {positives} with personal data "
              f"({positives / len(recs):.1%}), {len(recs) - positives} negatives")
        for k in sorted(MINIMUM, key=lambda k: list(MINIMUM).index(k)):
            print(f"  {k:14s} records {per_kind[k]:4d}  spans {spans[k]:4d}  (min {MINIMUM[k]})")
    print("places outside the gazetteer (famous people, brands, events):",
          ", ".join(sorted(outside)))
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors[:80]:
            print(" -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
