from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Author, Leader


class LeaderViewSet(SnippetViewSet):
    model = Leader
    icon = "group"
    menu_label = "全总领导"
    add_to_admin_menu = True
    list_display = ["name", Column("titles_display", label="职务")]


class AuthorChooserViewSet(SnippetChooserViewSet):
    """The byline chooser: searchable, and a name not yet known is added in place."""

    form_fields = ["name"]
    create_action_label = "添加作者"
    creation_tab_label = "新作者"


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = "作者"
    chooser_viewset_class = AuthorChooserViewSet


register_snippet(LeaderViewSet)
register_snippet(AuthorViewSet)
