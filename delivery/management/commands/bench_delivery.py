"""`make bench`: delivery measured side by side on the benchmark stack that deploy/bench
starts (PostgreSQL, Redis, granian, nginx, in var/bench/), with this command's settings
pointing at it. Safe to run twice: the articles are generated only up to --articles."""

import json
import os
import random
import re
import subprocess  # noqa: S404 - manage.py of this project, fixed arguments
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from tqdm import tqdm

from delivery import benchmark as bench
from news.filing import file_article
from news.models import Article, Channel

NGINX = os.environ.get("BENCH_NGINX", "127.0.0.1:8090")
APP = os.environ.get("BENCH_APP", "127.0.0.1:8002")
CEILING_PORT, EMBEDDED_PORT = 8003, 8004


class Command(BaseCommand):
    help = "发布与缓存基准:静态文件、框架上限、门户缓存与未缓存页面、每页 SQL 查询、发布到可见、阅读计数。"

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=100_000, help="稿件总数(不足时生成)")
        parser.add_argument("--seconds", type=int, default=10, help="每项负载的秒数")
        parser.add_argument("--publishes", type=int, default=20, help="测量发布到可见的次数")
        parser.add_argument("--soak", type=int, default=0, help="持续负载秒数(0 为不做):中途重启 PostgreSQL")

    def handle(self, *args, **options):
        if not settings.PURGE_URLS:
            raise CommandError("请用 make bench 运行:它先启动基准用的 nginx、PostgreSQL 与 Redis。")
        seconds = options["seconds"]
        self._fill(options["articles"])
        home, channel, story = self._pages()
        article = story.url
        figures = {"articles": Article.objects.live().count()}
        with tqdm(total=8, desc="基准", unit="项") as bar:
            figures["static"] = self._static(article, seconds)
            bar.update()
            figures["ceiling"] = self._ceiling(seconds, workers=2, threads=4)
            bar.update()
            figures["cached"] = {
                name: bench.wrk(f"http://{NGINX}{url}", 64, seconds)
                for name, url in self._three(home, channel, article)
            }
            bar.update()
            figures["uncached"] = {
                name: bench.wrk(f"http://{APP}{url}", 16, seconds) for name, url in self._three(home, channel, article)
            }
            figures["uncached"]["cold"] = bench.cycle(f"http://{APP}", self._cold_articles(story), 16, seconds)
            bar.update()
            figures["queries"] = self._queries(home, channel, article)
            bar.update()
            figures["visible"] = self._visible(options["publishes"])
            bar.update()
            figures["beacons"] = self._beacons(story.id, seconds)
            bar.update()
            figures["embedded"], figures["embedded_ceiling"] = self._embedded(seconds)
            bar.update()
        if options["soak"]:
            figures["soak"] = self._soak(home, channel, article, options["soak"])
        self._report(figures)

    def _fill(self, total):
        from demo.bulk import generate

        missing = total - Article.objects.count()
        if missing > 0:
            with tqdm(total=missing, desc="生成稿件", unit="篇") as bar:
                generate(missing, bar.update)

    def _pages(self):
        """The home page, a sub-channel (深度报道 under 工会) and the reference article."""
        channel = Channel.objects.get(slug="shendu")
        article = (
            Article.objects.live().filter(title__startswith="做好“六字”").first() or Article.objects.live().first()
        )
        return "/", channel.url, article

    @staticmethod
    def _cold_articles(story, count=5000):
        """Articles never shown since their last change, as far as a sample can tell: a
        random few thousand of the corpus, each rendered from its rows (bylines, tags, 更正)."""
        ids = list(Article.objects.live().exclude(pk=story.pk).values_list("pk", flat=True))
        chosen = random.sample(ids, min(count, len(ids)))  # noqa: S311 - a sample, not a secret
        return [article.url for article in Article.objects.filter(pk__in=chosen)]

    @staticmethod
    def _three(home, channel, article):
        return [("article", article), ("channel", channel), ("home", home)]

    def _static(self, article, seconds):
        """nginx serving a file of the cached article's own bytes."""
        copy = Path(settings.STATIC_ROOT) / "bench" / "article.html"
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(bench.fetch(f"http://{NGINX}{article}"))
        return bench.wrk(f"http://{NGINX}/static/bench/article.html", 64, seconds)

    def _ceiling(self, seconds, workers, threads):
        body = Path(settings.STATIC_ROOT) / "bench" / "article.html"
        env = {**os.environ, "CEILING_BODY": str(body)}
        server = bench.start_granian("delivery.ceiling:application", CEILING_PORT, workers, threads, env)
        try:
            bench.wait_until(f"http://127.0.0.1:{CEILING_PORT}/")
            return bench.wrk(f"http://127.0.0.1:{CEILING_PORT}/", 16, seconds)
        finally:
            bench.stop(server)

    def _queries(self, home, channel, article):
        """SQL queries of one page built by the app (no page cache in this process): built
        again once what it shows is remembered (settings, modules, the article's own parts),
        and an article's first build."""
        client = Client(HTTP_HOST=APP)
        counts = {}
        for name, url in [*self._three(home, channel, article), ("calendar", "/calendar/"), ("sidebar", "/sidebar/")]:
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200, url
            counts[name] = len(queries)
        cold = Article.objects.live().order_by("?").first()  # its own parts not remembered yet
        with CaptureQueriesContext(connection) as queries:
            assert client.get(cold.url).status_code == 200, cold.url
        counts["article_first_build"] = len(queries)
        return counts

    def _visible(self, publishes):
        """A new article in 深度报道, published: for each page that lists it (both channels,
        home, the calendar day, both feeds, the news sitemap, the API list; each cached
        before), the time until it shows it through nginx; and until all of them do."""
        channel = Channel.objects.get(slug="shendu")
        parent = channel.get_parent()
        day = timezone.localdate()
        urls = [
            channel.url,
            parent.url,
            "/",
            f"/calendar/{day:%Y/%m/%d}/",
            "/rss.xml",
            f"/rss/{channel.id}.xml",
            "/news-sitemap.xml",
            f"/api/v1/channels/{channel.id}/articles",
        ]
        timings, everywhere = [], []
        for n in range(publishes):
            for url in urls:
                bench.fetch(f"http://{NGINX}{url}")
            title = f"基准发布第{n}篇{timezone.now():%H%M%S%f}"
            draft = file_article(
                channel, Article(title=title, source="中工网", editor="基准", live=False, publish_time=timezone.now())
            )
            pages = bench.visible_after(
                lambda d=draft: d.save_revision().publish(), [f"http://{NGINX}{url}" for url in urls], title
            )
            timings += pages
            everywhere.append(max(pages))
        p50, p95 = bench.percentiles(timings)
        return {
            "p50_ms": round(p50 * 1000, 1),
            "p95_ms": round(p95 * 1000, 1),
            "everywhere_p95_ms": round(bench.percentiles(everywhere)[1] * 1000, 1),
            "max_ms": round(max(timings) * 1000, 1),
        }

    def _beacons(self, article_id, seconds):
        """Beacons answered by nginx, then judged from its logs (by this pass and the stack's
        own counter): wrk is one reader at one address, so one view is stored and the rest are
        turned away (ranking.admission)."""
        from ranking.admission import token
        from ranking.beacon_log import count_logged

        count_logged(settings.BEACON_LOG_DIR)
        before = self._views(article_id)
        signed = f"http://{NGINX}/ranking/hit/{article_id}/?t={token(article_id)}"
        load = bench.wrk(signed, 64, seconds, method="POST")
        count_logged(settings.BEACON_LOG_DIR)
        return {"load": load, "answered": load.requests - load.errors, "stored": self._views(article_id) - before}

    @staticmethod
    def _views(article_id):
        from django.db.models import Sum

        from ranking.models import ViewCount

        return ViewCount.objects.filter(article_id=article_id).aggregate(total=Sum("views"))["total"] or 0

    def _embedded(self, seconds):
        """`make run`'s server (granian, one process, four threads, SQLite, in-process page
        cache) on a warm article, and the ceiling of the same server."""
        folder = Path(settings.VAR_DIR) / "embedded"
        (folder / "static").mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "PURGE_URL"}}
        env.update(
            DJANGO_SETTINGS_MODULE="portal.settings.dev",
            DEBUG="0",
            PORTAL_VAR_DIR=str(folder),
            MEDIA_ROOT=str(folder / "media"),
            RANKING_FLUSH_SECONDS="10",
        )
        for command in (["migrate", "-v0"], ["load_demo", "--once", "-v0"]):
            subprocess.run([sys.executable, "manage.py", *command], env=env, check=True)  # noqa: S603
        server = bench.start_granian("portal.wsgi:application", EMBEDDED_PORT, 1, 4, env)
        try:
            home = bench.wait_until(f"http://127.0.0.1:{EMBEDDED_PORT}/")
            article = re.search(r'href="(/gonghui/\d{4}-\d{2}/[^"]+/)"', home).group(1)
            bench.fetch(f"http://127.0.0.1:{EMBEDDED_PORT}{article}")
            embedded = bench.wrk(f"http://127.0.0.1:{EMBEDDED_PORT}{article}", 16, seconds)
        finally:
            bench.stop(server)
        return embedded, self._ceiling(seconds, workers=1, threads=4)

    def _soak(self, home, channel, article, seconds):
        """The public pages at 80 % of the rate nginx gave them, PostgreSQL restarted half way."""
        paths = [article, channel, home, "/calendar/", "/sidebar/", "/rss.xml", "/api/v1/channels"]
        capacity = bench.wrk(f"http://{NGINX}{article}", 64, 5).rate
        data = Path(os.environ["PORTAL_PROD_DIR"]) / "pg" / "data"
        pg_ctl = ["runuser", "-u", "postgres", "--", "/usr/lib/postgresql/15/bin/pg_ctl", "-D", str(data)]

        def restart():
            # The new server writes to its log, not to pipes this process would wait on.
            log = ["-l", str(data.parent / "log")]
            subprocess.run([*pg_ctl, *log, "-m", "fast", "-w", "restart"], check=True, stdout=subprocess.DEVNULL)  # noqa: S603

        load, errors = bench.soak(f"http://{NGINX}", paths, 0.8 * capacity, seconds, 64, restart)
        return {"target_rate": round(0.8 * capacity), "load": load, "server_errors": errors, "seconds": seconds}

    def _report(self, f):
        static, ceiling = f["static"], f["ceiling"]
        lines = [
            f"稿件 {f['articles']:,} 篇;负载 wrk 2 线程,与服务同在这台 2 核机器上",
            "",
            f"nginx 静态文件(同一页面字节,64 连接)    {static.row()}",
            f"Django 常量响应上限(granian 2×4,16 连接) {ceiling.row()}",
        ]
        for name, label in (("article", "稿件页"), ("channel", "栏目页"), ("home", "首页")):
            cached, uncached = f["cached"][name], f["uncached"][name]
            lines.append(
                f"{label} 经 nginx 缓存(64 连接)            {cached.row()}  = {cached.rate / static.rate:.2f}× 静态"
            )
            lines.append(f"{label} 未缓存,granian 2×4(16 连接)      {uncached.row()}")
            if name == "article":
                cold = f["uncached"]["cold"]
                lines.append(f"稿件页 未缓存且首次构建,轮流 5,000 篇(16 连接)  {cold.row()}")
        lines += [
            "",
            "每页 SQL 查询(未缓存构建):" + ",".join(f"{k} {v}" for k, v in f["queries"].items()),
            f"发布到每页可见(nginx,{f['articles']:,} 篇):p50 {f['visible']['p50_ms']} ms,"
            f"p95 {f['visible']['p95_ms']} ms,最长 {f['visible']['max_ms']} ms;"
            f"到所有页都可见 p95 {f['visible']['everywhere_p95_ms']} ms",
            f"阅读计数(nginx 应答并记日志,64 连接):{f['beacons']['load'].row()};"
            f"wrk 收到应答 {f['beacons']['answered']:,} 次,计入数据库 {f['beacons']['stored']:,} 次"
            "(wrk 是同一地址的同一读者:30 分钟内只计 1 次)",
            f"make run 的服务器,温热稿件页(16 连接)      {f['embedded'].row()}",
            f"同一服务器的 Django 常量响应上限(1×4)      {f['embedded_ceiling'].row()}"
            f"  → {f['embedded'].rate / f['embedded_ceiling'].rate:.2f}× 上限",
        ]
        if "soak" in f:
            soak = f["soak"]
            lines.append(
                f"持续负载 {soak['seconds']} 秒,目标 {soak['target_rate']:,} req/s(80 %),中途重启 PostgreSQL:"
                f"{soak['load'].row()};5xx {soak['server_errors']} 次"
            )
        self.stdout.write("\n".join(lines))
        results = Path(settings.VAR_DIR) / "bench-results.json"
        results.write_text(json.dumps(f, default=lambda o: o.__dict__, ensure_ascii=False, indent=2))
        self.stdout.write(self.style.SUCCESS(f"结果已写入 {results}"))
