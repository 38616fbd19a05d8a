from __future__ import annotations

from pathlib import PurePath

from undrafts.parsing.document import MAX_CHARACTERS

from .docx import docx_extract
from .errors import ExtractionError
from .extracted import Extracted
from .pdf import pdf_to_text

__all__ = ["EXTRACTORS", "ExtractionError", "decode_plain_text", "extract_document", "extract_text"]


def decode_plain_text(data: bytes, *, max_chars: int = MAX_CHARACTERS) -> str:
    # UTF-8 takes at most 4 bytes a character: a longer file is refused before it is decoded.
    if len(data) > 4 * max_chars + 4:
        raise _too_long(max_chars)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ExtractionError("The UTF-16 text file is damaged.") from exc
    elif b"\x00" in data[:4096]:
        raise ExtractionError("The file is binary, not text.")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ExtractionError(
                "The text file is not UTF-8 encoded; save it as UTF-8 and try again."
            ) from exc
    if len(text) > max_chars:
        raise _too_long(max_chars)
    return text


def _too_long(limit: int) -> ExtractionError:
    return ExtractionError(
        f"The text file holds more than {limit:,} characters; a resolution text has far "
        "fewer, so it was not read."
    )


def _plain(data: bytes, max_chars: int) -> Extracted:
    return Extracted(decode_plain_text(data, max_chars=max_chars))


def _pdf(data: bytes, max_chars: int) -> Extracted:
    return Extracted(pdf_to_text(data))  # bounded by pdf.MAX_PAGES and pdf.MAX_CHARS


def _docx(data: bytes, max_chars: int) -> Extracted:
    return docx_extract(data, max_chars=max_chars)


EXTRACTORS = {
    ".txt": _plain,
    ".text": _plain,
    ".md": _plain,
    ".docx": _docx,
    ".pdf": _pdf,
}


def extract_document(filename: str, data: bytes, *, max_chars: int | None = None) -> Extracted:
    """The document's text, from a file of a supported type, and what the importer should be
    told about how it was read (tracked changes accepted). Reads at most `max_chars`
    characters of text (the parser's limit when None) and refuses a file holding more."""
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
    return extractor(data, MAX_CHARACTERS if max_chars is None else max_chars)


def extract_text(filename: str, data: bytes, *, max_chars: int | None = None) -> str:
    """The document's text, from a file of a supported type."""
    return extract_document(filename, data, max_chars=max_chars).text
