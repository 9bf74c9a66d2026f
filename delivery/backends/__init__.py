"""Where cached copies live, one module per cache behind one interface (the shape of
Wagtail's contrib/frontend_cache): the process's own page store for the embedded default,
nginx's proxy cache in production, a CDN on top."""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string


@cache
def backends():
    """The backends the settings name (DELIVERY_BACKENDS: {name: {"BACKEND": …, options}}),
    made once per process."""
    return [
        import_string(conf["BACKEND"])(**{k.lower(): v for k, v in conf.items() if k != "BACKEND"})
        for conf in settings.DELIVERY_BACKENDS.values()
    ]


def page_stores():
    """The backends that keep pages inside this process and answer from them."""
    return [backend for backend in backends() if backend.serves_pages]
