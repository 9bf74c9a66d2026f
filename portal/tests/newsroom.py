"""A small newsroom for admin walks: every object a screen needs, all named in Chinese,
so any English on a screen is a label of the admin."""

import random

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.models import Workflow
from wagtail.rich_text import RichText

from demo.images import save_picture
from news.testing import home_page, make_article, make_channel
from people.models import Leader
from placement.models import Module, ModuleItem
from review.models import Correction
from review.roles import REPORTER
from review.workflow import WORKFLOW_NAME
from topics.models import TopicIndex

PASSWORD = "编辑部-测试口令-2025"


def build_newsroom() -> dict:
    """The newsroom's objects; returns their ids by name, for the addresses of screens."""
    chief = get_user_model().objects.create_superuser(
        "总编辑", email="zongbianji@example.cn", password=PASSWORD, first_name="晓明", last_name="王"
    )
    reporter = get_user_model().objects.create_user("记者", password=PASSWORD, first_name="明", last_name="李")
    reporter.groups.add(Group.objects.get(name=REPORTER))
    home = home_page()
    channel = make_channel("要闻", "yaowen", home)
    topic_index = home.add_child(instance=TopicIndex(title="专题", slug="zhuanti"))
    picture = save_picture(random.Random(1), "会场", "职代会会场", caption="大会现场", credit="本网记者")
    document = Document.objects.create(title="大会通知", file=ContentFile("通知全文".encode(), name="通知.txt"))

    article = make_article(
        channel,
        "职工代表大会胜利召开",
        authors=["李明"],
        kicker="凝心聚力",
        summary="大会审议通过了工作报告。",
        lead_image=picture,
        body=[("paragraph", RichText("<p>大会在京召开。</p>"))],
    )
    article.tags.add("职代会")
    article.save_revision(user=chief).publish(user=chief)
    article.title = "职工代表大会在京胜利召开"
    article.save_revision(user=chief)  # a draft after the live revision: two revisions to compare

    locked = make_article(channel, "劳模事迹报告会举行", authors=["张华"])
    locked.save_revision(user=chief).publish(user=chief)
    locked.locked, locked.locked_by, locked.locked_at = True, chief, timezone.now()
    locked.save()

    # The newsroom's own 三审 (made by review's migration), waiting at its first step.
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    task = workflow.tasks.first()
    group = Group.objects.get(name=REPORTER)
    submitted = make_article(channel, "送审稿件:工会新闻", authors=["李明"], owner=reporter, live=False)
    submitted.save_revision(user=reporter)
    state = workflow.start(submitted, reporter)

    module = Module.objects.create(key="toutiao", title="头条", region=Module.Region.HOME, size=2)
    ModuleItem.objects.create(module=module, article=article, sort_order=0)
    Leader.objects.create(name="王东明", titles="全总主席")
    redirect = Redirect.objects.create(old_path="/jiu/yaowen", redirect_page=channel)
    Correction.objects.create(article=article, text="原文第二段人名有误,已改正。", noted_by=chief)
    objects = dict(chief=chief, topic_index=topic_index, home=home, channel=channel, article=article)
    objects |= dict(folder=article.get_parent())
    objects |= dict(locked=locked, submitted=submitted, state=state, picture=picture, document=document)
    objects |= dict(module=module, group=group, workflow=workflow, task=task, redirect=redirect)
    return {name: obj.pk for name, obj in objects.items()}
