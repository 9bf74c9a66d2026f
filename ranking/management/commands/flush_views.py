from django.core.management.base import BaseCommand

from ranking.counting import counter


class Command(BaseCommand):
    help = "把本进程缓冲的阅读数写入数据库(演示数据、测试用;网站进程会定时自行写入)。"

    def handle(self, *args, **options):
        stored = counter.flush()
        self.stdout.write(self.style.SUCCESS(f"已写入 {stored} 次阅读。"))
