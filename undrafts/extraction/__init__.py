"""Turning an uploaded file into the plain text the parser reads. No Django here."""

from .extracted import Extracted
from .text import ExtractionError, extract_document, extract_text

__all__ = ["Extracted", "ExtractionError", "extract_document", "extract_text"]
