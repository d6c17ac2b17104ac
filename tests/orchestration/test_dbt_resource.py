"""The dbt resource: the one private dagster-dbt method it overrides is pinned here, the
warehouse reaches dbt through `--vars` without touching os.environ, and the wrapper dbt runs
in ends when the pipeline that started it is gone."""

import inspect
import json
import os
import subprocess
import sys
import textwrap
from functools import cached_property

from dagster_dbt import DbtCliResource
from dagster_dbt.core import resource as dagster_dbt_resource

from orchestration.defs.dbt.assets import warehouse_vars
from orchestration.defs.dbt.resources import WijkwijsDbtCliResource, dbt_resource
from tests.reliability.reliability_helpers import wait_for_group_end
from wijkwijs.config import PROJECT_ROOT


def test_the_overridden_private_method_still_exists_with_the_same_signature():
    # dagster-dbt renamed or re-signed it: the override no longer saves the adapter start
    ours = inspect.signature(WijkwijsDbtCliResource._initialize_dbt_core_adapter)
    theirs = inspect.signature(DbtCliResource._initialize_dbt_core_adapter)
    assert list(ours.parameters) == list(theirs.parameters) == ["self", "args"]


def test_the_dbt_version_is_the_installed_one_without_starting_dbt(monkeypatch):
    # dagster-dbt still reads the version through this member (else the override saves nothing)
    assert isinstance(inspect.getattr_static(DbtCliResource, "_cli_version"), cached_property)
    assert "self._cli_version" in inspect.getsource(DbtCliResource.cli)
    resource = dbt_resource()
    said = subprocess.run([resource.dbt_executable, "--version"], capture_output=True,
                          text=True, check=True).stdout
    started = []
    monkeypatch.setattr(dagster_dbt_resource, "check_output",
                        lambda *a, **k: started.append(a) or b"")
    assert f"installed: {resource._cli_version}" in said
    assert started == []  # no `dbt --version` process


def test_cli_hands_dbt_no_adapter_and_the_warehouse_as_vars(monkeypatch, tmp_path):
    started, asked = {}, []
    original = WijkwijsDbtCliResource._initialize_dbt_core_adapter

    def spy(self, args):
        asked.append(list(args))
        return original(self, args)

    def fake_run(cls, **kwargs):  # instead of starting dbt
        started.update(kwargs)
        return "invocation"

    monkeypatch.setattr(WijkwijsDbtCliResource, "_initialize_dbt_core_adapter", spy)
    monkeypatch.setattr(dagster_dbt_resource.DbtCliInvocation, "run", classmethod(fake_run))
    environ = dict(os.environ)
    database = str(tmp_path / "wijkwijs.duckdb")
    assert dbt_resource().cli(["build", *warehouse_vars(database)]) == "invocation"
    # dagster-dbt's cli() still asks the overridden method for its adapter, and gets none
    assert asked == [["build", "--vars", json.dumps({"warehouse": database})]]
    assert started["adapter"] is None
    args = started["args"]
    assert json.loads(args[args.index("--vars") + 1]) == {"warehouse": database}
    assert os.environ == environ  # nothing set around dbt
    assert "WIJKWIJS_PARENT_PID" not in started["env"]


ORPHAN = textwrap.dedent(
    """
    import subprocess, sys
    child = subprocess.Popen([sys.executable, "-c", '''
    import sys
    from orchestration.defs.dbt.child import die_with_parent
    sys.stdin.read()  # returns when the parent, holding the other end, is gone
    die_with_parent()
    open(sys.argv[1], "w").write("survived")
    ''', sys.argv[1]], stdin=subprocess.PIPE, stdout=subprocess.PIPE, start_new_session=True)
    print(child.pid, flush=True)
    """
)


def test_a_dbt_wrapper_whose_pipeline_died_before_it_asked_for_the_signal_exits(tmp_path):
    marker = tmp_path / "survived"
    parent = subprocess.run([sys.executable, "-c", ORPHAN, str(marker)], cwd=PROJECT_ROOT,
                            capture_output=True, text=True, timeout=120)
    child = int(parent.stdout)
    wait_for_group_end(child)  # its own group, no signal: it must end by itself
    assert not marker.exists()


def test_a_dbt_wrapper_with_its_pipeline_alive_goes_on(tmp_path):
    marker = tmp_path / "survived"
    child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(
        """
        import sys
        from orchestration.defs.dbt.child import die_with_parent
        die_with_parent()
        open(sys.argv[1], "w").write("survived")
        """), str(marker)], cwd=PROJECT_ROOT, stdout=subprocess.PIPE)
    child.communicate(timeout=120)
    assert child.returncode == 0 and marker.read_text() == "survived"
