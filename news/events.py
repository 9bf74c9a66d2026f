"""What the newsroom's pages tell other apps. Listeners (search index, caches) keep their
own state; news knows none of them."""

from django.dispatch import Signal

# Sent after an Article and its child rows (bylines, tags) are saved, live or not, in the
# saving transaction: creation, draft saves, publishing, unpublishing, expiry. Args: instance.
article_saved = Signal()
