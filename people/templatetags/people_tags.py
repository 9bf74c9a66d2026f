from django import template

from delivery.memo import remember_html

from ..queries import leaders

register = template.Library()


@register.simple_tag
def leaders_box(title="全总领导"):
    """The leaders with their titles, rendered once until a leader changes."""
    return remember_html(
        f"html:leaders:{title}", "people/leaders_box.html", lambda: {"title": title, "leaders": leaders()}
    )
