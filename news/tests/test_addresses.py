"""The portal's short way to a page's address gives what Wagtail's own gives."""

from wagtail.models import Page

from news.testing import make_article, make_channel


def test_page_addresses_are_wagtails(channel):
    sub = make_channel("深度报道", "深度报道", channel)
    pages = [channel, sub, make_article(sub, "稿件"), make_article(channel, "另一篇", slug="职工-1")]
    for page in pages:
        assert page.url == Page.get_url(page), page
    assert "%E6%B7%B1" in sub.url  # a Chinese slug, percent-encoded as Wagtail does
