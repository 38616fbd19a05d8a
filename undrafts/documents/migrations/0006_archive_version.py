"""The archive's version token, kept by triggers on the documents table."""

from django.db import migrations

from undrafts.documents.archive_version import version_create, version_drop


def create(apps, schema_editor):
    version_create(schema_editor.connection)


def drop(apps, schema_editor):
    version_drop(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("documents", "0005_paragraph_kind_heading_other")]
    operations = [migrations.RunPython(create, drop, elidable=False)]
