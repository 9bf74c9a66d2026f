import re

from django.contrib.auth.models import AbstractUser
from django.db import models

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


class User(AbstractUser):
    """Newsroom staff account; custom from the first migration so fields can grow."""

    display_name = models.CharField("署名", max_length=60, blank=True, help_text="后台显示的姓名,如:王晓明")

    class Meta(AbstractUser.Meta):
        verbose_name = "用户"
        verbose_name_plural = "用户"

    def __str__(self):
        return self.get_full_name() or self.username

    def get_full_name(self):
        """The person's name as the newsroom writes it: the 署名 if set, else a Chinese
        name family name first and unspaced (王晓明, not “晓明 王”), else given then family."""
        if self.display_name:
            return self.display_name.strip()
        given, family = self.first_name.strip(), self.last_name.strip()
        if CJK.search(given + family):
            return family + given
        return f"{given} {family}".strip()

    def get_short_name(self):
        return self.get_full_name() or self.username
