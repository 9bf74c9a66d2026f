from django.db.models import Prefetch
from django.utils import timezone

from delivery.memo import remember
from delivery.tags import changes_at, shows

from .models import Curation, Module, ModuleItem


def modules(region):
    """Each module of a region with its articles (or topics), in the desk editors' order,
    remembered until one of them or what it shows changes."""
    return remember(f"modules:{region}", lambda: _read_modules(region))


def _read_modules(region):
    """The pinned items of every module of the region come in one query."""
    showing = Prefetch("items", queryset=ModuleItem.showing(timezone.now()), to_attr="showing_items")
    boxes = list(Module.objects.filter(region=region).select_related("channel").prefetch_related(showing))
    # Editors intervene on the home page's first screen only (placement.Curation).
    ids = [module.pk for module in boxes]
    curated = Curation.in_force_by_module(timezone.now(), Curation.Place.MODULE, ids) if region == "home" else {}
    for module in boxes:
        module.curated = curated.get(module.pk, {})
        shows(f"module:{module.id}")
        changes_at(min((item.ends_at for item in module.showing_items if item.ends_at), default=None))
    return [(module, module.entries()) for module in sorted(boxes, key=lambda module: module.sort_order)]
