"""Check a corpus and its gazetteer: format, annotation, valid numbers, independence from the
earlier corpora, the brief's counts. Every failure names the record (id, or line number when
the line is not a record) and the reason."""
import json
import re
from collections import Counter
from pathlib import Path

from config import Corpus
from earlier import fold, name_tokens
from values import UNITS, pair_words

KINDS = ["name", "phone", "email", "handle", "address", "postcode", "bsn", "birth_date",
         "initials_age", "iban", "licence_plate", "class_name"]
RECORD_KEYS = {"id", "text", "personal", "places"}
# Dutch licence plate sidecodes 1-14 (L = letter, 9 = digit); letters as issued (no vowels, C, Q)
SIDECODES = ["LL-99-99", "99-99-LL", "99-LL-99", "LL-99-LL", "LL-LL-99", "99-LL-LL", "99-LLL-9",
             "9-LLL-99", "LL-999-L", "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999", "999-LL-9"]
PLATE_LETTER = "[BDFGHJKLNPRSTVWXZ]"
ADDRESS_CUE = re.compile(r"(?i)\b(nr|nummer|huisnummer|huisnr|no|op|flat|hoog)\b")
NUMBER_WORD = (r"\b(een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|"
               r"veertien|vijftien|zestien|zeventien|achttien|negentien|\w+tig)\b")
# a dictated phone number: every word is a digit (nul zes) or a pair (vierendertig)
SPOKEN = {w: str(i) for i, w in enumerate(UNITS)}
SPOKEN.update({pair_words(f"{i:02d}"): f"{i:02d}" for i in range(10, 100)})
# heldout10: digits dictated in Frisian ("nul seis fjouwer trije ...")
SPOKEN.update({w: str(i) for i, w in enumerate(
    ["nul", "ien", "twa", "trije", "fjouwer", "fiif", "seis", "sân", "acht", "njoggen"])})


def elfproef(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:  # a BSN whose leading zero was lost
        d = "0" + d
    if len(d) != 9:
        return False
    weighted = sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1), strict=True))
    return (weighted - int(d[8])) % 11 == 0


def iban_ok(s):
    raw = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]+", raw):
        return False
    ok = int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1
    ok = ok and {"NL": 18, "BE": 16, "DE": 22}.get(raw[:2]) == len(raw)
    if ok and raw.startswith("BE"):
        ok = (int(raw[4:14]) % 97 or 97) == int(raw[14:16])
    return ok


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
        s = "".join(SPOKEN.get(w, w) for w in s.split())
    d = re.sub(r"\D", "", s)
    if d.startswith("0031"):
        return "+" + d[2:]
    if s.strip().startswith("+"):
        return "+" + d
    return d


def _libraries():
    try:
        import phonenumbers
    except ImportError:
        phonenumbers = None
    try:
        from stdnum import iban as std_iban
        from stdnum.nl import bsn as std_bsn
    except ImportError:
        std_iban = std_bsn = None
    return phonenumbers, std_iban, std_bsn


def check_gazetteer(corpus: Corpus, gaz, err):
    earlier = corpus.earlier
    if len(gaz["streets"]) < 60:
        err(f"gazetteer has {len(gaz['streets'])} streets")
    for s in gaz["streets"]:
        if fold(s) in earlier.streets:
            err(f"street shared with an earlier corpus: {s}")
    for p in gaz["buurten"] + gaz["wijken"] + [gaz["gemeente"]]:
        if fold(p) in earlier.places:
            err(f"buurt/wijk shared with an earlier gazetteer: {p}")
    for p in corpus.local_places:
        if fold(p) in earlier.places:
            err(f"local place shared with an earlier gazetteer: {p}")


def check_value(rid, k, v, streets, libs, err):
    """The value of one span is well-formed and, where it has one, valid."""
    phonenumbers, std_iban, std_bsn = libs
    if k == "bsn":
        if not elfproef(v):
            err(f"{rid}: BSN fails elfproef {v}")
        elif std_bsn and not std_bsn.is_valid(re.sub(r"\D", "", v).zfill(9)):
            err(f"{rid}: stdnum rejects BSN {v}")
    if k == "iban":
        if not iban_ok(v):
            err(f"{rid}: IBAN invalid {v}")
        elif std_iban and not std_iban.is_valid(v):
            err(f"{rid}: stdnum rejects IBAN {v}")
    if k == "phone":
        num = phone_for_parser(v)
        if not (num.startswith("0") or num.startswith("+31")):
            err(f"{rid}: phone not Dutch {v}")
        elif phonenumbers:
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
        if not re.search(r"\d|" + NUMBER_WORD, v):
            err(f"{rid}: address without number {v}")
        has_street = any(fold(s) in fold(v) for s in streets)
        if not (has_street or ADDRESS_CUE.search(v)):
            err(f"{rid}: address with neither a gazetteer street nor a cue: {v}")
        # what stands before the number is one of the gemeente's streets, or a cue (de flat op)
        number = re.search(r"\d|" + NUMBER_WORD, v)
        lead = re.sub(r"(?i)[\s,]*\b(nummer|nr|no|huisnr|huisnummer)\.?\s*$", "",
                      v[:number.start()] if number else "").strip()
        if lead and not ADDRESS_CUE.search(lead) and fold(lead) not in {fold(s) for s in streets}:
            err(f"{rid}: street {lead!r} not in the gazetteer: {v}")
    if k == "initials_age" and not re.search(r"\d", v):
        err(f"{rid}: initials without an age {v}")


