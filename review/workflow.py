"""The 三审 workflow: three ReviewTask steps, each reviewed by its role's group, attached
to the root of the page tree so every article (and topic) goes through it."""

from .roles import CHIEF_EDITOR, FIRST_READER, SECOND_READER

WORKFLOW_NAME = "三审"
STEPS = ((1, "初审", FIRST_READER), (2, "复审", SECOND_READER), (3, "终审", CHIEF_EDITOR))


def ensure_workflow(apps):
    """Create the workflow and its steps where missing; safe to repeat, and it leaves
    alone whatever an administrator changed afterwards (names, groups)."""
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    workflow, _ = workflow_model.objects.get_or_create(name=WORKFLOW_NAME)
    content_type = apps.get_model("contenttypes", "ContentType").objects.get_for_model(
        apps.get_model("review", "ReviewTask")
    )
    for order, (level, name, role) in enumerate(STEPS):
        task, created = apps.get_model("review", "ReviewTask").objects.get_or_create(
            level=level, defaults={"name": name, "content_type": content_type}
        )
        if created:
            task.groups.set([apps.get_model("auth", "Group").objects.get(name=role)])
        apps.get_model("wagtailcore", "WorkflowTask").objects.get_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    root = apps.get_model("wagtailcore", "Page").objects.get(depth=1)
    apps.get_model("wagtailcore", "WorkflowPage").objects.update_or_create(page=root, defaults={"workflow": workflow})


def retire_wagtail_defaults(apps):
    """Wagtail starts with an 'Editors'/'Moderators' pair and a one-step approval; a newsroom
    has its own roles, so the unused defaults go (kept if someone was given them)."""
    apps.get_model("wagtailcore", "Workflow").objects.filter(name="Moderators approval").update(active=False)
    apps.get_model("wagtailcore", "Task").objects.filter(name="Moderators approval").update(active=False)
    apps.get_model("auth", "Group").objects.filter(name__in=["Editors", "Moderators"], user=None).delete()
