"""How long readers' records (投稿, 举报) are kept: at least 60 days by law (content and
the sender's address of what readers send in), then as long as the newsroom sets."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from tqdm import tqdm

from audit_trail.sources import record

LEGAL_MINIMUM_DAYS = 60


class PurgeCommand(BaseCommand):
    """Deletes the handled records older than the retention (`--older-than-days`, default
    settings.READERS_RECORDS_KEEP_DAYS); records not yet handled are kept whatever their age.
    Subclasses say which: `label`, `handled()` (a queryset) and `forget(record)`."""

    label = ""

    def add_arguments(self, parser):
        parser.add_argument("--older-than-days", type=int, default=settings.READERS_RECORDS_KEEP_DAYS)
        parser.add_argument("--dry-run", action="store_true", help="只报告将删除多少条,不删除")

    def handle(self, *args, older_than_days, dry_run, **options):
        if older_than_days < LEGAL_MINIMUM_DAYS:
            raise CommandError(f"{self.label}至少保存 {LEGAL_MINIMUM_DAYS} 天(网络安全法与互联网新闻信息服务规定)")
        before = timezone.now() - timedelta(days=older_than_days)
        old = self.handled().filter(received_at__lt=before).order_by("received_at")
        total = old.count()
        if dry_run:
            self.stdout.write(f"将删除 {total} 条 {older_than_days} 天前已处理的{self.label}。")
            return
        for item in tqdm(old.iterator(), total=total, desc=f"删除{self.label}", unit="条"):
            with transaction.atomic():
                self.forget(item)
        record(f"{self.label}:过期删除", actor_name="manage.py", details={"count": total, "before": before.isoformat()})
        self.stdout.write(f"已删除 {total} 条 {older_than_days} 天前已处理的{self.label};未处理的都保留。")

    def handled(self):
        raise NotImplementedError

    def forget(self, item):
        raise NotImplementedError
