"""The demo's 专题: an index at /zhuanti/ and a few topics, each with a drawn header image,
sections hand-picked from the search stories and sections filled by channel tags."""

import random
from dataclasses import dataclass
from datetime import timedelta

from news.models import Article
from topics.models import Topic, TopicIndex

from .images import save_picture
from .search_stories import STORIES
from .writing import SEED


@dataclass(frozen=True)
class TopicPlan:
    slug: str
    title: str
    intro: str
    # (section title, story keys picked in this order, tag whose newest follow them)
    sections: tuple


# Newest first: the first plan is published last. The tags are channel tags (demo.channels).
PLANS = [
    TopicPlan(
        "huwai",
        "关爱户外劳动者",
        "环卫工人、快递小哥、建筑工人……户外劳动者四季奔忙。本专题汇集各地工会为他们建驿站、送清凉、保平安的做法。",
        (
            ("编辑推荐", ("cold_wave", "heat_relief", "night_works"), ""),
            ("各地动态", (), "户外劳动者"),
        ),
    ),
    TopicPlan(
        "laomo",
        "弘扬劳模精神和工匠精神",
        "他们是岗位上的行家里手，也是职工身边的榜样。本专题讲述劳动模范和大国工匠的故事。",
        (
            ("人物故事", ("nuclear_welder", "welder_thirty_years", "model_workers_campus"), ""),
            ("劳模风采", (), "劳动模范"),
        ),
    ),
    TopicPlan(
        "weiquan",
        "护航劳动者权益",
        "欠薪治理、工伤保障、法律援助：本专题关注劳动者权益保障的新进展。",
        (("维权动态", ("occupational_injury", "winter_arrears"), "劳动者权益"),),
    ),
]


def ensure_topics(home, now) -> int:
    """The index and the planned topics, made where missing; returns how many topics (and
    so header pictures) were made."""
    index = TopicIndex.objects.child_of(home).first()
    if index is None:
        index = home.add_child(instance=TopicIndex(title="专题", slug="zhuanti"))
    stories = {story.key: story.title for story in STORIES}
    made = 0
    for age, plan in enumerate(PLANS):
        if Topic.objects.child_of(index).filter(slug=plan.slug).exists():
            continue
        picture = save_picture(random.Random(f"{SEED}:topic:{plan.slug}"), f"topic-{plan.slug}", plan.title, plan.title)
        topic = Topic(
            title=plan.title,
            slug=plan.slug,
            intro=plan.intro,
            header_image=picture,
            sections=[_section(section, stories) for section in plan.sections],
            first_published_at=now - timedelta(days=age),
            last_published_at=now - timedelta(days=age),
        )
        index.add_child(instance=topic)
        made += 1
    return made


def _section(section, stories):
    heading, keys, tag = section
    titles = [stories[key] for key in keys]
    by_title = {article.title: article for article in Article.objects.live().filter(title__in=titles)}
    picked = [by_title[title] for title in titles if title in by_title]
    return ("section", {"title": heading, "articles": picked, "tag": tag, "count": 6})
