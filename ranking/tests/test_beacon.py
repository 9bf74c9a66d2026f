import pytest
from django.urls import reverse
from wagtail.models import Page

from news.testing import make_article
from ranking.admission import token
from ranking.models import ViewCount
from ranking.views import PIXEL

READER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
BAIDU = "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)"


def beacon(article_id):
    """The beacon as the article's page carries it, with the page's token."""
    return f"{reverse('ranking:hit', args=[article_id])}?t={token(article_id)}"


def views_after_flush(counter):
    counter.flush()
    return sum(ViewCount.objects.values_list("views", flat=True))


def test_sendbeacon_post_counts_a_view(client, beacon_counter, article):
    response = client.post(beacon(article.id), headers={"user-agent": READER})
    assert response.status_code == 204
    assert "no-store" in response["Cache-Control"]
    assert not ViewCount.objects.exists()  # buffered, not written on the hot path
    assert views_after_flush(beacon_counter) == 1


def test_noscript_image_counts_a_view(client, beacon_counter, article):
    response = client.get(beacon(article.id), headers={"user-agent": READER})
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert response.content == PIXEL
    assert "no-store" in response["Cache-Control"]
    assert views_after_flush(beacon_counter) == 1


@pytest.mark.parametrize("user_agent", [BAIDU, "curl/8.5.0", ""])
def test_bots_get_the_same_answer_but_are_not_counted(client, beacon_counter, article, user_agent):
    assert client.post(beacon(article.id), headers={"user-agent": user_agent}).status_code == 204
    assert client.get(beacon(article.id), headers={"user-agent": user_agent}).content == PIXEL
    assert views_after_flush(beacon_counter) == 0


def test_unknown_ids_are_not_found(client, beacon_counter, article):
    channel_id = article.primary_channel_id
    for article_id in (999_999, channel_id):
        assert client.post(beacon(article_id), headers={"user-agent": READER}).status_code == 404
    assert views_after_flush(beacon_counter) == 0


def test_unpublished_and_draft_articles_are_not_found(client, beacon_counter, channel, article):
    article.unpublish()
    draft = make_article(channel, "草稿", live=False)
    for article_id in (article.id, draft.id):
        assert client.post(beacon(article_id), headers={"user-agent": READER}).status_code == 404
        assert client.get(beacon(article_id), headers={"user-agent": READER}).status_code == 404
    assert views_after_flush(beacon_counter) == 0
    assert Page.objects.get(id=draft.id).live is False


def test_other_methods_are_refused(client, beacon_counter, article):
    assert client.put(beacon(article.id), headers={"user-agent": READER}).status_code == 405
    assert client.delete(beacon(article.id), headers={"user-agent": READER}).status_code == 405
    assert views_after_flush(beacon_counter) == 0


def test_the_beacon_needs_no_csrf_token(beacon_counter, article):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post(beacon(article.id), headers={"user-agent": READER}).status_code == 204
    assert views_after_flush(beacon_counter) == 1


def test_the_hot_path_only_reads(client, beacon_counter, article, django_assert_num_queries):
    with django_assert_num_queries(1):
        client.post(beacon(article.id), headers={"user-agent": READER})
    with django_assert_num_queries(0):  # the live check is cached briefly
        client.post(beacon(article.id), headers={"user-agent": READER + " another reader"})
    assert views_after_flush(beacon_counter) == 2
