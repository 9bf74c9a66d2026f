"""PostgreSQL: rows a bitmap scan reads cheaply, and a day term beside the 30-day one.

A search reads the table row of every document the GIN index names (sitesearch/backends/
postgres.py). With the lead, body and vector in line a row filled most of a page, so a
common pair read a page per match; now every long value goes to TOAST (toast_tuple_target
at its least) and only the short title stays in line (storage MAIN), which the tiers read
for a thousand rows at a time. The vector also holds "day<n>", the publish day, so the
newest window of a common word is cut to its days by the index, not to whole 30-day spans.
The documents are written again: the index is derived data. SQLite is untouched."""

import importlib

from django.db import migrations

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
    f"CREATE INDEX sitesearch_vector ON {TABLE} USING gin (vector)",
]
BACKWARD = [
    f"DELETE FROM {TABLE}",
    "DROP INDEX sitesearch_vector",
    f"ALTER TABLE {TABLE} DROP COLUMN vector",
    f"ALTER TABLE {TABLE} RESET (toast_tuple_target)",
    f"ALTER TABLE {TABLE} ALTER COLUMN title SET STORAGE EXTENDED",
    *pairs.POSTGRES_CREATE,
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return operation


def write_documents_again(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        from sitesearch.rebuild import rebuild

        rebuild()


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0005_character_pairs")]

    operations = [
        migrations.RunPython(migrations.RunPython.noop, write_documents_again),
        migrations.RunPython(run(FORWARD), run(BACKWARD)),
        migrations.RunPython(write_documents_again, migrations.RunPython.noop),
    ]
