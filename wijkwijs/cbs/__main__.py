"""`python -m wijkwijs.cbs fetch --gemeente GM0363 --jaren 2023 2024` (needs internet) and
`python -m wijkwijs.cbs laad` (local files and the cache only, offline)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date, timedelta

from wijkwijs.cbs import odata
from wijkwijs.cbs.api import APIS
from wijkwijs.cbs.config import (
    ODATA,
    PDOK,
    ConfigError,
    load_selection,
    parse_years,
    resolve_gemeente,
)
from wijkwijs.cbs.pdok import download_boundaries
from wijkwijs.cbs.refresh import FIRST_KWB_YEAR
from wijkwijs.cbs.run import cache_dir, refresh
from wijkwijs.cbs.transport import Fetcher, UrllibTransport
from wijkwijs.config import paths
from wijkwijs.ingest.warehouse import connect


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m wijkwijs.cbs", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    fetch = sub.add_parser("fetch", help="grenzen (PDOK) en CBS-cijfers ophalen")
    fetch.add_argument("--gemeente", help="GM-code of naam, bv. GM0363 of Amsterdam")
    fetch.add_argument("--jaren", nargs="*", default=None, help="bv. 2023 2024")
    fetch.add_argument("--zonder-grenzen", action="store_true", help="geen grenzen ophalen")
    fetch.add_argument("--opnieuw", action="store_true", help="cache negeren, alles opnieuw")
    fetch.add_argument("--odata", choices=ODATA, help="CBS OData v3 (standaard) of v4")
    fetch.add_argument("--pdok", choices=PDOK, help="PDOK OGC API (standaard) of WFS")
    laad = sub.add_parser("laad", help="alleen lokale bestanden en de cache (offline)")
    laad.add_argument("--gemeente")
    laad.add_argument("--jaren", nargs="*", default=None)
    laad.add_argument("--odata", choices=ODATA, help="welke cache: CBS OData v3 of v4")
    return parser


def default_years(today: date | None = None) -> tuple[int, ...]:
    """Every boundary year from the first KWB edition wijkwijs reads up to this year."""
    return tuple(range(FIRST_KWB_YEAR, (today or date.today()).year + 1))


def _gm_code(value: str, fetcher: Fetcher, api) -> str:
    """A name needs the CBS region list; a code does not."""
    from wijkwijs.cbs.config import gemeente_code

    code = gemeente_code(value)
    if code:
        return code
    tables = odata.kwb_tables(api.catalogue(fetcher, "Kerncijfers wijken en buurten"))
    newest = tables[max(tables)]
    meta = api.table_meta(fetcher, newest)
    return resolve_gemeente(value, api.gemeente_names(fetcher, newest, meta.region_key))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    data = paths()
    try:
        selection = load_selection()
    except ConfigError as exc:
        print(f"Instelling niet bruikbaar: {exc}", file=sys.stderr)
        return 2
    if args.gemeente:
        selection = replace(selection, gemeente=args.gemeente)
    if args.jaren:
        selection = replace(selection, jaren=parse_years(args.jaren))
    if args.odata:
        selection = replace(selection, odata=args.odata)
    if getattr(args, "pdok", None):
        selection = replace(selection, pdok=args.pdok)
    if args.command == "fetch" and not selection.gemeente:
        print("Geef een gemeente: --gemeente GM0363 (of WIJKWIJS_GEMEENTE).", file=sys.stderr)
        return 2
    online = args.command == "fetch"
    try:
        if online and not args.zonder_grenzen:
            fetcher = Fetcher(UrllibTransport(), cache_dir(data), refresh=args.opnieuw)
            code = _gm_code(selection.gemeente, fetcher, APIS[selection.odata])
            selection = replace(selection, gemeente=code)
            years = selection.jaren or default_years()
            if not selection.jaren:
                print(f"Geen --jaren: elke jaargang van {years[0]} tot en met {years[-1]}.")
            for year in years:
                try:
                    path = download_boundaries(fetcher, code, year, data.reference, selection.pdok)
                    print(f"Grenzen {year}: {path}")
                except (OSError, ValueError) as exc:
                    print(f"Grenzen {year} niet opgehaald: {exc}", file=sys.stderr)
        con = connect(data.warehouse)
        try:
            entries = refresh(
                con,
                data,
                selection,
                online=online,
                max_age=timedelta(days=1),
                refresh_cache=online and args.opnieuw,
            )
        finally:
            con.close()
    except (ConfigError, OSError) as exc:
        print(f"Mislukt: {exc}", file=sys.stderr)
        return 1
    for e in entries:
        print(f"{e.status:8} {e.source:13} {e.table_id or '-':28} {e.year or '-'}  {e.message}")
    return 1 if any(e.status == "failed" for e in entries) else 0


if __name__ == "__main__":
    sys.exit(main())
