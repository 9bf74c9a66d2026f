from django import template

from delivery.memo import remember_html

from ..queries import modules

register = template.Library()


@register.simple_tag
def region_modules(region):
    """The modules of a region, rendered once until one of them or what it shows changes."""
    return remember_html(f"html:modules:{region}", "placement/modules.html", lambda: {"modules": modules(region)})
