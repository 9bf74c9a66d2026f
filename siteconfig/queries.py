"""Site settings with their inline lists: one cache read per request instead of seven
queries. Saving the settings or any of their lists forgets the cached copy
(siteconfig.signals); another process sees an edit within CACHE_SECONDS."""

from django.core.cache import cache
from django.db.models import prefetch_related_objects
from wagtail.models import Site

from delivery.tags import SITE, shows

from .models import SiteSettings

LISTS = ["licences", "footer_links__page", "hotlines", "social_accounts", "friendly_links", "logo"]
CACHE_SECONDS = 60


def cache_key(site_id):
    return f"siteconfig:settings:{site_id}"


def site_settings(request):
    """The settings of the site serving `request`, lists prefetched, cached on the request."""
    shows(SITE)
    cached = getattr(request, "_portal_site_settings", None)
    if cached is None:
        site = Site.find_for_request(request)
        cached = cache.get(cache_key(site.pk))
        if cached is None:
            cached = SiteSettings.for_site(site)
            prefetch_related_objects([cached], *LISTS)
            cache.set(cache_key(site.pk), cached, CACHE_SECONDS)
        request._portal_site_settings = cached
    return cached


def home_page(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None
