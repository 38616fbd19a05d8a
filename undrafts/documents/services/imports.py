"""Reading a text in: a new document, a re-import that revises one in place, or the admin's
add (parsed once for its preview, then stored from that parse)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction

from undrafts.parsing import (
    ParsedDocument,
    ParsedText,
    ParseError,
    SymbolError,
    drop_invisible,
    parse_document,
)
from undrafts.parsing import parse_symbol as _parse_symbol

from ..exceptions import ImportRefused
from ..limits import parsed_check
from ..models import Document, Paragraph, Text
from .links import document_link
from .paragraphs import clean_paragraph_text
from .rows import NewParagraph, paragraphs_create, revisions_create, sponsors_add

MAX_IMPORT_CHARS = 2_000_000

_KIND_BY_PARSED = {
    "draft_resolution": Document.Kind.DRAFT_RESOLUTION,
    "revised_draft_resolution": Document.Kind.REVISED_DRAFT_RESOLUTION,
    "resolution": Document.Kind.RESOLUTION,
    "committee_report": Document.Kind.COMMITTEE_REPORT,
    "draft_decision": Document.Kind.DRAFT_DECISION,
    "decision": Document.Kind.DECISION,
}


@dataclass
class ImportResult:
    document: Document
    created: bool
    revised_paragraphs: int = 0
    added_paragraphs: int = 0
    warnings: list[str] = field(default_factory=list)


def canonical_symbol(symbol: str) -> str:
    try:
        return _parse_symbol(symbol).text
    except SymbolError as exc:
        raise ImportRefused(str(exc)) from exc


def kind_from_symbol(symbol: str) -> str:
    parsed = _parse_symbol(symbol)
    if parsed.kind == "resolution":
        return Document.Kind.RESOLUTION
    if parsed.kind == "decision":
        return Document.Kind.DECISION
    if parsed.kind == "report":
        return Document.Kind.COMMITTEE_REPORT
    if parsed.kind == "draft":
        return (
            Document.Kind.REVISED_DRAFT_RESOLUTION
            if parsed.revision
            else Document.Kind.DRAFT_RESOLUTION
        )
    return Document.Kind.OTHER


def max_upload_bytes() -> int:
    return settings.MAX_UPLOAD_BYTES


def document_prepare(raw: str) -> ParsedDocument:
    """Parse a text as an import would, with the same refusals, writing nothing: the admin's
    preview shows this, and document_add stores it without parsing again."""
    raw = drop_invisible(raw)
    if not raw or not raw.strip():
        raise ImportRefused("The text is empty: there is nothing to import.")
    if len(raw) > MAX_IMPORT_CHARS:
        raise ImportRefused(
            f"The text is {len(raw):,} characters long; the limit is {MAX_IMPORT_CHARS:,}."
        )
    try:
        parsed = parse_document(raw)
    except ParseError as exc:
        raise ImportRefused(str(exc)) from exc
    parsed_check(parsed)
    return parsed


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _footnotes(paragraph) -> list[dict]:
    return [{"marker": f.marker, "text": f.text} for f in paragraph.footnotes]


def _new(parsed_paragraphs) -> list[NewParagraph]:
    return [
        NewParagraph(
            kind=p.kind,
            number=p.number,
            label=p.label,
            opening=p.opening,
            content=p.text,
            footnotes=_footnotes(p),
            parent_label=p.parent_label,
        )
        for p in parsed_paragraphs
    ]


def _create_text(document: Document, position: int, parsed: ParsedText, author) -> Text:
    text = Text.objects.create(
        document=document,
        position=position,
        heading=parsed.heading,
        kind=parsed.kind if parsed.kind in Text.Kind.values else Text.Kind.RESOLUTION,
        title=parsed.title[:1000],
        warnings=list(parsed.warnings),
    )
    paragraphs_create(text, _new(parsed.paragraphs), start=0, author=author, reason="Imported")
    return text


def _metadata(parsed: ParsedDocument, overrides: dict) -> dict:
    values = {
        "title": parsed.title or (parsed.texts[0].title if parsed.texts else ""),
        "session": parsed.session,
        "committee": parsed.committee,
        "agenda_item": parsed.agenda_item,
        "date": _date(parsed.date),
        "adoption_date": _date(parsed.adoption_date),
        "distribution": parsed.distribution,
        "original_language": parsed.original_language,
        "meeting": parsed.meeting,
    }
    for key, value in overrides.items():
        if value not in (None, ""):
            values[key] = clean_paragraph_text(value) if isinstance(value, str) else value
    values["title"] = (values["title"] or "")[:1000]
    return values


def document_import(
    *,
    raw: str,
    symbol: str | None = None,
    kind: str | None = None,
    source: str = Document.Source.FILE,
    source_name: str = "",
    metadata: dict | None = None,
    sponsors: list[str] | None = None,
    author=None,
    replace: bool = False,
    warnings: list[str] | None = None,
) -> ImportResult:
    """Parse `raw` and store it as a document; with `replace`, revise an existing one in place.

    Re-importing identical content changes nothing and makes no revision. `warnings` are
    what reading the file found (tracked changes accepted), kept with the parser's.
    """
    # Parse before taking the write lock: parsing is the slow part and writes nothing.
    parsed = document_prepare(raw)
    with transaction.atomic():
        return _store_parsed(
            parsed,
            raw=drop_invisible(raw),
            symbol=symbol,
            kind=kind,
            source=source,
            source_name=source_name,
            metadata=metadata,
            sponsors=sponsors,
            author=author,
            replace=replace,
            warnings=warnings,
        )


def document_add(
    *,
    raw: str,
    symbol: str | None,
    kind: str | None = None,
    source: str = Document.Source.PASTE,
    source_name: str = "",
    metadata: dict | None = None,
    sponsors: list[str] | None = None,
    lineage=None,
    follows: Document | None = None,
    author=None,
    parsed: ParsedDocument | None = None,
    warnings: list[str] | None = None,
) -> ImportResult:
    """Import a new document and link it into its lineage, all or nothing.

    `parsed` is document_prepare(raw) when the caller has it already (the admin's preview).
    """
    # As in document_import: parse first, so the write lock is held only while writing.
    if parsed is None:
        parsed = document_prepare(raw)
    with transaction.atomic():
        result = _store_parsed(
            parsed,
            raw=drop_invisible(raw),
            symbol=symbol,
            kind=kind,
            source=source,
            source_name=source_name,
            metadata=metadata,
            sponsors=sponsors,
            author=author,
            replace=False,
            warnings=warnings,
        )
        if lineage is not None or follows is not None:
            document_link(document=result.document, lineage=lineage, follows=follows)
    return result


def _store_parsed(
    parsed: ParsedDocument,
    *,
    raw: str,
    symbol: str | None,
    kind: str | None,
    source: str,
    source_name: str,
    metadata: dict | None,
    sponsors: list[str] | None,
    author,
    replace: bool,
    warnings: list[str] | None = None,
) -> ImportResult:
    chosen = symbol or parsed.symbol
    if not chosen:
        raise ImportRefused("No symbol is printed in the text; give the document's symbol.")
    chosen = canonical_symbol(chosen)
    doc_kind = kind or _KIND_BY_PARSED.get(parsed.kind) or kind_from_symbol(chosen)
    values = _metadata(parsed, metadata or {})
    warnings = [
        *(warnings or []),
        *parsed.warnings,
        *(w for t in parsed.texts for w in t.warnings),
    ]

    existing = Document.objects.select_for_update().filter(symbol=chosen).first()
    if existing is not None and not replace:
        raise ImportRefused(
            f"A document with the symbol {chosen} already exists. "
            "Choose another symbol, or re-import it to revise its paragraphs."
        )
    if existing is None:
        document = Document.objects.create(
            symbol=chosen,
            kind=doc_kind,
            source=source,
            source_name=source_name[:255],
            raw_text=raw,
            import_warnings=warnings,
            **values,
        )
        for position, parsed_text in enumerate(parsed.texts, start=1):
            _create_text(document, position, parsed_text, author)
        sponsors_add(document, sponsors if sponsors is not None else parsed.sponsors)
        return ImportResult(document=document, created=True, warnings=warnings)

    result = ImportResult(document=existing, created=False, warnings=warnings)
    _revise_texts(existing, parsed, author=author, result=result)
    for key, value in values.items():
        setattr(existing, key, value)
    existing.kind = doc_kind
    existing.import_warnings = warnings
    if result.revised_paragraphs or result.added_paragraphs:
        existing.raw_text = raw
    existing.save()
    sponsors_add(existing, sponsors if sponsors is not None else parsed.sponsors)
    return result


def _revise_texts(document: Document, parsed: ParsedDocument, *, author, result) -> None:
    texts = list(document.texts.order_by("position"))
    if len(parsed.texts) < len(texts):
        raise ImportRefused(
            f"{document.symbol} holds {len(texts)} texts but the new version has "
            f"{len(parsed.texts)}; texts are never removed by a re-import."
        )
    for position, parsed_text in enumerate(parsed.texts, start=1):
        if position > len(texts):
            _create_text(document, position, parsed_text, author)
            continue
        _revise_text(texts[position - 1], parsed_text, author=author, result=result)


def _revise_text(text: Text, parsed: ParsedText, *, author, result) -> None:
    current = {p.label: p for p in text.paragraphs.all()}
    incoming = {p.label for p in parsed.paragraphs}
    missing = sorted(set(current) - incoming)
    if missing:
        raise ImportRefused(
            f"The new version of {text} lacks paragraphs {', '.join(missing[:8])}; "
            "import it under its own symbol (a revision) instead."
        )
    changed = [
        p
        for p in parsed.paragraphs
        if p.label in current
        and (current[p.label].content != p.text or current[p.label].footnotes != _footnotes(p))
    ]
    new = [p for p in parsed.paragraphs if p.label not in current]
    if not changed and not new:
        return
    text.version += 1
    text.save(update_fields=["version"])
    revised = []
    for parsed_paragraph in changed:
        paragraph = current[parsed_paragraph.label]
        paragraph.content = parsed_paragraph.text
        paragraph.footnotes = _footnotes(parsed_paragraph)
        revised.append(paragraph)
    Paragraph.objects.bulk_update(revised, ["content", "footnotes"])
    revisions_create(revised, text_version=text.version, author=author, reason="Re-imported")
    result.revised_paragraphs += len(changed)
    added = paragraphs_create(
        text, _new(new), start=len(current), author=author, reason="Re-imported"
    )
    result.added_paragraphs += len(added)
