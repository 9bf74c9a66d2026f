"""Wagtail's own search index is no longer written (sitesearch.admin_search serves the admin
from the portal's index): its rows are emptied so that no stale copy is kept. On SQLite the
full-text table follows by Wagtail's delete trigger."""

from django.db import migrations


def empty_wagtail_index(apps, schema_editor):
    apps.get_model("wagtailsearch", "IndexEntry").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("sitesearch", "0003_period_terms"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(empty_wagtail_index, migrations.RunPython.noop)]
