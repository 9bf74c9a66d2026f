import json
import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from portal.throwaway import postgres_server, run_here, sqlite_database
from sitesearch import bench
from sitesearch.models import SearchDocument

ENGINES = ("sqlite", "postgresql")
COLUMNS = [
    ("engine", "数据库"),
    ("articles", "稿件"),
    ("average_body_chars", "平均正文字数"),
    ("build_rate", "建索引 篇/秒"),
    ("build_seconds", "建索引 秒"),
    ("index_mb", "索引 MB"),
    ("searches", "搜索次数"),
    ("cold_p95_ms", "首次 p95 毫秒"),
    ("p50_ms", "p50 毫秒"),
    ("p95_ms", "p95 毫秒"),
    ("p99_ms", "p99 毫秒"),
    ("max_ms", "最慢 毫秒"),
    ("substring_recall", "子串召回"),
    ("judged_queries", "评测查询"),
    ("ndcg_at_10", "nDCG@10"),
    ("recall_at_5", "recall@5"),
]


class Command(BaseCommand):
    help = "搜索基准测试:在临时数据库中生成合成稿件,测建索引速度和查询延迟 (p50/p95/p99)。"

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=100_000, help="合成稿件数 (默认 100000)")
        parser.add_argument("--rounds", type=int, default=5, help="每个查询重复次数 (默认 5)")
        parser.add_argument("--engine", choices=ENGINES, action="append", help="只测某个数据库 (可重复)")
        parser.add_argument("--here", action="store_true", help="在当前配置的空数据库里运行 (供内部调用)")

    def handle(self, *args, articles, rounds, engine, here, **options):
        if here:
            return self._run_here(articles, rounds)
        figures = [self._run_on(name, articles, rounds) for name in engine or ENGINES]
        self._print_table(figures)

    def _run_here(self, articles, rounds):
        if SearchDocument.objects.exists():
            raise CommandError("当前数据库已有搜索索引:基准测试只在新建的临时数据库里运行。")

        def progress_bar(total, label):
            return tqdm(total=total, desc=label, unit="篇", file=sys.stderr)

        self.stdout.write(json.dumps(bench.run(articles, rounds, progress_bar)))

    def _run_on(self, engine, articles, rounds):
        self.stderr.write(f"== {engine}: {articles} 篇合成稿件")
        database = sqlite_database() if engine == "sqlite" else postgres_server()
        with database as url:
            return run_here(url, "bench_search", f"--articles={articles}", f"--rounds={rounds}")

    def _print_table(self, figures):
        self.stdout.write("\t".join(label for _, label in COLUMNS))
        for row in figures:
            self.stdout.write("\t".join(str(row[key]) for key, _ in COLUMNS))
        for row in figures:
            self.stdout.write(f"{row['engine']} 最慢的几类查询 (毫秒): {row['slowest_ms']}")
        self.stdout.write(
            f"目标:p95 ≤ 50、p99 ≤ 100 毫秒,建索引 ≥ 1000 篇/秒。"
            f"查询 {figures[0]['queries']} 个,见 sitesearch/bench.py。"
        )
