"""The demo's home and sidebar modules, in the reference page's order."""

from news.queries import live_articles
from placement.models import Module, ModuleItem

HEADLINE = "headline"
Region, Style, Source = Module.Region, Module.Style, Module.Source

# key, title, region, style, source, channel slug, tag, size
MODULES = [
    ("picture-news", "图片新闻", Region.SIDEBAR, Style.PICTURES, Source.ARTICLES, "tuhua", "", 4),
    ("union-news", "全总要闻", Region.SIDEBAR, Style.LIST, Source.ARTICLES, "", "全总要闻", 6),
    ("topics", "热点专题", Region.SIDEBAR, Style.LIST, Source.TOPICS, "", "", 6),
    ("in-depth", "深度报道", Region.SIDEBAR, Style.LIST, Source.ARTICLES, "shendu", "", 6),
    ("workers-voice", "职工之声", Region.SIDEBAR, Style.LIST, Source.ARTICLES, "", "职工之声", 6),
    (HEADLINE, "头条", Region.HOME, Style.HEADLINE, Source.ARTICLES, "shizheng", "", 3),
    ("home-video", "网视", Region.HOME, Style.PICTURES, Source.ARTICLES, "wangshi", "", 4),
]


def ensure_modules(channels) -> int:
    """Make the missing modules; returns how many were made. The headline pins the two
    newest pictured articles outside the picture channel; 时政 fills the rest."""
    made = 0
    for order, (key, title, region, style, source, slug, tag, size) in enumerate(MODULES):
        module, created = Module.objects.get_or_create(
            key=key,
            defaults={
                "title": title,
                "region": region,
                "style": style,
                "source": source,
                "channel": channels[slug] if slug else None,
                "tag": tag,
                "size": size,
                "sort_order": order,
            },
        )
        if created and key == HEADLINE:
            picks = live_articles().exclude(lead_image=None).exclude(primary_channel=channels["tuhua"])[:2]
            for position, article in enumerate(picks):
                ModuleItem.objects.create(module=module, article=article, sort_order=position)
        made += created
    return made
