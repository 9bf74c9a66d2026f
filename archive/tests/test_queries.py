from datetime import date

from archive.queries import article_days, articles_on
from news.testing import beijing, make_article


def test_days_count_live_articles_by_beijing_day(channel):
    make_article(channel, "平安夜", when=beijing(2018, 12, 24, 23, 59))
    # 00:30 in Beijing is 16:30 UTC of the 24th: still the 25th here.
    make_article(channel, "圣诞凌晨", when=beijing(2018, 12, 25, 0, 30))
    make_article(channel, "圣诞上午", when=beijing(2018, 12, 25, 7, 56))
    make_article(channel, "草稿", when=beijing(2018, 12, 26, 9, 0), live=False)
    make_article(channel, "撤稿", when=beijing(2018, 12, 27, 9, 0)).unpublish()
    make_article(channel, "十一月", when=beijing(2018, 11, 30, 23, 59))
    make_article(channel, "元旦", when=beijing(2019, 1, 1, 0, 0))
    assert article_days(2018, 12) == {24: 1, 25: 2}
    assert article_days(2019, 1) == {1: 1}


def test_articles_on_a_day_are_live_and_newest_first(channel):
    make_article(channel, "平安夜", when=beijing(2018, 12, 24, 23, 59))
    make_article(channel, "凌晨", when=beijing(2018, 12, 25, 0, 30))
    make_article(channel, "晚上", when=beijing(2018, 12, 25, 23, 59, 59))
    make_article(channel, "上午", when=beijing(2018, 12, 25, 7, 56))
    make_article(channel, "草稿", when=beijing(2018, 12, 25, 9, 0), live=False)
    make_article(channel, "次日", when=beijing(2018, 12, 26, 0, 0))
    assert [a.title for a in articles_on(date(2018, 12, 25))] == ["晚上", "上午", "凌晨"]
