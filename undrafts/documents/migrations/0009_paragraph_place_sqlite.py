"""On SQLite, a paragraph's place readable without its row (see documents/planner.py)."""

from django.db import migrations

from undrafts.documents.planner import sqlite_indexes_create, sqlite_indexes_drop


def create(apps, schema_editor):
    sqlite_indexes_create(schema_editor.connection)


def drop(apps, schema_editor):
    sqlite_indexes_drop(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("documents", "0008_extraction_own_table")]
    operations = [migrations.RunPython(create, drop, elidable=False)]
