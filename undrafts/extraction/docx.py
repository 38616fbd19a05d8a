"""Word .docx to text in the seed format, with python-docx.

Each Word paragraph becomes one line, blank lines between; italic runs become *…*;
automatic list numbers are written out; a footnote reference becomes a superscript
marker and the footnote's text follows its paragraph as "¹ text". Tracked deletions
are left out and insertions kept, as Word shows the text with changes accepted.
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml

from .errors import ExtractionError
from .markup import join_spans, superscript, tidy_line

# A .docx is a zip: check what is inside before python-docx inflates any of it.
MAX_MEMBERS = 2000
MAX_XML_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200  # compressed XML rarely exceeds 1:20; a bomb is 1:1000 and more

NOT_DOCX = (
    "The file is not a Word .docx document. If it is an older .doc file, open it in "
    "Word and save it as .docx, or paste its text."
)

_SKIPPED_ANCESTORS = {
    qn("w:del"),
    qn("w:moveFrom"),
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
}
_FALSE = {"0", "false", "off", "none"}


def docx_to_text(data: bytes) -> str:
    _check_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
        return _Converter(document).text()
    except ExtractionError:
        raise
    except ValueError as exc:
        # python-docx: "file '…' is not a Word file, content type is '…'"
        raise ExtractionError(f"{NOT_DOCX} ({_short(exc)})") from exc
    except Exception as exc:
        raise ExtractionError(
            "The Word file is damaged and cannot be read; open it in Word, save it again "
            "and retry, or paste its text."
        ) from exc


def _short(exc: Exception) -> str:
    message = str(exc)
    if "content type is" in message:
        return "its content is " + message.rsplit("content type is", 1)[1].strip(" '\"")
    return message[:120]


def _check_package(data: bytes) -> None:
    if not data.startswith(b"PK"):
        raise ExtractionError(NOT_DOCX)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise ExtractionError(f"{NOT_DOCX} (the zip archive is damaged)") from exc
    if len(members) > MAX_MEMBERS:
        raise ExtractionError(
            f"The .docx holds {len(members):,} parts; a Word document has far fewer, "
            "so it was not read."
        )
    names = {member.filename for member in members}
    if "[Content_Types].xml" not in names or "word/document.xml" not in names:
        raise ExtractionError(f"{NOT_DOCX} (it is a zip archive of something else)")
    total = sum(member.file_size for member in members)
    xml_total = sum(m.file_size for m in members if m.filename.endswith((".xml", ".rels")))
    if total > MAX_TOTAL_BYTES or xml_total > MAX_XML_BYTES:
        raise ExtractionError(
            f"The .docx would unpack to {total / 1024 / 1024:,.0f} MiB, which is too large "
            "to be a draft; it was not read."
        )
    for member in members:
        if member.filename.endswith((".xml", ".rels")) and member.file_size > 1024 * 1024:
            ratio = member.file_size / max(member.compress_size, 1)
            if ratio > MAX_RATIO:
                raise ExtractionError(
                    "The .docx is compressed suspiciously tightly (a zip bomb?); it was not read."
                )


class _Converter:
    def __init__(self, document):
        self.document = document
        self.numbering = _Numbering(document)
        self.footnotes = _footnote_texts(document)
        self.footnote_count = 0
        self.lines: list[str] = []

    def text(self) -> str:
        body = self.document.element.body
        self._block(body)
        return "\n\n".join(line for line in self.lines if line) + "\n"

    def _block(self, container) -> None:
        for child in container.iterchildren():
            if child.tag == qn("w:p"):
                self._paragraph(child)
            elif child.tag == qn("w:tbl"):
                self._table(child)
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    self._block(content)

    def _table(self, table) -> None:
        for row in table.iter(qn("w:tr")):
            for cell in row.iterchildren(qn("w:tc")):
                self._block(cell)

    def _paragraph(self, p) -> None:
        style_id = _style_id(p)
        paragraph_italic = self._style_italic(style_id, "paragraph")
        spans: list[tuple[str, bool]] = []
        notes: list[str] = []
        for run in p.iter(qn("w:r")):
            if _inside_skipped(run, p):
                continue
            italic = self._run_italic(run, paragraph_italic)
            raised = _run_superscript(run)
            for piece in run.iterchildren():
                tag = piece.tag
                if tag == qn("w:t"):
                    text = piece.text or ""
                    if raised and text.strip().isdigit():
                        text = superscript(text.strip())
                    spans.append((text, italic))
                elif tag in (qn("w:tab"), qn("w:br"), qn("w:cr")):
                    spans.append((" ", italic))
                elif tag == qn("w:noBreakHyphen"):
                    spans.append(("-", italic))
                elif tag == qn("w:footnoteReference"):
                    self.footnote_count += 1
                    marker = superscript(str(self.footnote_count))
                    spans.append((marker, False))
                    note = self.footnotes.get(piece.get(qn("w:id")), "")
                    if note:
                        notes.append(f"{marker} {note}")
        line = tidy_line(join_spans(spans))
        number = self.numbering.label(p, style_id)
        if line and number:
            line = f"{number} {line}"
        self.lines.append(line)
        self.lines.extend(notes)

    def _run_italic(self, run, inherited: bool) -> bool:
        properties = run.find(qn("w:rPr"))
        if properties is not None:
            flag = properties.find(qn("w:i"))
            if flag is not None:
                return (flag.get(qn("w:val")) or "true").lower() not in _FALSE
            style = properties.find(qn("w:rStyle"))
            if style is not None and self._style_italic(style.get(qn("w:val")), "character"):
                return True
        return inherited

    def _style_italic(self, style_id: str | None, kind: str) -> bool:
        style = self._style(style_id, kind)
        seen = 0
        while style is not None and seen < 20:
            if style.font.italic is not None:
                return bool(style.font.italic)
            style = style.base_style
            seen += 1
        return False

    def _style(self, style_id: str | None, kind: str):
        if not style_id:
            return None
        style_type = WD_STYLE_TYPE.PARAGRAPH if kind == "paragraph" else WD_STYLE_TYPE.CHARACTER
        try:
            # An unknown id gives the default style of that type, as Word does.
            return self.document.part.get_style(style_id, style_type)
        except (KeyError, ValueError):
            return None


def _style_id(p) -> str | None:
    properties = p.find(qn("w:pPr"))
    if properties is None:
        return None
    style = properties.find(qn("w:pStyle"))
    return style.get(qn("w:val")) if style is not None else None


def _inside_skipped(element, stop) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in _SKIPPED_ANCESTORS:
            return True
        parent = parent.getparent()
    return False


def _run_superscript(run) -> bool:
    properties = run.find(qn("w:rPr"))
    if properties is None:
        return False
    align = properties.find(qn("w:vertAlign"))
    return align is not None and align.get(qn("w:val")) == "superscript"


def _footnote_texts(document) -> dict[str, str]:
    """Footnote id -> its text, italics marked; separators left out."""
    try:
        part = document.part.part_related_by(RT.FOOTNOTES)
    except KeyError:
        return {}
    root = parse_xml(part.blob) if not hasattr(part, "element") else part.element
    notes = {}
    for note in root.iterchildren(qn("w:footnote")):
        if note.get(qn("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        lines = []
        for p in note.iter(qn("w:p")):
            spans = []
            for run in p.iter(qn("w:r")):
                if _inside_skipped(run, p):
                    continue
                italic = False
                properties = run.find(qn("w:rPr"))
                if properties is not None and properties.find(qn("w:i")) is not None:
                    flag = properties.find(qn("w:i")).get(qn("w:val")) or "true"
                    italic = flag.lower() not in _FALSE
                for piece in run.iterchildren():
                    if piece.tag == qn("w:t"):
                        spans.append((piece.text or "", italic))
                    elif piece.tag in (qn("w:tab"), qn("w:br")):
                        spans.append((" ", italic))
            lines.append(tidy_line(join_spans(spans)))
        notes[note.get(qn("w:id"))] = " ".join(line for line in lines if line)
    return notes


_ROMAN = [
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
]  # fmt: skip


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word's letter numbering: a..z, then aa..zz, then aaa...
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class _Numbering:
    """Word's automatic paragraph numbers ("1.", "(a)"), counted as Word counts them."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.style_numbering: dict[str, tuple[str, int]] = {}
        self._read(document)

    def _read(self, document) -> None:
        try:
            root = document.part.part_related_by(RT.NUMBERING).element
        except (KeyError, AttributeError):
            return
        abstract = {}
        for definition in root.iterchildren(qn("w:abstractNum")):
            levels = {}
            for level in definition.iterchildren(qn("w:lvl")):
                levels[int(level.get(qn("w:ilvl"), "0"))] = (
                    int(_val(level, "w:start") or "1"),
                    _val(level, "w:numFmt") or "decimal",
                    _val(level, "w:lvlText") or "",
                )
            abstract[definition.get(qn("w:abstractNumId"))] = levels
        for num in root.iterchildren(qn("w:num")):
            levels = dict(abstract.get(_val(num, "w:abstractNumId"), {}))
            for override in num.iterchildren(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                start = _val(override, "w:startOverride")
                if start and ilvl in levels:
                    levels[ilvl] = (int(start), *levels[ilvl][1:])
            self.levels[num.get(qn("w:numId"))] = levels
        for style in document.styles.element.iterchildren(qn("w:style")):
            num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None:
                self.style_numbering[style.get(qn("w:styleId"))] = (
                    _val(num_pr, "w:numId") or "",
                    int(_val(num_pr, "w:ilvl") or "0"),
                )

    def label(self, p, style_id: str | None) -> str:
        num_pr = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        num_id, ilvl = self.style_numbering.get(style_id or "", ("", 0))
        if num_pr is not None:
            num_id = _val(num_pr, "w:numId") or num_id
            ilvl = int(_val(num_pr, "w:ilvl") or ilvl)
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl][0] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        text = levels[ilvl][2]
        for level, (start, fmt, _) in levels.items():
            if f"%{level + 1}" in text:
                text = text.replace(f"%{level + 1}", _format(counters.get(level, start), fmt))
        return text.strip()


def _val(element, tag: str) -> str | None:
    child = element.find(qn(tag))
    return child.get(qn("w:val")) if child is not None else None
