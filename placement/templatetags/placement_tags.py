from django import template

from ..queries import modules

register = template.Library()


@register.inclusion_tag("placement/modules.html")
def region_modules(region):
    return {"modules": modules(region)}
