import multiprocessing
import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from tqdm import tqdm
from wagtail.models import Site

from importing.archive import LABELS, REJECTED, ArchiveImport
from importing.channels import ChannelMap
from importing.formats import FORMATS, SNIFF_BYTES, Entry, FormatError, format_for
from importing.formats.base import MAX_PAGE_BYTES
from importing.report import Report
from news.models import Channel
from siteconfig.models import SiteSettings

# What a saved site holds beside its pages; read as pictures when a page shows them.
ASSETS = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".svg", ".ico", ".css", ".js", ".swf", ".pdf", ".doc"}


class Command(BaseCommand):
    help = (
        "导入旧站存档:抓取文本页、旧版 HTML 页(GBK/GB18030/Big5/UTF-8)、WordPress WXR 导出、RSS/Atom。"
        "可中断后重跑:已导入的不会重复,修改过的会更新;每个文件的结果写入报告(CSV 和 JSON)。"
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="文件或目录(目录逐层读取)")
        parser.add_argument("--format", choices=["auto", *FORMATS], default="auto", help="文件格式;默认按内容判断")
        parser.add_argument("--dry-run", action="store_true", help="只报告将会发生什么,不写入")
        parser.add_argument(
            "--channel-map", type=Path, metavar="FILE", help="栏目对照表:每行“旧栏目名称或编号,栏目 slug”"
        )
        parser.add_argument("--create-channels-under", metavar="SLUG", help="未知栏目在此栏目下新建;不指定则拒绝")
        parser.add_argument("--channel", metavar="SLUG", help="没有栏目或栏目未知的稿件归入此栏目")
        parser.add_argument("--pictures", type=Path, metavar="DIR", help="旧站图片所在目录(HTML 与 WXR 中的图片)")
        parser.add_argument(
            "--report", type=Path, metavar="FILE", help="报告文件名(写 .csv 与 .json);默认在 var/import-reports/"
        )
        parser.add_argument("--batch-size", type=int, default=500, help="每个事务的稿件数")
        parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="读取文件的进程数(默认为 CPU 核数)")

    def handle(self, *args, paths, **options):
        files = _files(paths)
        if not files:
            raise CommandError("没有找到要导入的文件:" + "、".join(map(str, paths)))
        importer = ArchiveImport(
            self._channels(options),
            default_source=_default_source(),
            dry_run=options["dry_run"],
            batch_size=max(1, options["batch_size"]),
            picture_roots=[options["pictures"]] if options["pictures"] else [_folder(p) for p in paths],
        )
        report = Report(options["report"] or _default_report(), options["dry_run"])
        jobs = options["jobs"] if len(files) >= 50 else 1
        # The workers fork before the progress bar starts its thread: a fork copies locks,
        # not the threads holding them.
        with (
            Reader(self._formats(options, paths), options["format"], jobs) as reader,
            tqdm(total=len(files), desc="导入存档", unit="个文件", smoothing=0.1) as progress,
        ):
            for outcome in importer.run(reader.entries(files, progress)):
                report.add(outcome)
        report.close()
        self._summary(report, importer)

    def _channels(self, options):
        kwargs = {
            "create_under": _channel(options["create_channels_under"]),
            "fallback": _channel(options["channel"]),
            "dry_run": options["dry_run"],
        }
        if not options["channel_map"]:
            return ChannelMap(**kwargs)
        try:
            return ChannelMap.read(options["channel_map"], **kwargs)
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"无法读取栏目对照表 {options['channel_map']}:{error}") from None
        except FormatError as error:
            raise CommandError(f"栏目对照表 {options['channel_map']} {error}") from None

    def _formats(self, options, paths):
        roots = [path for path in paths if path.is_dir()]
        return [cls(roots=roots, pictures=options["pictures"]) for cls in FORMATS.values()]

    def _summary(self, report, importer):
        verb = "将" if report.dry_run else ""
        counts = ",".join(f"{verb}{LABELS[result]} {n}" for result, n in sorted(report.counts.items()))
        self.stdout.write(f"共 {sum(report.counts.values())} 篇:{counts}。")
        if importer.channels.created:
            self.stdout.write(f"{verb}新建栏目:" + "、".join(dict.fromkeys(importer.channels.created)))
        rejected = [row for row in report.rows if row["result"] == REJECTED]
        for row in rejected[:20]:
            where = (
                f"第 {row['line']} 行"
                if row["line"]
                else (f"第 {row['offset']} 字节" if row["offset"] is not None else "")
            )
            self.stdout.write(self.style.ERROR(f"拒绝 {row['file']} {where}:{row['reason']}"))
        if len(rejected) > 20:
            self.stdout.write(f"……另有 {len(rejected) - 20} 篇被拒绝,见报告。")
        self.stdout.write(f"报告:{report.csv_path} 与 {report.json_path}")
        if rejected and len(rejected) == len(report.rows):
            raise CommandError("没有导入任何稿件。")


