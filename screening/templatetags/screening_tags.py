from django import template

from screening.articles import FIELDS, draft_screenings, refusal, warning
from screening.matcher import highlight

register = template.Library()


@register.inclusion_tag("screening/review_notice.html")
def screening_notice(article):
    """The hits of the article a reviewer is about to act on, marked in their fields."""
    screenings = draft_screenings(article.specific)
    return {
        "refusal": refusal(screenings),
        "warning": warning(screenings),
        "fields": [(FIELDS[name], s.highlight()) for name, s in screenings.items() if s],
    }


@register.filter
def screened(text):
    """`text` escaped, its listed words marked for the person reading it (投稿, 举报)."""
    return highlight(text or "")
