from django.db import migrations

from audit_trail import sealing


def seal(apps, schema_editor):
    sealing.seal(schema_editor.connection)


def unseal(apps, schema_editor):
    sealing.unseal(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("audit_trail", "0001_initial")]

    operations = [migrations.RunPython(seal, unseal)]
