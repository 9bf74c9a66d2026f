"""Drafts of demo articles, written from the phrase lists in `vocabulary`.

Drafting touches no database: the same seed and channel always give the same drafts,
which is what lets a second load recognise the articles it already made."""

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.utils import timezone

from news.models import Channel

from . import vocabulary as v

SEED = "workercn-demo"
FIRST_HOUR, LAST_HOUR = 6, 23  # newsroom hours, Beijing time


@dataclass
class Draft:
    title: str
    kicker: str
    subtitle: str
    summary: str
    paragraphs: list
    publish_time: datetime
    authors: list
    editor: str
    source: str
    tags: list
    quote: dict | None = None
    figure_caption: str = ""  # set when the body carries a figure
    lead_caption: str = ""  # set when the article has a lead image
    credit: str = ""
    slots: dict = field(default_factory=dict)


class Staff:
    """The demo newsroom: reporters who sign articles and editors who answer for them."""

    def __init__(self, rng):
        self.reporters = _distinct_names(rng, 40)
        self.editors = _distinct_names(rng, 12)


# Slots not fixed for an article are drawn anew at each use, so numbers vary per sentence.
FRESH = {
    "n": lambda r: r.randint(2, 60),
    "m": lambda r: r.choice([30, 50, 80, 120, 160, 200, 300, 500, 800]),
    "k": lambda r: r.randint(12, 360),
    "pct": lambda r: r.randint(86, 99),
    "small": lambda r: r.randint(2, 9),
    "doing": lambda r: r.choice(v.DOINGS),
    "task": lambda r: r.choice(v.TASKS),
    "progress": lambda r: r.choice(v.PROGRESS),
    "momentum": lambda r: r.choice(v.MOMENTUM),
    "launch": lambda r: r.choice(v.LAUNCH),
    "joined": lambda r: r.choice(v.JOINED),
    "benefit": lambda r: r.choice(v.BENEFIT),
    "measure": lambda r: r.choice(v.MEASURE),
    "scene": lambda r: r.choice(v.SCENES),
    "support": lambda r: r.choice(v.SUPPORT),
    "question": lambda r: r.choice(v.QUESTIONS),
    "motto": lambda r: r.choice(v.MOTTOS),
    "feeling": lambda r: r.choice(v.FEELINGS),
}


MIDDLE = {"scene": v.SCENE_SENTENCES, "numbers": v.DATA_SENTENCES, "view": v.VIEWS}


class _Slots(dict):
    def __init__(self, rng, fixed):
        super().__init__(fixed)
        self.rng = rng

    def __missing__(self, key):
        return FRESH[key](self.rng)


def channel_drafts(plan, count, months, now, staff, taken) -> list:
    """`count` drafts for one channel, spread over the last `months` months up to `now`.
    `taken` holds the titles drafted so far, site-wide; a title is never used twice."""
    rng = random.Random(f"{SEED}:{plan.slug}")
    drafts = []
    for index in range(count):
        # Times come from their own stream: other --months or another day keep the same titles.
        when = _publish_time(random.Random(f"{SEED}:{plan.slug}:{index}:time"), months, now)
        draft = write_draft(rng, plan, index, when, staff)
        while draft.title in taken:
            draft.title = _title(rng, draft.slots)
        taken.add(draft.title)
        drafts.append(draft)
    return drafts


