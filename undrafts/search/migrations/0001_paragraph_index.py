"""The full-text index of paragraphs, filled from the paragraphs already stored."""

from django.db import migrations

from undrafts.search.index import index_create, index_drop, index_rebuild


def create(apps, schema_editor):
    index_create(schema_editor.connection)
    index_rebuild(schema_editor.connection)


def drop(apps, schema_editor):
    index_drop(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("documents", "0002_editors_group")]
    operations = [migrations.RunPython(create, drop, elidable=False)]
