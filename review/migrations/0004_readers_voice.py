"""The desk reads readers' 投稿; 总编辑 and 管理员 handle their 举报."""

from django.db import migrations

from review.roles import ensure_roles


def regrant(apps, schema_editor):
    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0003_desk_assigns_editor"),
        ("complaints", "0001_initial"),
        ("submissions", "0001_initial"),
    ]

    operations = [migrations.RunPython(regrant, migrations.RunPython.noop)]
