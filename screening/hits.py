"""Screening a record's fields and logging every hit: what 投稿, 举报 and articles call."""

from .matcher import screen
from .models import ScreeningHit


def screen_fields(source, fields, user=None):
    """{field: Screening} of `fields` ({field name: text}); each hit is logged under
    `source` (e.g. "submission:5") and `user` (or nobody)."""
    screenings = {name: screen(text or "") for name, text in fields.items()}
    ScreeningHit.objects.bulk_create(
        ScreeningHit(
            source=source,
            field=name,
            word_id=hit.entry.id,
            word_text=hit.entry.word,
            matched=hit.matched[:300],
            offset=hit.start,
            action=hit.entry.action,
            screened_by=user if user is not None and user.is_authenticated else None,
        )
        for name, screening in screenings.items()
        for hit in screening.hits
    )
    return screenings
