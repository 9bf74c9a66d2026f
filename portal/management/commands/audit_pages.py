"""`make bench-audit`: the public pages of a running portal through axe-core, the Nu checker
and Lighthouse (all four categories, performance too), phone and desktop, as a table."""

import time
import urllib.request

from django.core.management.base import BaseCommand, CommandError
from playwright.sync_api import sync_playwright
from tqdm import tqdm

from portal import audits


class Command(BaseCommand):
    help = "第三方审查:axe-core、Nu HTML 检查器、Lighthouse(手机与桌面),逐页打印结果。"

    def add_arguments(self, parser):
        parser.add_argument("--base", default="http://127.0.0.1:8000", help="门户地址(先运行 make run)")

    def handle(self, *args, base, **options):
        pages = audits.audited_pages()
        self._wait_for(base)
        html = {page.name: self._fetch(base + page.path) for page in pages}
        nu = audits.nu_errors(html)
        axe = self._axe(base, pages)
        rows = []
        for page in tqdm(pages, desc="Lighthouse", unit="页"):
            for form_factor in audits.WIDTHS:
                scores, failing = audits.lighthouse(base + page.path, form_factor, audits.ALL_CATEGORIES)
                rows.append((page, form_factor, scores, failing))
        self._report(rows, axe, nu)

    @staticmethod
    def _fetch(url):
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - our own server
            return response.read().decode()

    def _wait_for(self, base, seconds=20):
        """The server may still be starting (make bench-audit starts it just before)."""
        for _ in range(seconds * 5):
            try:
                return self._fetch(base + "/")
            except OSError:
                time.sleep(0.2)
        raise CommandError(f"{base} 没有响应:请先运行 make run,或用 make bench-audit")

    @staticmethod
    def _axe(base, pages):
        found = {}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(audits.CHROMIUM), args=audits.CHROMIUM_ARGS)
            for form_factor, width in audits.WIDTHS.items():
                tab = browser.new_page(viewport={"width": width, "height": 900})
                for page in pages:
                    tab.goto(base + page.path)
                    found[page.name, form_factor] = audits.axe_violations(tab)
            browser.close()
        return found

    def _report(self, rows, axe, nu):
        self.stdout.write("| 页面 | 宽度 | 性能 | 无障碍 | 最佳做法 | SEO | axe | Nu |")
        self.stdout.write("|---|---|---|---|---|---|---|---|")
        for page, form_factor, scores, failing in rows:
            cells = [scores.get(key, "-") for key in audits.ALL_CATEGORIES]
            counts = [len(axe[page.name, form_factor]), len(nu.get(page.name, []))]
            self.stdout.write(f"| {page.name} | {form_factor} | {' | '.join(map(str, cells + counts))} |")
            for audit in failing:
                self.stdout.write(f"    Lighthouse: {audit}")
        for (name, form_factor), violations in axe.items():
            for rule, impact, targets in violations:
                self.stdout.write(f"    axe {name} {form_factor}: {rule} ({impact}) {targets[:3]}")
        for name, errors in nu.items():
            for error in errors[:10]:
                self.stdout.write(f"    Nu {name}: {error}")
