"""The dictionary's version follows every change of a word, now and again at commit: a
process that rebuilt in between read the words before the change."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .matcher import dictionary_changed
from .models import SensitiveWord


@receiver([post_save, post_delete], sender=SensitiveWord)
def words_changed(**kwargs):
    dictionary_changed()
    transaction.on_commit(dictionary_changed)
