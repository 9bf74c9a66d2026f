"""Real view counts of articles, kept per article and hour."""

from datetime import UTC, datetime

from django.db import connections, models, transaction
from django.utils import timezone

from news.models import Article

# Rows per INSERT: 3 parameters each stays far below SQLite's variable limit.
BATCH_SIZE = 500


class ViewCountManager(models.Manager):
    def add(self, counts) -> int:
        """Add {(article_id, hour): views} to the stored counts; returns the views stored.

        One INSERT … ON CONFLICT DO UPDATE per batch, so several processes flushing the
        same hour add up instead of overwriting each other (bulk_create's update_conflicts
        can only overwrite). The syntax is shared by SQLite and PostgreSQL, the two
        databases the portal runs on. Counts of articles deleted meanwhile are dropped:
        they have nothing left to rank."""
        items = list(counts.items())
        stored = 0
        with transaction.atomic(using=self.db):
            for start in range(0, len(items), BATCH_SIZE):
                batch = items[start : start + BATCH_SIZE]
                ids = {article_id for (article_id, _), _ in batch}
                alive = set(Article.objects.filter(pk__in=ids).order_by().values_list("pk", flat=True))
                rows = [(a, hour, n) for (a, hour), n in batch if a in alive]
                if rows:
                    self._upsert(rows)
                    stored += sum(n for _, _, n in rows)
        return stored

    def _upsert(self, rows):
        connection = connections[self.db]
        table = connection.ops.quote_name(self.model._meta.db_table)
        hour_field = self.model._meta.get_field("hour")
        params = []
        for article_id, hour, n in rows:
            params += [article_id, hour_field.get_db_prep_value(hour, connection), n]
        values = ", ".join(["(%s, %s, %s)"] * len(rows))
        # Only the table name and placeholders are formatted in; every value is a parameter.
        sql = (
            f'INSERT INTO {table} ("article_id", "hour", "views") VALUES {values} '  # noqa: S608
            f'ON CONFLICT ("article_id", "hour") DO UPDATE SET "views" = {table}."views" + excluded."views"'
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)


class ViewCount(models.Model):
    """阅读数: the views one article got in one hour (Beijing and UTC hours coincide)."""

    article = models.ForeignKey(
        "news.Article", verbose_name="稿件", on_delete=models.CASCADE, related_name="view_counts"
    )
    hour = models.DateTimeField("小时", help_text="该小时的开始时刻")
    views = models.PositiveIntegerField("阅读数", default=0)

    objects = ViewCountManager()

    class Meta:
        verbose_name = "阅读数"
        verbose_name_plural = "阅读数"
        constraints = [models.UniqueConstraint(fields=["article", "hour"], name="viewcount_article_hour")]
        indexes = [models.Index(fields=["hour", "article"], name="viewcount_hour_article")]

    def __str__(self):
        return f"{self.article_id} @ {timezone.localtime(self.hour):%Y-%m-%d %H}:00 · {self.views}"


class BeaconLogPosition(models.Model):
    """How far `count_beacons` has read one of nginx's beacon logs: saved in the same
    transaction as the views it added, so a view is counted once even if the command is
    killed at any point."""

    name = models.CharField("日志文件", max_length=100, unique=True)
    offset = models.BigIntegerField("已读字节", default=0)

    class Meta:
        verbose_name = "阅读计数日志进度"
        verbose_name_plural = "阅读计数日志进度"

    def __str__(self):
        return f"{self.name} @ {self.offset}"


class BeaconBurst(models.Model):
    """可疑点击: one address's beacons turned away in one minute (repeats, floods, beacons
    without the page's token), for editors to see who tried to move 新闻排行."""

    address = models.CharField("来源地址", max_length=45)
    minute = models.DateTimeField("时间(分钟)")
    article_id = models.BigIntegerField("最多的稿件")
    turned_away = models.PositiveIntegerField("未计入次数", default=0)

    class Meta:
        verbose_name = verbose_name_plural = "可疑点击"
        ordering = ["-minute"]
        constraints = [models.UniqueConstraint(fields=["address", "minute"], name="one_burst_per_address_minute")]

    def __str__(self):
        return f"{self.address} {self.minute:%Y-%m-%d %H:%M}"

    @classmethod
    def record(cls, address, epoch, article_id, turned_away):
        minute = datetime.fromtimestamp(epoch, UTC)
        defaults = {"article_id": article_id, "turned_away": turned_away}
        cls.objects.update_or_create(address=str(address), minute=minute, defaults=defaults)

    def article(self):
        return Article.objects.filter(pk=self.article_id).first()
