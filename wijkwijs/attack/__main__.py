"""`make audit`: run the attacker on a serving copy and say whether it may be published.

    python -m wijkwijs.attack [SERVING_COPY]

Default: the serving copy of this data folder. Exit status 1 when the copy is not publishable.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wijkwijs.attack import audit_copy
from wijkwijs.config import paths


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else paths().serving
    if not path.exists():
        print(f"Geen serving-kopie in {path} / no serving copy at {path}", file=sys.stderr)
        return 2
    audit = audit_copy(path)
    print(audit.text())
    return 0 if audit.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
