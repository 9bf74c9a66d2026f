"""The public pages through the audits an outside reviewer runs (portal/audits.py): axe-core
finds no violation of any impact and the Nu checker no error, at phone and desktop widths,
and the sidebar's late boxes shift nothing (cumulative layout shift under 0.1);
Lighthouse scores accessibility, best practices and SEO at 95 or more. Performance is a
timing: `make bench-audit` reports it, no test asserts it."""

import pytest
from django.core.management import call_command

from delivery.testing import page_as_shown
from portal import audits

from .conftest import DESKTOP, PHONE

pytestmark = [pytest.mark.audit, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
GOAL = 95
# The search page asks not to be indexed (<meta name="robots" content="noindex">), as a
# site's search results should be: Lighthouse's SEO score counts that against it.
NOT_INDEXED = {"搜索": {"is-crawlable"}}


@pytest.fixture
def pages(live_server):
    call_command("load_demo", articles_per_channel=2, verbosity=0)
    return audits.audited_pages()


def test_axe_and_the_nu_checker_find_nothing(pages, live_server, browser, client):
    found = []
    for viewport in (PHONE, DESKTOP):
        # axe-core is injected as an inline script, which the pages' policy refuses; the
        # browser tests and Lighthouse read the pages under the policy.
        tab = browser.new_page(viewport=viewport, bypass_csp=True)
        for page in pages:
            tab.goto(live_server.url + page.path)
            if tab.locator(".live-boxes").count():  # the sidebar fragment, once filled in
                tab.wait_for_selector(".live-boxes.filled")
                shifted = audits.layout_shift(tab)
                if shifted >= 0.1:
                    found.append((page.name, viewport["width"], "layout shift", shifted))
            found += [(page.name, viewport["width"], *violation) for violation in audits.axe_violations(tab)]
        tab.close()
    assert not found, "axe-core: " + "\n".join(map(str, found))
    errors = audits.nu_errors({page.name: page_as_shown(client, page.path) for page in pages})
    assert not errors, f"Nu HTML checker: {errors}"


def test_lighthouse_scores_at_least_95(pages, live_server):
    below = []
    for page in pages:
        for form_factor in audits.WIDTHS:
            scores, failing = audits.lighthouse(live_server.url + page.path, form_factor)
            failing = [audit for audit in failing if audit.split(":")[0] not in NOT_INDEXED.get(page.name, set())]
            low = {key: score for key, score in scores.items() if score < GOAL}
            if page.name in NOT_INDEXED:
                low.pop("seo", None)
            if low or failing:
                below.append((page.name, form_factor, low, failing))
    assert not below, "Lighthouse: " + "\n".join(map(str, below))
