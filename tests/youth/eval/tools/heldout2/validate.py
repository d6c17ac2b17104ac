"""Check ../heldout2.jsonl and ../gazetteer.json (standard library; cross-checks with
`phonenumbers` and `python-stdnum` when importable). Exit code 1 on any failure."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "heldout2.jsonl"
GAZ = HERE.parent / "gazetteer.json"
FIRST = HERE.parent  # the first corpus (dev.jsonl, heldout.jsonl) lives beside this one

KINDS = ["name", "phone", "email", "handle", "address", "postcode", "bsn", "birth_date",
         "initials_age", "iban", "licence_plate", "class_name"]
# the first brief's minimums per file, scaled x1.2 (rounded up)
MINIMUM = {"name": 180, "phone": 30, "email": 18, "handle": 24, "address": 24, "postcode": 12,
           "bsn": 15, "birth_date": 15, "initials_age": 12, "iban": 10, "licence_plate": 12,
           "class_name": 12}
PARTICLES = {"van", "der", "den", "de", "het", "in", "t", "op", "ter", "ten", "te", "el", "ben",
             "ait", "al", "abou", "da", "dos"}

errors = []


def err(msg):
    errors.append(msg)


def elfproef(bsn):
    d = re.sub(r"\D", "", bsn)
    if len(d) == 8:  # a BSN whose leading zero was lost
        d = "0" + d
    if len(d) != 9:
        return False
    return (sum(w * int(x) for w, x in zip(range(9, 1, -1), d[:8])) - int(d[8])) % 11 == 0


def iban_ok(s):
    raw = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"(NL\d\d[A-Z]{4}\d{10}|BE\d{14}|DE\d{20})", raw):
        return False
    num = "".join(str(int(c, 36)) for c in raw[4:] + raw[:4])
    if int(num) % 97 != 1:
        return False
    if raw.startswith("BE"):
        first10, chk = int(raw[4:14]), int(raw[14:16])
        return (first10 % 97 or 97) == chk
    return True


PHONE_RE = re.compile(r"^(\+31|0031|0|\(0)[\d\s\-./()]+$")
PLATE_RE = re.compile(
    r"^([A-Z]{2}-?\d{2}-?[A-Z]{2}|[A-Z]{2}-?[A-Z]{2}-?\d{2}|\d{2}-?[A-Z]{2}-?[A-Z]{2}|\d{2}-?[A-Z]{3}-?\d"
    r"|\d-?[A-Z]{3}-?\d{2}|[A-Z]{2}-?\d{3}-?[A-Z]|[A-Z]-?\d{3}-?[A-Z]{2}|[A-Z]{3}-?\d{2}-?[A-Z]"
    r"|[A-Z]-?\d{2}-?[A-Z]{3}|\d-?[A-Z]{2}-?\d{3}|\d{3}-?[A-Z]{2}-?\d|\d{2}-?[A-Z]{2}-?\d{2}"
    r"|[A-Z]{2}-?\d{2}-?\d{2})$")
PC_RE = re.compile(r"^[1-9]\d{3} ?[A-Za-z]{2}$")


def load(path):
    out = []
    for n, line in enumerate(path.open(encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{path.name}:{n}: not JSON ({e})")
            continue
        if set(r) != {"id", "text", "personal", "places"}:
            err(f"{path.name}:{n}: keys {sorted(r)}")
        out.append(r)
    return out


def covered(text, spans):
    """Every case-insensitive occurrence of a span must sit on a word boundary (a possessive
    -s / -'s may follow) or inside an occurrence of another annotated span."""
    low = text.lower()
    occ = []
    for s in spans:
        i = low.find(s.lower())
        while i >= 0:
            occ.append((i, i + len(s)))
            i = low.find(s.lower(), i + 1)
    for s in spans:
        needle = s.lower()
        i = low.find(needle)
        while i >= 0:
            j = i + len(needle)
            left_ok = i == 0 or not low[i - 1].isalnum() or not needle[0].isalnum()
            right = low[j:j + 2]
            right_ok = j == len(low) or not low[j].isalnum() or not needle[-1].isalnum() or \
                (right[:1] == "s" and (len(right) < 2 or not right[1].isalnum()))
            inside = any(a <= i and j <= b and (b - a) > (j - i) for a, b in occ)
            if not ((left_ok and right_ok) or inside):
                return s
            i = low.find(needle, i + 1)
    return None


def main():
    recs = load(DATA)
    gaz = json.loads(GAZ.read_text(encoding="utf-8"))
    ids, texts = set(), set()
    kind_records, kind_spans = Counter(), Counter()
    for r in recs:
        rid = r["id"]
        if not re.fullmatch(r"heldout2-\d{4}", rid) or rid in ids:
            err(f"{rid}: bad or duplicate id")
        ids.add(rid)
        if r["text"] in texts:
            err(f"{rid}: duplicate text")
        texts.add(r["text"])
        seen = set()
        for p in r["personal"]:
            if p["kind"] not in KINDS:
                err(f"{rid}: unknown kind {p['kind']}")
            if p["text"] not in r["text"]:
                err(f"{rid}: personal {p['text']!r} not a substring")
            if (p["kind"], p["text"]) in seen:
                err(f"{rid}: duplicate span {p}")
            seen.add((p["kind"], p["text"]))
            kind_spans[p["kind"]] += 1
            t = p["text"]
            if p["kind"] == "bsn" and not elfproef(t):
                err(f"{rid}: BSN fails elfproef {t}")
            if p["kind"] == "iban" and not iban_ok(t):
                err(f"{rid}: IBAN checksum {t}")
            if p["kind"] == "phone" and not PHONE_RE.match(t):
                err(f"{rid}: phone shape {t}")
            if p["kind"] == "licence_plate" and not PLATE_RE.match(t.upper()):
                err(f"{rid}: plate shape {t}")
            if p["kind"] == "postcode" and (not PC_RE.match(t) or t[-2:].upper() in ("SA", "SD", "SS")):
                err(f"{rid}: postcode shape {t}")
        for k in {p["kind"] for p in r["personal"]}:
            kind_records[k] += 1
        for pl in r["places"]:
            if pl not in r["text"]:
                err(f"{rid}: place {pl!r} not a substring")
        bad = covered(r["text"], [p["text"] for p in r["personal"]])
        if bad:
            err(f"{rid}: {bad!r} also occurs outside an annotated span")
        for pl in r["places"]:
            for p in r["personal"]:
                if p["text"].lower() in pl.lower():
                    err(f"{rid}: personal {p['text']!r} inside place {pl!r}")

    n = len(recs)
    pos = sum(1 for r in recs if r["personal"])
    if n < 600:
        err(f"only {n} records")
    if not 0.45 <= pos / n <= 0.55:
        err(f"{pos / n:.1%} of records carry personal data")
    for k, m in MINIMUM.items():
        if kind_records[k] < m:
            err(f"{k}: {kind_records[k]} records < {m}")
    if len(gaz["streets"]) < 60:
        err("fewer than 60 streets")

    # every place is the gemeente's own (gazetteer) or a listed non-local name (famous, brand, club ...)
    sys.path.insert(0, str(HERE))
    import texts
    known = {s.lower() for s in gaz["streets"] + gaz["buurten"] + gaz["wijken"] + gaz["places"]
             + [gaz["gemeente"]] + texts.NONLOCAL}
    for r in recs:
        for pl in r["places"]:
            if pl.lower() not in known:
                err(f"{r['id']}: place {pl!r} neither in the gazetteer nor a listed non-local name")

    # every street in an address is a gazetteer street
    streets = {s.lower() for s in gaz["streets"]}
    for r in recs:
        for p in r["personal"]:
            if p["kind"] == "address" and re.match(r"[^\W\d]", p["text"]) and not \
                    re.match(r"(nr|nummer|huisnr|huisnummer|op|no)\b", p["text"].lower()):
                st = re.match(r"(.+?)\s?(nr\. )?\d", p["text"]).group(1).strip().lower()
                if st not in streets:
                    err(f"{r['id']}: street {st!r} not in gazetteer")

    # library cross-checks
    try:
        import phonenumbers
        from stdnum import iban as std_iban
        from stdnum.nl import bsn as std_bsn
        bad = 0
        for r in recs:
            for p in r["personal"]:
                t = p["text"]
                if p["kind"] == "phone":
                    num = phonenumbers.parse(t.replace("(0)", ""), "NL")
                    ok = phonenumbers.is_valid_number(num)
                elif p["kind"] == "bsn":
                    d = re.sub(r"\D", "", t)
                    ok = std_bsn.is_valid(d.zfill(9))
                elif p["kind"] == "iban":
                    ok = std_iban.is_valid(t)
                else:
                    continue
                if not ok:
                    bad += 1
                    err(f"{r['id']}: library says invalid {p['kind']} {t}")
        print(f"python-stdnum/phonenumbers cross-check: {bad} invalid")
    except ImportError:
        print("python-stdnum/phonenumbers not importable: cross-check skipped")

    # independence from the first corpus
    if FIRST.exists():
        old_spans, old_text = {}, []
        for name in ("dev.jsonl", "heldout.jsonl"):
            for line in (FIRST / name).open(encoding="utf-8"):
                o = json.loads(line)
                old_text.append(o["text"].lower())
                for p in o["personal"]:
                    old_spans.setdefault(p["kind"], set()).add(p["text"])
        old_text = "\n".join(old_text)
        old_tokens = {t for s in old_spans.get("name", ()) for t in re.split(r"[\s\-']+", s.lower())
                      if t and t not in PARTICLES}
        new_tokens = {t for r in recs for p in r["personal"] if p["kind"] == "name"
                      for t in re.split(r"[\s\-'.]+", p["text"].lower()) if t and t not in PARTICLES
                      and len(t) > 1}
        shared = new_tokens & old_tokens
        if shared:
            err(f"name tokens shared with the first corpus: {sorted(shared)}")

        def norm(k, v):
            if k in ("phone", "bsn", "iban"):
                return re.sub(r"\D", "", v).lstrip("0")
            return re.sub(r"[\W_]", "", v.lower())
        old_vals = {norm(k, v) for k, vs in old_spans.items() if k != "name" for v in vs}
        for r in recs:
            for p in r["personal"]:
                if p["kind"] != "name" and norm(p["kind"], p["text"]) in old_vals:
                    err(f"{r['id']}: value shared with the first corpus: {p['text']}")
        old_gaz = (FIRST / "gazetteer.json").read_text(encoding="utf-8").lower()
        for s in gaz["streets"] + gaz["buurten"] + gaz["wijken"]:
            if s.lower() in old_text or s.lower() in old_gaz:
                err(f"gazetteer entry also in the first corpus: {s}")

    print(f"heldout2: {n} records, {pos} with personal data ({pos / n:.1%}), {n - pos} negatives")
    print("records per kind: " + ", ".join(f"{k} {kind_records[k]}" for k in KINDS))
    print("spans per kind:   " + ", ".join(f"{k} {kind_spans[k]}" for k in KINDS))
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
