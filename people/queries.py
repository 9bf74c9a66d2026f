from delivery.tags import SITE, shows

from .models import Leader


def leaders():
    shows(SITE)
    return list(Leader.objects.order_by("sort_order", "id"))
