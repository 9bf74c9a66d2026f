from django import template

from screening.articles import FIELDS, draft_screenings, refusal, warning

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
