from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Author, Leader


class LeaderViewSet(SnippetViewSet):
    model = Leader
    icon = "group"
    menu_label = "全总领导"
    add_to_admin_menu = True
    list_display = ["name", Column("titles_display", label="职务")]


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = "作者"


register_snippet(LeaderViewSet)
register_snippet(AuthorViewSet)
