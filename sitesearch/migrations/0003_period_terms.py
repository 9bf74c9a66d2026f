"""PostgreSQL: every document's vector also holds the term "period<n>", the 30-day span of
its publish time (n = seconds since 1970 // 2592000, read from the key). A search asks for
the newest spans first, so the GIN index itself narrows a common word to recent documents
before any table row is read (sitesearch/backends/postgres.py). SQLite needs no such term:
FTS5 walks its doclists in rowid order."""

import importlib

from django.db import migrations

engine_index = importlib.import_module("sitesearch.migrations.0002_engine_index")

# key >> 24 is the publish time in seconds (KEY_ID_RANGE in sitesearch/models.py).
PERIOD = "to_tsvector('simple'::regconfig, 'period' || ((key >> 24) / 2592000)::text)"


def vector(with_period):
    return [
        "DROP INDEX sitesearch_vector",
        "ALTER TABLE sitesearch_searchdocument DROP COLUMN vector",
        "ALTER TABLE sitesearch_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS ("
        + engine_index.WEIGHTED
        + (f" || {PERIOD}" if with_period else "")
        + ") STORED",
        "ALTER TABLE sitesearch_searchdocument ALTER COLUMN vector SET STORAGE MAIN",
        "CREATE INDEX sitesearch_vector ON sitesearch_searchdocument USING gin (vector)",
    ]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0002_engine_index")]

    operations = [migrations.RunPython(run(vector(with_period=True)), run(vector(with_period=False)))]
