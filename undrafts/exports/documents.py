"""A document's text as people send it on: a .docx to edit and plain text to paste.

Laid out as the UN prints a resolution: symbol and date, sponsors for a draft, title,
"The General Assembly," then the paragraphs with their numbers as printed,
sub-paragraphs indented under their lead-in, and the footnotes at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from undrafts.documents.models import Document, Text
from undrafts.documents.selectors import text_paragraphs

from .wordprocessing import docx_bytes, docx_new, page_number_footer, xml_safe

INDENT_CM = 1.0
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
BODIES = (
    ("A/HRC/", "The Human Rights Council,"),
    ("S/", "The Security Council,"),
    ("E/", "The Economic and Social Council,"),
    ("A/", "The General Assembly,"),
)


@dataclass
class PrintedParagraph:
    number: str
    opening: str
    rest: str
    depth: int


@dataclass
class PrintedText:
    heading: str
    title: str
    body: str
    paragraphs: list[PrintedParagraph]


@dataclass
class PrintedDocument:
    symbol: str
    lines: list[str]
    sponsors: str
    texts: list[PrintedText]
    closing: list[str]
    footnotes: list[tuple[str, str]] = field(default_factory=list)


def document_text(document: Document) -> str:
    """The document as plain text: one paragraph a line, a blank line between."""
    printed = document_printed(document)
    blocks = ["\n".join(printed.lines)]
    if printed.sponsors:
        blocks.append(printed.sponsors)
    for text in printed.texts:
        blocks.extend(part for part in (text.heading, text.title, text.body) if part)
        for p in text.paragraphs:
            words = f"{p.opening}{p.rest}"
            blocks.append("    " * p.depth + (f"{p.number} {words}" if p.number else words))
    if printed.closing:
        blocks.append("\n".join(printed.closing))
    if printed.footnotes:
        blocks.append("Notes\n" + "\n".join(f"{m} {t}" for m, t in printed.footnotes))
    return "\n\n".join(blocks) + "\n"


def document_docx(document: Document) -> bytes:
    """The document as a .docx, styled like the printed text."""
    printed = document_printed(document)
    docx = docx_new(title=f"{document.symbol}: {document.title}"[:255], subject=document.title)
    header = docx.sections[0].header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.add_run(xml_safe(printed.symbol)).font.size = Pt(9)
    page_number_footer(docx, printed.symbol)

    lines = docx.add_paragraph()
    lines.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for n, line in enumerate(printed.lines):
        run = lines.add_run(xml_safe(line))
        if n == 0:
            run.bold = True
        if n < len(printed.lines) - 1:
            run.add_break()
    if printed.sponsors:
        docx.add_paragraph(xml_safe(printed.sponsors))
    for text in printed.texts:
        if text.heading:
            docx.add_heading(xml_safe(text.heading), level=2)
        if text.title:
            title = docx.add_paragraph()
            title.add_run(xml_safe(text.title)).bold = True
            title.paragraph_format.space_after = Pt(12)
        if text.body:
            body = docx.add_paragraph(xml_safe(text.body))
            body.paragraph_format.first_line_indent = Cm(INDENT_CM)
        for p in text.paragraphs:
            _paragraph(docx, p)
    if printed.closing:
        closing = docx.add_paragraph()
        closing.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        closing.add_run(xml_safe("\n".join(printed.closing)))
    if printed.footnotes:
        docx.add_paragraph().add_run("Notes").bold = True
        for marker, note in printed.footnotes:
            line = docx.add_paragraph()
            line.add_run(xml_safe(marker))
            line.add_run(" " + xml_safe(note)).font.size = Pt(9)
    return docx_bytes(docx)


def _paragraph(docx, p: PrintedParagraph) -> None:
    paragraph = docx.add_paragraph()
    paragraph.paragraph_format.first_line_indent = Cm(INDENT_CM)
    if p.depth:
        paragraph.paragraph_format.left_indent = Cm(INDENT_CM * p.depth)
    if p.number:
        paragraph.add_run(xml_safe(p.number) + "\t")
    if p.opening:
        paragraph.add_run(xml_safe(p.opening)).italic = True
    paragraph.add_run(xml_safe(p.rest))


def document_printed(document: Document) -> PrintedDocument:
    """What both exports print, worked out once."""
    lines = [document.symbol]
    if document.distribution:
        lines.append(f"Distr.: {document.distribution}")
    if document.date:
        lines.append(f"{document.date.day} {document.date:%B %Y}")
    texts = list(document.texts.order_by("position"))
    footnotes: list[tuple[str, str]] = []
    printed_texts = []
    for text in texts:
        paragraphs = text_paragraphs(text)
        for p in paragraphs:
            for note in p["footnotes"] or []:
                entry = (str(note.get("marker", "")), str(note.get("text", "")))
                if entry not in footnotes:
                    footnotes.append(entry)
        printed_texts.append(
            PrintedText(
                heading=text.heading if len(texts) > 1 or text.heading else "",
                title=text.title or (document.title if len(texts) == 1 else ""),
                body=_body(document, text, paragraphs),
                paragraphs=_printed_paragraphs(paragraphs),
            )
        )
    closing = [document.meeting] if document.meeting else []
    if document.adoption_date and document.meeting:
        adopted = f"{document.adoption_date.day} {document.adoption_date:%B %Y}"
        if adopted not in document.meeting:
            closing.append(adopted)
    return PrintedDocument(
        symbol=document.symbol,
        lines=lines,
        sponsors=_sponsors(document),
        texts=printed_texts,
        closing=closing,
        footnotes=[(_marker(m), t) for m, t in footnotes],
    )


def _body(document: Document, text: Text, paragraphs: list[dict]) -> str:
    """ "The General Assembly," before a resolution's paragraphs; decisions have none."""
    if text.kind != Text.Kind.RESOLUTION or not paragraphs:
        return ""
    for prefix, body in BODIES:
        if document.symbol.upper().startswith(prefix):
            return body
    return ""


def _printed_paragraphs(paragraphs: list[dict]) -> list[PrintedParagraph]:
    parents = {p["label"]: p["parent_label"] for p in paragraphs}
    printed = []
    for p in paragraphs:
        depth, parent, seen = 0, p["parent_label"], set()
        while parent and parent not in seen:
            seen.add(parent)
            depth += 1
            parent = parents.get(parent, "")
        words = p["text"]
        opening = p["opening"] if p["opening"] and words.startswith(p["opening"]) else ""
        printed.append(
            PrintedParagraph(
                number=_number(p["number"]),
                opening=opening,
                rest=words[len(opening) :],
                depth=depth,
            )
        )
    return printed


def _number(number: str) -> str:
    """ "1" prints as "1."; "(a)" and "1.13" print as they are."""
    number = (number or "").strip()
    return f"{number}." if number.isdigit() else number


def _marker(marker: str) -> str:
    return marker.translate(_SUPERSCRIPT_DIGITS) if marker.isdigit() else marker


def _sponsors(document: Document) -> str:
    """ "Algeria, ... and Zimbabwe: revised draft resolution", as a draft's header reads."""
    # Those who joined later are recorded in the report, not in the draft's own header.
    names = [s.name for s in document.sponsors.filter(joined_later=False).order_by("position")]
    if not names:
        return ""
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{listed}: {document.get_kind_display().lower()}"
