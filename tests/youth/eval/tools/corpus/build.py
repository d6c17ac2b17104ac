"""Build a corpus (heldoutN.jsonl, gazetteer_heldoutN.json, voices.json) from its marked-up texts.

Markup in the texts (written by hand, annotated as written):
  «n:…» name  «a:…» address  «c:…» class_name  «h:…» handle  «e:…» email
  «i:…» initials_age  «g:…» birth_date  «k:…» licence_plate  «pc:…» postcode  «t:…» phone
Generated values (valid checksums / number plans), annotated automatically:
  {tel} {tel:FORMAT} {tel:FORMAT:AREA} {bsn} {bsn:FORMAT} {iban} {iban:FORMAT} {wa}
  (without a format the next one of the corpus's deck)
A literal "\\n" in a line is a line break in the record (chats, transcribed screenshots).
Places are found afterwards: gazetteer entries and the corpus's EXTRA named entities, outside
personal spans.
"""
import json
import random
import re
from pathlib import Path

from config import EVAL, Corpus, load_module
from values import ValueMaker

KINDS = {"n": "name", "a": "address", "c": "class_name", "h": "handle", "e": "email",
         "i": "initials_age", "g": "birth_date", "k": "licence_plate", "pc": "postcode",
         "t": "phone"}
MARK = re.compile(r"«(n|a|c|h|e|i|g|k|pc|t):(.+?)»|\{(tel|bsn|iban|wa)(?::([\w:]+))?\}")
GENERATED = {"tel": "phone", "bsn": "bsn", "iban": "iban"}


def render(line, values):
    """The record text of one marked-up line and its spans (start, end, kind, text)."""
    line = line.replace("\\n", "\n")
    out, spans, pos = [], [], 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        if m.group(1):
            kind, txt = KINDS[m.group(1)], m.group(2)
        elif m.group(3) == "wa":
            kind, txt = "handle", values.wa_link()
        else:
            what = m.group(3)
            fmt = m.group(4) or values.next_format(what)
            kind = GENERATED[what]
            txt = {"tel": values.phone, "bsn": values.bsn, "iban": values.iban}[what](fmt)
        start = sum(len(s) for s in out)
        out.append(txt)
        spans.append((start, start + len(txt), kind, txt))
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    assert "«" not in text and "»" not in text and "{" not in text, line
    return text, spans


def place_entries(corpus: Corpus):
    gz = corpus.gazetteer
    entries = gz.STREETS + gz.BUURTEN + gz.WIJKEN + gz.PLACES + gz.CHAINS_AND_CLUBS
    entries += corpus.settings.EXTRA + [gz.GEMEENTE]
    return sorted(set(entries), key=len, reverse=True)


def find_places(text, spans, entries, settings):
    """Named entities in the text outside personal spans, longest first, each once."""
    taken = [(s, e) for s, e, _, _ in spans]
    found = []
    for ent in entries + settings.ALIASES:
        flags = 0 if (ent in settings.CASE_SENSITIVE or ent in settings.ALIAS_CS) else re.I
        pat = r"(?<![\w@#./])" + re.escape(ent) + r"(?![\w@])"
        if ent in settings.ALIAS_CS:  # an abbreviation only after "de"/"bij" (AH, not "ah")
            pat = (r"(?<=\bde )" + re.escape(ent) + r"(?![\w@])|(?<=\bbij )" + re.escape(ent)
                   + r"(?![\w@])")
        for m in re.finditer(pat, text, flags):
            if any(not (m.end() <= s or m.start() >= e) for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.group(0)))
    found.sort()
    return list(dict.fromkeys(t for _, t in found))


def gazetteer_of(corpus: Corpus):
    gz = corpus.gazetteer
    return {"gemeente": gz.GEMEENTE, "wijken": gz.WIJKEN, "buurten": gz.BUURTEN,
            "streets": gz.STREETS, "places": sorted(gz.PLACES + gz.CHAINS_AND_CLUBS)}


def build(corpus: Corpus, out_dir: Path | None = None):
    """Write the corpus; by default over the committed files. Returns the paths written."""
    if corpus.own_generator:
        generator = load_module(corpus.own_generator, f"{corpus.name}_make_corpus")
        if out_dir is not None:
            Path(out_dir).mkdir(parents=True, exist_ok=True)
        return generator.main(Path(out_dir) if out_dir is not None else EVAL)
    settings = corpus.settings
    values = ValueMaker(corpus.earlier.values, **settings.VALUES)
    entries = place_entries(corpus)
    records = []
    for path in corpus.texts:
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            text, spans = render(raw.rstrip(), values)
            personal = [{"kind": kind, "text": txt} for kind, txt
                        in dict.fromkeys((kind, txt) for _, _, kind, txt in sorted(spans))]
            records.append({"text": text, "personal": personal,
                            "places": find_places(text, spans, entries, settings),
                            "src": path.stem})
    random.Random(settings.SEED).shuffle(records)
    ids = [f"{corpus.name}-{i:04d}" for i in range(1, len(records) + 1)]
    if out_dir is None:
        jsonl, gazetteer, voices = corpus.jsonl, corpus.gazetteer_json, corpus.voices
    else:
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        jsonl, gazetteer = out_dir / corpus.jsonl.name, out_dir / corpus.gazetteer_json.name
        voices = out_dir / f"voices_{corpus.name}.json"
    with open(jsonl, "w", encoding="utf-8") as f:
        for rid, r in zip(ids, records, strict=True):
            rec = {"id": rid, "text": r["text"], "personal": r["personal"], "places": r["places"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    gazetteer.write_text(json.dumps(gazetteer_of(corpus), ensure_ascii=False, indent=1) + "\n",
                         encoding="utf-8")
    # source voice per record, for the README's counts (not part of the record format)
    with open(voices, "w", encoding="utf-8") as f:
        json.dump({rid: r["src"] for rid, r in zip(ids, records, strict=True)}, f, indent=0)
    return [jsonl, gazetteer, voices]
