from delivery.memo import remember
from delivery.tags import SITE, shows

from .models import Leader


def leaders():
    def read():
        shows(SITE)
        return list(Leader.objects.order_by("sort_order", "id"))

    return remember("leaders", read)
