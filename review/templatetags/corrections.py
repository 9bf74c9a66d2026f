from django import template

register = template.Library()


@register.inclusion_tag("review/corrections.html")
def article_corrections(article):
    """更正 notes under an article, oldest first, each with its date."""
    return {"corrections": list(article.corrections.all()) if article.pk else []}
