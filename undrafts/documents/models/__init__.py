from .documents import Document, Sponsor
from .lineages import Lineage
from .links import DocumentLink
from .texts import Paragraph, ParagraphRevision, Text

__all__ = [
    "Document",
    "DocumentLink",
    "Lineage",
    "Paragraph",
    "ParagraphRevision",
    "Sponsor",
    "Text",
]
