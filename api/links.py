"""Absolute addresses for the app: it has no page to resolve relative URLs against."""

import re

from wagtail.images.models import SourceImageIOError

# src/href/poster values that start with one slash (site-relative, not protocol-relative).
_RELATIVE_ATTR = re.compile(r'(\s(?:src|href|poster)=")(/(?!/)[^"]*")')


def absolute(request, url):
    return request.build_absolute_uri(url) if url else None


def page_url(request, page):
    """The page's public address, or None when no site serves it."""
    return absolute(request, page.get_url(request))


def absolutize_html(request, markup):
    origin = request.build_absolute_uri("/")[:-1]
    return _RELATIVE_ATTR.sub(lambda m: m.group(1) + origin + m.group(2), markup)


def image(request, picture, spec):
    """A rendition of `picture` with its caption and credit; None without a picture or
    when its original file is missing (a broken image helps no reader)."""
    if picture is None:
        return None
    try:
        rendition = picture.get_rendition(spec)
    except SourceImageIOError:
        return None
    return {
        "url": absolute(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "caption": picture.caption,
        "credit": picture.credit,
    }
