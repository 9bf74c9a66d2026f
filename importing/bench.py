"""What `make bench-import` measures, inside an empty database: each format's import rate
(start-up included, search index and old addresses written), a second run of the same
archive, and the 404 and 301 paths with a million old addresses, beside Wagtail's redirects."""

import json
import logging
import statistics
import subprocess  # noqa: S404 - runs this project's own manage.py
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.test import Client
from wagtail.contrib.redirects.models import Redirect

from demo.channels import ensure_channels
from news.models import Article
from news.testing import home_page

from . import benchdata
from .models import OldAddress

BATCH = 50_000
WIRE_CHANNEL = "shizheng"
FORMATS = {
    "crawled": ("抓取文本页", benchdata.write_crawled, {}, []),
    "html-utf8": ("HTML UTF-8", benchdata.write_html, {"encoding": "utf-8"}, []),
    "html-gbk": ("HTML GBK", benchdata.write_html, {"encoding": "gb18030"}, []),
    "wxr": ("WordPress WXR", benchdata.write_wxr, {}, []),
    # Wire stories are drafts that enter 三审 one by one (a revision and a workflow each);
    # a tenth as many, as a newsroom takes tens of them in a pull, not thousands.
    "feed": ("RSS 通稿", benchdata.write_feeds, {}, ["--channel", WIRE_CHANNEL]),
}
SHARE = {"feed": 0.1}


def run(pages, addresses, progress):
    ensure_channels(home_page())
    figures = {"formats": []}
    with tempfile.TemporaryDirectory(prefix="portal-import-") as folder:
        for name, (label, write, options, arguments) in FORMATS.items():
            archive, count = Path(folder) / name, int(pages * SHARE.get(name, 1))
            write(archive, count, **options)
            first = _import(archive, Path(folder) / f"{name}-1", arguments)
            again = _import(archive, Path(folder) / f"{name}-2", arguments)
            figures["formats"].append(
                row := {
                    "format": label,
                    "pages": count,
                    "first_rate": round(count / first, 1),
                    "first_seconds": round(first, 1),
                    "again_rate": round(count / again, 1),
                }
            )
            print(json.dumps(row, ensure_ascii=False), file=sys.stderr)  # kept if a later step fails
    figures["articles"] = Article.objects.count()
    figures["redirects"] = _redirects(addresses, progress)
    return figures


def _import(archive, report, arguments):
    manage = str(Path(settings.BASE_DIR) / "manage.py")
    command = [sys.executable, manage, "import_archive", str(archive), "--report", str(report), *arguments]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603
    return time.perf_counter() - started


def _redirects(total, progress):
    """Fill both tables to `total` rows, then time requests through the whole stack."""
    logging.getLogger("django.request").setLevel(logging.ERROR)  # a line per 404 otherwise
    ids = list(Article.objects.filter(live=True).values_list("pk", flat=True)[:1000])
    site = home_page().get_site()
    client = Client(HTTP_HOST="127.0.0.1")
    empty_404 = _timed(client, "/c/1999-01-01/{n}.shtml", total, 404)
    fill = {"old_addresses": 0.0, "wagtail": 0.0}
    bar = progress(total * 2, "旧地址")
    for start in range(0, total, BATCH):
        span = range(start, min(start + BATCH, total))
        began = time.perf_counter()
        with transaction.atomic():
            OldAddress.objects.bulk_create(
                OldAddress(key=f"/c/2015-01-01/{n}.shtml", article_id=ids[n % len(ids)]) for n in span
            )
        fill["old_addresses"] += time.perf_counter() - began
        began = time.perf_counter()
        with transaction.atomic():
            Redirect.objects.bulk_create(
                Redirect(old_path=f"/w/2015-01-01/{n}.shtml", site=site, redirect_page_id=ids[n % len(ids)])
                for n in span
            )
        fill["wagtail"] += time.perf_counter() - began
        bar.update(2 * len(span))
    bar.close()
    return {
        "unknown_404_empty_ms": empty_404,
        "rows": total,
        "fill_rate": {name: round(total / seconds) for name, seconds in fill.items()},
        "old_address_301_ms": _timed(client, "/c/2015-01-01/{n}.shtml", total, 301),
        "wagtail_301_ms": _timed(client, "/w/2015-01-01/{n}.shtml", total, 301),
        "unknown_404_ms": _timed(client, "/c/1999-01-01/{n}.shtml", total, 404),
    }


def _timed(client, pattern, total, status, rounds=500):
    times = []
    for n in range(rounds):
        began = time.perf_counter()
        response = client.get(pattern.format(n=(n * 7919) % total))
        times.append((time.perf_counter() - began) * 1000)
        assert response.status_code == status, (pattern, response.status_code)
    times.sort()
    return {"p50": round(statistics.median(times), 2), "p95": round(times[int(len(times) * 0.95)], 2)}
