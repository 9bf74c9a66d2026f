from .models import Leader


def leaders():
    return list(Leader.objects.order_by("sort_order", "id"))
