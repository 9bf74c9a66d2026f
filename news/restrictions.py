"""Wagtail looks for view restrictions on a page and its ancestors at every request (two
queries). A news portal rarely has any; while none exists anywhere, pages skip the look."""

from wagtail.models import PageViewRestriction

from delivery.memo import remember
from delivery.tags import shows

# Purged when a restriction is added or removed (delivery.signals).
TAG = "view-restrictions"


def any_restriction() -> bool:
    def look():
        shows(TAG)
        return PageViewRestriction.objects.exists()

    return remember("any-view-restriction", look)


class OpenUnlessRestricted:
    """Mixin of the portal's page types."""

    def get_view_restrictions(self):
        if not any_restriction():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
