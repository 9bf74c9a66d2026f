from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from screening.importing import DictionaryFileError, read_lines, save_lines
from screening.matcher import dictionary_changed


class Command(BaseCommand):
    help = (
        "从 UTF-8 文本或 CSV 文件导入敏感词(每行:词,类别,级别,处理方式,整词匹配,替换为,备注)。"
        "可重复运行:已有的词按文件更新;任何一行有误则整个文件不导入。"
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, metavar="FILE", help="词库文件(UTF-8)")

    def handle(self, *args, file, **options):
        try:
            with file.open(encoding="utf-8-sig", newline="") as stream:
                lines = read_lines(stream)
        except FileNotFoundError:
            raise CommandError(f"文件不存在:{file}") from None
        except UnicodeDecodeError as error:
            raise CommandError(f"{file} 不是 UTF-8 编码(第 {error.start} 字节附近)") from None
        except DictionaryFileError as error:
            raise CommandError(f"{file}:{error},词库没有任何改动。") from None
        bar = tqdm(total=len(lines), desc="导入敏感词", unit="词", disable=options["verbosity"] == 0)
        with bar, transaction.atomic():
            added, updated, unchanged = save_lines(lines, bar)
            transaction.on_commit(dictionary_changed)
        self.stdout.write(f"共 {len(lines)} 个词:新增 {added},更新 {updated},未变 {unchanged}。")
