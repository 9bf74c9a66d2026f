"""Absolute addresses for feeds, sitemaps and article metadata.

They are built, as Django's own feeds and sitemaps build them, from the scheme and host the
reader used: production sets SECURE_PROXY_SSL_HEADER, and the server in front of the portal
should redirect every other host name to the one canonical host."""

import html
import re
from urllib.parse import urljoin

from django.utils.encoding import iri_to_uri
from wagtail.models import Site

# Rendered body HTML always quotes its attributes (Django templates, nh3-cleaned rich text).
_URL_ATTRIBUTE = re.compile(r'(\s(?:href|src|poster)=")([^"]*)(")')


def absolute_url(request, location):
    """`location` (a path, or already absolute) as an absolute, ASCII-safe URL."""
    return iri_to_uri(urljoin(f"{request.scheme}://{request.get_host()}/", location))


def page_url(request, page):
    # A page with no address yet (an editor's preview of a new page) gets the site's.
    return absolute_url(request, page.get_url(request) or "/")


def site_root(request):
    """The root page of the site serving `request` (Wagtail's default site when none matches)."""
    return Site.find_for_request(request).root_page


def path_from_url_path(url_path, root_path):
    """A page's address on its site from its stored url_path (e.g. "/home/gonghui/" under
    the root "/home/" is "/gonghui/"), without loading the page."""
    return url_path[len(root_path) - 1 :]


def absolutize_html(markup, base_url):
    """Body HTML with every link, image and poster address made absolute, for readers
    that show it away from the site (feed readers, aggregators)."""

    def absolute(match):
        address = urljoin(base_url, html.unescape(match[2]))
        return match[1] + html.escape(iri_to_uri(address)) + match[3]

    return _URL_ATTRIBUTE.sub(absolute, str(markup))
