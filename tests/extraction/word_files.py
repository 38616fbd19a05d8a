"""Word files built from their XML in the test, as Word writes them: no binary fixtures."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPES = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def word_file(
    body: str, *, numbering: str = "", styles: str = "", compression=zipfile.ZIP_DEFLATED
) -> bytes:
    """A .docx whose body is `body` (w:p elements), with optional numbering and styles parts."""
    overrides = [
        f'<Override PartName="/word/document.xml" ContentType="{_TYPES}.document.main+xml"/>'
    ]
    relations = []
    members = {}
    for name, xml, kind, root in (
        ("numbering", numbering, "numbering", "numbering"),
        ("styles", styles, "styles", "styles"),
    ):
        if not xml:
            continue
        members[f"word/{name}.xml"] = f"<w:{root} {W}>{xml}</w:{root}>"
        overrides.append(
            f'<Override PartName="/word/{name}.xml" ContentType="{_TYPES}.{kind}+xml"/>'
        )
        relations.append(f'<Relationship Id="r{name}" Type="{_REL}/{kind}" Target="{name}.xml"/>')
    members["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>"
    )
    members["_rels/.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    members["word/_rels/document.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(relations)
        + "</Relationships>"
    )
    members["word/document.xml"] = f"<w:document {W}><w:body>{body}</w:body></w:document>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, xml in members.items():
            archive.writestr(name, xml)
    return out.getvalue()


def run(text: str, *, italic: bool = False) -> str:
    properties = "<w:rPr><w:i/></w:rPr>" if italic else ""
    return f'<w:r>{properties}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph(*runs: str, num: tuple[int, int] | None = None, style: str = "") -> str:
    """A w:p of `runs`; `num` (numId, ilvl) makes it a list item Word numbers itself."""
    properties = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        properties += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    head = f"<w:pPr>{properties}</w:pPr>" if properties else ""
    return f"<w:p>{head}{''.join(runs)}</w:p>"


def level(ilvl: int, fmt: str, text: str, *, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


def abstract(abstract_id: int, *levels: str) -> str:
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{"".join(levels)}</w:abstractNum>'


def num(num_id: int, abstract_id: int, *, restart: dict[int, int] | None = None) -> str:
    """A list instance; `restart` {ilvl: start} is a w:lvlOverride/w:startOverride."""
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        for ilvl, start in (restart or {}).items()
    )
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'
