"""Site settings with their inline lists: read once (seven queries) and remembered until
they or a list change (delivery.memo: saving any of them purges the site tag)."""

from django.db.models import prefetch_related_objects
from wagtail.models import Site

from delivery.memo import remember
from delivery.tags import SITE, shows

from .models import SiteSettings

LISTS = ["licences", "footer_links__page", "hotlines", "social_accounts", "friendly_links", "logo"]


def site_settings(request):
    """The settings of the site serving `request`, lists prefetched, kept on the request."""
    cached = getattr(request, "_portal_site_settings", None)
    if cached is None:
        site = Site.find_for_request(request)
        cached = remember(f"site-settings:{site.pk}", lambda: _read(site))
        request._portal_site_settings = cached
    shows(SITE)
    return cached


def _read(site):
    shows(SITE)
    settings = SiteSettings.for_site(site)
    prefetch_related_objects([settings], *LISTS)
    return settings


def home_page(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None
