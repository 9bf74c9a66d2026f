"""Newsroom roles (用户组) and what each may do. Applied by a migration and by
`manage.py setup_newsroom`; both take an app registry so they work on historical models.

Page rights are granted on the tree's root, so they cover every channel made later.
Model rights double as page-type rights: creating a Channel needs news.add_channel
(review.wagtail_hooks checks it), so a reporter can file articles but not open channels."""

REPORTER, FIRST_READER, SECOND_READER, CHIEF_EDITOR, ADMINISTRATOR = "记者", "编辑", "部门主任", "总编辑", "管理员"
PUBLISHERS = (CHIEF_EDITOR, ADMINISTRATOR)
ROLES = (REPORTER, FIRST_READER, SECOND_READER, CHIEF_EDITOR, ADMINISTRATOR)

EVERYDAY = ("add", "change", "delete", "view")
WRITING = {"wagtailadmin": ("access_admin",), "news": ("add_article",), "people": ("add_author", "view_author")}
# The desk names the 责任编辑 of an article; a reporter does not.
DESK = {
    **WRITING,
    "news": ("add_article", "assign_editor"),
    "placement": EVERYDAY,  # 推荐位
    "topics": ("add_topic", "change_topic", "view_topic"),  # 专题
    "submissions": ("change_submission", "view_submission"),  # 读者投稿
}
CHIEF = {
    **DESK,
    "review": ("add_correction", "change_correction", "view_correction"),
    "complaints": ("add_complaint", "change_complaint", "view_complaint"),  # 举报受理
    "ranking": ("view_beaconburst",),  # 可疑点击
}
ADMIN = {
    **CHIEF,
    "news": (*EVERYDAY, "assign_editor"),
    "topics": EVERYDAY,
    "people": EVERYDAY,
    "review": EVERYDAY,
    "siteconfig": EVERYDAY,
    "accounts": EVERYDAY,
    "wagtailcore": ("add_workflow", "change_workflow", "add_task", "change_task"),
    "wagtailredirects": EVERYDAY,
}

# role: (model rights by app, page rights on the whole tree, rights in media collections)
PAGE_EDIT = ("add", "change")
PAGE_PUBLISH = (*PAGE_EDIT, "publish", "lock", "unlock")
MEDIA_USE = ("add", "choose")
MEDIA_ALL = ("add", "change", "delete", "choose")
GRANTS = {
    REPORTER: (WRITING, ("add",), MEDIA_USE),
    FIRST_READER: (DESK, PAGE_EDIT, MEDIA_USE),
    SECOND_READER: (DESK, PAGE_EDIT, MEDIA_USE),
    CHIEF_EDITOR: (CHIEF, PAGE_PUBLISH, MEDIA_ALL),
    ADMINISTRATOR: (ADMIN, (*PAGE_PUBLISH, "bulk_delete"), MEDIA_ALL),
}
# Wagtail checks image rights on its own Image model even with our custom Picture model.
MEDIA = (("wagtailimages", "image"), ("wagtaildocs", "document"))


def ensure_permissions(apps):
    """Model permissions are normally made after migrate; roles need them now."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        # Migration-state app configs have no models module, which create_permissions skips.
        real_module = getattr(app_config, "models_module", None)
        app_config.models_module = real_module or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = real_module


def ensure_roles(apps):
    """Create the groups and set exactly the rights above; safe to repeat."""
    ensure_permissions(apps)
    group_model = apps.get_model("auth", "Group")
    for role, (models, page_rights, media_rights) in GRANTS.items():
        group, _ = group_model.objects.get_or_create(name=role)
        group.permissions.set(_model_permissions(apps, models))
        _grant_pages(apps, group, page_rights)
        _grant_media(apps, group, media_rights)


def _model_permissions(apps, models):
    permission_model = apps.get_model("auth", "Permission")
    found = []
    for app_label, rights in models.items():
        for permission in permission_model.objects.filter(content_type__app_label=app_label):
            action = permission.codename.split("_", 1)[0]
            if permission.codename in rights or action in rights:
                found.append(permission)
    return found


def _grant_pages(apps, group, rights):
    permission_model = apps.get_model("auth", "Permission")
    grant = apps.get_model("wagtailcore", "GroupPagePermission")
    root = apps.get_model("wagtailcore", "Page").objects.get(depth=1)
    wanted = permission_model.objects.filter(
        content_type__app_label="wagtailcore", codename__in=[f"{right}_page" for right in rights]
    )
    grant.objects.filter(group=group).exclude(page=root, permission__in=wanted).delete()
    for permission in wanted:
        grant.objects.get_or_create(group=group, page=root, permission=permission)


def _grant_media(apps, group, rights):
    permission_model = apps.get_model("auth", "Permission")
    grant = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = apps.get_model("wagtailcore", "Collection").objects.get(depth=1)
    codenames = [f"{right}_{model}" for _, model in MEDIA for right in rights]
    wanted = permission_model.objects.filter(
        content_type__app_label__in=[app for app, _ in MEDIA], codename__in=codenames
    )
    grant.objects.filter(group=group).exclude(collection=root, permission__in=wanted).delete()
    for permission in wanted:
        grant.objects.get_or_create(group=group, collection=root, permission=permission)
