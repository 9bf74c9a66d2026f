"""The demo's home and sidebar modules, in the reference page's order."""

from news.queries import live_articles
from placement.models import Module, ModuleItem

HEADLINE = "headline"
Region, Style = Module.Region, Module.Style

# key, title, region, style, channel slug, tag, size
MODULES = [
    ("picture-news", "图片新闻", Region.SIDEBAR, Style.PICTURES, "tuhua", "", 4),
    ("union-news", "全总要闻", Region.SIDEBAR, Style.LIST, "", "全总要闻", 6),
    ("topics", "热点专题", Region.SIDEBAR, Style.LIST, "", "热点专题", 6),
    ("in-depth", "深度报道", Region.SIDEBAR, Style.LIST, "shendu", "", 6),
    ("workers-voice", "职工之声", Region.SIDEBAR, Style.LIST, "", "职工之声", 6),
    (HEADLINE, "头条", Region.HOME, Style.LIST, "", "", 2),
    ("home-pictures", "图片新闻", Region.HOME, Style.PICTURES, "tuhua", "", 5),
]


def ensure_modules(channels) -> int:
    """Make the missing modules; returns how many were made. The headline is hand-picked:
    the two newest pictured articles outside the picture channel."""
    made = 0
    for order, (key, title, region, style, slug, tag, size) in enumerate(MODULES):
        module, created = Module.objects.get_or_create(
            key=key,
            defaults={
                "title": title,
                "region": region,
                "style": style,
                "channel": channels[slug] if slug else None,
                "tag": tag,
                "size": size,
                "sort_order": order,
            },
        )
        if created and key == HEADLINE:
            picks = live_articles().exclude(lead_image=None).exclude(primary_channel=channels["tuhua"])[:size]
            for position, article in enumerate(picks):
                ModuleItem.objects.create(module=module, article=article, sort_order=position)
        made += created
    return made
