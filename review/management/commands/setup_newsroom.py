from django.apps import apps
from django.core.management.base import BaseCommand

from review.roles import GRANTS, ensure_roles
from review.workflow import WORKFLOW_NAME, ensure_workflow


class Command(BaseCommand):
    help = "重新设置编辑部角色(用户组)的权限和三审工作流;可重复运行。新增模型后运行一次。"

    def handle(self, *args, **options):
        ensure_roles(apps)
        ensure_workflow(apps)
        self.stdout.write(f"角色已设置:{'、'.join(GRANTS)};工作流:{WORKFLOW_NAME}")
