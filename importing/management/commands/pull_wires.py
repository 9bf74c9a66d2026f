from django.core.management.base import BaseCommand, CommandError

from importing.models import WireFeed
from importing.wires import pull


class Command(BaseCommand):
    help = (
        "抓取已启用的通稿订阅源(RSS/Atom):新稿件作为转载草稿进入三审,"
        "已抓取过的不会重复导入;每个订阅源的结果记在“上次结果”里。由定时器每隔几分钟运行。"
    )

    def add_arguments(self, parser):
        parser.add_argument("names", nargs="*", metavar="名称", help="只抓取这些订阅源(默认为全部已启用的)")

    def handle(self, *args, names, **options):
        feeds = WireFeed.objects.filter(enabled=True).select_related("channel")
        if names:
            feeds = feeds.filter(name__in=names)
            missing = set(names) - {feed.name for feed in feeds}
            if missing:
                raise CommandError("没有这些已启用的订阅源:" + "、".join(sorted(missing)))
        failed = [feed.name for feed in feeds if not self._pull(feed)]
        if failed:
            raise CommandError(f"{len(failed)} 个订阅源抓取失败:" + "、".join(failed))

    def _pull(self, feed):
        ok = pull(feed)
        self.stdout.write(f"{feed.name}:{feed.last_result}")
        return ok
