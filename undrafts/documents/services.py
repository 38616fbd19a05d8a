"""Writes: importing documents and revising paragraphs. Each call is one transaction."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
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

from .exceptions import EditConflict, ImportRefused
from .limits import paragraph_too_long, parsed_check
from .models import Document, Paragraph, ParagraphRevision, Sponsor, Text

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


def clean_paragraph_text(value: str) -> str:
    """Collapse whitespace and drop control and bidi-override characters from edited text."""
    kept = []
    for char in drop_invisible(value):
        category = unicodedata.category(char)
        if char in "\n\t\r":
            kept.append(" ")
        elif category in {"Cc", "Cf", "Cs", "Co"}:
            continue
        else:
            kept.append(char)
    return re.sub(r"\s+", " ", "".join(kept)).strip()


def _parse_or_refuse(raw: str) -> ParsedDocument:
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


def _create_text(document: Document, position: int, parsed: ParsedText, author) -> Text:
    text = Text.objects.create(
        document=document,
        position=position,
        heading=parsed.heading,
        kind=parsed.kind if parsed.kind in Text.Kind.values else Text.Kind.RESOLUTION,
        title=parsed.title[:1000],
        warnings=list(parsed.warnings),
    )
    _add_paragraphs(text, parsed.paragraphs, author=author, start=0)
    return text


def _add_paragraphs(text: Text, paragraphs, *, author, start: int, reason: str = "Imported") -> int:
    by_label = {p.label: p for p in text.paragraphs.all()}
    added = 0
    for offset, parsed in enumerate(paragraphs):
        paragraph = Paragraph.objects.create(
            text=text,
            position=start + offset,
            kind=parsed.kind,
            number=parsed.number[:20],
            label=parsed.label[:40],
            parent=by_label.get(parsed.parent_label) if parsed.parent_label else None,
            opening=parsed.opening[:200],
            content=parsed.text,
            footnotes=_footnotes(parsed),
        )
        by_label[paragraph.label] = paragraph
        ParagraphRevision.objects.create(
            paragraph=paragraph,
            text_version=text.version,
            content=paragraph.content,
            footnotes=paragraph.footnotes,
            author=author,
            reason=reason,
        )
        added += 1
    return added


def _set_sponsors(document: Document, names: list[str], *, joined_later: bool = False) -> None:
    existing = set(document.sponsors.values_list("name", flat=True))
    position = document.sponsors.count()
    for name in names:
        if name in existing:
            continue
        existing.add(name)
        Sponsor.objects.create(
            document=document, name=name[:200], position=position, joined_later=joined_later
        )
        position += 1


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
) -> ImportResult:
    """Parse `raw` and store it as a document; with `replace`, revise an existing one in place.

    Re-importing identical content changes nothing and makes no revision.
    """
    # Parse before taking the write lock: parsing is the slow part and writes nothing.
    raw = drop_invisible(raw)
    parsed = _parse_or_refuse(raw)
    with transaction.atomic():
        return _store_parsed(
            parsed,
            raw=raw,
            symbol=symbol,
            kind=kind,
            source=source,
            source_name=source_name,
            metadata=metadata,
            sponsors=sponsors,
            author=author,
            replace=replace,
        )


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
) -> ImportResult:
    chosen = symbol or parsed.symbol
    if not chosen:
        raise ImportRefused("No symbol is printed in the text; give the document's symbol.")
    chosen = canonical_symbol(chosen)
    doc_kind = kind or _KIND_BY_PARSED.get(parsed.kind) or kind_from_symbol(chosen)
    values = _metadata(parsed, metadata or {})
    warnings = list(parsed.warnings) + [w for t in parsed.texts for w in t.warnings]

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
        _set_sponsors(document, sponsors if sponsors is not None else parsed.sponsors)
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
    _set_sponsors(existing, sponsors if sponsors is not None else parsed.sponsors)
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
        text = texts[position - 1]
        _revise_text(text, parsed_text, author=author, result=result)


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
    for parsed_paragraph in changed:
        paragraph = current[parsed_paragraph.label]
        paragraph.content = parsed_paragraph.text
        paragraph.footnotes = _footnotes(parsed_paragraph)
        paragraph.save(update_fields=["content", "footnotes"])
        ParagraphRevision.objects.create(
            paragraph=paragraph,
            text_version=text.version,
            content=paragraph.content,
            footnotes=paragraph.footnotes,
            author=author,
            reason="Re-imported",
        )
    result.revised_paragraphs += len(changed)
    result.added_paragraphs += _add_paragraphs(
        text, new, author=author, start=len(current), reason="Re-imported"
    )


@transaction.atomic
def document_derive(
    *,
    source_document: Document,
    heading: str,
    symbol: str,
    kind: str | None = None,
    metadata: dict | None = None,
    sponsors: list[str] | None = None,
    sponsors_joined_later: list[str] | None = None,
    author=None,
) -> Document:
    """Create a draft whose own file we lack from the text a report recommends.

    Calling it again for an existing derived document changes nothing.
    """
    symbol = canonical_symbol(symbol)
    source_text = source_document.texts.filter(heading__iexact=heading).first()
    if source_text is None:
        raise ImportRefused(f'{source_document.symbol} carries no text headed "{heading}".')
    existing = Document.objects.filter(symbol=symbol).first()
    if existing is not None:
        if existing.source_document_id != source_document.id:
            raise ImportRefused(f"A document with the symbol {symbol} already exists.")
        return existing
    values = {
        "title": source_text.title,
        "session": source_document.session,
        "committee": source_document.committee,
        "agenda_item": source_document.agenda_item,
        "distribution": "Limited",
        "original_language": source_document.original_language,
    }
    values.update({k: v for k, v in (metadata or {}).items() if v not in (None, "")})
    document = Document.objects.create(
        symbol=symbol,
        kind=kind or kind_from_symbol(symbol),
        source=Document.Source.DOCUMENT,
        source_document=source_document,
        source_heading=source_text.heading,
        **values,
    )
    text = Text.objects.create(
        document=document,
        position=1,
        heading="",
        kind=source_text.kind,
        title=source_text.title,
        warnings=source_text.warnings,
    )
    by_label: dict[str, Paragraph] = {}
    for original in source_text.paragraphs.order_by("position"):
        paragraph = Paragraph.objects.create(
            text=text,
            position=original.position,
            kind=original.kind,
            number=original.number,
            label=original.label,
            parent=by_label.get(original.parent.label) if original.parent_id else None,
            opening=original.opening,
            content=original.content,
            footnotes=original.footnotes,
        )
        by_label[paragraph.label] = paragraph
        ParagraphRevision.objects.create(
            paragraph=paragraph,
            text_version=1,
            content=paragraph.content,
            footnotes=paragraph.footnotes,
            author=author,
            reason=f"Taken from {source_document.symbol}, {source_text.heading}",
        )
    _set_sponsors(document, sponsors or [])
    _set_sponsors(document, sponsors_joined_later or [], joined_later=True)
    return document


@transaction.atomic
def paragraph_revise(
    *,
    paragraph_id: int,
    content: str,
    author,
    base_version: int,
    reason: str = "",
) -> ParagraphRevision | None:
    """Save a new wording of a paragraph; returns None when nothing changed.

    `base_version` is the text version the editor started from: if the paragraph was
    revised after it, the save is refused rather than overwriting the other edit.
    """
    paragraph = Paragraph.objects.select_related("text").get(pk=paragraph_id)
    text = Text.objects.select_for_update().get(pk=paragraph.text_id)
    paragraph.refresh_from_db()
    cleaned = clean_paragraph_text(content)
    if not cleaned:
        raise ImportRefused("A paragraph cannot be empty; withdraw the document instead.")
    too_long = paragraph_too_long(len(cleaned))
    if too_long:
        raise ImportRefused(too_long)
    latest = paragraph.revisions.order_by("-text_version").first()
    if latest is not None and latest.text_version > base_version:
        raise EditConflict(
            f"{paragraph.label} was changed by someone else after you opened it.",
            current_content=paragraph.content,
            current_version=text.version,
        )
    if cleaned == paragraph.content:
        return None
    text.version += 1
    text.save(update_fields=["version"])
    paragraph.content = cleaned
    paragraph.save(update_fields=["content"])
    return ParagraphRevision.objects.create(
        paragraph=paragraph,
        text_version=text.version,
        content=cleaned,
        footnotes=paragraph.footnotes,
        author=author,
        reason=reason[:500],
    )


def max_upload_bytes() -> int:
    return settings.MAX_UPLOAD_BYTES


def _follows_chain_reaches(start: Document | None, target: Document) -> bool:
    seen = set()
    while start is not None and start.pk not in seen:
        if start.pk == target.pk:
            return True
        seen.add(start.pk)
        start = start.follows
    return False


@transaction.atomic
def document_link(*, document: Document, lineage=None, follows: Document | None = None) -> None:
    """Set the lineage and the text this document revises or follows; refuse a loop."""
    if follows is not None and _follows_chain_reaches(follows, document):
        raise ImportRefused(
            f"{document.symbol} cannot follow {follows.symbol}: "
            f"{follows.symbol} already descends from it."
        )
    document.lineage = lineage
    document.follows = follows
    document.save(update_fields=["lineage", "follows", "updated_at"])


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
) -> ImportResult:
    """Import a new document and link it into its lineage, all or nothing."""
    # As in document_import: parse first, so the write lock is held only while writing.
    raw = drop_invisible(raw)
    parsed = _parse_or_refuse(raw)
    with transaction.atomic():
        result = _store_parsed(
            parsed,
            raw=raw,
            symbol=symbol,
            kind=kind,
            source=source,
            source_name=source_name,
            metadata=metadata,
            sponsors=sponsors,
            author=author,
            replace=False,
        )
        if lineage is not None or follows is not None:
            document_link(document=result.document, lineage=lineage, follows=follows)
    return result


@transaction.atomic
def document_withdraw(*, document: Document, reason: str) -> Document:
    """Withdraw a document: it leaves lists but stays readable where links point to it."""
    reason = clean_paragraph_text(reason)[:500]
    if not reason:
        raise ImportRefused("Say why the document is withdrawn.")
    document = Document.objects.select_for_update().get(pk=document.pk)
    document.withdrawn = True
    document.withdrawn_reason = reason
    document.save(update_fields=["withdrawn", "withdrawn_reason", "updated_at"])
    return document
