"""How much one document may hold: one maximum for a paragraph, one for a document.

Every write checks the same two numbers (settings MAX_PARAGRAPH_CHARS and
MAX_DOCUMENT_PARAGRAPHS): an import, a re-import, the admin's preview and an edit, so a
paragraph that could be imported can always be edited, and no visitor's request has to
render or export more than they allow.
"""

from __future__ import annotations

from django.conf import settings

from undrafts.extraction import Extracted, extract_document
from undrafts.parsing import ParsedDocument
from undrafts.parsing.document import MAX_CHARACTERS

from .exceptions import ImportRefused


def paragraph_chars_limit() -> int:
    return settings.MAX_PARAGRAPH_CHARS


def document_paragraphs_limit() -> int:
    return settings.MAX_DOCUMENT_PARAGRAPHS


def document_chars_limit() -> int:
    """The most text one document may hold: as many paragraphs of the longest kind as a
    document may have, and never more than the parser reads."""
    return min(MAX_CHARACTERS, paragraph_chars_limit() * document_paragraphs_limit())


def upload_extract(filename: str, data: bytes) -> Extracted:
    """An uploaded or imported file's text, read no further than a document may hold:
    a larger one is refused as soon as it passes the limit, before its text is built."""
    return extract_document(filename, data, max_chars=document_chars_limit())


def paragraph_too_long(length: int) -> str | None:
    """The message for a wording of `length` characters, or None when it fits."""
    limit = paragraph_chars_limit()
    if length <= limit:
        return None
    return f"The wording is {length:,} characters long; a paragraph is limited to {limit:,}."


def parsed_check(parsed: ParsedDocument) -> None:
    """Refuse a parsed document that holds more paragraphs, or longer ones, than allowed."""
    paragraphs = [p for text in parsed.texts for p in text.paragraphs]
    limit = document_paragraphs_limit()
    if len(paragraphs) > limit:
        raise ImportRefused(
            f"The text holds {len(paragraphs):,} paragraphs; a document is limited to "
            f"{limit:,}. Check that it is one document, or import its parts separately."
        )
    chars = paragraph_chars_limit()
    for text in parsed.texts:
        for paragraph in text.paragraphs:
            if len(paragraph.text) > chars:
                where = f"{text.heading}, " if text.heading and len(parsed.texts) > 1 else ""
                raise ImportRefused(
                    f"Paragraph {where}{paragraph.label} is {len(paragraph.text):,} characters "
                    f"long; a paragraph is limited to {chars:,}. Check that several paragraphs "
                    "have not run together (a lost number or line break)."
                )
