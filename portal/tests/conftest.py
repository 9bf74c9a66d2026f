"""Browser fixtures: Playwright driving Debian's Chromium (Playwright's own download
does not work here). With CI=true a missing browser fails the run, never skips it."""

import os
from pathlib import Path

import pytest

from portal.audits import CHROMIUM, CHROMIUM_ARGS

# Into var/, so that a test run leaves the working tree as it was; `make screenshots`
# copies them to docs/screenshots/, which README.md shows.
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium package")
    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls
    # are still plain synchronous code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from django.db import connections
    from playwright.sync_api import sync_playwright

    serialized = {alias: getattr(connections[alias], "_test_serialized_contents", None) for alias in connections}
    with sync_playwright() as playwright:
        # Playwright's loop gives this thread a fresh context, and with it fresh Django
        # connections: hand them the test database's contents, or serialized_rollback of
        # every later transactional test restores nothing.
        for alias, contents in serialized.items():
            if contents is not None:
                connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
