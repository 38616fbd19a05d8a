"""Real Word and PDF files made from text in the seed format, for tests and fixtures/files/.

python-docx writes the .docx (italic runs, Word footnotes, automatic numbering when
asked); reportlab lays out the PDF as UN documents are: Times 10 pt, running header
and footer, footnote references raised, italic opening phrases.

    .venv/bin/python -m tests.extraction.samples   # rewrites fixtures/files/
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "fixtures" / "seeds"
FILES = ROOT / "fixtures" / "files"

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")


@dataclass
class Block:
    """One paragraph: spans of (text, style), style "" plain, "i" italic, "sup" raised."""

    spans: list[tuple[str, str]]
    footnote: bool = False

    @property
    def plain(self) -> str:
        return "".join(text for text, _ in self.spans)


def seed_text(filename: str) -> str:
    return (SEEDS / filename).read_text(encoding="utf-8")


def blocks_from_text(text: str) -> list[Block]:
    """Seed-format text as paragraphs: markdown links and list dashes dropped."""
    text = re.sub(r"\[([^\]]*)\]\(#?[^)]*\)", r"\1", text)
    text = re.sub(r"<sup>&</sup>lt;sup>", "<sup>", text)  # an escaping slip in one seed
    text = re.sub(r"<sup>\s*(\d+)\s*</sup>", lambda m: m.group(1).translate(_SUP), text)
    blocks = []
    for chunk in re.split(r"\n\s*\n", text):
        for line in chunk.splitlines():
            line = re.sub(r"^\s*[-•]\s+", "", line).strip()
            if not line:
                continue
            footnote = bool(re.match(f"[{SUPERSCRIPTS}]+ ", line))
            blocks.append(Block(_spans(line), footnote=footnote))
    return blocks


_SUP = str.maketrans("0123456789", SUPERSCRIPTS)


def _spans(line: str) -> list[tuple[str, str]]:
    spans: list[tuple[str, str]] = []
    for part in re.split(r"(\*[^*\n]+\*)", line):
        if not part:
            continue
        if part.startswith("*") and part.endswith("*") and len(part) > 2:
            spans.append((part[1:-1], "i"))
            continue
        for piece in re.split(f"([{SUPERSCRIPTS}]+)", part):
            if not piece:
                continue
            if piece[0] in SUPERSCRIPTS:
                spans.append((piece.translate(_TO_DIGIT), "sup"))
            else:
                spans.append((piece, ""))
    return spans


# --- Word ---------------------------------------------------------------------------


def make_docx(text: str, *, word_footnotes: bool = False, auto_numbering: bool = False) -> bytes:
    """A .docx of `text`. With word_footnotes, footnotes are real Word footnotes (the
    numbered lines leave the body); with auto_numbering, operative paragraphs are numbered
    by Word's "List Number" style instead of typed numbers."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(10)
    blocks = blocks_from_text(text)
    notes = {}
    if word_footnotes:
        notes = {_note_marker(b): b for b in blocks if b.footnote}
        blocks = [b for b in blocks if not b.footnote]
    references = []
    cited: set[str] = set()
    for block in blocks:
        spans = block.spans
        style = None
        if auto_numbering and not block.footnote:
            match = re.match(r"(\d+)\.\s+", spans[0][0]) if spans else None
            if match and "." not in spans[0][0][match.end() :].split(" ", 1)[0]:
                spans = [(spans[0][0][match.end() :], spans[0][1]), *spans[1:]]
                style = "List Number"
        paragraph = document.add_paragraph(style=style)
        for content, kind in spans:
            if kind == "sup" and content in notes and content not in cited:
                # The first citation is a Word footnote; later ones repeat its number.
                cited.add(content)
                references.append((paragraph.add_run(), content))
            else:
                run = paragraph.add_run(content)
                run.italic = kind == "i" or None
                if kind == "sup":
                    run.font.superscript = True
    if word_footnotes:
        _add_word_footnotes(document, references, notes)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _note_marker(block: Block) -> str:
    return block.spans[0][0]


