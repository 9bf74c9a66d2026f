"""Third-party audits of the public pages, as an outside reviewer runs them: axe-core in
Chromium, the Nu HTML checker (vnu.jar) and Lighthouse 12.2.3, all pinned in audits/ and
installed by `make test`. Used by portal/tests/test_audits.py and `manage.py audit_pages`."""

import json
import shutil
import subprocess  # noqa: S404 - the pinned audit tools, fixed arguments
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.utils import timezone

TOOLS = Path(settings.BASE_DIR) / "audits" / "node_modules"
AXE = TOOLS / "axe-core" / "axe.min.js"
VNU = TOOLS / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = TOOLS / "lighthouse" / "cli" / "index.js"
CHROMIUM = Path("/usr/bin/chromium")
# Debian's Chromium in this sandbox, without the connections a closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WIDTHS = {"phone": 375, "desktop": 1280}
# Lighthouse's scored categories; performance is a timing, reported by `manage.py
# audit_pages` and never asserted by a test.
CHECKED = ("accessibility", "best-practices", "seo")
ALL_CATEGORIES = ("performance", *CHECKED)


@dataclass(frozen=True)
class AuditedPage:
    name: str
    path: str


def audited_pages():
    """The public pages the audits read: one of each kind, from the demo content."""
    from news.models import Article, Channel
    from topics.models import Topic

    newest = Article.objects.live().order_by("-publish_time").first()
    day = timezone.localtime(newest.publish_time).date()
    return [
        AuditedPage("首页", "/"),
        AuditedPage("栏目", Channel.objects.get(slug="gonghui").url),
        AuditedPage("稿件", newest.url),
        AuditedPage("日历月", f"/calendar/{day:%Y/%m}/"),
        AuditedPage("日历日", f"/calendar/{day:%Y/%m/%d}/"),
        AuditedPage("搜索", "/search/?" + urlencode({"q": "工会"})),
        AuditedPage("专题列表", Topic.objects.live().first().get_parent().url),
        AuditedPage("专题", Topic.objects.live().first().url),
    ]


def axe_violations(page):
    """axe-core's violations on the page open in Playwright: [(rule, impact, [targets])]."""
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    return [(v["id"], v["impact"], [" ".join(node["target"]) for node in v["nodes"]]) for v in found]


def layout_shift(page):
    """The page's cumulative layout shift so far (Lighthouse counts above 0.1 as poor): the
    sidebar's boxes arrive after the page and must not push the rest about."""
    return page.evaluate(
        """() => {
            const observer = new PerformanceObserver(() => {});
            observer.observe({type: "layout-shift", buffered: true});
            const entries = observer.takeRecords();
            observer.disconnect();
            return entries.filter(e => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0);
        }"""
    )


def nu_errors(html_by_name):
    """The Nu checker's errors per page, over {name: html} in one run of the checker."""
    names = list(html_by_name)
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / f"{n}.html" for n in range(len(names))]
        for path, name in zip(paths, names, strict=True):
            path.write_text(html_by_name[name])
        run = subprocess.run(  # noqa: S603
            [shutil.which("java") or "/usr/bin/java", "-jar", str(VNU), "--errors-only", "--format", "json"]
            + [str(path) for path in paths],
            capture_output=True,
            text=True,
            timeout=300,
        )
    errors = {}
    for message in json.loads(run.stderr or run.stdout)["messages"]:
        if "url" not in message:  # about the run, not a page: the checker could not work
            raise RuntimeError(f"Nu checker: {message}")
        name = names[int(Path(message["url"]).stem)]
        errors.setdefault(name, []).append(f"{message.get('lastLine')}: {message['message']}")
    return errors


def lighthouse(url, form_factor, categories=CHECKED):
    """Lighthouse's scores (0-100) of `url` on a phone (its default) or a desktop."""
    command = [
        shutil.which("node") or "/usr/bin/node",
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        "--output-path=stdout",
        f"--only-categories={','.join(categories)}",
        f"--chrome-flags={' '.join(['--headless=new', *CHROMIUM_ARGS])}",
        "--disable-full-page-screenshot",
    ]
    if form_factor == "desktop":
        command.append("--preset=desktop")
    environment = {"CHROME_PATH": str(CHROMIUM), "PATH": "/usr/bin:/bin", "HOME": tempfile.gettempdir()}
    run = subprocess.run(command, capture_output=True, text=True, timeout=300, env=environment)  # noqa: S603
    if run.returncode:
        raise RuntimeError(f"Lighthouse failed on {url}: {run.stderr[-2000:]}")
    report = json.loads(run.stdout)
    scores = {key: round(category["score"] * 100) for key, category in report["categories"].items()}
    failing = [
        f"{audit['id']}: {audit['title']}"
        for audit in report["audits"].values()
        if audit.get("score") is not None and audit["score"] < 1 and audit.get("scoreDisplayMode") == "binary"
    ]
    return scores, failing
