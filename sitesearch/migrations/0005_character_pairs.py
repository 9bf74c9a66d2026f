"""The index becomes character pairs (sitesearch.text.grams) in three fields: title, lead and
body. Any run of two or more Chinese characters of an article then finds it as typed, however
a segmenter would have cut the sentence; the word columns and their engine indexes go.

SQLite: a contentless FTS5 table, rowid = document key, its last column the channel as a term
(c12), kept by triggers (the 'delete' command of a contentless table needs the old terms,
which the row still holds; sitesearch.backends.sqlite fills an empty index in bulk and
remakes the insert trigger as written here). PostgreSQL: a tsvector with positions and the
30-day span term of migration 0003, and a GIN index. Both split only on spaces (FTS5
'ascii', PostgreSQL 'simple').
The documents are then written again from the articles: the index is derived data."""

from django.db import migrations, models

COLUMNS = "title, lead, body, channel"
NEW = "new.key, new.title, new.lead, new.body, 'c' || new.channel_id"
OLD = "'delete', old.key, old.title, old.lead, old.body, 'c' || old.channel_id"

SQLITE_DROP = [
    "DROP TRIGGER sitesearch_fts_update",
    "DROP TRIGGER sitesearch_fts_delete",
    "DROP TRIGGER sitesearch_fts_insert",
    "DROP TABLE sitesearch_fts",
]
SQLITE_CREATE = [
    # The terms are made and folded by sitesearch.text and only split on spaces here, so the
    # plain 'ascii' tokenizer does (a quarter faster than unicode61); no column sizes, which
    # only bm25 reads.
    f"CREATE VIRTUAL TABLE sitesearch_fts USING fts5({COLUMNS}, content='', tokenize='ascii', columnsize=0)",
    # Pages of 16 kB and merges of 8 segments: a pair index has a term per character, and
    # FTS5's defaults (1 kB, 4) spend a rebuild's time splitting and merging.
    "INSERT INTO sitesearch_fts(sitesearch_fts, rank) VALUES('pgsz', 16000)",
    "INSERT INTO sitesearch_fts(sitesearch_fts, rank) VALUES('automerge', 8)",
    "CREATE TRIGGER sitesearch_fts_insert AFTER INSERT ON sitesearch_searchdocument BEGIN "
    f"INSERT INTO sitesearch_fts(rowid, {COLUMNS}) VALUES ({NEW}); END",
    "CREATE TRIGGER sitesearch_fts_delete AFTER DELETE ON sitesearch_searchdocument BEGIN "
    f"INSERT INTO sitesearch_fts(sitesearch_fts, rowid, {COLUMNS}) VALUES ({OLD}); END",
    "CREATE TRIGGER sitesearch_fts_update AFTER UPDATE ON sitesearch_searchdocument BEGIN "
    f"INSERT INTO sitesearch_fts(sitesearch_fts, rowid, {COLUMNS}) VALUES ({OLD}); "
    f"INSERT INTO sitesearch_fts(rowid, {COLUMNS}) VALUES ({NEW}); END",
]

# key >> 24 is the publish time in seconds (KEY_ID_RANGE in sitesearch/models.py).
PERIOD = "to_tsvector('simple'::regconfig, 'period' || ((key >> 24) / 2592000)::text)"
# One vector of the three fields: a concatenation shifts each field's positions past the
# last, so no phrase runs from one field into the next.
FIELDS = " || ".join(f"to_tsvector('simple'::regconfig, {column})" for column in ("title", "lead", "body"))
POSTGRES_DROP = [
    "DROP INDEX sitesearch_vector",
    "ALTER TABLE sitesearch_searchdocument DROP COLUMN title_vector",
    "ALTER TABLE sitesearch_searchdocument DROP COLUMN vector",
]
POSTGRES_CREATE = [
    f"ALTER TABLE sitesearch_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS ({FIELDS} || {PERIOD}) "
    "STORED",
    # lz4 rather than pglz for the long values: a phrase is checked against each candidate's
    # vector, read and decompressed from TOAST, and rows are written a quarter faster.
    *(
        f"ALTER TABLE sitesearch_searchdocument ALTER COLUMN {column} SET COMPRESSION lz4"
        for column in ("title", "lead", "body", "vector")
    ),
    "CREATE INDEX sitesearch_vector ON sitesearch_searchdocument USING gin (vector)",
]
ENGINES = {"sqlite": (SQLITE_DROP, SQLITE_CREATE), "postgresql": (POSTGRES_DROP, POSTGRES_CREATE)}


def run(which):
    def operation(apps, schema_editor):
        for statement in ENGINES[schema_editor.connection.vendor][which]:
            schema_editor.execute(statement)

    return operation


def write_documents_again(apps, schema_editor):
    from sitesearch.rebuild import rebuild

    rebuild()


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0004_drop_wagtail_index"), ("news", "0007_reprint")]

    operations = [
        migrations.RunPython(run(0)),
        migrations.RunSQL("DELETE FROM sitesearch_searchdocument"),
        # The body goes last (removed and added again): the search reads title and lead of a
        # thousand rows at a time, and a column after the long one would be read past it.
        *(
            migrations.RemoveField("searchdocument", name)
            for name in ("title_parts", "marks", "summary", "parts", "body")
        ),
        migrations.AlterField(
            "searchdocument", "title", models.TextField(help_text="title and subtitle", verbose_name="标题字对")
        ),
        migrations.AddField(
            "searchdocument",
            "lead",
            models.TextField(
                default="", help_text="kicker, tags, summary, authors and source", verbose_name="导语字对"
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            "searchdocument", "body", models.TextField(default="", verbose_name="正文字对"), preserve_default=False
        ),
        migrations.RunPython(run(1)),
        migrations.RunPython(write_documents_again),
    ]
