from django import template

from review.notices import consequence

register = template.Library()


@register.simple_tag
def review_consequence(task_state, action):
    """What confirming `action` will do: where the article goes and who is told."""
    return consequence(task_state, action)
