import re

from django.contrib.auth import get_user_model
from django.urls import reverse

from news.filing import month_folder
from news.models import Article, ArticleFolder
from news.testing import article_form, beijing, make_article, make_channel


def test_write_button_files_the_new_article_in_this_months_folder(client, channel, time_machine):
    time_machine.move_to(beijing(2018, 12, 25, 7, 56, 26), tick=False)
    admin = get_user_model().objects.create_superuser("boss", "boss@example.cn", "pw-for-tests")
    client.force_login(admin)
    listing = client.get(f"/admin/pages/{channel.get_parent().id}/")
    assert f"/admin/news/write/{channel.id}/" in listing.content.decode()

    response = client.get(f"/admin/news/write/{channel.id}/")
    assert (response.status_code, response["Location"]) == (302, f"/admin/pages/add/news/article/{channel.id}/")
    assert client.get(response["Location"]).status_code == 200
    assert not ArticleFolder.objects.exists()  # a draft abandoned now leaves no empty folder

    for _ in range(2):
        form = article_form(Article(title="写稿写的稿件", source="中工网", editor="甲"), slug="")
        assert client.post(response["Location"], form).status_code == 302
    folder = ArticleFolder.objects.child_of(channel).get()
    assert folder.slug == "2018-12"
    filed = Article.objects.child_of(folder).order_by("slug")
    assert [(a.slug, a.primary_channel_id) for a in filed] == [("25075626", channel.id), ("25075626-2", channel.id)]
    assert filed[0].url == "/gonghui/2018-12/25075626/"
    assert not Article.objects.child_of(channel).exists()


def test_a_slug_taken_in_the_month_is_refused_before_filing(client, channel, time_machine):
    time_machine.move_to(beijing(2018, 12, 25, 7, 56, 26), tick=False)
    client.force_login(get_user_model().objects.create_superuser("boss", "boss@example.cn", "pw-for-tests"))
    make_article(channel, "已有的稿件", slug="liuzi")
    add = f"/admin/pages/add/news/article/{channel.id}/"
    response = client.post(add, article_form(Article(title="同名地址", source="中工网", editor="甲"), slug="liuzi"))
    assert response.status_code == 200 and "本月已有稿件使用这个地址" in response.content.decode()
    assert Article.objects.count() == 1


def test_write_button_refuses_users_without_add_permission(client, channel):
    clerk = get_user_model().objects.create_user("clerk", "c@example.cn", "pw-for-tests")
    clerk.user_permissions.add(*_admin_access())
    client.force_login(clerk)
    response = client.get(f"/admin/news/write/{channel.id}/")
    # Wagtail turns a refusal into a redirect to the dashboard with an error message.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert not ArticleFolder.objects.child_of(channel).exists()


def _admin_access():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(codename="access_admin")


def test_a_new_article_without_a_slug_gets_the_day_and_time(client, channel, time_machine):
    time_machine.move_to(beijing(2018, 12, 25, 7, 56, 26), tick=False)
    client.force_login(get_user_model().objects.create_superuser("boss", "boss@example.cn", "pw-for-tests"))
    folder = month_folder(channel, beijing(2018, 12, 25, 7, 56, 26))
    add = reverse("wagtailadmin_pages:add", args=["news", "article", folder.pk])
    for _ in range(2):
        form = article_form(Article(title="无缩略名", source="中工网", editor="甲"), slug="")
        assert client.post(add, form).status_code == 302
    assert sorted(Article.objects.values_list("slug", flat=True)) == ["25075626", "25075626-2"]


def test_the_explorer_lists_sub_channels_then_months_newest_first(client, channel):
    admin = get_user_model().objects.create_superuser("boss", "boss@example.cn", "pw-for-tests")
    client.force_login(admin)
    for month in (3, 11, 7):
        make_article(channel, f"{month}月的稿件", when=beijing(2025, month, 2, 9, 0, 0))
    make_channel("深度报道", "shendu", channel)
    html = client.get(f"/admin/pages/{channel.id}/").content.decode()
    rows = re.findall(r'id="page_\d+_title">(.*?)</span>', html, re.S)
    shown = [re.sub(r"<[^>]+>|\s", "", row) for row in rows]
    assert shown == ["深度报道", "2025-11", "2025-07", "2025-03"]


def test_times_are_picked_every_ten_minutes_when_scheduling(client, channel):
    admin = get_user_model().objects.create_superuser("boss", "boss@example.cn", "pw-for-tests")
    client.force_login(admin)
    article = make_article(channel, "待定时发布的稿件")
    html = client.get(f"/admin/pages/{article.id}/edit/").content.decode()
    configs = re.findall(r'"step": 10', html.replace("&quot;", '"'))
    assert len(configs) >= 2  # 发布时间 and the schedule's go-live and expiry


def test_a_new_articles_source_is_filled_from_the_site_settings(client, channel):
    from siteconfig.models import SiteSettings

    client.force_login(get_user_model().objects.create_superuser("boss", "boss@example.cn", "pw-for-tests"))
    add = f"/admin/pages/add/news/article/{channel.id}/"
    assert 'name="source" value="中工网"' in client.get(add).content.decode()  # the site's name
    conf = SiteSettings.for_site(channel.get_site())
    conf.default_source = "中工网--《工人日报》"
    conf.save()
    assert 'name="source" value="中工网--《工人日报》"' in client.get(add).content.decode()
    article = make_article(channel, "转载的稿件", source="新华社")
    assert 'value="新华社"' in client.get(f"/admin/pages/{article.id}/edit/").content.decode()
