from __future__ import annotations

from pathlib import PurePath

from .docx import docx_to_text
from .errors import ExtractionError
from .pdf import pdf_to_text

__all__ = ["EXTRACTORS", "ExtractionError", "decode_plain_text", "extract_text"]


def decode_plain_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ExtractionError("The UTF-16 text file is damaged.") from exc
    if b"\x00" in data[:4096]:
        raise ExtractionError("The file is binary, not text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExtractionError(
            "The text file is not UTF-8 encoded; save it as UTF-8 and try again."
        ) from exc


EXTRACTORS = {
    ".txt": decode_plain_text,
    ".text": decode_plain_text,
    ".md": decode_plain_text,
    ".docx": docx_to_text,
    ".pdf": pdf_to_text,
}


def extract_text(filename: str, data: bytes) -> str:
    """The document's text, from a file of a supported type."""
    if not data:
        raise ExtractionError("The file is empty.")
    suffix = PurePath(filename).suffix.lower()
    extractor = EXTRACTORS.get(suffix)
    if extractor is None:
        supported = ", ".join(sorted(EXTRACTORS))
        hint = " Save it as .docx first." if suffix in {".doc", ".rtf", ".odt"} else ""
        raise ExtractionError(
            f'Files of type "{suffix or "(none)"}" are not supported: use {supported}.{hint}'
        )
    return extractor(data)
