"""A document's extracted text moved to a table of its own, every word copied first."""

import django.db.models.deletion
from django.db import migrations, models


def copy_out(apps, schema_editor):
    Document = apps.get_model("documents", "Document")
    Extraction = apps.get_model("documents", "Extraction")
    rows = Document.objects.exclude(raw_text="").values_list("pk", "raw_text").iterator(500)
    batch = []
    for pk, raw_text in rows:
        batch.append(Extraction(document_id=pk, raw_text=raw_text))
        if len(batch) == 500:
            Extraction.objects.bulk_create(batch)
            batch = []
    Extraction.objects.bulk_create(batch)


def copy_back(apps, schema_editor):
    Document = apps.get_model("documents", "Document")
    Extraction = apps.get_model("documents", "Extraction")
    for extraction in Extraction.objects.iterator(500):
        Document.objects.filter(pk=extraction.document_id).update(raw_text=extraction.raw_text)


class Migration(migrations.Migration):
    dependencies = [("documents", "0007_symbol_upper_newest_nulls_last")]

    operations = [
        migrations.CreateModel(
            name="Extraction",
            fields=[
                (
                    "document",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="extraction",
                        serialize=False,
                        to="documents.document",
                    ),
                ),
                (
                    "raw_text",
                    models.TextField(blank=True, help_text="The extracted text as imported."),
                ),
            ],
        ),
        migrations.RunPython(copy_out, copy_back, elidable=False),
        migrations.RemoveField(model_name="document", name="raw_text"),
    ]
