from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    """Newsroom staff account; custom from the first migration so fields can grow."""

    display_name = models.CharField("署名", max_length=60, blank=True)

    class Meta(AbstractUser.Meta):
        verbose_name = "用户"
        verbose_name_plural = "用户"

    def __str__(self):
        return self.display_name or self.get_full_name() or self.username
