"""Tags of imported articles, written in bulk."""

from taggit.models import Tag

from news.models import ArticleTag


def tag_rows(tagged):
    """`tagged`: (article id, [tag names]) pairs."""
    names = {name for _, tags in tagged for name in tags}
    if not names:
        return
    known = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    for name in sorted(names - known.keys()):
        known[name] = Tag.objects.create(name=name)
    ArticleTag.objects.bulk_create(
        [
            ArticleTag(content_object_id=article_id, tag=known[name])
            for article_id, tags in tagged
            for name in dict.fromkeys(tags)
        ]
    )
