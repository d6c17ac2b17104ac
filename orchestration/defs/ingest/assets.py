"""Ingestion assets: thin wrappers around wijkwijs.ingest (reference data and the inbox)."""

from datetime import date

import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration.defs.jobs import REPLAY_ARCHIVE
from orchestration.defs.resources import WAREHOUSE_POOL, WijkwijsData
from wijkwijs.config import first_month
from wijkwijs.domains import domains
from wijkwijs.ingest.freshness import domain_freshness, max_age_months
from wijkwijs.ingest.load import NotHeld, ingest_inbox, validation_context
from wijkwijs.ingest.replay import InvalidMonthRange, month_range, replay_months
from wijkwijs.ingest.status import write_status
from wijkwijs.ingest.summary import check_summary, problem_rows
from wijkwijs.raw_tables import create_raw_tables
from wijkwijs.reference import InvalidReference, load_reference_if_changed

REFERENCE_KEYS = [
    dg.AssetKey(["raw", t]) for t in ("buurten", "wijken", "population", "population_bands")
]
# the load log too: the mart load_status serves it
INBOX_KEYS = [dg.AssetKey(["raw", t])
              for t in ("case_counts", "stapeling", "youth_input", "load_log")]


@dg.multi_asset(
    specs=[dg.AssetSpec(key, group_name="raw", kinds={"duckdb"}) for key in REFERENCE_KEYS],
    check_specs=[
        dg.AssetCheckSpec(
            "reference_files_usable",
            asset=REFERENCE_KEYS[0],
            blocking=True,
            description="The boundary files (and bevolking.csv) in data/reference/ are usable.",
        )
    ],
    pool=WAREHOUSE_POOL,
)
def reference_data(context: dg.AssetExecutionContext, data: WijkwijsData, duckdb: DuckDBResource):
    """Boundaries (wijk- en buurtkaart) and population from data/reference/, replaced whole.

    Unusable reference files fail the blocking check with a message that names each file and
    what is accepted; the tables keep what they held (nothing is written). Files unchanged
    since they were loaded are not read again."""
    problems = []
    with duckdb.get_connection() as con:
        create_raw_tables(con)
        try:
            loaded = load_reference_if_changed(con, data.paths.reference)
        except InvalidReference as exc:
            problems = [p.line() for p in exc.problems]
            loaded = {}
        counts = loaded or {}
        counts = {  # the rows each table holds now (what was loaded, or what it kept)
            key.path[-1]: counts.get(key.path[-1])
            if key.path[-1] in counts
            else con.execute(f"select count(*) from raw.{key.path[-1]}").fetchone()[0]
            for key in REFERENCE_KEYS
        }
    for key in REFERENCE_KEYS:
        table = key.path[-1]
        yield dg.MaterializeResult(asset_key=key, metadata={"rows": counts[table],
                                                             "reloaded": loaded is not None})
    yield dg.AssetCheckResult(
        check_name="reference_files_usable",
        asset_key=REFERENCE_KEYS[0],
        passed=not problems,
        severity=dg.AssetCheckSeverity.ERROR,
        description="\n".join(problems) or (
            "referentiebestanden gelezen / reference files read" if loaded is not None
            else "referentiebestanden ongewijzigd sinds de vorige lading / reference files "
            "unchanged since they were loaded"),
    )


class InboxConfig(dg.Config):
    """Run config of `inbox_files`: held files the analyst confirms (names in data/held/),
    loaded although they shrink a month (docs/operations.md, make confirm); and the months
    (YYYY-MM, inclusive) the `replay_archive` job reloads from the archive (make backfill)."""

    confirm: list[str] = []
    from_month: str = ""
    to_month: str = ""


def replay_range(context: dg.AssetExecutionContext, config: InboxConfig) -> tuple | None:
    """The months to replay: none in a normal run; both checked when a range is given, and
    required by the replay job. A bad range stops the run before anything is loaded."""
    if not (config.from_month or config.to_month or context.job_name == REPLAY_ARCHIVE):
        return None
    try:
        return month_range(config.from_month, config.to_month,
                           date.fromisoformat(first_month()), date.today())
    except InvalidMonthRange as exc:
        raise dg.Failure(description=str(exc), allow_retries=False) from exc


