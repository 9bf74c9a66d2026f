from django.conf import settings
from django.core.management.base import BaseCommand

from demo.admin_account import USERNAME, ensure_admin, password_file


class Command(BaseCommand):
    help = "确保演示管理员 admin 存在,首次运行时生成随机密码并保存在 var/demo-admin.txt,每次运行都显示登录信息。"

    def handle(self, *args, **options):
        password = ensure_admin()
        shown = f"密码: {password}" if password else f"密码已在后台修改(如需重置,删除 {password_file()} 后重新运行)"
        self.stdout.write(f"管理后台: {settings.WAGTAILADMIN_BASE_URL}/admin/  用户名: {USERNAME}  {shown}")
