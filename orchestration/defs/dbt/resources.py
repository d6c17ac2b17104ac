"""The dbt project, built lazily. Loading the code location parses dbt only when the manifest is
missing or older than the project files (then `dbt parse` runs once, as dagster-dbt's preparer
does); `make setup` prepares it ahead so a normal start does no dbt work at all."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from dagster_dbt import DbtCliResource, DbtProject

from wijkwijs.config import DBT_PROJECT_DIR

_SOURCE_DIRS = ("models", "seeds", "macros", "tests")


def manifest_is_stale(project: DbtProject) -> bool:
    manifest = project.manifest_path
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    files = [DBT_PROJECT_DIR / "dbt_project.yml"]
    files += [p for d in _SOURCE_DIRS for p in (DBT_PROJECT_DIR / d).rglob("*") if p.is_file()]
    return any(p.stat().st_mtime > built for p in files)


@cache
def dbt_project() -> DbtProject:
    project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
    if manifest_is_stale(project):
        _cli(project).cli(["parse", "--quiet"], target_path=project.target_path).wait()
    return project


def _cli(project: DbtProject) -> DbtCliResource:
    # The dbt next to this interpreter, so it works without activating the virtualenv.
    executable = Path(sys.executable).parent / "dbt"
    return DbtCliResource(project_dir=project, dbt_executable=str(executable))


def dbt_resource() -> DbtCliResource:
    return _cli(dbt_project())
