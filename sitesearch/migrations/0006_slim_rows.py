"""PostgreSQL: rows a bitmap scan reads cheaply, a day term beside the 30-day one, and the
text that phrases are checked against.

A search reads the table row of every document the GIN index names (sitesearch/backends/
postgres.py). With the lead, body and vector in line a row filled most of a page, so a
common pair read a page per match; now every long value goes to TOAST (toast_tuple_target
at its least) and only the short title stays in line (storage MAIN), which the tiers read
for a thousand rows at a time. The vector also holds "day<n>", the publish day, so the
newest window of a common word is cut to its days by the index, not to whole 30-day spans.
A phrase's candidates are checked against SearchText, a row per document with its text in
line: a table page each, not a vector read back from TOAST. The documents are written
again: the index is derived data (going back empties it: `manage.py reindex` with the code
of then fills it). SQLite only gains the (empty) SearchText table."""

import importlib

from django.db import migrations, models

pairs = importlib.import_module("sitesearch.migrations.0005_character_pairs")

# key >> 24 is the publish time in seconds (KEY_ID_RANGE in sitesearch/models.py).
DAY = "to_tsvector('simple'::regconfig, 'day' || ((key >> 24) / 86400)::text)"
TABLE = "sitesearch_searchdocument"
FORWARD = [
    f"DELETE FROM {TABLE}",  # written again below, in the new layout
    "DROP INDEX sitesearch_vector",
    f"ALTER TABLE {TABLE} DROP COLUMN vector",
    f"ALTER TABLE {TABLE} SET (toast_tuple_target = 128)",
    f"ALTER TABLE {TABLE} ALTER COLUMN title SET STORAGE MAIN",
    f"ALTER TABLE {TABLE} ADD COLUMN vector tsvector GENERATED ALWAYS AS ({pairs.FIELDS} || {pairs.PERIOD} || {DAY}) "
    "STORED",
    f"ALTER TABLE {TABLE} ALTER COLUMN vector SET COMPRESSION lz4",
    f"ALTER TABLE {TABLE} ALTER COLUMN lead SET STORAGE MAIN",  # read with the title by the tiers
    f"CREATE INDEX sitesearch_vector ON {TABLE} USING gin (vector)",
    "ALTER TABLE sitesearch_searchtext ALTER COLUMN text SET STORAGE MAIN",
    "ALTER TABLE sitesearch_searchtext ALTER COLUMN text SET COMPRESSION lz4",
    f"ALTER TABLE sitesearch_searchtext ADD FOREIGN KEY (key) REFERENCES {TABLE} (key) ON DELETE CASCADE",
]
BACKWARD = [
    f"DELETE FROM {TABLE}",
    "DROP INDEX sitesearch_vector",
    f"ALTER TABLE {TABLE} DROP COLUMN vector",
    f"ALTER TABLE {TABLE} RESET (toast_tuple_target)",
    f"ALTER TABLE {TABLE} ALTER COLUMN title SET STORAGE EXTENDED",
    f"ALTER TABLE {TABLE} ALTER COLUMN lead SET STORAGE EXTENDED",
    *pairs.POSTGRES_CREATE,
]


run = importlib.import_module("sitesearch.migrations.0003_period_terms").run  # PostgreSQL's statements only


def write_documents_again(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        from sitesearch.rebuild import rebuild

        rebuild()


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0005_character_pairs")]

    operations = [
        migrations.CreateModel(
            name="SearchText",
            fields=[
                (
                    "key",
                    models.BigIntegerField(
                        help_text="the key of its SearchDocument", primary_key=True, serialize=False, verbose_name="排序键"
                    ),
                ),
                ("text", models.TextField(verbose_name="连续文字")),
            ],
            options={"verbose_name": "搜索核对文字", "verbose_name_plural": "搜索核对文字"},
        ),
        migrations.RunPython(run(FORWARD), run(BACKWARD)),
        migrations.RunPython(write_documents_again, migrations.RunPython.noop),
    ]
