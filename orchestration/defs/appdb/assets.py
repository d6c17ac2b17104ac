"""The application database in the pipeline: read the review decisions, write the review copy.

The pipeline only reads the application database (docs/design.md decision 10; docs/appdb.md).
"""

from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration.defs.resources import WAREHOUSE_POOL, WijkwijsData
from wijkwijs.appdb.pipeline_read import read_review_decisions
from wijkwijs.publish.review_copy import publish_review_copy
from wijkwijs.raw_tables import columns as raw_columns
from wijkwijs.raw_tables import create_raw_tables


@dg.asset(key=["raw", "app_youth_reviews"], group_name="raw", kinds={"duckdb"},
          pool=WAREHOUSE_POOL)
def app_youth_reviews(duckdb: DuckDBResource) -> dg.MaterializeResult:
    """The youth-review decisions of the application database, replaced whole each run."""
    decisions = read_review_decisions()
    with duckdb.get_connection() as con:
        create_raw_tables(con)  # the table as its dbt source declares it
        names = ", ".join(raw_columns("app_youth_reviews"))
        con.register("decisions", decisions)
        con.execute("begin transaction")
        con.execute("delete from raw.app_youth_reviews")
        con.execute(f"insert into raw.app_youth_reviews ({names}) select {names} from decisions")
        con.execute("commit")
        con.unregister("decisions")
    counts = decisions["decision"].value_counts().to_dict()
    return dg.MaterializeResult(
        metadata={"decisions": len(decisions), **{str(k): int(v) for k, v in counts.items()}}
    )


@dg.asset(key=["review", "copy"], deps=[dg.AssetKey(["review", "youth_input_held"])],
          group_name="review", kinds={"duckdb"}, pool=WAREHOUSE_POOL)
def review_copy(data: WijkwijsData, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Held youth records for the review page, in a file apart from the serving copy."""
    n = publish_review_copy(Path(duckdb.database), data.paths.review_copy)
    return dg.MaterializeResult(metadata={"held_records": n,
                                          "path": str(data.paths.review_copy)})
