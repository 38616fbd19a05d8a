"""Reads: finding documents and the paragraphs of a text at a given version."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools

from django.db import connection
from django.db.models import Count, Max, Q, QuerySet
from django.db.models.functions import Upper
from django.db.models.lookups import Exact
from django.utils.dateparse import parse_datetime

from .exceptions import UnknownSymbol
from .models import Document, Paragraph, ParagraphRevision, Text


def document_list(*, query: str = "", include_withdrawn: bool = False) -> QuerySet[Document]:
    documents = Document.objects.select_related("lineage").order_by("-date", "symbol")
    if not include_withdrawn:
        documents = documents.filter(withdrawn=False)
    query = query.strip()[:200]
    if query:
        documents = documents.filter(
            Q(symbol__icontains=query)
            | Q(title__icontains=query)
            | Q(lineage__name__icontains=query)
        )
    return documents


def _symbol_cleaned(symbol: str) -> str:
    """A symbol written the canonical way where it parses. Remembered, since every
    comparison request reads two; only symbol-sized strings, so memory stays small."""
    symbol = symbol or ""
    return _canonical(symbol) if len(symbol) <= 200 else _canonical.__wrapped__(symbol)


@functools.lru_cache(maxsize=4096)
def _canonical(symbol: str) -> str:
    from undrafts.parsing import SymbolError, parse_symbol

    cleaned = symbol.strip().strip("/")
    with contextlib.suppress(SymbolError):
        cleaned = parse_symbol(cleaned).text
    return cleaned


def symbol_is(symbol: str, field: str = "symbol") -> Exact:
    """A filter: the document's symbol (or, `field`, a related document's) is `symbol`
    in any case, read from the index on UPPER(symbol)."""
    return Exact(Upper(field), symbol.upper())


def symbol_key(symbol: str) -> str:
    """What two spellings of one symbol have in common: canonical form, upper case."""
    return _symbol_cleaned(symbol).upper()


def document_texts(symbol: str) -> list[Text]:
    """The texts of the document with this symbol in order, each with its document, in
    one query; empty if there is no such document or it holds no text."""
    return list(
        Text.objects.select_related("document__lineage", "document__source_document")
        .filter(symbol_is(_symbol_cleaned(symbol), "document__symbol"))
        .order_by("position")
    )


def text_stamps(symbols: list[str]) -> dict[str, list[tuple]]:
    """For each symbol (by symbol_key), its texts in order as (symbol, position, text id,
    version, document updated_at).

    Hand-written SQL: this runs on every comparison request, page cache hits included,
    and the ORM's query building cost more than the page it let us serve.
    """
    wanted = {symbol_key(s) for s in symbols}
    text, document = Text._meta.db_table, Document._meta.db_table
    marks = ", ".join(["%s"] * len(wanted))
    sql = (
        f"SELECT d.symbol, t.position, t.id, t.version, d.updated_at "  # noqa: S608
        f'FROM "{text}" t JOIN "{document}" d ON d.id = t.document_id '
        f"WHERE UPPER(d.symbol) IN ({marks})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, list(wanted))
        rows = cursor.fetchall()
    out: dict[str, list[tuple]] = {}
    for symbol, position, pk, version, updated_at in sorted(rows, key=lambda r: (r[0], r[1])):
        row = (symbol, position, pk, version, _aware(updated_at))
        out.setdefault(symbol.upper(), []).append(row)
    return out


def _aware(value: dt.datetime | str) -> dt.datetime:
    """A datetime column as the ORM would give it (SQLite hands raw SQL a naive string)."""
    if isinstance(value, str):
        value = parse_datetime(value)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def document_get(symbol: str) -> Document:
    """The document with this symbol, matched case-insensitively; UnknownSymbol otherwise."""
    cleaned = _symbol_cleaned(symbol)
    document = (
        Document.objects.select_related("lineage", "source_document")
        .filter(symbol_is(cleaned))
        .first()
    )
    if document is None:
        raise UnknownSymbol(cleaned[:100], suggestions=symbol_suggestions(cleaned))
    return document


def symbol_suggestions(symbol: str, limit: int = 5) -> list[str]:
    """Symbols that look like the one asked for, for a helpful 'not found' page."""
    parts = [p for p in symbol.split("/") if p][:4]
    query = Q()
    for part in parts:
        if len(part) >= 2:
            query |= Q(symbol__icontains=part)
    if not query:
        return []
    return list(Document.objects.filter(query).values_list("symbol", flat=True)[:limit])


def text_for(document: Document, position: int | None = None) -> Text:
    texts = document.texts.order_by("position")
    text = texts.filter(position=position).first() if position else texts.first()
    if text is None:
        raise UnknownSymbol(f"{document.symbol} (text {position or 1})")
    return text


def text_paragraphs(text: Text, version: int | None = None) -> list[dict]:
    """The paragraphs of `text` as the diff engine takes them, as they read at `version`.

    Without a version, the current wording. A paragraph added after `version` is left out.
    """
    paragraphs = list(
        Paragraph.objects.filter(text=text).select_related("parent").order_by("position")
    )
    if version is not None and version < text.version:
        wording = _wording_at(text, version)
        paragraphs = [p for p in paragraphs if p.pk in wording]
    else:
        wording = {p.pk: (p.content, p.footnotes) for p in paragraphs}
    return [
        {
            "id": p.label,
            "label": p.label,
            "kind": p.kind,
            "text": wording[p.pk][0],
            "number": p.number,
            "parent_label": p.parent.label if p.parent_id else "",
            "opening": p.opening,
            "footnotes": wording[p.pk][1],
            "anchor": p.anchor,
        }
        for p in paragraphs
    ]


def _wording_at(text: Text, version: int) -> dict[int, tuple[str, list]]:
    latest = (
        ParagraphRevision.objects.filter(paragraph__text=text, text_version__lte=version)
        .values("paragraph_id")
        .annotate(v=Max("text_version"))
    )
    wanted = {row["paragraph_id"]: row["v"] for row in latest}
    revisions = ParagraphRevision.objects.filter(
        paragraph_id__in=wanted.keys(), text_version__in=set(wanted.values())
    ).values_list("paragraph_id", "text_version", "content", "footnotes")
    return {pid: (content, notes) for pid, v, content, notes in revisions if wanted[pid] == v}


def paragraph_history(paragraph: Paragraph) -> list[ParagraphRevision]:
    return list(paragraph.revisions.select_related("author").order_by("text_version"))


def with_several_texts(symbols: set[str]) -> set[str]:
    """Those of these documents that hold several texts (their pages prefix anchors)."""
    rows = (
        Document.objects.filter(symbol__in=symbols)
        .annotate(texts_count=Count("texts"))
        .filter(texts_count__gt=1)
    )
    return set(rows.values_list("symbol", flat=True))
