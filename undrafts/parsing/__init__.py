"""The text parser: UN symbols, and resolution texts read into numbered paragraphs.

Plain Python, no Django: the web layer calls parse_document and parse_symbol.
"""

from .cleanup import drop_invisible
from .document import parse_document
from .symbols import parse_symbol
from .types import (
    Footnote,
    ParsedDocument,
    ParsedParagraph,
    ParsedText,
    ParseError,
    Symbol,
    SymbolError,
)

__all__ = [
    "Footnote",
    "ParseError",
    "ParsedDocument",
    "ParsedParagraph",
    "ParsedText",
    "Symbol",
    "SymbolError",
    "drop_invisible",
    "parse_document",
    "parse_symbol",
]