def write_draft(rng, plan, index, when, staff):
    """One synthetic article for `plan`'s channel, published at `when`."""
    slots = _article_slots(rng, plan, when)

    def fill(template, **extra):
        return template.format_map(_Slots(rng, {**slots, **extra}))

    paragraphs = _paragraphs(rng, fill)
    pictured = plan.kind != Channel.Kind.NEWS or index % 3 == 0
    return Draft(
        title=_title(rng, slots),
        kicker=fill(rng.choice(v.KICKERS)) if rng.random() < 0.4 else "",
        subtitle=fill(rng.choice(v.SUBTITLES)) if rng.random() < 0.25 else "",
        summary=paragraphs[0].split("。")[0] + "。",
        paragraphs=paragraphs,
        publish_time=when,
        authors=rng.sample(staff.reporters, rng.choice([1, 1, 2, 2, 3])),
        editor=rng.choice(staff.editors),
        source=rng.choice(v.SOURCES),
        tags=_tags(rng, plan),
        quote=_quote(rng, slots) if rng.random() < 0.3 else None,
        figure_caption=fill(rng.choice(v.CAPTIONS)) if rng.random() < 0.25 else "",
        lead_caption=fill(rng.choice(v.CAPTIONS)) if pictured else "",
        credit=f"{rng.choice(staff.reporters)} 摄",
        slots=slots,
    )


def _article_slots(rng, plan, when):
    day = timezone.localtime(when) - timedelta(days=1)
    return {
        "place": rng.choice(v.PROVINCES + v.CITIES),
        "topic": rng.choice(plan.topic_list),
        "group": rng.choice(v.GROUPS),
        "unit": rng.choice(v.FIRM_NAMES) + rng.choice(v.FIRM_KINDS),
        "industry": rng.choice(v.INDUSTRIES),
        "post": rng.choice(v.POSTS),
        "workplace": rng.choice(v.WORKPLACES),
        "season": rng.choice(v.SEASONS),
        "name": _person(rng),
        "date": rng.choice(["近日", "日前", f"{day.month}月{day.day}日"]),
    }


def _title(rng, slots):
    return rng.choice(v.TITLE_TEMPLATES).format_map(_Slots(rng, slots))


def _paragraphs(rng, fill):
    """4–8 paragraphs: a lead, a shuffled middle of scenes, numbers and views, a plan, a
    close. No sentence template is used twice in one article."""
    pools = {kind: rng.sample(sentences, len(sentences)) for kind, sentences in MIDDLE.items()}
    kinds = ["scene", "numbers", "view", "numbers", "scene"]
    rng.shuffle(kinds)
    middle = []
    for kind in kinds[: rng.randint(1, 5)]:
        pool = pools[kind]
        taken = [pool.pop() for _ in range(min(rng.randint(1, 2), len(pool)))]
        if taken:
            middle.append("".join(fill(sentence) for sentence in taken))
    plan1, plan2, plan3 = rng.sample(v.PLANS, 3)
    closing = fill(v.PLAN_SENTENCE, plan1=plan1, plan2=plan2, plan3=plan3)
    return [fill(rng.choice(v.LEADS)), *middle, closing, fill(rng.choice(v.CLOSINGS))]


def _tags(rng, plan):
    tags = list(plan.tags)
    if rng.random() < 0.35:
        tags.append(rng.choice(v.TOPIC_TAGS))
    if rng.random() < 0.12:
        tags.append(rng.choice(v.MODULE_TAGS))
    return sorted(set(tags))


def _quote(rng, slots):
    return {"text": rng.choice(v.QUOTES), "attribution": f"{slots['unit']}工会主席 {_person(rng)}"}


def _publish_time(rng, months, now):
    """A newsroom hour on one of the last `months`×30 days, never after `now`."""
    today = timezone.localtime(now).replace(minute=0, second=0, microsecond=0)
    day = today - timedelta(days=rng.randrange(months * 30))
    when = day.replace(hour=rng.randint(FIRST_HOUR, LAST_HOUR), minute=rng.randrange(60), second=rng.randrange(60))
    return when if when <= now else when - timedelta(days=1)


def _person(rng):
    return rng.choice(v.SURNAMES) + "".join(rng.sample(v.GIVEN_CHARS, rng.choice([1, 2, 2])))


def _distinct_names(rng, count):
    names = []
    while len(names) < count:
        name = _person(rng)
        if name not in names:
            names.append(name)
    return names
