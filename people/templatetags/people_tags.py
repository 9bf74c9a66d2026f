from django import template

from ..queries import leaders

register = template.Library()


@register.inclusion_tag("people/leaders_box.html")
def leaders_box(title="全总领导"):
    return {"title": title, "leaders": leaders()}
