from django.apps import AppConfig
from django.conf import settings


class RankingConfig(AppConfig):
    name = "ranking"
    verbose_name = "新闻排行"

    def ready(self):
        if settings.RANKING_FLUSH_SECONDS > 0:
            from .counting import counter

            counter.flush_at_shutdown()
