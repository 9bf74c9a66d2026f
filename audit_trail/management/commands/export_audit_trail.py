import os
import sys
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand
from tqdm import tqdm

from audit_trail.export import FORMATS
from audit_trail.models import AuditEntry


class Command(BaseCommand):
    help = "导出审计日志(CSV 或 JSON,UTF-8),可按日期筛选。只读;同一文件重复导出即覆盖。"

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=sorted(FORMATS), default="csv")
        parser.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD", help="起始日期(含,北京时间)")
        parser.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD", help="截止日期(含,北京时间)")
        parser.add_argument("-o", "--output", default="-", help="输出文件;默认写到标准输出")

    def handle(self, *args, format, since, until, output, **options):
        entries = AuditEntry.objects.recorded_between(since, until).order_by("sequence")
        quiet = options["verbosity"] == 0 or output == "-"
        with tqdm(total=entries.count(), unit="条", desc="导出审计日志", disable=quiet) as bar:
            if output == "-":
                exported = self._write(sys.stdout, entries, format, bar)
            else:
                # Written beside the target and renamed: an interrupted export leaves no half file.
                partial = Path(f"{output}.partial")
                with partial.open("w", encoding="utf-8", newline="") as file:
                    exported = self._write(file, entries, format, bar)
                os.replace(partial, output)
        if output != "-":
            self.stdout.write(f"已导出审计日志 {exported} 条到 {output}({format})。")

    def _write(self, file, entries, format, bar):
        counted = _Counted(entries.iterator(chunk_size=2000), bar)
        for chunk in FORMATS[format](counted):
            file.write(chunk)
        return counted.n


class _Counted:
    def __init__(self, entries, bar):
        self.entries, self.bar, self.n = entries, bar, 0

    def __iter__(self):
        for entry in self.entries:
            self.n += 1
            self.bar.update(1)
            yield entry