def check_record(corpus, r, streets, known_places, libs, err, value_owner):
    """One record; returns the kinds it carries and its span counts per kind."""
    rid, t, earlier = r["id"], r["text"], corpus.earlier
    kinds_here, spans, seen, intervals = set(), Counter(), set(), []
    for p in r["personal"]:
        if not isinstance(p, dict) or set(p) != {"kind", "text"}:
            err(f"{rid}: span is not {{kind, text}}: {sorted(p) if isinstance(p, dict) else p!r}")
            continue
        k, v = p["kind"], p["text"]
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
        spans[k] += 1
        intervals += [(m.start(), m.end()) for m in re.finditer(re.escape(v), t)] if v else []
        check_value(rid, k, v, streets, libs, err)
        # independence from the earlier corpora
        if k == "name":  # an initial (`R. Dijkema`) is a letter, not a reused name
            for tok in sorted(t for t in name_tokens(v) & earlier.names if len(t) > 1):
                err(f"{rid}: name token {tok!r} occurs in an earlier corpus")
        elif k not in ("address", "class_name", "initials_age"):
            key, dig = fold(v).replace(" ", ""), re.sub(r"\D", "", v)
            if key in earlier.values or (len(dig) >= 6 and dig in earlier.values):
                err(f"{rid}: value occurs in an earlier corpus: {v}")
        if k not in ("name", "class_name", "initials_age"):
            key = (k, fold(v).replace(" ", ""))
            if key in value_owner:
                err(f"{rid}: value {v!r} also in {value_owner[key]}")
            value_owner.setdefault(key, rid)
    # occurrence guarantee (case-insensitive, also inside words)
    low = t.lower()
    for _, v in seen:
        for m in re.finditer(re.escape(v.lower()), low) if v else ():
            if not any(s <= m.start() and m.end() <= e for s, e in intervals):
                err(f"{rid}: {v!r} also occurs outside a personal span")
                break
    for pl in r["places"]:
        if pl not in t:
            err(f"{rid}: place not in text {pl!r}")
        if fold(pl) not in known_places:
            err(f"{rid}: place {pl!r} neither in the gazetteer nor a listed non-local name")
        if any(fold(v) in fold(pl) for _, v in seen):
            err(f"{rid}: place {pl!r} contains a personal span")
    return kinds_here, spans


def read_records(path: Path, err):
    """The records of a JSONL file; a line that is not a record is reported by line number."""
    records = []
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"line {no}: not JSON ({e.msg})")
                continue
            if not isinstance(r, dict) or set(r) != RECORD_KEYS:
                rid = r.get("id") if isinstance(r, dict) else None
                err(f"{rid or f'line {no}'}: keys {sorted(r) if isinstance(r, dict) else r!r}, "
                    f"expected {sorted(RECORD_KEYS)}")
                continue
            if not (isinstance(r["text"], str) and isinstance(r["personal"], list)
                    and isinstance(r["places"], list)):
                err(f"{r['id']}: text must be a string, personal and places lists")
                continue
            records.append(r)
    return records


def validate(corpus: Corpus, jsonl: Path | None = None, gazetteer: Path | None = None):
    """Every failed check as 'id: reason', and the counts the README quotes."""
    errors = []
    err = errors.append
    brief = corpus.settings.BRIEF
    gaz = json.loads(Path(gazetteer or corpus.gazetteer_json).read_text(encoding="utf-8"))
    check_gazetteer(corpus, gaz, err)
    libs = _libraries()
    records = read_records(Path(jsonl or corpus.jsonl), err)
    ids, texts, value_owner = set(), set(), {}
    known_places = {fold(p) for p in gaz["streets"] + gaz["buurten"] + gaz["wijken"]
                    + gaz["places"] + [gaz["gemeente"]] + corpus.nonlocal_names}
    per_kind, spans_kind = Counter(), Counter()
    id_pattern = re.escape(corpus.name) + r"-\d{4}"
    for r in records:
        rid = r["id"]
        if not re.fullmatch(id_pattern, str(rid)) or rid in ids:
            err(f"{rid}: bad or duplicate id")
        ids.add(rid)
        if r["text"] in texts:
            err(f"{rid}: duplicate text")
        texts.add(r["text"])
        kinds_here, spans = check_record(corpus, r, gaz["streets"], known_places, libs, err,
                                         value_owner)
        per_kind.update(kinds_here)
        spans_kind.update(spans)
    n = len(records)
    with_personal = sum(1 for r in records if r["personal"])
    share = with_personal / n if n else 0
    if n < brief.MIN_RECORDS:
        err(f"only {n} records (at least {brief.MIN_RECORDS})")
    low, high = brief.SHARE_WITH_PERSONAL
    if not low <= share <= high:
        err(f"share with personal data {share:.1%} outside {low:.0%}-{high:.0%}")
    for k in KINDS:
        if per_kind[k] < brief.MINIMUM[k]:
            err(f"kind {k}: {per_kind[k]} records < {brief.MINIMUM[k]}")
    summary = {"records": n, "with_personal": with_personal, "share": share,
               "per_kind": per_kind, "spans_kind": spans_kind,
               "cross_checked": all(libs)}
    return errors, summary


def report(corpus: Corpus, errors, summary) -> str:
    s = summary
    lines = ["cross-checks with phonenumbers/python-stdnum: "
             + ("on" if s["cross_checked"] else "off (libraries not importable)"),
             f"{corpus.name}: {s['records']} records, {s['with_personal']} with personal data "
             f"({s['share']:.1%}), {s['records'] - s['with_personal']} negatives",
             "kind            records  spans  minimum"]
    for k in KINDS:
        lines.append(f"{k:15} {s['per_kind'][k]:7} {s['spans_kind'][k]:6} "
                     f"{corpus.settings.BRIEF.MINIMUM[k]:8}")
    if errors:
        lines.append(f"{len(errors)} ERRORS")
        lines += ["   " + e for e in errors]
    else:
        lines.append("OK: all checks passed")
    return "\n".join(lines)
