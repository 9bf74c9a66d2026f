from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from importing.crawled import CrawledPageError
from importing.services import CREATED, UNCHANGED, UPDATED, import_crawled_page
from news.models import Channel


class Command(BaseCommand):
    help = "导入抓取的中工网文章页文本(稿件、全总领导、页脚设置)。可重复运行:已导入的内容不会重复建立。"

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="抓取的文章页文本(UTF-8)")
        parser.add_argument("--channel", metavar="SLUG", help="导入到此栏目;页面没有子站页头时必须指定")

    def handle(self, *args, files, channel=None, **options):
        target = _channel(channel) if channel else None
        counts, rejected = Counter(), []
        for path in tqdm(files, desc="导入文章页", unit="篇"):
            try:
                counts[import_crawled_page(path, channel=target).status] += 1
            except CrawledPageError as error:
                rejected.append((path, str(error)))
            except FileNotFoundError:
                rejected.append((path, "文件不存在"))
            except OSError as error:
                rejected.append((path, f"无法读取文件:{error.strerror}"))
        self._summary(len(files), counts, rejected)
        if len(rejected) == len(files):
            raise CommandError("没有导入任何文件:" + ";".join(f"{path}:{reason}" for path, reason in rejected))

    def _summary(self, total, counts, rejected):
        self.stdout.write(
            f"共 {total} 个文件:新建 {counts[CREATED]},更新 {counts[UPDATED]},"
            f"未变 {counts[UNCHANGED]},拒绝 {len(rejected)}。"
        )
        for path, reason in rejected:
            self.stdout.write(self.style.ERROR(f"拒绝 {path}:{reason}"))


def _channel(slug):
    channel = Channel.objects.filter(slug=slug).order_by("depth", "path").first()
    if channel is None:
        raise CommandError(f"找不到 slug 为“{slug}”的栏目。")
    return channel
