"""The events that change what readers see, each turned into the tags it touches."""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from news.events import article_saved
from news.models import Article
from news.portal_page import TAG as RESTRICTIONS
from people.models import Author, Leader
from placement.models import Curation, Module, ModuleItem
from review.models import Correction
from siteconfig.models import FooterLink, FriendlyLink, Hotline, Licence, SiteSettings, SocialAccount

from .purging import invalidate
from .tags import SITE
from .touched import article_tags, author_tags, deleted_article_tags, page_tags


@receiver(pre_save, sender=Article)
def remember_publish_time(sender, instance, **kwargs):
    """The 发布时间 before this save: its day's calendar changes if it moves."""
    if instance.pk:
        instance._stored_publish_time = (
            Article.objects.filter(pk=instance.pk).values_list("publish_time", flat=True).first()
        )


@receiver(article_saved)
def article_changed(sender, instance, **kwargs):
    invalidate(article_tags(instance, [getattr(instance, "_stored_publish_time", None)]))


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Article):
        invalidate(deleted_article_tags(instance))
    elif isinstance(instance, Page) and type(instance) is not Page:  # once per page: its specific row
        invalidate(page_tags(instance))


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    if not isinstance(instance, Article):  # articles: article_saved, with their lists
        invalidate(page_tags(instance))


@receiver(page_slug_changed)
def root_renamed(sender, instance, **kwargs):
    """A site's home page with a new slug moves the root every address is read below."""
    if Site.objects.filter(root_page_id=instance.pk).exists():
        invalidate({SITE})


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    """An article moves with its lists (news has refiled it by now); a moved channel or
    folder changes the address of everything below it."""
    if issubclass(sender, Article):
        invalidate(article_tags(Article.objects.get(pk=instance.pk)))
    else:
        invalidate({SITE})


def _module_changed(sender, instance, **kwargs):
    invalidate({f"module:{instance.module_id if isinstance(instance, ModuleItem) else instance.pk}"})


def _curation_changed(sender, instance, **kwargs):
    from django.core.cache import cache

    from ranking.templatetags.ranking_tags import BOX_CACHE_KEY, RANKING_TAG

    if instance.place == Curation.Place.RANKING:
        cache.delete(BOX_CACHE_KEY)
        invalidate({RANKING_TAG})
    else:
        invalidate({f"module:{instance.module_id}"})


def _site_changed(sender, instance, **kwargs):
    invalidate({SITE})


def _restrictions_changed(sender, instance, **kwargs):
    # Pages cached while open may be restricted now, and the other way round.
    invalidate({SITE, RESTRICTIONS})


def _correction_changed(sender, instance, **kwargs):
    invalidate({f"a:{instance.article_id}"})


def _author_changed(sender, instance, **kwargs):
    invalidate(author_tags(instance.pk))


for model, handler in [
    (Module, _module_changed),
    (ModuleItem, _module_changed),
    (Curation, _curation_changed),
    (Correction, _correction_changed),
    (Author, _author_changed),
    *[(model, _site_changed) for model in (SiteSettings, Licence, FooterLink, Hotline, SocialAccount, FriendlyLink)],
    (Leader, _site_changed),
    (Site, _site_changed),
    (PageViewRestriction, _restrictions_changed),
]:
    post_save.connect(handler, sender=model, dispatch_uid=f"delivery-save-{model.__name__}")
    post_delete.connect(handler, sender=model, dispatch_uid=f"delivery-delete-{model.__name__}")
