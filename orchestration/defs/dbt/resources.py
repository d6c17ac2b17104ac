"""The dbt project, built lazily: nothing is parsed when the code location is imported
unless the manifest is missing (then `dbt parse` runs once, as dagster-dbt's preparer does)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from dagster_dbt import DbtCliResource, DbtProject

from wijkwijs.config import DBT_PROJECT_DIR


@cache
def dbt_project() -> DbtProject:
    project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
    if not project.manifest_path.exists():
        project.preparer.prepare(project)
    else:
        project.prepare_if_dev()
    return project


def dbt_resource() -> DbtCliResource:
    # The dbt next to this interpreter, so it works without activating the virtualenv.
    executable = Path(sys.executable).parent / "dbt"
    return DbtCliResource(project_dir=dbt_project(), dbt_executable=str(executable))
