"""通稿订阅源 in the admin's settings menu: the wire feeds `pull_wires` reads on a timer."""

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import WireFeed


class WireFeedViewSet(ModelViewSet):
    model = WireFeed
    icon = "link"
    menu_label = "通稿订阅源"
    add_to_settings_menu = True
    list_display = ["name", "source", "channel", "enabled", "fetched_at", "last_result"]
    list_filter = ["enabled"]
    search_fields = ["name", "address", "source"]
    form_fields = ["name", "address", "source", "channel", "enabled"]


@hooks.register("register_admin_viewset")
def wire_feeds():
    return WireFeedViewSet("wire_feeds")
