"""The desk's roles (编辑 and above) may name an article's 责任编辑; the reporter may not."""

from django.db import migrations

from review.roles import ensure_roles


def regrant(apps, schema_editor):
    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0002_newsroom_roles_and_workflow"),
        ("news", "0006_article_editor_from_the_desk"),
        ("accounts", "0003_display_name_help"),
        ("siteconfig", "0005_default_source"),
    ]

    operations = [migrations.RunPython(regrant, migrations.RunPython.noop)]
