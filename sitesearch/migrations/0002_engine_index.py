"""The full-text index itself, in the engine's own form.

SQLite: a contentless FTS5 table whose rowid is the document key, kept by triggers (the
'delete' command of a contentless table needs the old terms, which the row still holds).
Its last column holds the channel as a term (c12), so a channel filter is part of the match.
PostgreSQL: a weighted tsvector generated from the same columns, with a GIN index. The
terms are already cut by our segmenter, so both engines only split on spaces (FTS5
unicode61, PostgreSQL 'simple'). Weights: title A, kicker and tags B, summary C, body D.
"""

from django.db import migrations

COLUMNS = "title, title_parts, marks, summary, body, parts, channel"
NEW = "new.key, new.title, new.title_parts, new.marks, new.summary, new.body, new.parts, 'c' || new.channel_id"
OLD = (
    "'delete', old.key, old.title, old.title_parts, old.marks, old.summary, old.body, old.parts, "
    "'c' || old.channel_id"
)

SQLITE = [
    f"CREATE VIRTUAL TABLE sitesearch_fts USING fts5({COLUMNS}, content='', "
    "tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER sitesearch_fts_insert AFTER INSERT ON sitesearch_searchdocument BEGIN "
    f"INSERT INTO sitesearch_fts(rowid, {COLUMNS}) VALUES ({NEW}); END",
    "CREATE TRIGGER sitesearch_fts_delete AFTER DELETE ON sitesearch_searchdocument BEGIN "
    f"INSERT INTO sitesearch_fts(sitesearch_fts, rowid, {COLUMNS}) VALUES ({OLD}); END",
    "CREATE TRIGGER sitesearch_fts_update AFTER UPDATE ON sitesearch_searchdocument BEGIN "
    f"INSERT INTO sitesearch_fts(sitesearch_fts, rowid, {COLUMNS}) VALUES ({OLD}); "
    f"INSERT INTO sitesearch_fts(rowid, {COLUMNS}) VALUES ({NEW}); END",
]
SQLITE_UNDO = [
    "DROP TRIGGER sitesearch_fts_update",
    "DROP TRIGGER sitesearch_fts_delete",
    "DROP TRIGGER sitesearch_fts_insert",
    "DROP TABLE sitesearch_fts",
]


def _weighted(column, weight):
    return f"setweight(to_tsvector('simple'::regconfig, {column}), '{weight}')"


WEIGHTED = " || ".join(
    _weighted(column, weight)
    for column, weight in [
        ("title", "A"),
        ("title_parts", "A"),
        ("marks", "B"),
        ("summary", "C"),
        ("body", "D"),
        ("parts", "D"),
    ]
)

POSTGRES = [
    f"ALTER TABLE sitesearch_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS ({WEIGHTED}) STORED",
    # The title alone, for the title-first ranking without reading the whole vector twice.
    "ALTER TABLE sitesearch_searchdocument ADD COLUMN title_vector tsvector GENERATED ALWAYS AS ("
    "to_tsvector('simple'::regconfig, title || ' ' || title_parts)) STORED",
    # Vectors stay in the row (not in TOAST): ranking reads a thousand of them per search.
    "ALTER TABLE sitesearch_searchdocument ALTER COLUMN vector SET STORAGE MAIN",
    "CREATE INDEX sitesearch_vector ON sitesearch_searchdocument USING gin (vector)",
]
POSTGRES_UNDO = [
    "DROP INDEX sitesearch_vector",
    "ALTER TABLE sitesearch_searchdocument DROP COLUMN title_vector",
    "ALTER TABLE sitesearch_searchdocument DROP COLUMN vector",
]

ENGINES = {"sqlite": (SQLITE, SQLITE_UNDO), "postgresql": (POSTGRES, POSTGRES_UNDO)}


def run(statements_of):
    def operation(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        if vendor not in ENGINES:
            raise RuntimeError(f"站内搜索不支持 {vendor} 数据库:请用 SQLite 或 PostgreSQL")
        for statement in statements_of(ENGINES[vendor]):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0001_initial")]

    operations = [migrations.RunPython(run(lambda e: e[0]), run(lambda e: e[1]))]
