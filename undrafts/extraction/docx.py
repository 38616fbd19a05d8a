"""Word .docx to text in the seed format, read as a stream with a budget of characters.

The package is checked before anything is inflated (zip bombs); then styles, lists and
footnotes are read, and word/document.xml a paragraph at a time (docx_body), so a file
holding more text than a document may is refused as soon as it passes the limit, before
its text is built, in bounded memory and time.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from contextlib import ExitStack

from lxml import etree

from undrafts.parsing.document import MAX_CHARACTERS

from .docx_body import Body, Budget, footnote_texts, too_long
from .docx_numbering import Numbering
from .docx_styles import Styles
from .docx_xml import TEXT, Overflow, Tally, children, scan
from .errors import ExtractionError
from .extracted import Extracted

# A .docx is a zip: check what is inside before any of it is inflated.
MAX_MEMBERS = 2000
MAX_XML_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200  # compressed XML rarely exceeds 1:20; a bomb is 1:1000 and more
MiB = 1024 * 1024
# Styles and lists hold no text, so they are not scanned; Word's own run to about 0.5 MiB.
MAX_SETTINGS_PART_BYTES = 8 * MiB

MAIN = "word/document.xml"
NOT_DOCX = (
    "The file is not a Word .docx document. If it is an older .doc file, open it in "
    "Word and save it as .docx, or paste its text."
)
DAMAGED = (
    "The Word file is damaged and cannot be read; open it in Word, save it again "
    "and retry, or paste its text."
)
_WORD_TYPES = (
    "wordprocessingml.document.main+xml",
    "wordprocessingml.template.main+xml",
    "ms-word.document.macroenabled.main+xml",
    "ms-word.template.macroenabledtemplate.main+xml",
)
_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"


def docx_to_text(data: bytes, *, max_chars: int | None = None) -> str:
    return docx_extract(data, max_chars=max_chars).text


def docx_extract(data: bytes, *, max_chars: int | None = None) -> Extracted:
    """The text Word shows, and warnings for the importer (tracked changes accepted).

    Raises ExtractionError, with a message fit to show, for anything that is not a
    readable Word document or that holds more than `max_chars` characters of text.
    """
    archive = _check_package(data)
    limit = MAX_CHARACTERS if max_chars is None else max_chars
    budget = Budget(limit)
    try:
        _check_content_type(archive)
        parts = _related_parts(archive)
        _measure(archive, [parts[k] for k in ("footnotes",) if k in parts] + [MAIN], limit)
        with ExitStack() as stack:

            def part(kind: str):
                name = parts.get(kind)
                return stack.enter_context(archive.open(name)) if name else None

            styles = Styles(part("styles"))
            numbering = Numbering(part("numbering"), styles)
            notes = footnote_texts(part("footnotes"), budget)
            body = Body(styles, numbering, notes, budget)
            lines = body.read(stack.enter_context(archive.open(MAIN)))
    except ExtractionError:
        raise
    except (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error, EOFError, KeyError) as exc:
        raise ExtractionError(DAMAGED) from exc
    except (OSError, ValueError, RuntimeError) as exc:
        raise ExtractionError(DAMAGED) from exc
    text = "\n\n".join(line for line in lines if line) + "\n"
    return Extracted(text=text, warnings=body.warnings())


def _measure(archive: zipfile.ZipFile, names: list[str], limit: int) -> None:
    """A first, light pass over the parts holding text that counts text and markup, so a
    file holding more than a document may is refused in seconds, before any text is built."""
    tally = Tally(limit)
    for name in names:
        with archive.open(name) as source:
            try:
                scan(source, tally, TEXT)
            except Overflow as overflow:
                if overflow.args[0] == "chars":
                    raise too_long(limit) from None
                raise ExtractionError(
                    f"The Word file holds more than {limit:,} pieces of markup; a resolution "
                    "has far fewer, so it was not read further."
                ) from None


def _check_package(data: bytes) -> zipfile.ZipFile:
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
    if "[Content_Types].xml" not in names or MAIN not in names:
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
    return archive


def _check_content_type(archive: zipfile.ZipFile) -> None:
    """The main part must be a Word document, as python-docx and Word require."""
    with archive.open("[Content_Types].xml") as source:
        for element in children(source, f"{{{_CONTENT_TYPES}}}Override"):
            if (element.get("PartName") or "").lstrip("/") == MAIN:
                kind = element.get("ContentType") or ""
                if not kind.lower().endswith(_WORD_TYPES):
                    raise ExtractionError(f"{NOT_DOCX} (its content is {kind[:120]})")
                return
    raise ExtractionError(f"{NOT_DOCX} (it does not say what its main part holds)")


def _related_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """The styles, numbering and footnotes parts the document names, by kind."""
    rels = posixpath.join(posixpath.dirname(MAIN), "_rels", posixpath.basename(MAIN) + ".rels")
    if rels not in archive.namelist():
        return {}
    names = set(archive.namelist())
    found: dict[str, str] = {}
    with archive.open(rels) as source:
        for element in children(source, f"{{{_RELATIONSHIPS}}}Relationship"):
            kind = (element.get("Type") or "").rsplit("/", 1)[-1]
            if kind not in ("styles", "numbering", "footnotes") or kind in found:
                continue
            if (element.get("TargetMode") or "").lower() == "external":
                continue
            target = element.get("Target") or ""
            if target.startswith("/"):
                name = target.lstrip("/")
            else:
                name = posixpath.normpath(posixpath.join(posixpath.dirname(MAIN), target))
            if name in names:
                found[kind] = name
    for kind in ("styles", "numbering"):
        # Read whole, being small: a part far larger than Word writes is not read at all.
        size = archive.getinfo(found[kind]).file_size if kind in found else 0
        if size > MAX_SETTINGS_PART_BYTES:
            raise ExtractionError(
                f"The Word file's {kind} part is {size / MiB:,.1f} MiB; Word writes far less "
                f"(at most {MAX_SETTINGS_PART_BYTES // MiB} MiB are read), so it was not read."
            )
    return found
