"""What topic pages and the 热点专题 box show."""

from dataclasses import dataclass
from itertools import chain

from delivery.tags import shows
from news.queries import live_articles, newest_ids_by_tag

from .models import Topic


@dataclass
class Section:
    title: str
    articles: list


def live_topics():
    """Live topics newest first, each with its header image's renditions at hand."""
    shows("topics")
    return (
        Topic.objects.live()
        .select_related("header_image")
        .prefetch_related("header_image__renditions")
        .order_by("-first_published_at", "-id")
    )


def newest_topics(limit):
    shows("topics")
    return list(Topic.objects.live().order_by("-first_published_at", "-id")[:limit])


def topic_sections(topic) -> list[Section]:
    """Each section of `topic`: its hand-picked live articles in their order, then the newest
    live ones of its tag, none twice. Two queries, whatever the number of sections: the
    sections are read as stored (article ids), not through the chooser's page lookups."""
    specs = [block["value"] for block in topic.sections.raw_data]
    tagged = [spec for spec in specs if spec["tag"]]
    # Enough of each tag to make up a section's count after the hand-picked ones are skipped.
    per_tag = max((spec["count"] + len(spec["articles"]) for spec in tagged), default=0)
    by_tag = newest_ids_by_tag({spec["tag"] for spec in tagged}, per_tag)
    picks = [[item["value"] for item in spec["articles"]] for spec in specs]
    wanted = {*chain.from_iterable(picks), *chain.from_iterable(by_tag.values())}
    articles = live_articles().in_bulk(wanted) if wanted else {}
    return [
        Section(spec["title"], _articles(ids, by_tag.get(spec["tag"], []), spec["count"], articles))
        for spec, ids in zip(specs, picks, strict=True)
    ]


def _articles(picked_ids, tag_ids, count, articles):
    """The live picks in order, once each, then up to `count` of the tag's that are not picked."""
    shown = [pk for pk in dict.fromkeys(picked_ids) if pk in articles]
    extra = [pk for pk in tag_ids if pk not in shown][:count]
    return [articles[pk] for pk in shown + extra]
