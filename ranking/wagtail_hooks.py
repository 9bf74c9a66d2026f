from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from .models import BeaconBurst


class ArticleColumn(Column):
    def get_value(self, instance):
        article = instance.article()
        return article.title if article else f"#{instance.article_id}"


class BeaconBurstViewSet(ModelViewSet):
    """可疑点击: who tried to move 新闻排行, for editors to read (nothing here is edited)."""

    model = BeaconBurst
    icon = "warning"
    menu_label = "可疑点击"
    add_to_admin_menu = True
    menu_order = 230
    inspect_view_enabled = True
    list_display = ["minute", "address", ArticleColumn("article", label="最多的稿件"), "turned_away"]
    list_filter = ["minute"]
    search_fields = ["address"]
    form_fields = ["address"]


@hooks.register("register_admin_viewset")
def beacon_bursts():
    return BeaconBurstViewSet("beacon_bursts")
