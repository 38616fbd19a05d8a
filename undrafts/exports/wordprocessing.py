"""Small python-docx helpers the exports share: page set-up, hyperlinks, page numbers."""

from __future__ import annotations

from io import BytesIO

from docx import Document as new_docx
from docx.document import Document as Docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

LINK_COLOUR = "0563C1"
# Characters XML 1.0 cannot hold; python-docx would refuse the whole document for one.
_XML_ILLEGAL = dict.fromkeys(
    [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0xD800, 0xE000), 0xFFFE, 0xFFFF]
)


def xml_safe(text: str) -> str:
    return (text or "").translate(_XML_ILLEGAL)


def docx_new(*, title: str, subject: str = "", comments: str = "") -> Docx:
    """An A4 document in the plain serif UN texts are printed in."""
    document = new_docx()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.5))
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    properties = document.core_properties
    properties.title = xml_safe(title)[:255]
    properties.subject = xml_safe(subject)[:255]
    properties.comments = xml_safe(comments)
    properties.author = "undrafts"
    properties.last_modified_by = "undrafts"
    return document


def docx_bytes(document: Docx) -> bytes:
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def hyperlink_add(
    paragraph: Paragraph, url: str, text: str | None = None, *, size: float | None = None
) -> None:
    """A real, clickable link (python-docx has no API for one)."""
    relation = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), LINK_COLOUR)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    properties.append(colour)
    if size:
        points = OxmlElement("w:sz")
        points.set(qn("w:val"), str(round(size * 2)))
        properties.append(points)
    properties.append(underline)
    run.append(properties)
    words = OxmlElement("w:t")
    words.text = xml_safe(text or url)
    words.set(qn("xml:space"), "preserve")
    run.append(words)
    link.append(run)
    paragraph._p.append(link)


def page_number_footer(document: Docx, prefix: str) -> None:
    """A centred footer "prefix · page N" that Word fills in on every page."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(f"{xml_safe(prefix)} · page ")
    run.font.size = Pt(8)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    number = OxmlElement("w:r")
    number_properties = OxmlElement("w:rPr")
    number_size = OxmlElement("w:sz")
    number_size.set(qn("w:val"), "16")
    number_properties.append(number_size)
    number.append(number_properties)
    number_text = OxmlElement("w:t")
    number_text.text = "1"
    number.append(number_text)
    field.append(number)
    paragraph._p.append(field)


def colour(hex_rgb: str) -> RGBColor:
    return RGBColor.from_string(hex_rgb)
