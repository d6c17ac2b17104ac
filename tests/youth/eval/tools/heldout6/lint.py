"""While writing: report tokens of marked names that also occur unmarked in the same line."""
import re, sys
from pathlib import Path
from earlier import PARTICLES
MARK = re.compile(r"«(n|a|c|h|e|i|g|k|pc|t):(.+?)»")
for path in sorted(Path(__file__).parent.glob("texts/*.txt")):
    for no, line in enumerate(path.read_text().splitlines(), 1):
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
                    print(f"{path.name}:{no}: {tok!r} unmarked")
