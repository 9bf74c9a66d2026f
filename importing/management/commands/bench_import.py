import json
import sys
import tempfile

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from importing import bench
from news.models import Article
from portal.throwaway import run_here, sqlite_database


class Command(BaseCommand):
    help = "导入基准测试:在临时 SQLite 数据库中生成旧站存档并导入,报告各格式每秒页数与百万旧地址的跳转耗时。"

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=5000, help="每种格式的页数 (默认 5000)")
        parser.add_argument("--addresses", type=int, default=1_000_000, help="旧地址条数 (默认 1000000)")
        parser.add_argument("--here", action="store_true", help="在当前配置的空数据库里运行 (供内部调用)")

    def handle(self, *args, pages, addresses, here, **options):
        if here:
            if Article.objects.exists():
                raise CommandError("当前数据库已有稿件:基准测试只在新建的临时数据库里运行。")
            figures = bench.run(pages, addresses, lambda total, label: tqdm(total=total, desc=label, file=sys.stderr))
            self.stdout.write(json.dumps(figures, ensure_ascii=False))
            return
        with sqlite_database() as url, tempfile.TemporaryDirectory(prefix="portal-media-") as media:
            figures = run_here(url, "bench_import", f"--pages={pages}", f"--addresses={addresses}", MEDIA_ROOT=media)
        self._print(figures)

    def _print(self, figures):
        self.stdout.write("格式\t页数\t首次导入 页/秒\t首次 秒\t重跑 页/秒")
        for row in figures["formats"]:
            self.stdout.write(
                f"{row['format']}\t{row['pages']}\t{row['first_rate']}\t{row['first_seconds']}\t{row['again_rate']}"
            )
        redirects = figures["redirects"]
        self.stdout.write(f"旧地址 {redirects['rows']:,} 条;写入 条/秒:{redirects['fill_rate']}")
        for key in ("unknown_404_empty_ms", "old_address_301_ms", "wagtail_301_ms", "unknown_404_ms"):
            self.stdout.write(f"{key}: {redirects[key]}")
        self.stdout.write("目标:抓取文本页与 UTF-8 HTML ≥ 200 页/秒(含索引与旧地址)。")
