"""Admin times are Beijing time for everyone (WAGTAIL_USER_TIME_ZONES has one zone, so the
choice is gone from the account page): forget the zones users picked while it was offered."""

from django.db import migrations


def forget_time_zones(apps, schema_editor):
    profiles = apps.get_model("wagtailusers", "UserProfile").objects
    profiles.exclude(current_time_zone="").update(current_time_zone="")


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
    ]

    operations = [migrations.RunPython(forget_time_zones, migrations.RunPython.noop)]
