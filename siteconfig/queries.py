"""Site settings with their inline lists, read once per request."""

from django.db.models import prefetch_related_objects
from wagtail.models import Site

from .models import SiteSettings

LISTS = ["licences", "footer_links__page", "hotlines", "social_accounts", "friendly_links"]


def site_settings(request):
    """The settings of the site serving `request`, lists prefetched, cached on the request."""
    cached = getattr(request, "_portal_site_settings", None)
    if cached is None:
        cached = SiteSettings.for_request(request)
        prefetch_related_objects([cached], *LISTS)
        request._portal_site_settings = cached
    return cached


def home_page(request):
    site = Site.find_for_request(request)
    return site.root_page.specific if site else None
