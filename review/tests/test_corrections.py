"""更正: a note on a published article, shown on its page with its date; the article's own
publish time stays as it was."""

from django.urls import reverse

from news.testing import beijing, make_article
from review.models import Correction
from review.testing import draft_article


def test_a_correction_shows_on_the_page_with_its_date_and_keeps_the_publish_time(client, staff, channel):
    article = make_article(channel, "原稿", when=beijing(2018, 12, 25, 7, 56, 26))
    client.force_login(staff.chief)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    assert f"{reverse('corrections:add')}?article={article.pk}" in editor
    form = client.get(reverse("corrections:add") + f"?article={article.pk}").content.decode()
    assert "原稿" in form

    response = client.post(
        reverse("corrections:add"),
        {"article": str(article.pk), "text": "原文第二段“张三”应为“张山”。", "noted_at": "2018-12-26 09:30:00"},
    )
    assert response.status_code == 302
    correction = Correction.objects.get(article=article)
    assert correction.noted_by == staff.chief

    page = client.get(article.url).content.decode()
    assert "原文第二段“张三”应为“张山”。" in page and "2018年12月26日" in page
    assert "2018-12-25 07:56:26" in page
    article.refresh_from_db()
    assert article.publish_time == beijing(2018, 12, 25, 7, 56, 26)


def test_corrections_show_in_date_order(client, channel):
    article = make_article(channel, "多次更正")
    Correction.objects.create(article=article, text="第二次更正", noted_at=beijing(2018, 12, 28, 9, 0, 0))
    Correction.objects.create(article=article, text="第一次更正", noted_at=beijing(2018, 12, 26, 9, 0, 0))
    page = client.get(article.url).content.decode()
    assert page.index("第一次更正") < page.index("第二次更正")


def test_an_unpublished_draft_cannot_be_corrected(client, staff, channel):
    draft = draft_article(channel, "未发稿", staff.reporter)
    client.force_login(staff.chief)
    response = client.post(reverse("corrections:add"), {"article": str(draft.pk), "text": "更正", "noted_at": ""})
    assert response.status_code == 200
    assert "只能更正已发布的稿件" in response.content.decode()
    assert not Correction.objects.exists()
