"""The seeds in full: the documents in fixtures/, then what their reports record.

Here rather than in documents: proceedings are read out of documents, so this app depends
on that one and never the other way round.
"""

from __future__ import annotations

from pathlib import Path

from django.db import transaction

from undrafts.documents.models import Document
from undrafts.documents.seeds import SEEDS_MANIFEST, seed_documents_load

from .services import proceedings_import_all


@transaction.atomic
def seeds_load(manifest: Path = SEEDS_MANIFEST) -> list[Document]:
    """Load the seed documents, then the sponsors and votes their committee reports record.
    Idempotent."""
    documents = seed_documents_load(manifest)
    proceedings_import_all()
    return documents
