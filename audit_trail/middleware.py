"""The request being answered, for entries appended from signals that carry none (a Wagtail
log entry saved, a group's permissions changed): who did it and from which address."""

from contextvars import ContextVar

_request = ContextVar("audit_trail_request", default=None)


class CurrentRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)


def current_request():
    return _request.get()
