from datetime import date

from django.template import Context, Template

from archive.calendar import today
from news.testing import beijing, make_article

WIDGET = Template("{% load archive_tags %}{% news_calendar day %}")


def render(day):
    return WIDGET.render(Context({"day": day}))


def test_widget_links_only_days_with_live_articles_in_one_query(channel, django_assert_num_queries):
    make_article(channel, "圣诞", when=beijing(2018, 12, 25, 0, 30))
    make_article(channel, "草稿", when=beijing(2018, 12, 26, 9, 0), live=False)
    make_article(channel, "撤稿", when=beijing(2018, 12, 27, 9, 0)).unpublish()
    with django_assert_num_queries(1):
        html = render(date(2018, 12, 25))
    assert '<section class="box box-calendar">' in html
    assert '<h2 class="box-title">新闻日历</h2>' in html
    assert '<a class="calendar-month" href="/calendar/2018/12/">2018年12月</a>' in html
    assert 'href="/calendar/2018/11/"' in html
    assert 'href="/calendar/2019/01/"' in html
    assert '<td class="day selected has-articles"><a href="/calendar/2018/12/25/"' in html
    assert "/calendar/2018/12/26/" not in html
    assert "/calendar/2018/12/27/" not in html
    assert html.count("/calendar/2018/12/") == 2  # the month title and the 25th


def test_widget_takes_the_beijing_day_of_a_datetime(home):
    # 16:30 UTC on the 24th is already the 25th in Beijing.
    html = render(beijing(2018, 12, 25, 0, 30))
    assert '<td class="day selected">25<span class="visually-hidden">日</span></td>' in html


def test_widget_without_a_day_shows_this_month_with_today_marked(home):
    now = today()
    html = render(None)
    assert f"{now.year}年{now.month}月" in html
    assert f'<td class="day today">{now.day}<span class="visually-hidden">日</span></td>' in html
    assert render("") == html  # an unset template variable arrives as ""
