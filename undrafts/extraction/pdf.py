"""PDF to text in the seed format, with pypdf.

pypdf decodes the text and reports where each piece sits and in which font. From that
we rebuild lines, then paragraphs (a paragraph ends where the line spacing opens up,
where the type size changes, or at an indented line after closing punctuation), drop
the running header, footer and page numbers, raise footnote markers (¹) and mark
italic stretches as *…*, so the output reads like the seed files.
"""

from __future__ import annotations

import io
import itertools
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from pypdf import PdfReader

from .errors import ExtractionError
from .markup import join_spans, superscript, tidy_line

MAX_PAGES = 300
# A page of a draft holds a few thousand characters; this is a scan's or a table's limit.
MAX_CHUNKS_PER_PAGE = 50_000
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

_ITALIC_NAME = re.compile(r"italic|oblique|[-,]it$|[-,]bi$|slanted", re.IGNORECASE)
_PAGE_NUMBER = re.compile(
    r"^(page\s+)?\d{1,4}(\s*(/|of)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.IGNORECASE
)
# UN job numbers and bar codes printed in the footer: "18-18106 (E) 301018", "*1818106*".
_JOB_NUMBER = re.compile(r"^\d{2}-\d{4,6}(\s*\([A-Z]\))?(\s+\d{6})?$|^\*\d{6,9}\*$")
_NUMBERED_START = re.compile(r"^(\d{1,3}(\.\d{1,3})*\.?|\([a-z]{1,4}\)|\([ivxlc]+\))\s")
_CLOSES = (",", ";", ":", ".", "!", "?")
# A document symbol standing alone in the top margin of a later page is a running header.
_SYMBOL_LINE = re.compile(r"^[A-Z]{1,4}(/[A-Za-z0-9.()\-]+){1,7}( \(\d{4}\))?$")

# pypdf says "Multiple definitions in dictionary" and the like about sloppy files.
logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass
class Chunk:
    text: str
    x: float
    y: float
    size: float
    italic: bool


@dataclass
class Line:
    y: float
    x: float
    chunks: list[Chunk] = field(default_factory=list)

    @property
    def size(self) -> float:
        weights: Counter = Counter()
        for chunk in self.chunks:
            weights[round(chunk.size, 1)] += len(chunk.text.strip()) or 0.1
        return weights.most_common(1)[0][0] if weights else 0.0

    @property
    def text(self) -> str:
        return "".join(chunk.text for chunk in self.chunks).strip()

    @property
    def has_marker(self) -> bool:
        size = self.size
        return any(_is_marker(chunk, size) for chunk in self.chunks)

    @property
    def prose(self) -> str:
        """The line without its footnote markers, to read its closing punctuation."""
        size = self.size
        return "".join(c.text for c in self.chunks if not _is_marker(c, size)).strip()


def pdf_to_text(data: bytes) -> str:
    if b"%PDF-" not in data[:1024]:
        raise ExtractionError(NOT_PDF)
    reader = _open(data)
    try:
        page_count = len(reader.pages)
    except Exception as exc:
        raise ExtractionError(DAMAGED) from exc
    if page_count == 0:
        raise ExtractionError(DAMAGED)
    if page_count > MAX_PAGES:
        raise ExtractionError(
            f"The PDF has {page_count:,} pages; drafts and reports are shorter, and the limit "
            f"is {MAX_PAGES}. Split it, or import the part you need."
        )
    pages = []
    for number in range(page_count):
        try:
            page = reader.pages[number]
            height = _page_height(page)
            pages.append((height, _lines(page)))
        except ExtractionError:
            raise
        except Exception as exc:
            raise ExtractionError(f"{DAMAGED} (page {number + 1} could not be read)") from exc
    pages = _drop_furniture(pages)
    text = _paragraphs(pages)
    if sum(1 for char in text if not char.isspace()) < MIN_TEXT_CHARS:
        raise ExtractionError(NO_TEXT)
    return text


