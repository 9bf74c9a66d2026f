"""`manage.py count_beacons`: add the beacons nginx answered (its beacon logs) to the view
counts. Once, with a progress bar, or with --follow as a service (run-prod, systemd) that
reads every second until it is stopped. Safe to run twice, and to kill: see beacon_log."""

import logging
import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from tqdm import tqdm

from ranking.beacon_log import Tally, count_logged, unread_bytes

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "把 nginx 记录的阅读计数(BEACON_LOG_DIR 下的日志)计入阅读数;--follow 持续运行。"

    def add_arguments(self, parser):
        parser.add_argument("--folder", default=settings.BEACON_LOG_DIR, help="日志目录(默认 BEACON_LOG_DIR)")
        parser.add_argument("--follow", action="store_true", help="持续读取,直到收到 SIGTERM")
        parser.add_argument("--every", type=float, default=1.0, help="--follow 时每隔几秒读一次")

    def handle(self, *args, folder, follow, every, **options):
        if not folder:
            raise CommandError("没有日志目录:请设置 BEACON_LOG_DIR 或用 --folder 指定。")
        if every <= 0:
            raise CommandError("--every 必须大于 0。")
        tally = self._follow(folder, every) if follow else self._once(folder)
        self._report(tally)

    def _once(self, folder):
        with tqdm(total=unread_bytes(folder), desc="阅读计数日志", unit="B", unit_scale=True) as bar:
            return count_logged(folder, bar.update)

    def _follow(self, folder, every):
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        signal.signal(signal.SIGINT, lambda *_: stop.set())
        tally = Tally()
        while not stop.wait(every):
            self._pass(folder, tally)
        self._pass(folder, tally)  # what nginx wrote until now
        return tally

    @staticmethod
    def _pass(folder, tally):
        try:
            tally.add(count_logged(folder))
        except DatabaseError:
            # The logs stay where they are; the next pass counts them.
            logger.exception("阅读计数日志暂时无法写入数据库")

    def _report(self, tally):
        for problem in tally.problems:
            self.stderr.write(f"无法识别的行:{problem}")
        self.stdout.write(
            self.style.SUCCESS(
                f"读了 {tally.lines:,} 行:计入 {tally.views:,} 次阅读;"
                f"爬虫与监测 {tally.machines:,},稿件不存在或未发布 {tally.not_live:,},"
                f"无法识别 {tally.malformed:,};读完并删除 {tally.files_done} 个日志文件。"
            )
        )
