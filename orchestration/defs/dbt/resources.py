"""The dbt project, built lazily. Loading the code location parses dbt only when the manifest is
missing or older than the project files (then `dbt parse` runs once, as dagster-dbt's preparer
does); `make setup` prepares it ahead so a normal start does no dbt work at all."""

from __future__ import annotations

import os
import shutil
import sys
from functools import cache, cached_property
from importlib.metadata import version as installed_version
from pathlib import Path

from dagster_dbt import DbtCliResource, DbtProject
from packaging.version import Version

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


class WijkwijsDbtCliResource(DbtCliResource):
    """dagster-dbt's resource without the in-process dbt adapter it opens before every run
    (~4 s: dbt's config and adapter loaded into this process). The adapter only serves
    row-count and column metadata, which this project does not fetch.

    Nor with the `dbt --version` it runs before the first command of every run to learn which
    dbt it starts (~2 s: a whole dbt start-up): the executable is always the dbt-core installed
    beside this interpreter (dbt_executable), so its version is the installed package's.

    dagster-dbt has no public switch for either, so private members are overridden; the test
    tests/orchestration/test_dbt_resource.py fails when dagster-dbt renames them, changes their
    signature or stops using them in `cli()`, and then this class must change with them."""

    def _initialize_dbt_core_adapter(self, args):  # noqa: ARG002 - same signature
        return None

    @cached_property
    def _cli_version(self) -> Version:
        return Version(installed_version("dbt-core"))


def dbt_executable() -> Path:
    """The dbt next to this interpreter (no virtualenv activation needed), through the
    `wijkwijs-dbt` wrapper that makes it die with its parent (child.py) when installed."""
    folder = Path(sys.executable).parent
    wrapper = folder / "wijkwijs-dbt"
    return wrapper if wrapper.exists() else folder / "dbt"


def _cli(project: DbtProject) -> DbtCliResource:
    return WijkwijsDbtCliResource(project_dir=project, dbt_executable=str(dbt_executable()))


def keep_partial_parse(run_target: Path) -> None:
    """Make a run's parse the one the next run starts from.

    dagster-dbt gives each run its own target folder, seeded with the project's
    partial_parse.msgpack. That file came from `make setup`, parsed with another warehouse
    path, so dbt re-parsed everything on every run ("profile has changed", ~5 s). Copied
    back after a run, the next run on the same warehouse parses only what changed."""
    source = run_target / "partial_parse.msgpack"
    project = dbt_project()
    target = Path(project.project_dir) / project.target_path / "partial_parse.msgpack"
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    except OSError:  # only a speed-up: the next run parses in full, as before
        tmp.unlink(missing_ok=True)


def dbt_resource() -> DbtCliResource:
    return _cli(dbt_project())
