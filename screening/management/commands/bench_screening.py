from django.core.management.base import BaseCommand

from screening.bench import ALL_CJK, COMMON, run


class Command(BaseCommand):
    help = "敏感词筛查基准:生成词库和稿件文字,报告自动机构建时间、内存和每秒筛查的 UTF-8 字节数(单核)。"

    def add_arguments(self, parser):
        parser.add_argument("--words", type=int, default=100_000, help="词库词数")
        parser.add_argument("--megabytes", type=float, default=8, help="文字总量(MB)")

    def handle(self, *args, words, megabytes, **options):
        for label, pool in (("词取自常用 3,500 字(与正文同)", COMMON), ("词取自整个 CJK 基本区", ALL_CJK)):
            self.stdout.write(f"== {label}")
            self._report(run(words, megabytes, pool=pool))

    def _report(self, figures):
        self.stdout.write(
            f"词库 {figures['words']:,} 词:自动机构建 {figures['build_s']:.2f} s(CPU),"
            f"自动机占内存 {figures['memory_mb']:.0f} MB\n"
            f"{figures['articles']:,} 篇稿件共 {figures['text_mb']:.1f} MB,逐篇筛查:"
            f"{figures['mb_per_s']:.1f} MB/s(单核 CPU 时间),命中 {figures['hits']:,} 处\n"
            f"同样文字作为一段整体筛查:{figures['whole_mb_per_s']:.1f} MB/s,命中 {figures['whole_hits']:,} 处"
        )