def _files(paths):
    found = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() not in ASSETS and not _hidden(p.relative_to(path))
            )
        else:
            found.append(path)
    return found


def _folder(path):
    return path if path.is_dir() else path.parent


def _hidden(relative):
    return any(part.startswith(".") for part in relative.parts)


class Reader:
    """Reads files into entries, in worker processes when there are several cores: parsing
    runs beside the main process's writing, in file order, so reports are reproducible."""

    def __init__(self, formats, chosen, jobs):
        self.formats, self.chosen, self.jobs, self.pool = formats, chosen, jobs, None
        for archive_format in formats:
            archive_format.prepare()  # what needs the database, before the workers fork

    def __enter__(self):
        if self.jobs > 1:
            self.pool = multiprocessing.get_context("fork").Pool(self.jobs)
        return self

    def __getstate__(self):  # what a worker gets with each task: not the pool
        return {**self.__dict__, "pool": None}

    def __exit__(self, *exc_info):
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()

    def entries(self, files, progress):
        if self.pool is None:
            for path in files:
                yield from self.read(path)
                progress.update()
            return
        for path, entries in zip(files, self.pool.imap(self.read_all, files, chunksize=16), strict=True):
            yield from self.read(path) if entries is None else entries
            progress.update()

    def read_all(self, path):
        """A page's entries; None for a large file (a WordPress export), which the main
        process streams itself rather than holding all its stories in memory at once."""
        try:
            if path.stat().st_size > MAX_PAGE_BYTES:
                return None
        except OSError:
            pass
        return list(self.read(path))

    def read(self, path):
        try:
            with open(path, "rb") as file:
                head = file.read(SNIFF_BYTES)
        except OSError as error:
            yield Entry(path, error=FormatError(f"无法读取文件:{error.strerror}"))
            return
        if not head.strip():
            yield Entry(path, error=FormatError("文件是空的", offset=0))
            return
        candidates = [f for f in self.formats if f.name == self.chosen] if self.chosen != "auto" else self.formats
        archive_format = candidates[0] if self.chosen != "auto" else format_for(path, head, candidates)
        if archive_format is None:
            yield Entry(path, error=FormatError("无法识别的文件格式(应为抓取文本页、HTML、WXR 或 RSS/Atom)", offset=0))
            return
        yield from archive_format.read(path)


def _channel(slug):
    if not slug:
        return None
    channel = Channel.objects.filter(slug=slug).order_by("depth", "path").first()
    if channel is None:
        raise CommandError(f"找不到 slug 为“{slug}”的栏目。")
    return channel


def _default_source():
    return SiteSettings.for_site(Site.objects.get(is_default_site=True)).source_for_new_articles()


def _default_report():
    return Path("var", "import-reports", f"import-{timezone.localtime():%Y%m%d-%H%M%S}-{os.getpid()}")
