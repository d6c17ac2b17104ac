"""The demo municipality Demstervoort (GM9999): boundaries, population and 42 months of inbox.

`write_demo(data_dir, seed)` writes every input file of docs/data-contract.md, byte-for-byte
the same for the same seed; `python -m wijkwijs.demo` does the same from the command line.
"""

from wijkwijs.demo.generate import DemoSummary, write_demo

__all__ = ["DemoSummary", "write_demo"]
