from .documents import Document, Sponsor
from .lineages import Lineage
from .texts import Paragraph, ParagraphRevision, Text

__all__ = ["Document", "Lineage", "Paragraph", "ParagraphRevision", "Sponsor", "Text"]
