"""One corpus: its folder under tools/, its files under tests/youth/eval/, what it read.

A corpus folder `tools/<name>/` holds only data: `texts/*.txt` (the hand-written, marked-up
lines), `gazetteer_src.py` (its gemeente), `config.py` (seed, earlier corpora, the brief's
minimums, value settings, named entities that must survive) and the generated `voices.json`.
"""
import importlib.util
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import ModuleType

from earlier import Earlier
from earlier import load as load_earlier

TOOLS = Path(__file__).resolve().parents[1]  # tests/youth/eval/tools
EVAL = TOOLS.parent  # where the corpora live


def _module(path: Path, name: str) -> ModuleType:
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
        return _module(self.folder / "config.py", f"{self.name}_config")

    @cached_property
    def gazetteer(self) -> ModuleType:
        return _module(self.folder / "gazetteer_src.py", f"{self.name}_gazetteer_src")

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
        return sorted((self.folder / "texts").glob("*.txt"))

    @cached_property
    def earlier(self) -> Earlier:
        """Only the corpora written before this one (as its author read them)."""
        return load_earlier([EVAL / n for n in self.settings.EARLIER],
                            [EVAL / n for n in self.settings.EARLIER_GAZETTEERS])


def known_corpora() -> list:
    """The folders this tool builds: a config.py beside marked-up texts."""
    return sorted(p.parent.name for p in TOOLS.glob("*/config.py") if (p.parent / "texts").is_dir())


def corpus(name: str) -> Corpus:
    if name not in known_corpora():
        raise SystemExit(f"unknown corpus {name!r}; known: {', '.join(known_corpora())}")
    return Corpus(name)