def _add_word_footnotes(document, references, notes) -> None:
    """Word footnotes: a footnotes part, and references in the runs that cite them."""
    from xml.sax.saxutils import escape

    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import nsdecls, qn

    ids = {}
    body = []
    for marker, block in notes.items():
        ids[marker] = str(len(ids) + 1)
        runs = []
        for content, kind in block.spans[1:]:
            # Footnote text is set smaller than the body, as Word's "Footnote Text" style is.
            props = f'<w:rPr>{"<w:i/>" if kind == "i" else ""}<w:sz w:val="16"/></w:rPr>'
            runs.append(f'<w:r>{props}<w:t xml:space="preserve">{escape(content)}</w:t></w:r>')
        body.append(
            f'<w:footnote w:id="{ids[marker]}"><w:p><w:r><w:rPr><w:vertAlign '
            f'w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f"{''.join(runs)}</w:p>"
            "</w:footnote>"
        )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {nsdecls("w")}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        f"{''.join(body)}</w:footnotes>"
    ).encode()
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    for run, marker in references:
        properties = run._r.get_or_add_rPr()
        align = OxmlElement("w:vertAlign")
        align.set(qn("w:val"), "superscript")
        properties.append(align)
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), ids[marker])
        run._r.append(reference)


# --- PDF ----------------------------------------------------------------------------


def make_pdf(text: str, *, symbol: str = "", job: str = "18-18106") -> bytes:
    """A PDF of `text` laid out like a UN document, with a running header and footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    body = ParagraphStyle(
        "body", fontName="Times-Roman", fontSize=10, leading=12, spaceAfter=6,
        firstLineIndent=12 * mm, alignment=4,
    )  # fmt: skip
    note = ParagraphStyle(
        "note", fontName="Times-Roman", fontSize=8, leading=9.5, spaceAfter=2,
        leftIndent=4 * mm, firstLineIndent=-4 * mm,
    )  # fmt: skip
    flow = []
    for block in blocks_from_text(text):
        markup = "".join(_pdf_markup(content, kind) for content, kind in block.spans)
        flow.append(Paragraph(markup, note if block.footnote else body))
    flow.append(Spacer(1, 6))

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Times-Bold", 9)
        if doc.page > 1 and symbol:
            canvas.drawString(25 * mm, A4[1] - 15 * mm, symbol)
        canvas.setFont("Times-Roman", 8)
        canvas.drawString(25 * mm, 12 * mm, job)
        canvas.drawRightString(A4[0] - 25 * mm, 12 * mm, f"{doc.page}")
        canvas.restoreState()

    out = io.BytesIO()
    document = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
        bottomMargin=25 * mm, title=symbol, author="United Nations",
    )  # fmt: skip
    document.build(flow, onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


def _pdf_markup(content: str, kind: str) -> str:
    from xml.sax.saxutils import escape

    if kind == "i":
        return f"<i>{escape(content)}</i>"
    if kind == "sup":
        return f"<super>{escape(content)}</super>"
    return escape(content)


def write_fixtures() -> list[Path]:
    """The sample files committed under fixtures/files/."""
    FILES.mkdir(parents=True, exist_ok=True)
    seed = seed_text("A-C.1-73-L.27-Rev.1.txt")
    written = {
        "A-C.1-73-L.27-Rev.1.docx": make_docx(seed, word_footnotes=True),
        "A-C.1-73-L.27-Rev.1.pdf": make_pdf(seed, symbol="A/C.1/73/L.27/Rev.1"),
    }
    paths = []
    for name, data in written.items():
        path = FILES / name
        path.write_bytes(data)
        paths.append(path)
    return paths


if __name__ == "__main__":
    for path in write_fixtures():
        print(path.relative_to(ROOT), path.stat().st_size, "bytes")
