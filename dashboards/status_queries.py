"""What the Datastatus page shows analysts: the files the pipeline saw, the newest months per
domain, the CBS fetches and the CBS comparison (queries of the serving copy, no widgets)."""

from __future__ import annotations

import pandas as pd

from dashboards import auth
from dashboards.serving_copy import _query
from wijkwijs.access import DATA_STATUS


def load_status() -> pd.DataFrame:
    """Every file the pipeline has seen, newest first. Analysts only (Datastatus)."""
    auth.require_access().require(DATA_STATUS)
    return _query(
        "select file_name, file_kind, status, rows, periods, loaded_at, message "
        "from load_status order by loaded_at desc, file_name"
    )


def newest_periods() -> pd.DataFrame:
    """Per domain: the newest month in the copy and the newest with a municipal number."""
    return _query(
        "select domain, max(period) as newest, "
        "max(period) filter (where area_level = 'gemeente' and clients_state = 'number') "
        "as newest_number from area_clients_monthly group by domain"
    )


def cbs_fetch_status() -> pd.DataFrame:
    """Per CBS/PDOK source and table: last attempt, status and the last good load (empty when
    no real-data loader ran). Analysts only (Datastatus)."""
    auth.require_access().require(DATA_STATUS)
    return _query("select * from cbs_fetch_status order by source, table_id, year")


def cbs_comparison() -> pd.DataFrame:
    """CBS figures next to the municipality's own, per area, year and measure (empty without
    CBS data). Analysts only (Datastatus)."""
    auth.require_access().require(DATA_STATUS)
    return _query(
        "select area_level, area_code, year, measure_label, cbs_value, cbs_state, cbs_source, "
        "local_value, local_state, local_basis, difference, difference_state "
        "from cbs_comparison order by year desc, area_level, area_code, measure_label"
    )
