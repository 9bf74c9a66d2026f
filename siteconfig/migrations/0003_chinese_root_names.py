"""Wagtail's migrations call the top of the page tree and of the media collections "Root",
and the admin shows those names (breadcrumbs, page and collection choosers): name them in Chinese."""

from django.db import migrations

ROOT_PAGE, ROOT_COLLECTION = "根目录", "根集合"


def name_roots(page_title, collection_name, current=("Root", "Root")):
    def run(apps, schema_editor):
        pages = apps.get_model("wagtailcore", "Page").objects.filter(depth=1, title=current[0])
        pages.update(title=page_title, draft_title=page_title)
        collections = apps.get_model("wagtailcore", "Collection").objects.filter(depth=1, name=current[1])
        collections.update(name=collection_name)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("siteconfig", "0002_sitesettings_logo"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(
            name_roots(ROOT_PAGE, ROOT_COLLECTION), name_roots("Root", "Root", current=(ROOT_PAGE, ROOT_COLLECTION))
        )
    ]
