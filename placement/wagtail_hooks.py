from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import CurationViewSet, KeptPolicy
from .models import Curation, Module


class ModuleViewSet(SnippetViewSet):
    model = Module
    icon = "list-ul"
    menu_label = "模块与推荐位"
    add_to_admin_menu = True
    list_display = ["title", "region", "style", "source", "channel", "tag", "size"]


register_snippet(ModuleViewSet)


register_permission_policy(Curation, KeptPolicy(Curation))


@hooks.register("register_admin_viewset")
def curations():
    return CurationViewSet("curations")
