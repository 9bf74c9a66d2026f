"""The dictionary's version follows every change of a word, now and again at commit (a
process that rebuilt in between read the words before the change); 'replace' words are
replaced in every revision of an article as it is saved, so no version that can be
published holds them; a submitted article is screened and its hits logged."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import Revision, TaskState
from wagtail.signals import task_submitted

from news.models import Article

from .articles import replace_in_content, screen_and_log
from .matcher import dictionary_changed
from .models import SensitiveWord


@receiver([post_save, post_delete], sender=SensitiveWord)
def words_changed(**kwargs):
    dictionary_changed()
    transaction.on_commit(dictionary_changed)


@receiver(pre_save, sender=Revision)
def replace_words(sender, instance, **kwargs):
    if instance.content_type_id and issubclass(instance.content_type.model_class() or object, Article):
        replace_in_content(instance.content)


@receiver(task_submitted, sender=TaskState)
def screen_submitted(sender, instance, user=None, **kwargs):
    article = instance.workflow_state.content_object.specific
    if isinstance(article, Article):
        screen_and_log(article, user)