def _open(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except Exception as exc:  # a broken file can raise almost anything inside pypdf
        raise ExtractionError(DAMAGED) from exc
    if reader.is_encrypted:
        # Some PDFs are only "protected" against printing or copying and open without a
        # password; those we can read. Anything that needs a password we cannot.
        try:
            opened = reader.decrypt("")
        except Exception:  # wrong password, or a cipher pypdf cannot undo
            opened = 0
        if not opened:
            raise ExtractionError(ENCRYPTED)
    return reader


def _page_height(page) -> float:
    try:
        box = page.mediabox
        return float(box.top) - float(box.bottom) or 842.0
    except Exception:
        return 842.0


def _italic_font(font) -> bool:
    if not font:
        return False
    try:
        name = str(font.get("/BaseFont", ""))
        if _ITALIC_NAME.search(name.split("+")[-1]):
            return True
        descriptor = font.get("/FontDescriptor")
        if descriptor is None and "/DescendantFonts" in font:
            descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        if descriptor is not None:
            descriptor = descriptor.get_object()
            angle = float(descriptor.get("/ItalicAngle", 0) or 0)
            flags = int(descriptor.get("/Flags", 0) or 0)
            return angle != 0 or bool(flags & 64)
    except Exception:
        return False
    return False


def _multiply(a, b) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def _lines(page) -> list[Line]:
    """The page's text lines, top to bottom, each with its pieces in the order drawn."""
    chunks: list[Chunk] = []
    italic_cache: dict[int, bool] = {}

    def visit(text, cm, tm, font, size) -> None:
        if not text or len(chunks) > MAX_CHUNKS_PER_PAGE:
            return
        matrix = _multiply([float(v) for v in tm], [float(v) for v in cm])
        scale = math.hypot(matrix[2], matrix[3]) or 1.0
        key = id(font)
        if key not in italic_cache:
            italic_cache[key] = _italic_font(font)
        pieces = text.split("\n")
        effective = float(size or 0) * scale
        for index, piece in enumerate(pieces):
            if index and not piece:
                continue
            # pypdf reports where a run of text started; later pieces sit a line below.
            y = matrix[5] - index * effective * 1.2
            chunks.append(Chunk(piece, matrix[4], y, effective, italic_cache[key]))
            if index < len(pieces) - 1:
                chunks.append(Chunk("\n", matrix[4], y, effective, False))

    page.extract_text(visitor_text=visit)
    if len(chunks) > MAX_CHUNKS_PER_PAGE:
        raise ExtractionError(
            "A page of the PDF holds far more text than a document page; it was not read."
        )
    lines: list[Line] = []
    current: Line | None = None
    for chunk in chunks:
        if chunk.text == "\n":
            current = None
            continue
        if not chunk.text.strip() and current is None:
            continue
        tolerance = 0.45 * max(chunk.size, current.size if current else 0, 1.0)
        if current is None or abs(chunk.y - current.y) > tolerance:
            current = _find_line(lines, chunk, tolerance)
            if current is None:
                current = Line(y=chunk.y, x=chunk.x)
                lines.append(current)
        current.chunks.append(chunk)
    for line in lines:
        # The line sits on the baseline of its body text, not of a raised marker.
        main = line.size
        body = [c.y for c in line.chunks if abs(c.size - main) < 0.5]
        if body:
            line.y = min(body)
    lines = [line for line in lines if line.text]
    lines.sort(key=lambda line: -line.y)
    return lines


def _find_line(lines: list[Line], chunk: Chunk, tolerance: float) -> Line | None:
    # Only the last few lines: a piece drawn later on the same line (a raised marker, a
    # run in another font) rejoins it; a whole earlier line is never reopened.
    for line in reversed(lines[-3:]):
        if abs(line.y - chunk.y) <= tolerance:
            return line
    return None


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def _drop_furniture(pages: list[tuple[float, list[Line]]]) -> list[list[Line]]:
    """Leave out running headers and footers, page numbers and job numbers."""
    band = 0.09
    repeated: Counter = Counter()
    for height, lines in pages:
        keys = {_furniture_key(x.text) for x in lines if _in_band(x, height, band)}
        repeated.update(keys)
    kept = []
    for number, (height, lines) in enumerate(pages):
        page_lines = []
        for line in lines:
            if _in_band(line, height, band):
                text = line.text
                # The first page's header carries the symbol and must stay.
                top = line.y > height * (1 - band)
                if _PAGE_NUMBER.match(text) or _JOB_NUMBER.match(text):
                    continue
                if number and top and _SYMBOL_LINE.match(text):
                    continue
                if len(pages) > 1 and repeated[_furniture_key(text)] >= 2 and (number or not top):
                    continue
            page_lines.append(line)
        kept.append(page_lines)
    return kept


def _in_band(line: Line, height: float, band: float) -> bool:
    return line.y > height * (1 - band) or line.y < height * band


def _is_marker(chunk: Chunk, line_size: float) -> bool:
    text = chunk.text.strip()
    return (
        bool(text)
        and chunk.size < 0.85 * line_size
        and bool(re.fullmatch(r"\d{1,3}(,\s?\d{1,3})*|[*†‡§]", text))
    )


def _leading(lines: list[Line]) -> dict[float, float]:
    """The usual distance between lines of one paragraph, for each type size."""
    gaps: dict[float, Counter] = {}
    for above, below in itertools.pairwise(lines):
        size = below.size
        gap = above.y - below.y
        if size and 0 < gap < 2.2 * size and abs(above.size - size) < 0.5:
            gaps.setdefault(size, Counter())[round(gap * 2) / 2] += 1
    leading = {}
    for size, counter in gaps.items():
        # The smallest gap that is common: paragraph spacing is the larger, rarer one.
        common = [gap for gap, n in counter.items() if n >= max(2, 0.15 * counter.total())]
        leading[size] = min(common) if common else min(counter)
    return leading


def _dominant(values: list[tuple[float, int]]) -> float:
    weights: Counter = Counter()
    for value, weight in values:
        weights[value] += weight
    return weights.most_common(1)[0][0] if weights else 0.0


@dataclass
class _Layout:
    """What the document's body text looks like, to tell a new paragraph from a next line."""

    body_size: float
    margin: float
    leading: dict[float, float]
    indents: bool  # paragraphs open with an indented first line


def _layout(pages: list[list[Line]]) -> _Layout:
    lines = [line for page in pages for line in page]
    body_size = _dominant([(line.size, len(line.text)) for line in lines])
    body = [line for line in lines if abs(line.size - body_size) < 0.5]
    margin = _dominant([(round(line.x), len(line.text)) for line in body])
    leading = {}
    for page in pages:
        for size, gap in _leading(page).items():
            leading.setdefault(size, []).append(gap)
    usual = {size: sorted(gaps)[len(gaps) // 2] for size, gaps in leading.items()}
    starts = indented = 0
    for page in pages:
        for above, below in itertools.pairwise(page):
            if abs(below.size - body_size) >= 0.5 or abs(above.size - body_size) >= 0.5:
                continue
            gap = above.y - below.y
            if gap > usual.get(body_size, 1.2 * body_size) + max(1.5, 0.2 * body_size):
                starts += 1
                if below.x > margin + 0.8 * body_size or _NUMBERED_START.match(below.text):
                    indented += 1
    return _Layout(body_size, margin, usual, indents=starts >= 3 and indented >= 0.6 * starts)


def _paragraphs(pages: list[list[Line]]) -> str:
    """Lines to paragraphs. Footnotes go after the paragraph they interrupt, which then
    carries on from the previous page as one paragraph."""
    layout = _layout(pages)
    out: list[list[tuple[str, bool]]] = []
    pending_notes: list[list[tuple[str, bool]]] = []
    body: list[tuple[str, bool]] | None = None
    note: list[tuple[str, bool]] | None = None
    body_last: tuple[int, Line] | None = None
    for page_number, lines in enumerate(pages):
        for line in lines:
            size = line.size
            first = next(c for c in line.chunks if c.text.strip())
            marker = _is_marker(first, size) or _is_marker(first, layout.body_size)
            small = size < 0.9 * layout.body_size
            # Some layouts print the footnote's own number at the note's size, not raised.
            numbered_note = small and not marker and bool(_NOTE_NUMBER.match(line.text))
            spans = _line_spans(line, size, opens_note=small and marker)
            if numbered_note:
                spans = _raise_note_number(spans)
            if small and (marker or numbered_note or note is not None):
                # Every footnote opens with its marker; anything else carries the last one on.
                if marker or numbered_note:
                    if note:
                        pending_notes.append(note)
                    note = list(spans)
                else:
                    _join(note, spans)
                continue
            if note:
                pending_notes.append(note)
                note = None
            page_start = body_last is not None and body_last[0] != page_number
            # A body line may open with a marker that wrapped from the line above.
            if body is None or _breaks(body_last[1], line, layout, page_start):
                if body:
                    out.append(body)
                out.extend(pending_notes)
                pending_notes = []
                body = list(spans)
            else:
                _join(body, spans)
            body_last = (page_number, line)
    if body:
        out.append(body)
    if note:
        pending_notes.append(note)
    out.extend(pending_notes)
    paragraphs = [tidy_line(join_spans(spans)) for spans in out]
    return "\n\n".join(p for p in paragraphs if p) + "\n"


def _breaks(previous: Line, line: Line, layout: _Layout, page_start: bool) -> bool:
    size, before = line.size, previous.prose
    if abs(size - previous.size) > 0.75:
        return True
    closes = before.endswith(_CLOSES) or before.endswith(_CLOSES_QUOTED)
    numbered = bool(_NUMBERED_START.match(line.text))
    indented = line.x > layout.margin + 0.8 * size
    if page_start:
        # Across a page break the spacing tells nothing: go by the first-line indent where
        # the document uses one, else by the punctuation.
        if numbered:
            return True
        if layout.indents:
            return indented
        # A preambular paragraph ends with a comma and the next opens with a capital
        # ("Recalling", "Noting"); a sentence running on across the page rarely does both.
        return before.endswith((".", ";", ":", ",")) and line.text[:1].isupper()
    if numbered and closes:
        return True
    gap = previous.y - line.y
    usual = layout.leading.get(size) or 1.2 * size
    # A raised marker can push its line down a little in some layouts (HTML, Word's
    # "at least" spacing); the indent rule below still finds a paragraph start there.
    slack = max(1.5, 0.2 * size) + (0.45 * size if line.has_marker else 0)
    if gap > usual + slack or gap < -0.5 * size:
        return True
    return indented and line.x > previous.x + 0.8 * size and closes


_NOTE_NUMBER = re.compile(r"^\d{1,3}\s+\S")


def _raise_note_number(spans: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """ "4 See …" as the seeds print a footnote: "⁴ See …" (the number may be its own run)."""
    for index, (text, italic) in enumerate(spans):
        if not text.strip():
            continue
        if text.strip().isdigit():
            return [*spans[:index], (superscript(text.strip()) + " ", False), *spans[index + 1 :]]
        raised = re.sub(r"^\s*(\d{1,3})\s+", lambda m: superscript(m.group(1)) + " ", text)
        return [*spans[:index], (raised, italic), *spans[index + 1 :]]
    return spans


_CLOSES_QUOTED = tuple(f"{p}{q}" for p in _CLOSES for q in "”’\"')")


def _line_spans(line: Line, size: float, opens_note: bool) -> list[tuple[str, bool]]:
    spans = []
    first = opens_note
    for chunk in line.chunks:
        if not chunk.text:
            continue
        if _is_marker(chunk, size):
            marker = superscript(chunk.text.strip().replace(" ", ""))
            spans.append((marker + (" " if first else ""), False))
        else:
            spans.append((chunk.text, chunk.italic))
        if chunk.text.strip():
            first = False
    return spans


def _join(current: list[tuple[str, bool]], spans: list[tuple[str, bool]]) -> None:
    """Continue a paragraph on the next line: a space, or nothing after a hyphen."""
    opens_with_marker = bool(spans) and spans[0][0][:1] in "⁰¹²³⁴⁵⁶⁷⁸⁹"
    if current:
        text, italic = current[-1]
        stripped = text.rstrip()
        if stripped.endswith("\u00ad"):
            current[-1] = (stripped[:-1], italic)
        elif (
            stripped.endswith(("-", "–", "—")) and len(stripped) > 1 and stripped[-2].isalnum()
        ) or opens_with_marker:
            # "capacity-" / "building", "2021–" / "2025": the dash joins; so does a marker.
            current[-1] = (stripped, italic)
        else:
            current[-1] = (stripped + " ", italic)
    if spans:
        first_text, first_italic = spans[0]
        spans = [(first_text.lstrip(), first_italic), *spans[1:]]
    current.extend(spans)
