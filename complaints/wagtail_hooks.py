from wagtail import hooks

from .admin_views import ComplaintViewSet


@hooks.register("register_admin_viewset")
def complaints():
    return ComplaintViewSet("complaint_queue")
