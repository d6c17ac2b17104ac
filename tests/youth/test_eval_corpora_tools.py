"""The shared corpus tool (tests/youth/eval/tools/corpus/) rebuilds the committed blind corpora
byte for byte, and its validator names the record and the reason of every failure.

The tool is a standalone script (standard library, run by corpus authors outside the project),
so it is run as one: a subprocess, the command the README documents.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent / "eval"
RUN = EVAL / "tools" / "corpus" / "run.py"
CORPORA = ["heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout9",
           "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
           "heldout15", "heldout16", "heldout17", "heldout18"]


def run(*args):
    return subprocess.run([sys.executable, str(RUN), *args], capture_output=True, text=True,
                          encoding="utf-8", check=False)


@pytest.mark.parametrize("name", CORPORA)
def test_build_regenerates_the_committed_corpus_byte_for_byte(name, tmp_path):
    done = run("build", name, "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr

    assert (tmp_path / f"{name}.jsonl").read_bytes() == (EVAL / f"{name}.jsonl").read_bytes()
    assert ((tmp_path / f"gazetteer_{name}.json").read_bytes()
            == (EVAL / f"gazetteer_{name}.json").read_bytes())
    if name != "heldout2":  # its own generator keeps no voices
        assert ((tmp_path / f"voices_{name}.json").read_bytes()
                == (EVAL / "tools" / name / "voices.json").read_bytes())


@pytest.mark.parametrize(("name", "summary"), [
    ("heldout2", "660 records, 330 with personal data (50.0%), 330 negatives"),
    ("heldout3", "709 records, 371 with personal data (52.3%), 338 negatives"),
    ("heldout4", "675 records, 346 with personal data (51.3%), 329 negatives"),
    ("heldout5", "706 records, 327 with personal data (46.3%), 379 negatives"),
    ("heldout6", "674 records, 304 with personal data (45.1%), 370 negatives"),
    ("heldout9", "816 records, 387 with personal data (47.4%), 429 negatives"),
    ("heldout10", "845 records, 416 with personal data (49.2%), 429 negatives"),
    ("heldout11", "802 records, 367 with personal data (45.8%), 435 negatives"),
    ("heldout12", "818 records, 387 with personal data (47.3%), 431 negatives"),
    ("heldout13", "804 records, 390 with personal data (48.5%), 414 negatives"),
    ("heldout14", "803 records, 370 with personal data (46.1%), 433 negatives"),
    ("heldout15", "800 records, 370 with personal data (46.2%), 430 negatives"),
    ("heldout16", "845 records, 412 with personal data (48.8%), 433 negatives"),
    ("heldout17", "843 records, 410 with personal data (48.6%), 433 negatives"),
    ("heldout18", "815 records, 388 with personal data (47.6%), 427 negatives"),
])
def test_the_committed_corpus_validates_clean(name, summary):
    done = run("validate", name)

    assert done.returncode == 0, done.stdout
    assert f"{name}: {summary}" in done.stdout
    assert done.stdout.rstrip().endswith("OK: all checks passed")


def test_validator_names_the_record_and_the_reason_of_each_corruption(tmp_path):
    lines = (EVAL / "heldout6.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]

    # a BSN whose last digit is off by one fails the elfproef (in text and span alike)
    bsn_at = next(i for i, r in enumerate(records)
                  if any(p["kind"] == "bsn" for p in r["personal"]))
    bsn_rec = records[bsn_at]
    span = next(p for p in bsn_rec["personal"] if p["kind"] == "bsn")
    broken = span["text"][:-1] + str((int(span["text"][-1]) + 1) % 10)
    bsn_rec["text"] = bsn_rec["text"].replace(span["text"], broken)
    span["text"] = broken
    # a name span that is not in its record's text
    name_at = next(i for i, r in enumerate(records)
                   if i != bsn_at and any(p["kind"] == "name" for p in r["personal"]))
    name_rec = records[name_at]
    next(p for p in name_rec["personal"] if p["kind"] == "name")["text"] = "Qwzx Vbnm"
    # a record with a kind the format does not know
    kind_at = next(i for i, r in enumerate(records) if i not in (bsn_at, name_at) and r["personal"])
    records[kind_at]["personal"][0]["kind"] = "shoe_size"
    # an address on a street the gemeente does not have
    streets = json.loads((EVAL / "gazetteer_heldout6.json").read_text(encoding="utf-8"))["streets"]
    addr_at, street = next(
        (i, s) for i, r in enumerate(records) if i not in (bsn_at, name_at, kind_at)
        for p in r["personal"] for s in streets
        if p["kind"] == "address" and p["text"].startswith(s + " "))
    addr_rec = records[addr_at]
    addr_span = next(p for p in addr_rec["personal"] if p["text"].startswith(street + " "))
    addr_rec["text"] = addr_rec["text"].replace(street, "Nepstraat")
    addr_span["text"] = addr_span["text"].replace(street, "Nepstraat")
    addr_rec["places"] = [pl for pl in addr_rec["places"] if pl in addr_rec["text"]]
    # a place that is neither the gemeente's own nor a listed famous name or brand
    place_at = next(i for i, r in enumerate(records)
                    if i not in (bsn_at, name_at, kind_at, addr_at) and r["places"])
    records[place_at]["text"] += " (bij Qwertyhal)"
    records[place_at]["places"].append("Qwertyhal")
    out = [json.dumps(r, ensure_ascii=False) for r in records]
    out[-1] = out[-1][:-1]  # the last line loses its closing brace
    corrupted = tmp_path / "heldout6.jsonl"
    corrupted.write_text("\n".join(out) + "\n", encoding="utf-8")

    done = run("validate", "heldout6", "--jsonl", str(corrupted))

    assert done.returncode == 1
    errors = re.findall(r"^   (.*)$", done.stdout, re.M)
    assert f"{bsn_rec['id']}: BSN fails elfproef {broken}" in errors
    assert f"{name_rec['id']}: span not in text: 'Qwzx Vbnm'" in errors
    assert f"{records[kind_at]['id']}: unknown kind shoe_size" in errors
    assert any(e.startswith(f"line {len(records)}: not JSON") for e in errors)
    assert (f"{addr_rec['id']}: street 'Nepstraat' not in the gazetteer: {addr_span['text']}"
            in errors)
    assert (f"{records[place_at]['id']}: place 'Qwertyhal' neither in the gazetteer nor a listed "
            "non-local name") in errors
    assert f"{len(errors)} ERRORS" in done.stdout
    # nothing else was wrong: the untouched records still pass
    touched = {r["id"] for r in (bsn_rec, name_rec, records[kind_at], addr_rec, records[place_at])}
    touched.add(f"line {len(records)}")
    assert {e.split(":")[0] for e in errors} <= touched


def test_an_unknown_corpus_is_refused_with_the_known_ones():
    done = run("validate", "heldout99")

    assert done.returncode != 0
    known = ("known: heldout2, heldout3, heldout4, heldout5, heldout6, heldout9, heldout10, "
             "heldout11, heldout12, heldout13, heldout14, heldout15, "
             "heldout16, heldout17, heldout18")
    assert f"unknown corpus 'heldout99'; {known}" in done.stderr
