from django.db import models

# Article ids below this share a publish second without sharing a key.
KEY_ID_RANGE = 1 << 24


def newest_first_key(publish_time, article_id):
    """The document key: publish time in seconds, then the article id. Engines keep their
    index in key order, so "the newest matches" is a read along the index, not a sort."""
    return int(publish_time.timestamp()) * KEY_ID_RANGE + article_id % KEY_ID_RANGE


class SearchDocument(models.Model):
    """The searchable form of one live article: its fields as index terms (sitesearch.text.grams).

    The engine's own index is kept by the database from these rows: an FTS5 table fed by
    triggers on SQLite, generated tsvector columns with a GIN index on PostgreSQL (migration
    0005). Only live articles have a row."""

    key = models.BigIntegerField("排序键", primary_key=True, help_text="newest_first_key(publish_time, article)")
    article = models.OneToOneField("news.Article", on_delete=models.CASCADE, related_name="search_document")
    channel = models.ForeignKey("news.Channel", null=True, on_delete=models.SET_NULL, related_name="+")
    title = models.TextField("标题字对", help_text="title and subtitle")
    lead = models.TextField("导语字对", help_text="kicker, tags, summary, authors and source")
    body = models.TextField("正文字对")

    class Meta:
        verbose_name = "搜索索引条目"
        verbose_name_plural = "搜索索引"
        indexes = [models.Index(fields=["channel", "-key"], name="sitesearch_channel_key")]

    def __str__(self):
        return f"search document of article {self.article_id}"


class SearchText(models.Model):
    """A document's runs of text (sitesearch.text.spaced, one line per field), kept by engines
    that check phrases against text rather than against their own index: PostgreSQL, whose
    GIN index keeps no positions. Read a thousand at a time, so each row is one table page
    with its text in line (migration 0006), and it goes with its document (ON DELETE
    CASCADE in the database)."""

    key = models.BigIntegerField("排序键", primary_key=True, help_text="the key of its SearchDocument")
    text = models.TextField("连续文字")

    class Meta:
        verbose_name = "搜索核对文字"
        verbose_name_plural = "搜索核对文字"

    def __str__(self):
        return f"search text of document {self.key}"
