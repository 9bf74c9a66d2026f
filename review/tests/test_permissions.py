"""Every role against every newsroom action, through the admin as a browser would post.
An action counts as done only by its effect in the database, never by a status code."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from news.models import Article, Channel
from news.testing import article_form, home_page, make_article
from placement.models import Module
from review.models import Correction
from review.testing import draft_article
from topics.models import Topic, TopicIndex

from .test_workflow import act, submit

ROLES = ("reporter", "first", "second", "chief", "admin")
# action: the roles that may do it
MAY = {
    "write": ROLES,
    "edit_own_draft": ROLES,
    "edit_others_draft": ("first", "second", "chief", "admin"),
    "submit_for_review": ROLES,
    "approve_first": ("first",),
    "approve_second": ("second",),
    "approve_final": ("chief",),
    "publish": ("chief", "admin"),
    "unpublish": ("chief", "admin"),
    "open_channel": ("admin",),
    "start_topic": ("first", "second", "chief", "admin"),
    "arrange_modules": ("first", "second", "chief", "admin"),
    "add_correction": ("chief", "admin"),
    "manage_users": ("admin",),
}


def write(client, staff, user, channel):
    folder = draft_article(channel, "占位", staff.reporter).get_parent()
    client.post(
        reverse("wagtailadmin_pages:add", args=["news", "article", folder.pk]),
        article_form(Article(title="新写的稿", slug="xin", source="中工网", editor="甲")),
    )
    return Article.objects.filter(title="新写的稿", owner=user).exists()


def edit_own_draft(client, staff, user, channel):
    return _edit(client, draft_article(channel, "自己的稿", user))


def edit_others_draft(client, staff, user, channel):
    other = staff.admin if user != staff.admin else staff.reporter
    return _edit(client, draft_article(channel, "别人的稿", other))


def _edit(client, article):
    client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), article_form(article, title="改过的稿"))
    article.refresh_from_db()
    return article.get_latest_revision_as_object().title == "改过的稿"


def submit_for_review(client, staff, user, channel):
    article = draft_article(channel, "送审稿", user)
    client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), article_form(article, **{"action-submit": "1"}))
    return WorkflowState.objects.for_instance(article).active().exists()


def _approve_at(step):
    def approve(client, staff, user, channel):
        article = draft_article(channel, "待审稿", staff.reporter)
        submit(client, staff.reporter, article)
        for reviewer in (staff.first, staff.second)[:step]:
            act(client, reviewer, article, "approve")
        state = WorkflowState.objects.for_instance(article).active().get().current_task_state
        act(client, user, article, "approve")
        state.refresh_from_db()
        return state.status == state.STATUS_APPROVED

    return approve


def publish(client, staff, user, channel):
    article = draft_article(channel, "直接发布", user)
    client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), article_form(article, **{"action-publish": "1"}))
    article.refresh_from_db()
    return article.live


def unpublish(client, staff, user, channel):
    article = make_article(channel, "已发稿")
    client.post(reverse("wagtailadmin_pages:unpublish", args=[article.pk]), {"reason": "内容有误待核实"})
    article.refresh_from_db()
    return not article.live


def open_channel(client, staff, user, channel):
    client.post(
        reverse("wagtailadmin_pages:add", args=["news", "channel", home_page().pk]),
        {"title": "新栏目", "slug": "xinlanmu", "kind": "news", "per_page": "20", "action-publish": "1"},
    )
    client.get(reverse("wagtailadmin_pages:add", args=["news", "channel", home_page().pk]))
    return Channel.objects.filter(slug="xinlanmu").exists()


def start_topic(client, staff, user, channel):
    index = home_page().add_child(instance=TopicIndex(title="专题", slug="zhuanti"))
    form = {"title": "新专题", "slug": "xinzhuanti", "intro": "导语", "sections": streamfield([])}
    client.post(
        reverse("wagtailadmin_pages:add", args=["topics", "topic", index.pk]),
        nested_form_data({**form, "comments": inline_formset([])}),
    )
    return Topic.objects.filter(slug="xinzhuanti").exists()


def arrange_modules(client, staff, user, channel):
    module = Module.objects.create(key="union-news", title="全总要闻", size=3)
    article = make_article(channel, "置顶稿")
    data = nested_form_data(
        {
            "title": "全总要闻",
            "key": "union-news",
            "region": "sidebar",
            "style": "list",
            "source": "articles",
            "tag": "",
            "size": "3",
            "items": inline_formset([{"article": article.pk, "ends_at": ""}]),
        }
    )
    client.post(reverse("wagtailsnippets_placement_module:edit", args=[module.pk]), data)
    return module.items.filter(article=article).exists()


def add_correction(client, staff, user, channel):
    article = make_article(channel, "需更正的稿")
    client.post(
        reverse("corrections:add"),
        {"article": str(article.pk), "text": "原文第二段人名有误,已改正。", "noted_at": "2018-12-26 09:00:00"},
    )
    return Correction.objects.filter(article=article).exists()


def manage_users(client, staff, user, channel):
    client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "newcomer",
            "email": "n@example.cn",
            "first_name": "新",
            "last_name": "人",
            "password1": "Xk9-very-long",
            "password2": "Xk9-very-long",
        },
    )
    return type(user).objects.filter(username="newcomer").exists()


ACTIONS = {
    "write": write,
    "edit_own_draft": edit_own_draft,
    "edit_others_draft": edit_others_draft,
    "submit_for_review": submit_for_review,
    "approve_first": _approve_at(0),
    "approve_second": _approve_at(1),
    "approve_final": _approve_at(2),
    "publish": publish,
    "unpublish": unpublish,
    "open_channel": open_channel,
    "start_topic": start_topic,
    "arrange_modules": arrange_modules,
    "add_correction": add_correction,
    "manage_users": manage_users,
}


@pytest.mark.parametrize("action", list(ACTIONS))
@pytest.mark.parametrize("role", ROLES)
def test_role_may_do_only_what_its_job_needs(client, staff, channel, role, action):
    user = getattr(staff, role)
    client.force_login(user)
    done = ACTIONS[action](client, staff, user, channel)
    assert done == (role in MAY[action]), f"{role} {'did' if done else 'could not'} {action}"


@pytest.mark.parametrize("role", ["reporter", "first", "second"])
def test_publish_by_direct_post_is_refused_plainly_and_changes_nothing(client, staff, channel, role):
    user = getattr(staff, role)
    article = draft_article(channel, "越权发布", user)
    revisions = article.revisions.count()
    client.force_login(user)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    assert 'name="action-publish"' not in editor

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        article_form(article, title="改", **{"action-publish": "1"}),
    )
    assert response.status_code == 403
    assert "只有总编辑和管理员可以签发" in response.content.decode()
    article.refresh_from_db()
    assert not article.live and article.revisions.count() == revisions


def test_publishers_see_the_publish_button(client, staff, channel):
    article = draft_article(channel, "可签发", staff.chief)
    client.force_login(staff.chief)
    assert 'name="action-publish"' in client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()


def test_unpublish_refusal_says_so(client, staff, channel):
    article = make_article(channel, "已发稿")
    client.force_login(staff.second)
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[article.pk]), {"reason": "越权"}, follow=True)
    assert "没有权限" in response.content.decode() or "无权" in response.content.decode()
    article.refresh_from_db()
    assert article.live


@pytest.mark.parametrize(
    ("role", "offered"),
    [("reporter", None), ("first", None), ("admin", ["月份目录", "栏目", "稿件"])],
)
def test_a_role_is_offered_only_the_page_types_it_may_create(client, staff, channel, role, offered):
    """A reporter (or a desk editor) may only write articles: choosing where to add a page
    under a channel opens the article form at once; an administrator chooses."""
    client.force_login(getattr(staff, role))
    response = client.get(reverse("wagtailadmin_pages:add_subpage", args=[channel.pk]))
    if offered is None:
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_pages:add", args=["news", "article", channel.pk])
    else:
        shown = [name for name in offered if f"{name}" in response.content.decode()]
        assert response.status_code == 200 and shown == offered


def test_adding_a_page_still_needs_the_admin_login(client, channel):
    response = client.get(reverse("wagtailadmin_pages:add_subpage", args=[channel.pk]))
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
