from .documents import Document, Extraction, Sponsor
from .lineages import Lineage
from .links import DocumentLink
from .texts import Paragraph, ParagraphRevision, Text

__all__ = [
    "Document",
    "DocumentLink",
    "Extraction",
    "Lineage",
    "Paragraph",
    "ParagraphRevision",
    "Sponsor",
    "Text",
]
