"""A throwaway PostgreSQL cluster for the tests: Debian's server binaries, a temporary folder,
a unix socket inside it (no TCP port to collide with another test run), stopped at the end.

`make test` installs the `postgresql` package (Makefile target `postgres`). Run as root (this
machine, CI containers) the server runs as the `postgres` user: PostgreSQL refuses root.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "wijkwijs"


class PostgresMissing(RuntimeError):
    pass


def server_bin() -> Path:
    """The folder with initdb/pg_ctl of the newest installed PostgreSQL."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    raise PostgresMissing(
        "PostgreSQL is not installed: `make setup-test` installs Debian's postgresql package "
        "(the application database is tested against SQLite and PostgreSQL)."
    )


@dataclass(frozen=True)
class Cluster:
    folder: Path
    socket_dir: Path

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.socket_dir}"

    def psql(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, dbname=database,
                             autocommit=True) as con:
            con.execute(sql)

    @contextmanager
    def database(self) -> Iterator[str]:
        """A fresh, empty database for one test; its URL."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        self.psql(f"create database {name}")
        try:
            yield self.url(name)
        finally:
            from wijkwijs.appdb.engine import forget

            forget(self.url(name))
            self.psql(f"drop database if exists {name} with (force)")


def _as_server_user() -> dict:
    """subprocess arguments that run the server as `postgres` when we are root."""
    if os.geteuid() != 0:
        return {}
    return {"user": "postgres", "group": pwd.getpwnam("postgres").pw_gid}


@contextmanager
def running_cluster() -> Iterator[Cluster]:
    bindir = server_bin()
    folder = Path(tempfile.mkdtemp(prefix="wijkwijs-pg-"))
    data, sockets = folder / "data", folder / "run"
    sockets.mkdir()
    run_as = _as_server_user()
    if run_as:
        entry = pwd.getpwnam("postgres")
        for path in (folder, sockets):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    log = folder / "server.log"
    subprocess.run(
        [bindir / "initdb", "-D", data, "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
         "--locale=C.UTF-8", "--no-sync"],
        check=True, capture_output=True, **run_as,
    )
    options = (f"-c listen_addresses='' -c unix_socket_directories={sockets} -c fsync=off "
               "-c max_connections=40 -c shared_buffers=16MB")
    subprocess.run(
        [bindir / "pg_ctl", "-D", data, "-l", log, "-o", options, "-w", "-t", "120", "start"],
        check=True, capture_output=True, **run_as,
    )
    try:
        yield Cluster(folder, sockets)
    finally:
        subprocess.run([bindir / "pg_ctl", "-D", data, "-m", "fast", "-w", "stop"],
                       capture_output=True, **run_as)
        shutil.rmtree(folder, ignore_errors=True)
