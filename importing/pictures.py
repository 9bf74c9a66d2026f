"""Pictures of imported stories, from the archive's own folder into the picture library.
They are decoded and written anew like a reader's upload (an old archive is untrusted
input), and the same picture found again is the same library entry."""

import hashlib

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from pictures.models import Picture
from submissions.uploads import MAX_FILE_BYTES, reencoded

from .formats.base import FormatError, within


def picture_for(figure, roots) -> Picture:
    """The library's picture of `figure`, whose file must lie within one of `roots` (the
    pictures folder, else the archive's folders) once links are followed: a page's
    "../../etc/…" or a symbolic link out of the archive is refused."""
    if not any(within(figure.path, root) for root in roots):
        raise FormatError(f"图片“{figure.path.name}”不在存档或图片目录之内")
    try:
        size = figure.path.stat().st_size
    except OSError:
        raise FormatError(f"图片“{figure.path.name}”不在图片目录中") from None
    if size > MAX_FILE_BYTES:
        raise FormatError(f"图片“{figure.path.name}”超过 {MAX_FILE_BYTES // 1024 // 1024} MB")
    with open(figure.path, "rb") as original:
        try:
            data, extension = reencoded(original, figure.path.name)
        except ValidationError as error:
            raise FormatError(error.messages[0]) from None
    digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    known = Picture.objects.filter(file_hash=digest).first()
    if known is not None:
        return known
    picture = Picture(
        title=figure.caption[:255] or figure.path.stem,
        caption=figure.caption[:255],
        credit=figure.credit[:100],
        file=ContentFile(data, f"{figure.path.stem[:80]}.{extension}"),
        file_size=len(data),
        file_hash=digest,
    )
    picture.save()
    return picture
