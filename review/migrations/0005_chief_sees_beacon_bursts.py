"""总编辑 and 管理员 see the beacons turned away from 新闻排行 (可疑点击)."""

from django.db import migrations

from review.roles import ensure_roles


def regrant(apps, schema_editor):
    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0004_readers_voice"),
        ("ranking", "0003_beacon_bursts"),
    ]

    operations = [migrations.RunPython(regrant, migrations.RunPython.noop)]
