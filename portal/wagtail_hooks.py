"""The admin is the newsroom's: none of Wagtail's links to its own guides and release notes
(in English, on the open internet) or its version number, and its widgets speak Chinese.
The site's name and logo are in the templates of portal/templates/wagtailadmin/."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.menu import SubmenuMenuItem

WAGTAILS_OWN = ("whats-new-in-wagtail-", "editor-guide")


@hooks.register("construct_help_menu")
def keep_the_newsrooms_help(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(WAGTAILS_OWN)]


@hooks.register("construct_main_menu")
def settings_menu_without_wagtails_version(request, menu_items):
    for n, item in enumerate(menu_items):
        if item.name == "settings":
            menu_items[n] = SubmenuMenuItem(
                item.label, item.menu, name=item.name, icon_name=item.icon_name, order=item.order
            )


@hooks.register("insert_global_admin_js")
def admin_script():
    return format_html('<script src="{}"></script>', static("portal/admin.js"))
