"""One PDF page as PDFium lays it out: runs of text with their place, size and style.

PDFium decodes the text (with the spaces it infers from glyph positions) and knows, for
every character, which text object drew it. A run is a stretch of characters drawn by one
text object: one font, one size, one baseline. Asking PDFium per run rather than per
character keeps the cost close to that of decoding the page.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

from .errors import ExtractionError

# A page of a draft holds a few thousand characters; this is a scan's or a table's limit.
MAX_CHARS_PER_PAGE = 50_000
TOO_MUCH_TEXT = "A page of the PDF holds far more text than a document page; it was not read."

# The character -> text object call returns a bare address, so runs compare as integers.
_text_object = ctypes.cast(
    pdfium_c.FPDFText_GetTextObject,
    ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int),
)
_ITALIC_FLAG = 1 << 6  # the font descriptor's Italic flag (PDF 32000-1, table 123)
_ITALIC_NAME = re.compile(r"italic|oblique|[-,]it$|[-,]bi$|slanted", re.IGNORECASE)
_LINE_BREAK = re.compile(r"[\r\n]+")
# PDFium reports a hyphen that ends a line as U+FFFE; it was printed as a hyphen.
_PDFIUM_HYPHEN = "\ufffe"


@dataclass(slots=True)
class Run:
    text: str
    x0: float  # left edge of the first character
    x1: float  # where the last character's advance ends
    y: float  # baseline
    size: float  # type size in points, as printed
    italic: bool
    font: str


@dataclass(slots=True)
class Page:
    width: float
    height: float
    runs: list[Run]
    text: str  # as PDFium decoded it, with the spaces it inferred


def read_page(page) -> Page:
    """The page's runs of text in the order they were drawn."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        runs, text = _runs(textpage)
    finally:
        textpage.close()
    return Page(float(width), float(height), runs, text)


def _runs(textpage) -> tuple[list[Run], str]:
    handle = textpage.raw
    address = ctypes.cast(handle, ctypes.c_void_p).value
    count = pdfium_c.FPDFText_CountChars(handle)
    if count <= 0:
        return [], ""
    if count > MAX_CHARS_PER_PAGE:
        raise ExtractionError(TOO_MUCH_TEXT)
    text = _page_text(handle, count)
    x, y = ctypes.c_double(), ctypes.c_double()
    box = pdfium_c.FS_RECTF()
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    fonts: dict[tuple[bytes, int], tuple[str, bool]] = {}
    runs: list[Run] = []
    for first, last in _segments(address, text):
        piece = text[first : last + 1]
        if not piece.strip():
            continue
        pdfium_c.FPDFText_GetCharOrigin(handle, first, x, y)
        # The loose box spans the glyph's advance, not its ink: gaps between advances
        # are what separate words, whatever the letters' shapes.
        pdfium_c.FPDFText_GetLooseCharBox(handle, last, box)
        size = pdfium_c.FPDFText_GetFontSize(handle, first)
        pdfium_c.FPDFText_GetFontInfo(handle, first, name, len(name), flags)
        key = (name.value, flags.value)
        font = fonts.get(key)
        if font is None:
            family = name.value.decode("latin-1").split("+")[-1]
            italic = bool(flags.value & _ITALIC_FLAG) or bool(_ITALIC_NAME.search(family))
            font = fonts[key] = (family, italic)
        runs.append(Run(piece, x.value, box.right, y.value, size, font[1], font[0]))
    return runs, text


def _segments(address: int, text: str):
    """(first, last) of each stretch of characters drawn by one text object.

    Spaces and line breaks PDFium inferred belong to no object (the geometry decides
    those later). PDFium lists an object's characters together, and an object's stretch
    is read line by line, so most stretches are a whole line: asking about the line's
    last character settles those in one call; the others are found by galloping and
    bisection instead of asking about every character.
    """
    owner = _text_object
    stop = len(text)
    ends = [found.start() for found in _LINE_BREAK.finditer(text)]
    ends.append(stop)
    line = 0
    index = 0
    while index < stop:
        while ends[line] <= index:
            line += 1
        limit = ends[line] - 1  # the last character before the next line break
        drawer = owner(address, index)
        if drawer is None:  # inferred characters lie one or two apart: no galloping
            index += 1
            continue
        if limit == index or owner(address, limit) == drawer:
            yield index, limit
            index = limit + 1
            continue
        same, step, probe = index, 1, index + 1
        while probe < limit and owner(address, probe) == drawer:
            same, step = probe, step * 2
            probe = same + step
        probe = min(probe, limit)
        while probe - same > 1:
            middle = (same + probe) // 2
            if owner(address, middle) == drawer:
                same = middle
            else:
                probe = middle
        yield index, same
        index = same + 1


def _page_text(handle, count: int) -> str:
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    written = pdfium_c.FPDFText_GetText(
        handle, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
    )
    text = buffer.raw[: max(written - 1, 0) * 2].decode("utf-16-le", errors="replace")
    if len(text) != count:
        # Characters beyond the BMP take two UTF-16 units: read one character at a time.
        text = "".join(_char(handle, index) for index in range(count))
    return text.replace(_PDFIUM_HYPHEN, "-")


def _char(handle, index: int) -> str:
    code = pdfium_c.FPDFText_GetUnicode(handle, index)
    try:
        return chr(code) if code else " "
    except ValueError:
        return "\ufffd"
