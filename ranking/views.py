"""The view beacon: the article page stays the same for every reader and carries only
this URL; the count happens here."""

from django.http import Http404, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from portal.clients import client_address

from .beacon import PIXEL, count_view


@csrf_exempt  # navigator.sendBeacon carries no token, and a hit only adds to a counter
@never_cache
@require_http_methods(["GET", "POST"])
def hit(request, article_id):
    """POST (sendBeacon) → 204, GET (<img>) → the pixel; bots get the same answer uncounted."""
    user_agent, given = request.headers.get("User-Agent", ""), request.GET.get("t", "")
    if not count_view(article_id, user_agent, client_address(request), given):
        raise Http404("没有这篇稿件")
    if request.method == "POST":
        return HttpResponse(status=204)
    return HttpResponse(PIXEL, content_type="image/gif")
