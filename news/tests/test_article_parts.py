"""An article's own HTML (its metadata and its text) is rendered once until the article
changes: a page dropped for something else it shows is built again from the article's row
alone; an edit, a 更正 or a byline's author renamed shows at once; a preview shows the draft."""

import pytest

from delivery.backends import page_stores
from news.testing import make_article
from people.models import Author
from review.models import Correction


@pytest.fixture
def article(channel):
    return make_article(channel, "劳模工匠进校园", authors=["林晓"], tags=["劳模"])


def drop_cached_pages():
    """What a purge of a sidebar module or the ranking does to the article's page."""
    for store in page_stores():
        store.clear()


def test_a_page_built_again_reads_only_the_article_row(client, article, django_assert_num_queries):
    client.get(article.url)  # the very first page of a site makes its settings row
    drop_cached_pages()
    first = client.get(article.url).content.decode()
    drop_cached_pages()
    with django_assert_num_queries(1):
        again = client.get(article.url).content.decode()
    assert again == first
    assert "林晓" in again and "劳模" in again


def test_a_correction_shows_at_once(client, article):
    client.get(article.url)
    Correction.objects.create(article=article, text="第二段人名有误,已更正。")
    assert "第二段人名有误" in client.get(article.url).content.decode()


def test_an_author_renamed_shows_at_once(client, article):
    client.get(article.url)
    author = Author.objects.get(name="林晓")
    author.name = "林晓光"
    author.save()
    html = client.get(article.url).content.decode()
    assert '<meta name="author" content="林晓光">' in html  # the head part
    assert html.count("林晓光") >= 3  # the byline and the JSON-LD too


def test_a_preview_shows_the_draft_not_the_remembered_page(client, article):
    client.get(article.url)
    article.title = "劳模工匠走进校园"
    revision = article.save_revision()
    preview = revision.as_object().make_preview_request().content.decode()
    assert "<h1>劳模工匠走进校园</h1>" in preview and 'content="劳模工匠走进校园"' in preview
    live = client.get(article.url).content.decode()
    assert "<h1>劳模工匠进校园</h1>" in live and "劳模工匠走进校园" not in live
