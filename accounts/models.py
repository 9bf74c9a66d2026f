import re

from django.conf import settings
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

    def save(self, *args, **kwargs):
        # create_user hashes the first password without set_password, so Django does not
        # announce it (password_changed); the password history starts with it all the same.
        first_password = self._state.adding and self._password is None and self.has_usable_password()
        super().save(*args, **kwargs)
        if first_password:
            PasswordRecord.objects.create(user=self, password=self.password)

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


class PasswordRecord(models.Model):
    """A password the account has had, kept as its hash (never the password itself), so that
    the password policy can refuse it when it is chosen again."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="password_records", verbose_name="用户"
    )
    password = models.CharField("密码哈希", max_length=128)
    set_at = models.DateTimeField("设置时间", auto_now_add=True)

    class Meta:
        verbose_name = "历史密码"
        verbose_name_plural = "历史密码"
        ordering = ["-set_at", "-pk"]

    def __str__(self):
        return f"{self.user} {self.set_at:%Y-%m-%d %H:%M}"
