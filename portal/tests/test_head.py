"""What every public page tells browsers and search engines in its head, and the outline
of its headings: one title that is not the site's name twice, one description, one
canonical address, machine-readable times without microseconds, no skipped heading level."""

import re
from html.parser import HTMLParser

import pytest
from django.utils import timezone

from news.testing import make_article

pytestmark = pytest.mark.django_db


class Outline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.titles, self.descriptions, self.canonicals, self.times, self.levels = [], [], [], [], []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title":
            self._in_title = True
        elif tag == "meta" and attrs.get("name") == "description":
            self.descriptions.append(attrs.get("content", ""))
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonicals.append(attrs["href"])
        elif tag == "time":
            self.times.append(attrs["datetime"])
        elif re.fullmatch(r"h[1-6]", tag):
            self.levels.append(int(tag[1]))

    def handle_endtag(self, tag):
        self._in_title = self._in_title and tag != "title"

    def handle_data(self, data):
        if self._in_title:
            self.titles.append(data)


def outline(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parsed = Outline()
    parsed.feed(response.content.decode())
    return parsed


@pytest.fixture
def pages(channel):
    story = make_article(channel, "职工书屋开放", when=timezone.now())  # a time with microseconds
    for n in range(25):
        make_article(channel, f"第{n}篇稿件")
    day = timezone.localtime().date()
    return {
        "home": "/",
        "article": story.url,
        "channel": channel.url,
        "channel page 2": channel.url + "?page=2",
        "calendar month": "/calendar/2018/12/",
        "calendar day": "/calendar/2018/12/25/",
        "today": f"/calendar/{day:%Y/%m/%d}/",
    }


def test_every_page_has_one_title_description_and_canonical(client, pages):
    for name, url in pages.items():
        head = outline(client, url)
        title = "".join(head.titles)
        assert title and not re.fullmatch(r"(.+) - \1", title), (name, title)
        assert len(head.descriptions) == 1 and head.descriptions[0].strip(), name
        assert head.canonicals == [f"http://testserver{url}"], name


def test_the_home_title_is_the_site_name_once(client, pages):
    assert "".join(outline(client, "/").titles) == "中工网"


def test_the_search_page_is_described_but_not_canonical(client, pages):
    head = outline(client, "/search/?q=职工书屋")
    assert len(head.descriptions) == 1 and head.canonicals == []


def test_times_are_whole_seconds_with_an_offset(client, pages):
    for name in ("home", "channel", "today"):
        for value in outline(client, pages[name]).times:
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:?\d\d", value), (name, value)


def test_headings_never_skip_a_level(client, pages):
    for name, url in [*pages.items(), ("search", "/search/?q=职工书屋")]:
        levels = outline(client, url).levels
        assert levels and levels[0] == 1, name
        for before, after in zip(levels, levels[1:], strict=False):
            assert after <= before + 1, (name, levels)
