"""Where the traditional-character mirror (繁体版) lives, and how the portal's addresses map
into it: under a path prefix of every host (MIRROR_PREFIX, /big5/ by default), or on hosts
of its own (MIRROR_HOSTS, mirror host = original host; the prefix is then not served).

A mirrored request is handed to the portal as its original (the prefix taken off, or the
original host put back), so every view renders as it always does; the response's own
addresses are then moved into the mirror (`to_mirror`)."""

import re

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# OpenCC configuration → the language tag of the mirror (html lang, hreflang, JSON-LD) and
# Open Graph's locale.
VARIANTS = {
    "s2t": ("zh-Hant", "zh_TW"),  # OpenCC's standard traditional characters
    "s2tw": ("zh-Hant-TW", "zh_TW"),  # Taiwan's character forms
    "s2twp": ("zh-Hant-TW", "zh_TW"),  # Taiwan's forms and phrases (软件 → 軟體)
    "s2hk": ("zh-Hant-HK", "zh_HK"),  # Hong Kong's character forms
}
# Never mirrored: the admins, and the app's JSON API (data the app shows as it chooses).
ADMIN = {"admin", "django-admin", "api"}
# No text in them: static files, uploads, documents, the CAPTCHA, the view beacon. Links to
# them stay where they are; under a mirror host they are served as they are.
AS_IS = {"static", "media", "documents", "captcha", "ranking", "_purge"}
PREFIX_FORM = re.compile(r"/[a-z0-9][a-z0-9_-]*/")
ABSOLUTE = re.compile(r"(https?:)?//([^/?#\s]+)(/[^\s]*)?\Z", re.IGNORECASE)


def check_settings():
    """A clear error at start-up for a mirror set up wrong."""
    if settings.MIRROR_VARIANT not in VARIANTS:
        raise ImproperlyConfigured(
            f"MIRROR_VARIANT must be one of {', '.join(VARIANTS)}, not {settings.MIRROR_VARIANT!r}"
        )
    prefix = settings.MIRROR_PREFIX
    if prefix and (not PREFIX_FORM.fullmatch(prefix) or prefix.strip("/") in ADMIN | AS_IS):
        raise ImproperlyConfigured(f"MIRROR_PREFIX must be one path segment like /big5/, not {prefix!r}")
    for mirror, original in settings.MIRROR_HOSTS.items():
        if not mirror or not original or mirror == original:
            raise ImproperlyConfigured(
                f"MIRROR_HOSTS must pair two host names (big5.example.com=example.com), not {mirror}={original}"
            )


def language():
    return VARIANTS[settings.MIRROR_VARIANT][0]


def og_locale():
    return VARIANTS[settings.MIRROR_VARIANT][1]


def prefix():
    return "" if settings.MIRROR_HOSTS else settings.MIRROR_PREFIX


def section(path):
    """'admin', 'as-is' or 'page': what the first segment of a path is."""
    first = path.lstrip("/").split("/", 1)[0]
    return "admin" if first in ADMIN else "as-is" if first in AS_IS else "page"


def unmirror(request) -> bool:
    """Hand a request for the mirror over as the original's; whether it was one."""
    if settings.MIRROR_HOSTS:
        name, colon, port = request.META.get("HTTP_HOST", "").lower().partition(":")
        original = settings.MIRROR_HOSTS.get(name)
        if original is None:
            return False
        request.META["HTTP_HOST"] = original + colon + port
    else:
        mirror_prefix = prefix()
        if not mirror_prefix or not request.path_info.startswith(mirror_prefix):
            return False
        path = request.path_info[len(mirror_prefix) - 1 :]
        request.path = request.path_info = request.META["PATH_INFO"] = path
    request.mirror = True
    return True


def is_mirrored(request) -> bool:
    return getattr(request, "mirror", False)


def to_mirror(url, host):
    """`url` in the mirror when it is a page of the portal on `host` (the original's host,
    with its port): a path ("/a/b/") or absolute ("https://host/a/b/"); anything else
    (another site, a static file, the admin, a fragment) as it is."""
    mirror_prefix = prefix()
    if url.startswith("/") and not url.startswith("//"):
        return mirror_prefix + url[1:] if mirror_prefix and _mirrorable(url, mirror_prefix) else url
    found = ABSOLUTE.match(url)
    if found is None or found[2].lower() != host.lower():
        return url
    scheme, path = found[1] or "", found[3] or "/"
    if not _mirrorable(path, mirror_prefix):
        return url
    if mirror_prefix:
        return f"{scheme}//{found[2]}{mirror_prefix}{path[1:]}"
    mirror_host = _mirror_host_of(found[2])
    return url if mirror_host is None else f"{scheme}//{mirror_host}{path}"


def _mirrorable(path, mirror_prefix):
    return section(path) == "page" and not (mirror_prefix and path.startswith(mirror_prefix))


def _mirror_host_of(host):
    name, colon, port = host.lower().partition(":")
    for mirror, original in settings.MIRROR_HOSTS.items():
        if original == name:
            return mirror + colon + port
    return None
