from django import template
from django.template.loader import render_to_string

from delivery.memo import remember_html
from delivery.tags import SITE, shows

from ..queries import home_blocks as read_home_blocks

register = template.Library()


@register.simple_tag
def home_blocks(home):
    """最新稿件 and each channel's newest, rendered once until a list changes."""
    return remember_html(f"html:home-blocks:{home.pk}", "news/home_blocks.html", lambda: read_home_blocks(home))


@register.simple_tag(takes_context=True)
def article_part(context, article, part):
    """An article's own HTML, its metadata ("head") or its text ("main"), rendered once
    until the article changes: a page purged for something else it shows (a module of
    the sidebar, the ranking, the nav) is built again without reading the article's
    bylines, tags, 更正 and pictures. A preview shows the draft, so it is never kept."""
    template_name = f"news/article_{part}.html"
    request = context["request"]
    if getattr(request, "is_preview", False):
        return render_to_string(template_name, context.flatten())
    # Its links are absolute (canonical, Open Graph): one copy per address the site answers on.
    name = f"html:article-{part}:{article.pk}:{request.scheme}://{request.get_host()}"

    def make_context():
        # Read before the part began, so declared here: the article, and its channel
        # (Channel.known, from the channel tree).
        shows(f"a:{article.pk}", SITE)
        return context.flatten()

    return remember_html(name, template_name, make_context)
