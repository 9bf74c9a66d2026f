"""Wagtail finds the Site of every request with a query; the answer changes only when a Site
is edited (which purges the site-wide tag), so it is remembered per host and port."""

from wagtail.models import Site

from delivery.memo import remember
from delivery.tags import SITE, shows

# Where no page of the site is served (the admins, the API, the view beacon), the site is
# looked up as Wagtail does, if at all.
NOT_PAGES = ("/admin/", "/django-admin/", "/api/", "/static/", "/media/", "/documents/", "/ranking/hit/")


class RememberedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(NOT_PAGES):
            # get_host(): only the allowed host names, so no request can add keys at will.
            request._wagtail_site = remember(f"site-for:{request.get_host()}", lambda: _find(request))
        return self.get_response(request)


def _find(request):
    """The site, with its home page loaded as the home page's own class, as Wagtail's serve
    view and every page URL ask for it."""
    shows(SITE)
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site