@dg.multi_asset(
    specs=[
        dg.AssetSpec(key, group_name="raw", kinds={"duckdb"}, deps=[REFERENCE_KEYS[0]])
        for key in INBOX_KEYS
    ],
    check_specs=[
        dg.AssetCheckSpec(
            "inbox_files_accepted",
            asset=INBOX_KEYS[0],
            blocking=True,
            description="Every file in the inbox was loaded; a rejected or held file stops the "
            "publish (its reason and report path are in the metadata).",
        ),
        *[
            dg.AssetCheckSpec(
                f"fresh_{domain}",
                asset=INBOX_KEYS[0],
                description=f"The newest {domain} month is at most WIJKWIJS_MAX_AGE_MONTHS old.",
            )
            for domain in domains()
        ],
    ],
    pool=WAREHOUSE_POOL,
    # Transient faults (a locked file, a full disk being cleared) are retried with back-off;
    # a rejected file is not an exception, it is quarantined, so it is never retried.
    retry_policy=dg.RetryPolicy(max_retries=3, delay=2, backoff=dg.Backoff.EXPONENTIAL),
)
def inbox_files(context: dg.AssetExecutionContext, config: InboxConfig, data: WijkwijsData,
                duckdb: DuckDBResource):
    """Case counts, stapeling and youth input from data/inbox/: loaded whole, held for
    confirmation, or refused with a report."""
    months = replay_range(context, config)
    with duckdb.get_connection() as con:
        create_raw_tables(con)
        ctx = validation_context(con)
        try:
            outcomes = ingest_inbox(con, data.paths, ctx, confirm=tuple(config.confirm))
        except NotHeld as exc:
            write_status(con, data.paths)
            raise dg.Failure(description=str(exc), allow_retries=False) from exc
        replayed = replay_months(con, data.paths, *months, ctx) if months else None
        freshness = domain_freshness(con, list(domains()), date.today())
        totals = {
            key: con.execute(f"select count(*) from raw.{key.path[-1]}").fetchone()[0]
            for key in INBOX_KEYS
        }
        # published apart from the figures: Datastatus shows it even if the build fails
        status_file = write_status(con, data.paths)
    if months and not replayed.files:
        context.log.warning("geen gearchiveerde bestanden voor %s t/m %s / no archived files for "
                            "these months", f"{months[0]:%Y-%m}", f"{months[1]:%Y-%m}")
    by_status: dict[str, list[str]] = {}
    for outcome in outcomes:
        by_status.setdefault(outcome.status, []).append(outcome.file)
    for outcome in outcomes:
        if outcome.status in ("rejected", "held"):
            context.log.error(
                "%s: %s\n%s", outcome.status, outcome.file,
                "\n".join(p.line() for p in outcome.problems[:10]),
            )
    for key in INBOX_KEYS:
        yield dg.MaterializeResult(
            asset_key=key,
            metadata={
                "rows_in_table": totals[key],
                **{f"files_{status}": len(files) for status, files in by_status.items()},
            },
        )
    # an archived file that no longer passes the rules when replayed fails the check too
    replay_problems = [p.line() for p in replayed.problems] if replayed else []
    summary = check_summary(outcomes, replay_problems)
    yield dg.AssetCheckResult(
        check_name="inbox_files_accepted",
        asset_key=INBOX_KEYS[0],
        passed=summary is None,
        severity=dg.AssetCheckSeverity.ERROR,
        description=summary or "alle bestanden geladen / all files loaded" + (
            f"; {len(replayed.files)} bestand(en) uit het archief opnieuw geladen voor "
            f"{months[0]:%Y-%m} t/m {months[1]:%Y-%m} / replayed from the archive"
            if replayed else ""),
        metadata={
            "problems": dg.MetadataValue.md(problem_rows(outcomes, replay_problems)),
            "rejected_files": ", ".join(by_status.get("rejected", [])) or "-",
            "held_files": ", ".join(by_status.get("held", [])) or "-",
            "reports": dg.MetadataValue.json(
                {o.file: str(o.report) for o in outcomes if o.report is not None}),
            "status_file": str(status_file),
            "replayed_months": ", ".join(replayed.months) if replayed else "-",
            "replayed_files": len(replayed.files) if replayed else 0,
            "replayed_rows": replayed.rows if replayed else 0,
        },
    )
    for fresh in freshness:
        yield dg.AssetCheckResult(
            check_name=f"fresh_{fresh.domain}",
            asset_key=INBOX_KEYS[0],
            passed=fresh.fresh,
            severity=dg.AssetCheckSeverity.WARN,
            description=(
                f"nieuwste maand {fresh.newest_period:%Y-%m}, {fresh.age_months} maand(en) oud "
                f"(grens {max_age_months()})"
                if fresh.newest_period
                else "nog niets geladen / nothing loaded yet"
            ),
            metadata={
                "newest_period": str(fresh.newest_period or "-"),
                "rows": fresh.rows,
                "last_loaded_at": str(fresh.last_loaded_at or "-"),
            },
        )
