"""The publisher (网站) that structured data and feeds name: the site name and its logo."""

from django.templatetags.static import static

from siteconfig.queries import site_settings

from .links import absolute_url

STATIC_LOGO = "syndication/publisher-logo.png"  # drawn by manage.py draw_publisher_logo
STATIC_LOGO_SIZE = (512, 512)
# Square and at least 112 px: what search engines ask of an organisation's logo.
LOGO_FILTER = "max-600x600"


def name(request):
    return site_settings(request).site_name


def logo(request):
    """(absolute URL, width, height) of the uploaded 网站标志, else of the built-in one."""
    picture = site_settings(request).logo
    if picture is None:
        return absolute_url(request, static(STATIC_LOGO)), *STATIC_LOGO_SIZE
    rendition = picture.get_rendition(LOGO_FILTER)
    return absolute_url(request, rendition.url), rendition.width, rendition.height
