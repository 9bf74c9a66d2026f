"""SQLite FTS5, the embedded default: a contentless index keyed newest first.

Every constraint is part of the FTS5 query (the pieces as phrases, the channel as a term,
dates as a rowid range), so FTS5 walks its own doclists newest first and stops at the count
cap; nothing is looked up row by row."""

import contextlib

from django.db import transaction

from .base import SearchBackend

# As migration 0005 made them.
COLUMNS = "title, lead, body, channel"
INSERT_TRIGGER = (
    "CREATE TRIGGER IF NOT EXISTS sitesearch_fts_insert AFTER INSERT ON sitesearch_searchdocument BEGIN "
    f"INSERT INTO sitesearch_fts(rowid, {COLUMNS}) VALUES (new.key, new.title, new.lead, new.body, "
    "'c' || new.channel_id); END"
)

# FTS5 settings for filling the whole index in one statement (64 MB of terms in memory
# before a segment is written, no merging until a crisis), and for a site's daily writes
# (FTS5's own defaults but for automerge, as migration 0005 set). Make bench-search: the
# bulk fill of 100,000 articles 66 → 47 s.
BULK = {"automerge": 0, "crisismerge": 64, "hashsize": 64 << 20}
DAILY = {"automerge": 8, "crisismerge": 16, "hashsize": 1 << 20}


def _quoted(text):
    return '"' + text.replace('"', '""') + '"'


def phrase(piece):
    return _quoted(" ".join(piece.terms)) + (" *" if piece.prefix else "")


def match_expression(pieces):
    return " AND ".join(map(phrase, pieces))


def with_channels(expression, channel_ids):
    if channel_ids is None:
        return expression
    channels = " OR ".join(_quoted(f"c{channel_id}") for channel_id in channel_ids) or '"c0"'
    return f"({expression}) AND channel : ({channels})"


class SQLiteBackend(SearchBackend):
    @contextlib.contextmanager
    def building(self):
        """Into an empty index the documents are written first and indexed after, in one
        statement in key order: FTS5 then writes few large segments instead of merging
        a small one per batch. A build cut short leaves the insert trigger away; the next
        rebuild sees that and indexes every document again."""
        if self.is_empty() or not self._has_insert_trigger():
            self.execute("DROP TRIGGER IF EXISTS sitesearch_fts_insert")
            try:
                yield
            finally:
                with transaction.atomic(using=self.connection.alias):
                    self.execute("INSERT INTO sitesearch_fts(sitesearch_fts) VALUES ('delete-all')")
                    self._configure(BULK)
                    self.execute(
                        f"INSERT INTO sitesearch_fts(rowid, {COLUMNS}) SELECT key, title, lead, body, "
                        "'c' || channel_id FROM sitesearch_searchdocument ORDER BY key"
                    )
                    self._configure(DAILY)
                    self.execute(INSERT_TRIGGER)
        else:
            yield

    def _configure(self, options):
        for name, value in options.items():
            self.execute("INSERT INTO sitesearch_fts(sitesearch_fts, rank) VALUES (%s, %s)", [name, value])

    def _has_insert_trigger(self):
        return bool(
            self.run("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'sitesearch_fts_insert'", [])
        )

    def matches(self, pieces, filters):
        bounds, params = filters.key_bounds("rowid")
        where = " AND ".join(["sitesearch_fts MATCH %s", *bounds])
        sql = f"SELECT rowid FROM sitesearch_fts WHERE {where} ORDER BY rowid DESC LIMIT {self.count_cap}"
        return [
            row[0] for row in self.run(sql, [with_channels(match_expression(pieces), filters.channel_ids), *params])
        ]
