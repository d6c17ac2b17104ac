"""The package layers of pyproject.toml's import-linter contract: reference data above CBS
above the ingest above youth, so the ingest <-> youth and ingest <-> cbs cycles stay gone."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def lint(config: Path, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--no-cache", str(config)],
        cwd=cwd, capture_output=True, text=True, env={"PYTHONPATH": str(cwd)}, check=False)


def test_the_packages_keep_their_layers():
    result = lint(ROOT / "pyproject.toml", ROOT)
    assert "reference data above CBS above the ingest above youth KEPT" in result.stdout
    assert "Contracts: 1 kept, 0 broken." in result.stdout
    assert result.returncode == 0


def test_an_import_upwards_breaks_the_contract(tmp_path):
    """The same layers over a package where the ingest imports cbs: the contract names it."""
    layers = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"][
        "contracts"][0]["layers"]
    assert layers == ["wijkwijs.reference", "wijkwijs.cbs", "wijkwijs.ingest", "wijkwijs.youth"]
    package = tmp_path / "demo_pkg"
    for name in ("reference", "cbs", "ingest", "youth"):
        (package / name).mkdir(parents=True)
        (package / name / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "cbs" / "odata.py").write_text("from demo_pkg.ingest import values\n")
    (package / "ingest" / "values.py").write_text("")
    (package / "ingest" / "reference.py").write_text("from demo_pkg.cbs import odata\n")
    config = tmp_path / ".importlinter"
    config.write_text("\n".join([
        "[importlinter]", "root_package = demo_pkg", "",
        "[importlinter:contract:layers]", "name = layers", "type = layers", "layers =",
        *(f"    {layer.replace('wijkwijs', 'demo_pkg')}" for layer in layers), ""]))
    result = lint(config, tmp_path)
    assert result.returncode == 1
    assert "layers BROKEN" in result.stdout
    assert "demo_pkg.ingest.reference -> demo_pkg.cbs.odata (l.1)" in result.stdout
