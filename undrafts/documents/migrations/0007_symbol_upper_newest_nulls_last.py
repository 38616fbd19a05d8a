"""Indexes for an archive of any size: symbols matched without regard to case, and, on
PostgreSQL, the newest-first order with undated documents last (PostgreSQL puts NULLs
first in a descending index; SQLite already puts them last)."""

import django.db.models.functions.text
from django.db import migrations, models

NEWEST = "document_newest_nulls_last"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {NEWEST} ON documents_document "
            "(date DESC NULLS LAST, symbol)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {NEWEST}")


class Migration(migrations.Migration):
    dependencies = [("documents", "0006_archive_version")]
    operations = [
        migrations.AddIndex(
            model_name="document",
            index=models.Index(
                django.db.models.functions.text.Upper("symbol"), name="document_symbol_upper"
            ),
        ),
        migrations.RunPython(create, drop, elidable=False),
    ]
