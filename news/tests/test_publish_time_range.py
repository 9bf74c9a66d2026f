"""发布时间 has a sane range: not before 1900, not more than a day after the article goes
live (now, when it is not scheduled). 9999-12-31 would head every list for ever and break
the calendar; year 1 breaks time-zone arithmetic. (The importer: importing/tests/test_crawled.py.)"""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from news.models import Article
from news.testing import article_form, beijing, make_article

REFUSED = ["9999-12-31 23:59:59", "0001-01-01 00:00:00", "1899-12-31 23:59:59"]


@pytest.mark.parametrize("typed", REFUSED)
def test_the_admin_refuses_it_with_a_message(admin_client, channel, typed):
    article = make_article(channel, "劳模工匠进校园")
    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    response = admin_client.post(url, article_form(article, publish_time=typed))
    assert response.status_code == 200
    assert "发布时间不能" in response.content.decode()
    article.refresh_from_db()
    assert article.publish_time == beijing(2018, 12, 25, 7, 56, 26)


def test_a_past_time_and_a_scheduled_one_are_kept(admin_client, channel):
    assert make_article(channel, "旧闻", when=beijing(1950, 10, 1, 8, 0, 0)).pk
    article = Article(title="定时稿件", source="中工网", go_live_at=timezone.now() + timedelta(days=7))
    article.publish_time = article.go_live_at
    article.full_clean(exclude=["path", "depth", "slug"])


def test_the_model_refuses_it_whoever_saves(channel):
    with pytest.raises(ValidationError, match="发布时间不能晚于上线时间"):
        make_article(channel, "来自未来", when=timezone.now() + timedelta(days=2))
