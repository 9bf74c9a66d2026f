from argparse import ArgumentTypeError
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from demo.loading import REFERENCE, is_loaded, load
from importing.crawled import CrawledPageError


def positive(text):
    if not text.isdigit() or int(text) < 1:
        raise ArgumentTypeError(f"应为正整数,收到“{text}”")
    return int(text)


class Command(BaseCommand):
    help = "生成演示内容:栏目、稿件、图片、单页、模块、专题、站点设置和阅读数,并导入参考页面。可重复运行,不会重复生成。"

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="已生成过演示内容时直接跳过")
        parser.add_argument("--articles-per-channel", type=positive, default=12, help="每个栏目的稿件数(默认 12)")
        parser.add_argument("--months", type=positive, default=4, help="稿件发布时间覆盖最近几个月(默认 4)")
        parser.add_argument("--reference", type=Path, help=f"参考页面(抓取文本)的路径,默认 {REFERENCE}")

    def handle(self, *args, **options):
        if options["once"] and is_loaded():
            self.stdout.write("演示内容已存在,跳过")
            return
        reference = options["reference"]
        if reference is not None and not reference.is_file():
            raise CommandError(f"参考页面不存在:{reference}")
        try:
            summary = load(
                per_channel=options["articles_per_channel"],
                months=options["months"],
                reference=reference or REFERENCE,
                progress=lambda total: tqdm(total=total, desc="演示稿件", unit="篇", disable=options["verbosity"] == 0),
                warn=lambda text: self.stderr.write(self.style.WARNING(text)),
            )
        except CrawledPageError as error:
            raise CommandError(f"参考页面无法导入,未做任何改动:{error}") from error
        if options["verbosity"] == 0:
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"演示内容已生成:新建栏目 {summary.channels} 个,单页 {summary.pages} 个,稿件 {summary.articles} 篇,"
                f"图片 {summary.pictures} 张,阅读 {summary.views} 次,模块 {summary.modules} 个,"
                f"专题 {summary.topics} 个;参考页面{summary.reference};用时 {summary.seconds:.1f} 秒。"
            )
        )
