"""Reports and dashboard panels read as the newsroom's: people by name, 系统 where nobody
acted, no 语言 or 隐私 columns, no "None"."""

import lxml.html
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from news.testing import make_article

pytestmark = pytest.mark.django_db


def text_of(client, url):
    page = lxml.html.fromstring(client.get(url).content.decode())
    for hidden in page.xpath("//script|//template|//*[@hidden]"):
        hidden.drop_tree()
    return " ".join(page.text_content().split())


@pytest.fixture
def chief(db):
    return get_user_model().objects.create_superuser("zongbian", password="x", first_name="晓明", last_name="王")


def test_aging_pages_names_the_publisher_and_says_system_for_nobody(client, chief, channel):
    by_person = make_article(channel, "总编辑签发的稿件")
    by_person.save_revision(user=chief).publish(user=chief)
    make_article(channel, "导入的稿件").save_revision().publish()  # no user, as an import publishes
    client.force_login(chief)
    shown = text_of(client, reverse("wagtailadmin_reports:aging_pages"))
    assert "总编辑签发的稿件" in shown and "导入的稿件" in shown
    assert "王晓明" in shown and "系统" in shown
    assert "zongbian" not in shown.replace("zongbian@", "") and "None" not in shown


def test_dashboard_panels_have_no_language_or_privacy_column(client, chief, channel):
    article = make_article(channel, "锁定的稿件")
    article.save_revision(user=chief, log_action=True)
    article.locked, article.locked_by, article.locked_at = True, chief, timezone.now()
    article.save()
    client.force_login(chief)
    page = lxml.html.fromstring(client.get(reverse("wagtailadmin_home")).content.decode())
    headers = {" ".join(th.text_content().split()) for th in page.xpath("//th")}
    assert {"标题", "状态", "锁定于", "编辑于"} <= headers
    assert not {"语言", "隐私与访问"} & headers
    assert "None" not in text_of(client, reverse("wagtailadmin_home"))
