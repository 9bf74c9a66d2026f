"""Demo photos drawn with Pillow: gradients and shapes, no text (no fonts assumed)."""

import hashlib
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw

from pictures.models import Picture

SIZE = (800, 450)


def save_picture(rng, name, title, caption="", credit="") -> Picture:
    """A new Picture holding a freshly drawn JPEG; `name` becomes its file name."""
    data = draw_jpeg(rng)
    picture = Picture(
        title=title,
        caption=caption,
        credit=credit,
        file=ImageFile(BytesIO(data), name=f"{name}.jpg"),
        file_size=len(data),
        file_hash=hashlib.sha1(data, usedforsecurity=False).hexdigest(),
    )
    picture.save()
    return picture


def draw_jpeg(rng) -> bytes:
    image = _gradient(rng)
    overlay = Image.new("RGBA", SIZE, (0, 0, 0, 0))
    rng.choice([_landscape, _stripes, _blocks, _circles])(rng, ImageDraw.Draw(overlay))
    image = Image.alpha_composite(image, overlay).convert("RGB")
    out = BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def _colour(rng, alpha=255):
    return (rng.randrange(256), rng.randrange(256), rng.randrange(256), alpha)


def _gradient(rng):
    """Two random colours blended top to bottom, turned a random quarter."""
    mask = Image.linear_gradient("L").rotate(rng.choice([0, 90, 180, 270])).resize(SIZE)
    return Image.composite(Image.new("RGBA", SIZE, _colour(rng)), Image.new("RGBA", SIZE, _colour(rng)), mask)


def _landscape(rng, draw):
    width, height = SIZE
    sun = (rng.randrange(width), rng.randrange(height // 2), rng.randint(30, 80))
    draw.ellipse([sun[0] - sun[2], sun[1] - sun[2], sun[0] + sun[2], sun[1] + sun[2]], fill=_colour(rng, 220))
    for layer in range(3):
        base = height * (0.55 + 0.15 * layer)
        points = [(x, base - rng.randint(0, 90)) for x in range(0, width + 100, 100)]
        draw.polygon([(0, height), *points, (width, height)], fill=_colour(rng, 200))


def _stripes(rng, draw):
    width, height = SIZE
    step = rng.randint(30, 70)
    for x in range(-height, width, step):
        draw.polygon(
            [(x, 0), (x + step // 2, 0), (x + step // 2 + height, height), (x + height, height)], fill=_colour(rng, 120)
        )


def _blocks(rng, draw):
    width, height = SIZE
    for _ in range(rng.randint(5, 10)):
        x, y = rng.randrange(width), rng.randrange(height)
        draw.rectangle([x, y, x + rng.randint(60, 300), y + rng.randint(40, 200)], fill=_colour(rng, 170))


def _circles(rng, draw):
    width, height = SIZE
    for _ in range(rng.randint(8, 20)):
        x, y, r = rng.randrange(width), rng.randrange(height), rng.randint(15, 110)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=_colour(rng, 110))
