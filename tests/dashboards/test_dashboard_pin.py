"""The copy a page run reads is pinned in one context variable (dashboards.serving_copy): two
runs at the same time each read the copy they started with, every query of a run reads the
same one, and outside a run the newest copy is read."""

from __future__ import annotations

import contextvars
import threading
from itertools import count

from dashboards import serving_copy


def test_each_run_reads_the_copy_it_pinned(serving_data, monkeypatch):
    versions = count(1)  # every resolve finds a newer publication
    monkeypatch.setattr(serving_copy, "_resolve",
                        lambda: (str(serving_data), (next(versions), 0)))
    both_pinned = threading.Barrier(2, timeout=30)
    seen: dict[str, list] = {}

    def page_run(name: str) -> None:
        with serving_copy.pinned_serving_copy():
            both_pinned.wait()  # the other run pins a newer copy meanwhile
            seen[name] = [serving_copy.current_copy() for _ in range(3)]
            # a thread the run starts with its context reads the same copy
            helper = threading.Thread(target=contextvars.copy_context().run, args=(
                lambda: seen[name].append(serving_copy.current_copy()),))
            helper.start()
            helper.join(timeout=30)
            both_pinned.wait()

    runs = [threading.Thread(target=page_run, args=(n,)) for n in ("a", "b")]
    for run in runs:
        run.start()
    for run in runs:
        run.join(timeout=60)
    assert len(set(seen["a"])) == 1 and len(seen["a"]) == 4
    assert len(set(seen["b"])) == 1 and len(seen["b"]) == 4
    assert seen["a"][0] != seen["b"][0]
    # outside a run nothing is pinned: the newest copy, resolved again
    assert serving_copy.current_copy()[1][0] == 3
