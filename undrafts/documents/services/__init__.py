"""Writes: importing documents and revising paragraphs. Each call is one transaction.

`imports` reads texts in (import, re-import, add from the admin); `rows` is the one place
that inserts paragraphs, revisions and sponsors, in bulk; `documents` derives and
withdraws, `links` places a document in its lineage; `paragraphs` revises one wording.
"""

from .documents import document_derive, document_withdraw
from .imports import (
    MAX_IMPORT_CHARS,
    ImportResult,
    canonical_symbol,
    document_add,
    document_import,
    document_prepare,
    kind_from_symbol,
    max_upload_bytes,
)
from .links import document_link
from .paragraphs import clean_paragraph_text, paragraph_revise

__all__ = [
    "MAX_IMPORT_CHARS",
    "ImportResult",
    "canonical_symbol",
    "clean_paragraph_text",
    "document_add",
    "document_derive",
    "document_import",
    "document_link",
    "document_prepare",
    "document_withdraw",
    "kind_from_symbol",
    "max_upload_bytes",
    "paragraph_revise",
]
