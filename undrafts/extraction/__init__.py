"""Turning an uploaded file into the plain text the parser reads. No Django here."""

from .text import ExtractionError, extract_text

__all__ = ["ExtractionError", "extract_text"]
