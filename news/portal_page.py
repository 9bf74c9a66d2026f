"""What every page type of the portal shares: two lookups Wagtail repeats per page object
or per request, answered once.

- View restrictions: Wagtail looks for them on a page and its ancestors at every request
  (two queries). A news portal rarely has any; while none exists anywhere, pages skip it.
- Site root paths: every `page.url` reads them from the cache, once per page object (a
  Redis round trip each, dozens per list page); they are remembered data, read from the
  process while a response renders.
- Addresses: Wagtail's `page.url` matches the page against every site root and reverses
  the serve view (about 0.2 ms; a home page shows hundreds of links). With one site, as
  here, the address is the URL path below the site's root; otherwise Wagtail answers."""

from django.utils.encoding import iri_to_uri
from wagtail.models import PageViewRestriction, Site

from delivery.memo import remember
from delivery.tags import SITE, shows

# Purged when a restriction is added or removed (delivery.signals).
TAG = "view-restrictions"


def any_restriction() -> bool:
    def look():
        shows(TAG)
        return PageViewRestriction.objects.exists()

    return remember("any-view-restriction", look)


def site_root_paths():
    """Wagtail's `Site.get_site_root_paths()`; purged with the sites (a site saved, a site
    root's slug changed: delivery.signals)."""

    def read():
        shows(SITE)
        return Site.get_site_root_paths()

    return remember("site-root-paths", read)


class PortalPage:
    """Mixin of the portal's page types."""

    def get_view_restrictions(self):
        if not any_restriction():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @property
    def url(self):
        roots = self._get_site_root_paths()
        if len(roots) == 1 and self.url_path.startswith(roots[0].root_path):
            return iri_to_uri("/" + self.url_path[len(roots[0].root_path) :])
        return super().url

    def _get_site_root_paths(self, cache_object=None, **kwargs):
        roots = site_root_paths()
        if cache_object is not None:  # Wagtail's redirects app reads them back from there
            cache_object._wagtail_cached_site_root_paths = roots
        return roots
