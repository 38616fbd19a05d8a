"""PDF to text in the seed format, with PDFium (pypdfium2).

PDFium decodes each page; pdf_page reads it as runs of text with their place, size and
font; pdf_lines builds lines (words spaced by the gaps between glyphs, footnote markers
recognised by size and rise); pdf_furniture drops running heads, job and page numbers and
bar codes; pdf_layout rebuilds paragraphs and footnotes. The output reads like the seed
files: paragraphs separated by blank lines, italic openings as *…*, markers as ¹.
"""

from __future__ import annotations

import threading

import pypdfium2 as pdfium

from .errors import ExtractionError
from .pdf_furniture import PageLines, drop_furniture
from .pdf_layout import body_size, paragraphs
from .pdf_lines import build_lines, vocabulary
from .pdf_page import read_page

MAX_PAGES = 300
# Everything a document of MAX_PAGES full pages could hold; more is not a document.
MAX_CHARS = 3_000_000
MIN_TEXT_CHARS = 40

NOT_PDF = "The file is not a PDF (it does not start as one); check that you chose the right file."
DAMAGED = (
    "The PDF is damaged and cannot be read; open it and save or print it to a new PDF, "
    "or paste its text."
)
ENCRYPTED = (
    "The PDF is encrypted (password-protected), so its text cannot be read; "
    "save an unprotected copy, or paste its text."
)
NO_TEXT = (
    "The PDF has no text layer; it may be a scan. Use the Word file or a PDF saved "
    "from Word, or paste the text."
)
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD

# PDFium is not thread-safe: one document at a time per process.
_PDFIUM = threading.Lock()


def pdf_to_text(data: bytes) -> str:
    if b"%PDF-" not in data[:1024]:
        raise ExtractionError(NOT_PDF)
    with _PDFIUM:
        pages = _read(data)
    lines = [page.lines for page in pages]
    text = paragraphs(drop_furniture(pages, body_size(lines)))
    if len("".join(text.split())) < MIN_TEXT_CHARS:
        raise ExtractionError(NO_TEXT)
    return text


def _read(data: bytes) -> list[PageLines]:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ExtractionError(ENCRYPTED if exc.err_code == _PASSWORD_ERROR else DAMAGED) from exc
    except Exception as exc:  # a broken file can raise more than PdfiumError
        raise ExtractionError(DAMAGED) from exc
    try:
        count = len(document)
        if count == 0:
            raise ExtractionError(DAMAGED)
        if count > MAX_PAGES:
            raise ExtractionError(
                f"The PDF has {count:,} pages; drafts and reports are shorter, and the limit "
                f"is {MAX_PAGES}. Split it, or import the part you need."
            )
        read_pages = []
        total = 0
        for number in range(count):
            try:
                page = document[number]
                try:
                    read = read_page(page)
                finally:
                    page.close()
            except ExtractionError:
                raise
            except Exception as exc:
                raise ExtractionError(f"{DAMAGED} (page {number + 1} could not be read)") from exc
            total += sum(len(run.text) for run in read.runs)
            if total > MAX_CHARS:
                raise ExtractionError(
                    "The PDF holds far more text than a document; it was not read."
                )
            read_pages.append(read)
    finally:
        document.close()
    words = vocabulary([page.text for page in read_pages])
    return [PageLines(page.height, build_lines(page.runs, words)) for page in read_pages]
