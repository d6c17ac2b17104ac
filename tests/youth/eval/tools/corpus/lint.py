"""While writing: tokens of marked names that also occur unmarked in the same line."""
import re

from build import MARK
from config import Corpus
from earlier import PARTICLES


def lint(corpus: Corpus) -> list:
    problems = []
    for path in corpus.texts:
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("#"):
                continue
            names = [m.group(2) for m in MARK.finditer(line) if m.group(1) == "n"]
            rest = MARK.sub(" ", line)
            for n in names:
                for tok in re.split(r"[\s\-]+", n):
                    tok = tok.strip(".,'")
                    if len(tok) < 3 or tok.lower() in PARTICLES:
                        continue
                    if re.search(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", rest, re.I):
                        problems.append(f"{path.name}:{no}: {tok!r} unmarked")
    return problems
