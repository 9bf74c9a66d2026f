"""The desk (编辑 and above) may make and lift 人工干预 of 新闻排行 and the home modules."""

from django.db import migrations

from review.roles import ensure_roles


def regrant(apps, schema_editor):
    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0005_chief_sees_beacon_bursts"),
        ("placement", "0003_curation"),
    ]

    operations = [migrations.RunPython(regrant, migrations.RunPython.noop)]
