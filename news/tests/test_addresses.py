"""The portal's short way to a page's address gives what Wagtail's own gives."""

from wagtail.models import Page

from news.testing import make_article, make_channel


def test_page_addresses_are_wagtails(channel):
    sub = make_channel("深度报道", "深度报道", channel)
    pages = [channel, sub, make_article(sub, "稿件"), make_article(channel, "另一篇", slug="职工-1")]
    for page in pages:
        assert page.url == Page.get_url(page), page
    assert "%E6%B7%B1" in sub.url  # a Chinese slug, percent-encoded as Wagtail does


def test_addresses_follow_a_renamed_site_root(client, channel, django_capture_on_commit_callbacks):
    """The site root paths are remembered; a new slug of the home page forgets them (when
    the change is committed, as Wagtail says it)."""
    article = make_article(channel, "稿件")
    assert client.get(article.url).status_code == 200
    home = channel.get_parent().specific
    home.slug = "shouye"
    with django_capture_on_commit_callbacks(execute=True):
        home.save_revision().publish()
    article.refresh_from_db()
    assert article.url == Page.get_url(article) == "/gonghui/2018-12/" + article.slug + "/"
    assert client.get(article.url).status_code == 200
