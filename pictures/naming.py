"""Stored names of pictures that nobody can work out from the picture itself.

A draft's photo is uploaded before the article goes live, and renditions of it are made
for the editor's preview: were its files named after the upload (photo.jpg,
photo.fill-300x200.jpg), anyone could try those addresses before publication. So every
original and every rendition gets a random part of its own (64 bits), beside a readable
ASCII form of the uploaded name (拼音 for Chinese) for whoever looks at the folder.

Files stored before this keep their names: the database holds each file's name."""

import os
import re
import secrets

from wagtail.coreutils import string_to_ascii

ORIGINALS_FOLDER, RENDITIONS_FOLDER = "original_images", "images"
SLUG_CHARS = 40
# Django's file fields hold 100 characters; the storage may add "_" and 7 characters when a
# name is taken (it never is, with the random part, but the room is kept).
MAX_NAME = 92
RANDOM_PART = re.compile(r"-[0-9a-f]{16}$")


def original_name(uploaded_name):
    """original_images/<slug>-<random>.<ext> for a file uploaded as `uploaded_name`."""
    stem, extension = _split(uploaded_name)
    return f"{ORIGINALS_FOLDER}/{_slug(stem)}-{_random()}{extension}"


def rendition_name(original, filter_spec, generated_name):
    """images/<slug of the original>-<random>.<filter>.<ext>: the extension is the one Wagtail
    gave the generated file (`generated_name`), the filter is kept as far as it fits."""
    stem = RANDOM_PART.sub("", _split(original)[0])
    start = f"{RENDITIONS_FOLDER}/{_slug(stem)}-{_random()}"
    extension = _split(generated_name)[1]
    spec = re.sub(r"[^a-z0-9-]+", ".", filter_spec.lower()).strip(".")
    spec = spec[: MAX_NAME - len(start) - len(extension) - 1].strip(".")
    return f"{start}.{spec}{extension}" if spec else start + extension


def _split(name):
    """(stem, ".ext") of a file name; an extension that is not a short word is dropped."""
    base = os.path.basename(name)
    stem, dot, extension = base.rpartition(".")
    if dot and re.fullmatch(r"[a-z0-9]{1,5}", extension.lower()):
        return stem, "." + extension.lower()
    return base, ""


def _slug(text):
    ascii_text = string_to_ascii(text).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:SLUG_CHARS].strip("-") or "picture"


def _random():
    return secrets.token_hex(8)
