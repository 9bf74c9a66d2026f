"""The same search tests, run against a real PostgreSQL server started for them."""

import os
import subprocess  # noqa: S404
import sys
from pathlib import Path

from django.conf import settings

from portal.throwaway import postgres_server

HERE = Path(__file__).resolve()


def test_search_tests_pass_on_postgresql():
    with postgres_server() as database_url:
        done = subprocess.run(  # noqa: S603 - our own test run
            [sys.executable, "-m", "pytest", "-n0", "-q", "sitesearch", f"--ignore={HERE}"],
            cwd=settings.BASE_DIR,
            env={**os.environ, "DATABASE_URL": database_url, "SITESEARCH_ENGINE": "postgresql"},
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    assert " passed" in report and "skipped" not in report, report
