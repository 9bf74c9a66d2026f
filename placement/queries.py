from .models import Module


def modules(region):
    """Each module of a region with its articles, in the desk editors' order."""
    boxes = Module.objects.filter(region=region).select_related("channel").order_by("sort_order")
    return [(module, module.articles()) for module in boxes]
