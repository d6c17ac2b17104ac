"""One command for the blind evaluation corpora heldout2..6 (tests/youth/eval/heldoutN.jsonl).

    python3 tests/youth/eval/tools/corpus/run.py build heldout6 [--out DIR]
    python3 tests/youth/eval/tools/corpus/run.py validate heldout6 [--jsonl F] [--gazetteer F]
    python3 tests/youth/eval/tools/corpus/run.py coverage heldout6
    python3 tests/youth/eval/tools/corpus/run.py lint heldout6
    python3 tests/youth/eval/tools/corpus/run.py checkname heldout6 WORD... (or words on stdin)

`build` rewrites the committed files (or writes them into DIR; heldout2 with its own generator,
the others from their marked-up texts); `validate` exits 1 and lists every failed check by
record id. Standard library only; with the project's `.venv/bin/python`
the numbers are also cross-checked with phonenumbers and python-stdnum.
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build import build  # noqa: E402
from config import corpus  # noqa: E402
from coverage import coverage  # noqa: E402
from earlier import name_tokens  # noqa: E402
from lint import lint  # noqa: E402
from validate import report, validate  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["build", "validate", "coverage", "lint", "checkname"])
    parser.add_argument("corpus", help="heldout3, heldout4, ...")
    parser.add_argument("words", nargs="*", help="checkname: candidate names")
    parser.add_argument("--out", type=Path, help="build: write into this folder instead")
    parser.add_argument("--jsonl", type=Path, help="validate: this file instead of the corpus's")
    parser.add_argument("--gazetteer", type=Path, help="validate: this gazetteer instead")
    args = parser.parse_args(argv)
    c = corpus(args.corpus)
    if args.command == "build":
        paths = build(c, args.out)
        print(f"{c.name}: wrote", ", ".join(str(p) for p in paths))
    elif args.command == "validate":
        errors, summary = validate(c, args.jsonl, args.gazetteer)
        print(report(c, errors, summary))
        return 1 if errors else 0
    elif args.command == "coverage":
        print(coverage(c))
    elif args.command == "lint":
        if not c.texts:
            print(f"{c.name} has no marked-up texts to lint")
        else:
            print("\n".join(lint(c)) or "no marked name also written unmarked")
    else:
        words = args.words or sys.stdin.read().split()
        bad = [w for w in words if name_tokens(w) & c.earlier.names]
        print("COLLIDE:", " ".join(bad))
        print(f"{len(words) - len(bad)}/{len(words)} ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
