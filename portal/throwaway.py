"""Throwaway database servers for tests and benchmarks: started on 127.0.0.1 from Debian's
packages in a temporary directory, stopped and removed afterwards."""

import json
import os
import shutil
import socket
import subprocess  # noqa: S404 - runs Debian's PostgreSQL programs, fixed arguments
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

POSTGRES_BIN = Path(os.environ.get("POSTGRES_BIN", "/usr/lib/postgresql/15/bin"))
# Speed over durability: nothing in a throwaway cluster is meant to survive.
POSTGRES_OPTIONS = (
    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=128MB "
    # An index build writes GBs of WAL: checkpoints by time, not every few seconds.
    "-c max_wal_size=4GB"
)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_postgres(command):
    # PostgreSQL refuses to run as root; Debian's packages make a `postgres` user for it.
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _run(command, check=True):
    done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if check and done.returncode:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")


@contextmanager
def postgres_server():
    """Yield the DATABASE_URL of a new PostgreSQL cluster (superuser `postgres`, trust auth)."""
    if not (POSTGRES_BIN / "initdb").exists():
        raise RuntimeError(f"PostgreSQL not found in {POSTGRES_BIN}: apt-get install postgresql")
    home = Path(tempfile.mkdtemp(prefix="portal-pg-"))
    if os.geteuid() == 0:
        shutil.chown(home, "postgres")
    data, port = home / "data", free_port()
    options = f"-p {port} -k {home} -c listen_addresses=127.0.0.1 {POSTGRES_OPTIONS}"
    pg_ctl = _as_postgres([str(POSTGRES_BIN / "pg_ctl"), "-D", str(data), "-l", str(home / "log")])
    try:
        initdb = [str(POSTGRES_BIN / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8"]
        _run(_as_postgres([*initdb, "--locale=C.UTF-8"]))
        _run([*pg_ctl, "-o", options, "-w", "start"])
        try:
            yield f"postgres://postgres@127.0.0.1:{port}/postgres"
        finally:
            _run([*pg_ctl, "-m", "immediate", "stop"], check=False)
    finally:
        shutil.rmtree(home, ignore_errors=True)


REDIS_SERVER = Path(os.environ.get("REDIS_SERVER", "/usr/bin/redis-server"))


@contextmanager
def redis_server():
    """Yield the REDIS_URL of a new Redis server that keeps nothing on disk."""
    if not REDIS_SERVER.exists():
        raise RuntimeError(f"Redis not found at {REDIS_SERVER}: apt-get install redis-server")
    home = Path(tempfile.mkdtemp(prefix="portal-redis-"))
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [
            str(REDIS_SERVER),
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(home),
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        _wait_for_port(port)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(home, ignore_errors=True)


def _wait_for_port(port, seconds=60):
    """Until something accepts connections on the port (a server that is starting)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


@contextmanager
def sqlite_database():
    """The URL of a new SQLite database in a temporary directory, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="portal-bench-") as folder:
        yield f"sqlite:///{Path(folder) / 'bench.sqlite3'}"


def run_here(database_url, command, *arguments, **environment) -> dict:
    """Migrate the database at `database_url`, run `manage.py COMMAND --here ARGUMENTS…` on
    it, and return the JSON of its last line of output: how the benchmarks measure inside a
    fresh database, whatever the settings of the shell they were started from."""
    env = {**os.environ, "DATABASE_URL": database_url, **environment}
    manage = [sys.executable, str(Path(__file__).resolve().parent.parent / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True)  # noqa: S603 - our manage.py
    done = subprocess.run(  # noqa: S603 - our manage.py
        [*manage, command, "--here", *arguments], env=env, check=True, stdout=subprocess.PIPE, text=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv):
    """`python -m portal.throwaway postgres -- COMMAND…`: run COMMAND with DATABASE_URL set
    to a new PostgreSQL cluster (and TEST_DATABASE=postgresql), then remove the cluster."""
    if argv[:2] != ["postgres", "--"] or len(argv) < 3:
        print("usage: python -m portal.throwaway postgres -- COMMAND [ARG…]", file=sys.stderr)
        return 2
    with postgres_server() as url:
        env = {**os.environ, "DATABASE_URL": url, "TEST_DATABASE": "postgresql"}
        return subprocess.run(argv[2:], env=env, check=False).returncode  # noqa: S603 - the caller's command


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
