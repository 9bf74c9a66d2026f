"""Forget the cached site settings whenever they or one of their lists change."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from .models import FooterLink, FriendlyLink, Hotline, Licence, SiteSettings, SocialAccount
from .queries import cache_key


def forget_settings(sender, instance, **kwargs):
    site_id = instance.site_id if isinstance(instance, SiteSettings) else instance.settings.site_id
    cache.delete(cache_key(site_id))


for model in (SiteSettings, Licence, FooterLink, Hotline, SocialAccount, FriendlyLink):
    post_save.connect(forget_settings, sender=model, dispatch_uid=f"forget-settings-{model.__name__}")
    post_delete.connect(forget_settings, sender=model, dispatch_uid=f"forget-settings-del-{model.__name__}")
