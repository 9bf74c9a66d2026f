from django.core.management.base import BaseCommand
from tqdm import tqdm

from sitesearch.rebuild import live_count, rebuild


class Command(BaseCommand):
    help = "重建站内搜索索引:写入全部已发布稿件,移除不再发布的稿件。可重复运行。"

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500, help="每批稿件数 (默认 500)")

    def handle(self, *args, batch_size, **options):
        with tqdm(total=live_count(), unit="篇", desc="重建索引", disable=options["verbosity"] == 0) as bar:
            report = rebuild(batch_size=batch_size, progress=bar.update)
        self.stdout.write(
            f"搜索索引已重建:稿件 {report.indexed} 篇,移除过期条目 {report.removed} 条,"
            f"用时 {report.seconds:.1f} 秒,每秒 {report.rate:.0f} 篇。"
        )
