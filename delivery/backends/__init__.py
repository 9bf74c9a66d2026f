"""Where cached copies live, one module per cache behind one interface (the shape of
Wagtail's contrib/frontend_cache): the process's own page store for the embedded default,
nginx's proxy cache in production, a CDN on top."""

import threading

from django.conf import settings
from django.utils.module_loading import import_string

_backends = None
_lock = threading.Lock()


def backends():
    """The backends the settings name (DELIVERY_BACKENDS: {name: {"BACKEND": …, options}})."""
    global _backends
    if _backends is None:
        with _lock:
            if _backends is None:
                _backends = [
                    import_string(conf["BACKEND"])(**{k.lower(): v for k, v in conf.items() if k != "BACKEND"})
                    for conf in settings.DELIVERY_BACKENDS.values()
                ]
    return _backends


def page_stores():
    """The backends that keep pages inside this process and answer from them."""
    return [backend for backend in backends() if backend.serves_pages]


def reset():
    global _backends
    _backends = None
