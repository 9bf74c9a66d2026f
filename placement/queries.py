from django.db.models import Prefetch
from django.utils import timezone

from .models import Module, ModuleItem


def modules(region):
    """Each module of a region with its articles (or topics), in the desk editors' order;
    the pinned items of every module come in one query."""
    showing = Prefetch("items", queryset=ModuleItem.showing(timezone.now()), to_attr="showing_items")
    boxes = Module.objects.filter(region=region).select_related("channel").prefetch_related(showing)
    return [(module, module.entries()) for module in boxes.order_by("sort_order")]
