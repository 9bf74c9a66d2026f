from django import template

from delivery.memo import remember_html

from ..queries import home_blocks as read_home_blocks

register = template.Library()


@register.simple_tag
def home_blocks(home):
    """最新稿件 and each channel's newest, rendered once until a list changes."""
    return remember_html(f"html:home-blocks:{home.pk}", "news/home_blocks.html", lambda: read_home_blocks(home))
