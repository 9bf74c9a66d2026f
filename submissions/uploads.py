"""What a reader may attach to a 投稿, checked by content, never by the name it came with.

Pictures are decoded and written anew (metadata and anything hidden after the image data
are dropped), after their pixel count is read from the header: a small file can claim a
bitmap of gigabytes. Documents are PDF or Word (.docx), recognised by their bytes."""

import io
from pathlib import PurePath

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image, UnidentifiedImageError

from .models import Attachment

MAX_FILES = 5
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_TOTAL_BYTES = 25 * 1024 * 1024
IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp"}
DOCUMENT_TYPES = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}


def checked_attachments(files):
    """Attachment objects (unsaved) for uploaded `files`, or ValidationError naming the file."""
    if len(files) > MAX_FILES:
        raise ValidationError(f"最多上传 {MAX_FILES} 个附件")
    if sum(upload.size for upload in files) > MAX_TOTAL_BYTES:
        raise ValidationError(f"附件合计不能超过 {MAX_TOTAL_BYTES // 1024 // 1024} MB")
    return [_checked(upload) for upload in files]


def _checked(upload):
    name = PurePath(upload.name).name[-200:]
    if not upload.size:
        raise ValidationError(f"“{name}”是空文件")
    if upload.size > MAX_FILE_BYTES:
        raise ValidationError(f"“{name}”超过 {MAX_FILE_BYTES // 1024 // 1024} MB")
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    mime = kind.mime if kind else ""
    if mime in IMAGE_TYPES:
        data, extension = reencoded(upload, name)
        return Attachment(
            file=ContentFile(data, f"picture.{extension}"), original_name=name, kind="image", size=len(data)
        )
    if mime in DOCUMENT_TYPES:
        data = upload.read()
        stored = ContentFile(data, f"document.{DOCUMENT_TYPES[mime]}")
        return Attachment(file=stored, original_name=name, kind="document", size=len(data))
    raise ValidationError(f"“{name}”不是可接受的文件:只收 JPEG、PNG、GIF、WebP 图片和 PDF、Word(.docx)文档")


def reencoded(upload, name):
    try:
        with Image.open(upload) as picture:
            width, height = picture.size
            if width * height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
                raise ValidationError(f"“{name}”像素太多({width}×{height})")
            picture.load()
            has_alpha = picture.mode in ("RGBA", "LA", "P")
            out = io.BytesIO()
            if has_alpha:
                picture.convert("RGBA").save(out, "PNG", optimize=True)
                return out.getvalue(), "png"
            picture.convert("RGB").save(out, "JPEG", quality=90)
            return out.getvalue(), "jpg"
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError) as error:
        raise ValidationError(f"“{name}”不是完好的图片") from error
