"""QR codes for the follow panel, drawn from account URLs on our own server."""

from functools import lru_cache

import segno
from django.utils.safestring import mark_safe


@lru_cache(maxsize=64)
def qr_svg(url: str) -> str:
    code = segno.make(url, error="m")
    return mark_safe(code.svg_inline(scale=3, border=2, omitsize=False))  # noqa: S308 - segno output
