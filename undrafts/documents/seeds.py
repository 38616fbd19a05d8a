"""Loading the seed documents that ship in fixtures/: safe to run again."""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.db import transaction

from .models import Document, Lineage
from .services import document_derive, document_import

SEEDS_MANIFEST = Path(settings.BASE_DIR) / "fixtures" / "seeds.json"


@transaction.atomic
def seed_documents_load(manifest: Path = SEEDS_MANIFEST) -> list[Document]:
    """Import every document the manifest lists, then wire lineages. Idempotent.
    (undrafts.proceedings.seeds.seeds_load then reads the reports' proceedings.)"""
    spec = json.loads(manifest.read_text(encoding="utf-8"))
    lineages = {}
    for entry in spec.get("lineages", []):
        lineage, _ = Lineage.objects.update_or_create(
            slug=entry["slug"],
            defaults={"name": entry["name"], "description": entry.get("description", "")},
        )
        lineages[lineage.slug] = lineage

    documents = []
    for entry in spec["documents"]:
        metadata = dict(entry.get("metadata", {}))
        if entry.get("date"):
            metadata["date"] = entry["date"]
        if "derive_from" in entry:
            document = document_derive(
                source_document=Document.objects.get(symbol=entry["derive_from"]),
                heading=entry["heading"],
                symbol=entry["symbol"],
                kind=entry.get("kind"),
                metadata=metadata,
            )
        else:
            raw = (manifest.parent / "seeds" / entry["file"]).read_text(encoding="utf-8")
            document = document_import(
                raw=raw,
                symbol=entry["symbol"],
                kind=entry.get("kind"),
                source=Document.Source.FILE,
                source_name=entry["file"],
                metadata=metadata,
                replace=True,
            ).document
        document.lineage = lineages.get(entry.get("lineage", ""))
        if entry.get("follows"):
            document.follows = Document.objects.get(symbol=entry["follows"])
        document.save(update_fields=["lineage", "follows", "updated_at"])
        documents.append(document)
    return documents
