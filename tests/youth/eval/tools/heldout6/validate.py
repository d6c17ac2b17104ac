"""Check heldout6.jsonl and gazetteer.json (standard library; cross-checks with phonenumbers
and python-stdnum when importable, e.g. with the project's .venv python)."""
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

from earlier import fold, load, name_tokens

OUT = Path(__file__).parent.parent
KINDS = ["name", "phone", "email", "handle", "address", "postcode", "bsn", "birth_date",
         "initials_age", "iban", "licence_plate", "class_name"]
BRIEF_MIN = {"name": 150, "phone": 25, "email": 15, "handle": 20, "address": 20, "postcode": 10,
             "bsn": 12, "birth_date": 12, "initials_age": 10, "iban": 8, "licence_plate": 10,
             "class_name": 10}
MINIMUM = {k: max(15, min(v, 20)) for k, v in BRIEF_MIN.items()}  # brief 5: every kind >= 15 (phone/handle/address 20, names 150)
MINIMUM["name"] = 150
errors = []


def err(msg):
    errors.append(msg)


def elfproef(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def iban_ok(s):
    raw = re.sub(r"\s", "", s).upper()
    ok = int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1
    ok = ok and {"NL": 18, "BE": 16, "DE": 22}.get(raw[:2]) == len(raw)
    if raw.startswith("BE"):
        ok = ok and (int(raw[4:14]) % 97 or 97) == int(raw[14:16])
    return ok


# Dutch licence plate sidecodes 1-14 (L = letter, 9 = digit); letters as issued (no vowels, C, Q)
SIDECODES = ["LL-99-99", "99-99-LL", "99-LL-99", "LL-99-LL", "LL-LL-99", "99-LL-LL", "99-LLL-9",
             "9-LLL-99", "LL-999-L", "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999", "999-LL-9"]
PLATE_LETTER = "[BDFGHJKLNPRSTVWXZ]"


def plate_ok(s):
    p = s.upper().replace(" ", "-")
    for code in SIDECODES:
        for c in (code, code.replace("-", "")):
            if re.fullmatch(c.replace("L", PLATE_LETTER).replace("9", "[0-9]"), p):
                return True
    return False


def phone_for_parser(s):
    s = s.lower().replace("(0)", "")
    if re.search(r"[a-z]", s):  # dictated: every word is a digit or a pair
        from values import UNITS, TEENS, TENS, pair_words
        words = {w: str(i) for i, w in enumerate(UNITS)}
        words.update({pair_words(f"{i:02d}"): f"{i:02d}" for i in range(10, 100)})
        s = "".join(words.get(w, w) for w in s.split())
    d = re.sub(r"\D", "", s)
    if d.startswith("0031"):
        return "+" + d[2:]
    if s.strip().startswith("+"):
        return "+" + d
    return d


def main():
    earlier_names, earlier_values, earlier_streets, earlier_places = load()
    gaz = json.loads((OUT / "gazetteer.json").read_text(encoding="utf-8"))
    streets = gaz["streets"]
    if len(streets) < 60:
        err(f"gazetteer has {len(streets)} streets")
    for s in streets:
        if fold(s) in earlier_streets:
            err(f"street shared with an earlier corpus: {s}")
    for p in gaz["buurten"] + gaz["wijken"] + [gaz["gemeente"]]:
        if fold(p) in earlier_places:
            err(f"buurt/wijk shared with an earlier gazetteer: {p}")
    import gazetteer_src as gz
    for p in gz.PLACES:
        if fold(p) in earlier_places:
            err(f"local place shared with an earlier gazetteer: {p}")

    try:
        import phonenumbers
    except ImportError:
        phonenumbers = None
    try:
        from stdnum import iban as std_iban
        from stdnum.nl import bsn as std_bsn
    except ImportError:
        std_iban = std_bsn = None
    cross = 0

    records = [json.loads(line) for line in open(OUT / "heldout6.jsonl", encoding="utf-8")]
    ids, texts = set(), set()
    per_kind, spans_kind = Counter(), Counter()
    with_personal = 0
    value_owner = {}
    for r in records:
        rid = r.get("id")
        if set(r) != {"id", "text", "personal", "places"}:
            err(f"{rid}: keys {sorted(r)}")
        if not re.fullmatch(r"heldout6-\d{4}", rid or "") or rid in ids:
            err(f"{rid}: bad or duplicate id")
        ids.add(rid)
        t = r["text"]
        if t in texts:
            err(f"{rid}: duplicate text")
        texts.add(t)
        low = t.lower()
        if r["personal"]:
            with_personal += 1
        kinds_here, seen, intervals = set(), set(), []
        for p in r["personal"]:
            k, v = p["kind"], p["text"]
            if set(p) != {"kind", "text"}:
                err(f"{rid}: span keys {sorted(p)}")
            if k not in KINDS:
                err(f"{rid}: unknown kind {k}")
            if (k, v) in seen:
                err(f"{rid}: duplicate span {k} {v!r}")
            seen.add((k, v))
            if v not in t:
                err(f"{rid}: span not in text: {v!r}")
            if v != v.strip() or not v:
                err(f"{rid}: span with outer whitespace {v!r}")
            kinds_here.add(k)
            spans_kind[k] += 1
            for m in re.finditer(re.escape(v), t):
                intervals.append((m.start(), m.end()))
            if k == "bsn":
                if not elfproef(v):
                    err(f"{rid}: BSN fails elfproef {v}")
                if std_bsn:
                    cross += 1
                    if not std_bsn.is_valid(re.sub(r"\D", "", v).zfill(9)):
                        err(f"{rid}: stdnum rejects BSN {v}")
            if k == "iban":
                if not iban_ok(v):
                    err(f"{rid}: IBAN invalid {v}")
                if std_iban:
                    cross += 1
                    if not std_iban.is_valid(v):
                        err(f"{rid}: stdnum rejects IBAN {v}")
            if k == "phone":
                num = phone_for_parser(v)
                if not (num.startswith("0") or num.startswith("+31")):
                    err(f"{rid}: phone not Dutch {v}")
                if phonenumbers:
                    cross += 1
                    try:
                        if not phonenumbers.is_valid_number(phonenumbers.parse(num, "NL")):
                            err(f"{rid}: phonenumbers says invalid {v}")
                    except phonenumbers.NumberParseException:
                        err(f"{rid}: phone does not parse {v}")
            if k == "licence_plate" and not plate_ok(v):
                err(f"{rid}: not a sidecode plate {v}")
            if k == "postcode":
                m = re.fullmatch(r"([1-9]\d{3}) ?-?([A-Za-z]{2})", v)
                if not m or m.group(2).upper() in {"SA", "SD", "SS"}:
                    err(f"{rid}: bad postcode {v}")
            if k == "address":
                if not re.search(r"\d|\b(een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|\w+tig)\b", v):
                    err(f"{rid}: address without number {v}")
                has_street = any(fold(s) in fold(v) for s in streets)
                has_cue = re.search(r"(?i)\b(nr|nummer|huisnummer|op|flat|hoog)\b", v)
                if not (has_street or has_cue):
                    err(f"{rid}: address with neither a gazetteer street nor a cue: {v}")
            if k == "initials_age" and not re.search(r"\d", v):
                err(f"{rid}: initials without an age {v}")
            # independence from the earlier corpora
            if k == "name":
                for tok in name_tokens(v):
                    if tok in earlier_names:
                        err(f"{rid}: name token {tok!r} occurs in an earlier corpus")
            elif k not in ("address", "class_name", "initials_age"):
                key = fold(v).replace(" ", "")
                dig = re.sub(r"\D", "", v)
                if key in earlier_values or (len(dig) >= 6 and dig in earlier_values):
                    err(f"{rid}: value occurs in an earlier corpus: {v}")
            if k not in ("name", "class_name", "initials_age"):
                key = (k, fold(v).replace(" ", ""))
                if key in value_owner:
                    err(f"{rid}: value {v!r} also in {value_owner[key]}")
                value_owner.setdefault(key, rid)
        # occurrence guarantee (case-insensitive, also inside words)
        for p in r["personal"]:
            for m in re.finditer(re.escape(p["text"].lower()), low):
                if not any(s <= m.start() and m.end() <= e for s, e in intervals):
                    err(f"{rid}: {p['text']!r} also occurs outside a personal span")
        for pl in r["places"]:
            if pl not in t:
                err(f"{rid}: place not in text {pl!r}")
            if any(fold(pl) == fold(p["text"]) for p in r["personal"]):
                err(f"{rid}: place equals a personal span {pl!r}")
        for k in kinds_here:
            per_kind[k] += 1
    n = len(records)
    if n < 500:
        err(f"only {n} records")
    share = with_personal / n if n else 0
    if not 0.40 <= share <= 0.50:  # brief 5: about 45 %
        err(f"share with personal data {share:.1%}")
    for k in KINDS:
        if per_kind[k] < MINIMUM[k]:
            err(f"kind {k}: {per_kind[k]} records < {MINIMUM[k]}")
    print(f"cross-checks with phonenumbers/python-stdnum: {cross}"
          + ("" if phonenumbers and std_iban else " (libraries not importable)"))
    print(f"heldout6: {n} records, {with_personal} with personal data ({share:.1%}), "
          f"{n - with_personal} negatives")
    print("kind            records  spans  minimum")
    for k in KINDS:
        print(f"{k:15} {per_kind[k]:7} {spans_kind[k]:6} {MINIMUM[k]:8}")
    if errors:
        print(f"{len(errors)} ERRORS")
        for e in errors[:400]:
            print("  ", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
