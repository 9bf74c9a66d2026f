"""Chinese names for the model permissions (可以添加稿件 …). Django names each one "Can add
<model>" in English when it creates it and never translates it; Wagtail's group editor shows
these names (to screen readers, and for view permissions on screen)."""

from django.apps import apps as global_apps
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS
from django.utils import translation
from django.utils.translation import gettext

ACTIONS = {"add": "添加", "change": "修改", "delete": "删除", "view": "查看"}


def name_permissions(app_config, using=DEFAULT_DB_ALIAS, apps=global_apps, **kwargs):
    """post_migrate: name the permissions of the app's models in Chinese. Creates them first,
    whichever of this and Django's own handler runs first."""
    create_permissions(app_config, verbosity=0, using=using, apps=apps)
    with translation.override(settings.LANGUAGE_CODE):
        for model in app_config.get_models():
            opts = model._meta
            content_type = ContentType.objects.db_manager(using).get_for_model(model, for_concrete_model=False)
            names = {
                f"{action}_{opts.model_name}": f"可以{ACTIONS[action]}{opts.verbose_name}"
                for action in set(opts.default_permissions) & ACTIONS.keys()
            }
            # Custom permissions (Wagtail's 发布任意页面 …) carry English names; the catalogs have them.
            names |= {codename: gettext(name) for codename, name in opts.permissions}
            for codename, name in names.items():
                Permission.objects.using(using).filter(content_type=content_type, codename=codename).exclude(
                    name=name[:255]
                ).update(name=name[:255])
