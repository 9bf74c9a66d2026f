from django.conf import settings
from django.core.management.base import BaseCommand

from demo.staff import ensure_staff


class Command(BaseCommand):
    help = "确保每个编辑部角色有一个演示账号;新账号的随机密码只在创建时显示这一次。"

    def handle(self, *args, **options):
        accounts = ensure_staff()
        made = [account for account in accounts if account.password]
        for account in made:
            self.stdout.write(f"{account.role}: 用户名 {account.username}  密码 {account.password}")
        if made:
            self.stdout.write("以上密码只显示这一次,请记下;忘记时运行 manage.py changepassword 用户名 重设。")
        kept = "、".join(f"{a.username}({a.role})" for a in accounts if not a.password)
        if kept:
            self.stdout.write(f"演示编辑部账号已存在:{kept};密码在创建时已显示。")
        self.stdout.write(f"后台地址: {settings.WAGTAILADMIN_BASE_URL}/admin/")
