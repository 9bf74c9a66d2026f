from django.db import models


class SearchDocument(models.Model):
    """The searchable form of one live article: its words cut into space-separated terms.

    The engine's own index is kept by the database from these rows: an FTS5 table fed by
    triggers on SQLite, a generated tsvector column with a GIN index on PostgreSQL (see the
    first migration). Only live articles have a row."""

    article = models.OneToOneField(
        "news.Article", primary_key=True, on_delete=models.CASCADE, related_name="search_document"
    )
    channel = models.ForeignKey("news.Channel", null=True, on_delete=models.SET_NULL, related_name="+", db_index=False)
    publish_time = models.DateTimeField(db_index=True)
    title = models.TextField("标题词", help_text="title and subtitle")
    marks = models.TextField("标记词", help_text="kicker and tags")
    summary = models.TextField("摘要词", help_text="summary, authors and source")
    body = models.TextField("正文词")
    text = models.TextField("规范化全文", help_text="normalised plain text, for phrases in quotes")

    class Meta:
        verbose_name = "搜索索引条目"
        verbose_name_plural = "搜索索引"
        indexes = [models.Index(fields=["channel", "-publish_time"], name="sitesearch_channel_time")]

    def __str__(self):
        return f"search document of article {self.article_id}"
