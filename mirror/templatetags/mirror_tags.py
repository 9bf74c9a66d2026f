"""{% script_alternates %}: the hreflang links of a page to its simplified and traditional
versions (in <head>); {% script_switch %}: the reader's link to the other version.

Both are rendered by the original's view for either version, and are kept as they are by
the conversion (mirror:asis): they name both versions, so neither may be moved or converted."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from syndication.links import absolute_url
from syndication.templatetags.syndication_tags import canonical_url

from .. import addresses

register = template.Library()


@register.simple_tag(takes_context=True)
def script_alternates(context):
    request = context["request"]
    simplified = canonical_url(context)
    traditional = addresses.to_mirror(simplified, request.get_host())
    if traditional == simplified:
        return ""
    links = format_html_join(
        "\n  ",
        '<link rel="alternate" hreflang="{}" href="{}">',
        [("zh-Hans", simplified), (addresses.language(), traditional), ("x-default", simplified)],
    )
    return _as_is(request, links)


@register.simple_tag(takes_context=True)
def script_switch(context):
    request = context["request"]
    simplified = absolute_url(request, request.get_full_path())
    traditional = addresses.to_mirror(simplified, request.get_host())
    if traditional == simplified:
        return ""
    if addresses.is_mirrored(request):
        link = format_html('<a href="{}" lang="zh-Hans" hreflang="zh-Hans">简体</a>', simplified)
    else:
        language = addresses.language()
        link = format_html('<a href="{}" lang="{}" hreflang="{}">繁體</a>', traditional, language, language)
    return _as_is(request, link)


def _as_is(request, html):
    if not addresses.is_mirrored(request):
        return html
    return mark_safe(f"<!-- mirror:asis -->{html}<!-- /mirror:asis -->")  # noqa: S308 - built by format_html
