"""The view beacon: the article page stays the same for every reader and carries only
this URL; the count happens here."""

import base64

from django.http import Http404, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .bots import is_bot
from .counting import counter
from .queries import is_live_article

# A 1×1 transparent GIF for <noscript><img>.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


@csrf_exempt  # navigator.sendBeacon carries no token, and a hit only adds to a counter
@never_cache
@require_http_methods(["GET", "POST"])
def hit(request, article_id):
    """POST (sendBeacon) → 204, GET (<img>) → the pixel; bots get the same answer uncounted."""
    if not is_live_article(article_id):
        raise Http404("没有这篇稿件")
    if not is_bot(request.headers.get("User-Agent", "")):
        counter.hit(article_id)
    if request.method == "POST":
        return HttpResponse(status=204)
    return HttpResponse(PIXEL, content_type="image/gif")
