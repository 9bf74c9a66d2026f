"""Character pairs beside the words (sitesearch.text.grams): any run of two or more Chinese
characters of a title, summary or body finds its article, however the words were cut.

SQLite: a second contentless FTS5 table keyed like the first (rowid = document key), its
channel column as in the first, kept by triggers. PostgreSQL: a tsvector of the pairs with
positions (title weighted A, the rest D) and a GIN index; a phrase is pairs side by side
(<->). Then every document is written again, so the pairs exist for what is already live."""

from django.db import migrations, models

COLUMNS = "title_grams, text_grams, channel"
NEW = "new.key, new.title_grams, new.text_grams, 'c' || new.channel_id"
OLD = "'delete', old.key, old.title_grams, old.text_grams, 'c' || old.channel_id"

SQLITE = [
    f"CREATE VIRTUAL TABLE sitesearch_grams USING fts5({COLUMNS}, content='', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER sitesearch_grams_insert AFTER INSERT ON sitesearch_searchdocument BEGIN "
    f"INSERT INTO sitesearch_grams(rowid, {COLUMNS}) VALUES ({NEW}); END",
    "CREATE TRIGGER sitesearch_grams_delete AFTER DELETE ON sitesearch_searchdocument BEGIN "
    f"INSERT INTO sitesearch_grams(sitesearch_grams, rowid, {COLUMNS}) VALUES ({OLD}); END",
    "CREATE TRIGGER sitesearch_grams_update AFTER UPDATE ON sitesearch_searchdocument BEGIN "
    f"INSERT INTO sitesearch_grams(sitesearch_grams, rowid, {COLUMNS}) VALUES ({OLD}); "
    f"INSERT INTO sitesearch_grams(rowid, {COLUMNS}) VALUES ({NEW}); END",
    # The rows already there, with their (still empty) pairs: a contentless table must only
    # be told to delete what it was given, or its index breaks.
    f"INSERT INTO sitesearch_grams(rowid, {COLUMNS}) "
    "SELECT key, title_grams, text_grams, 'c' || channel_id FROM sitesearch_searchdocument",
]
SQLITE_UNDO = [
    "DROP TRIGGER sitesearch_grams_update",
    "DROP TRIGGER sitesearch_grams_delete",
    "DROP TRIGGER sitesearch_grams_insert",
    "DROP TABLE sitesearch_grams",
]
POSTGRES = [
    "ALTER TABLE sitesearch_searchdocument ADD COLUMN grams_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('simple'::regconfig, title_grams), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, text_grams), 'D')) STORED",
    "CREATE INDEX sitesearch_grams_vector ON sitesearch_searchdocument USING gin (grams_vector)",
]
POSTGRES_UNDO = ["DROP INDEX sitesearch_grams_vector", "ALTER TABLE sitesearch_searchdocument DROP COLUMN grams_vector"]
ENGINES = {"sqlite": (SQLITE, SQLITE_UNDO), "postgresql": (POSTGRES, POSTGRES_UNDO)}


def run(which):
    def operation(apps, schema_editor):
        for statement in ENGINES[schema_editor.connection.vendor][which]:
            schema_editor.execute(statement)

    return operation


def write_documents_again(apps, schema_editor):
    # The index is derived data: the current code writes it (with its pairs) from the articles.
    from sitesearch.rebuild import rebuild

    rebuild()


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0004_drop_wagtail_index"), ("news", "0006_article_editor_from_the_desk")]

    # The columns are added in place (ALTER TABLE), not by Django's rebuild of the table on
    # SQLite, which would drop the triggers that keep the full-text tables.
    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    f"ALTER TABLE sitesearch_searchdocument ADD COLUMN {name} text NOT NULL DEFAULT ''",
                    f"ALTER TABLE sitesearch_searchdocument DROP COLUMN {name}",
                )
                for name in ("title_grams", "text_grams")
            ],
            state_operations=[
                migrations.AddField(
                    model_name="searchdocument",
                    name="title_grams",
                    field=models.TextField(blank=True, default="", help_text="title and subtitle", verbose_name="标题字对"),
                ),
                migrations.AddField(
                    model_name="searchdocument",
                    name="text_grams",
                    field=models.TextField(
                        blank=True, default="", help_text="kicker, tags, summary and body", verbose_name="正文字对"
                    ),
                ),
            ],
        ),
        migrations.RunPython(run(0), run(1)),
        migrations.RunPython(write_documents_again, migrations.RunPython.noop),
    ]
