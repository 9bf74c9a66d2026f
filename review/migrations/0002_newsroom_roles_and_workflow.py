"""The newsroom's groups with their rights, and the 三审 workflow on the whole page tree."""

from django.db import migrations

from review.roles import ensure_roles
from review.workflow import ensure_workflow, retire_wagtail_defaults


def set_up(apps, schema_editor):
    ensure_roles(apps)
    ensure_workflow(apps)
    retire_wagtail_defaults(apps)


class Migration(migrations.Migration):
    # Every app whose model rights a role is given must be migrated first.
    dependencies = [
        ("review", "0001_initial"),
        ("accounts", "0001_initial"),
        ("news", "0005_publish_time_at_go_live_and_listings"),
        ("people", "0001_initial"),
        ("pictures", "0001_initial"),
        ("placement", "0002_module_source_headline_style"),
        ("siteconfig", "0002_sitesettings_logo"),
        ("topics", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [migrations.RunPython(set_up, migrations.RunPython.noop)]
