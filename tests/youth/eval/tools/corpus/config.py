"""One corpus: its folder under tools/, its files under tests/youth/eval/, what it read.

A corpus folder `tools/<name>/` holds only data: `texts/*.txt` (the hand-written, marked-up
lines), `gazetteer_src.py` (its gemeente), `config.py` (seed, earlier corpora, the brief's
minimums, value settings, named entities that must survive) and the generated `voices.json`.
heldout2 is older: its own generator `make_corpus.py` fills frames from pools (frames.py,
people.py, texts.py); this tool runs it, validates its output and checks its names.
"""
import importlib.util
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import ModuleType

from earlier import Earlier
from earlier import load as load_earlier

TOOLS = Path(__file__).resolve().parents[1]  # tests/youth/eval/tools
EVAL = TOOLS.parent  # where the corpora live
# the earlier corpora: beside this one in the repository; set CORPUS_EARLIER_DIR when this
# corpus is built in a folder of its own
EARLIER_DIR = Path(os.environ.get("CORPUS_EARLIER_DIR", EVAL))


def load_module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Corpus:
    name: str  # heldoutN: the ids, the file names

    @property
    def folder(self) -> Path:
        return TOOLS / self.name

    @cached_property
    def settings(self) -> ModuleType:
        return load_module(self.folder / "config.py", f"{self.name}_config")

    @cached_property
    def gazetteer(self) -> ModuleType:
        return load_module(self.folder / "gazetteer_src.py", f"{self.name}_gazetteer_src")

    @property
    def jsonl(self) -> Path:
        return EVAL / f"{self.name}.jsonl"

    @property
    def gazetteer_json(self) -> Path:
        return EVAL / f"gazetteer_{self.name}.json"

    @property
    def voices(self) -> Path:
        return self.folder / "voices.json"

    @property
    def texts(self) -> list:
        """The marked-up lines; none for a corpus with its own generator."""
        return sorted((self.folder / "texts").glob("*.txt"))

    @property
    def own_generator(self) -> Path | None:
        path = self.folder / "make_corpus.py"
        return path if path.is_file() else None

    @property
    def local_places(self) -> list:
        """The gemeente's own places (parks, schools, buildings, shops), not chains or clubs."""
        places = self.gazetteer.PLACES
        if isinstance(places, dict):  # heldout2: kind -> names
            return [p for kind, names in places.items() if kind not in ("chain", "club")
                    for p in names]
        return list(places)

    @property
    def nonlocal_names(self) -> list:
        """Named entities that are not the gemeente's own and may be listed in `places`."""
        s = self.settings
        return getattr(s, "NONLOCAL", None) or s.EXTRA + s.ALIASES

    @cached_property
    def earlier(self) -> Earlier:
        """Only the corpora written before this one (as its author read them)."""
        return load_earlier([EARLIER_DIR / n for n in self.settings.EARLIER],
                            [EARLIER_DIR / n for n in self.settings.EARLIER_GAZETTEERS])


def known_corpora() -> list:
    """The folders this tool builds: a config.py beside the gemeente's gazetteer_src.py, in
    number order (heldout9 before heldout10)."""
    return sorted((p.parent.name for p in TOOLS.glob("*/config.py")
                   if (p.parent / "gazetteer_src.py").is_file()),
                  key=lambda name: (len(name), name))


def corpus(name: str) -> Corpus:
    if name not in known_corpora():
        raise SystemExit(f"unknown corpus {name!r}; known: {', '.join(known_corpora())}")
    return Corpus(name)
