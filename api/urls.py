"""/api/: version 1 of the app API. Only GET and HEAD are answered, and everything below
/api/ answers in JSON, unknown addresses included."""

from functools import wraps

from django.http import Http404, JsonResponse
from django.urls import URLPattern, path, re_path

from .v1 import api

READ_METHODS = ("GET", "HEAD")


def not_found(request, *args, **kwargs):
    return JsonResponse({"message": "接口地址不存在。"}, status=404)


def read_only(view):
    """GET, and HEAD answered like GET (the server drops the body; Ninja only routes the
    methods an operation declares); other methods get a JSON 405."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if request.method not in READ_METHODS:
            response = JsonResponse({"message": "只读接口,只接受 GET 和 HEAD 请求。"}, status=405)
            response["Allow"] = ", ".join(READ_METHODS)
            return response
        method, request.method = request.method, "GET"
        try:
            return view(request, *args, **kwargs)
        except Http404:  # Ninja's bare root /api/v1/ raises it outside any operation
            return not_found(request)
        finally:
            request.method = method

    return guarded


def _read_only_urls(urls):
    patterns, app_name, namespace = urls
    guarded = [URLPattern(p.pattern, read_only(p.callback), p.default_args, p.name) for p in patterns]
    return guarded, app_name, namespace


urlpatterns = [
    path("v1/", _read_only_urls(api.urls)),
    re_path(r"", not_found),
]
