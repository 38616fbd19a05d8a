"""The JSON shapes the API answers, as typed schemas: the payloads are built from them and
the OpenAPI document is generated from them, so the two cannot drift apart.

Resolvers fill the fields a model does not hold (absolute URLs, labels); they get the
request through ninja's context.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from django.db.models import F
from django.http import HttpRequest
from django.urls import reverse
from django.utils.encoding import iri_to_uri
from ninja import Schema
from pydantic import ConfigDict, Field

from undrafts.documents import models
from undrafts.documents.addresses.written import paragraph_anchor
from undrafts.documents.link_reads import document_follows, link_description
from undrafts.documents.selectors import text_paragraphs

from .errors import ERROR_CODES

URL = Annotated[str, Field(json_schema_extra={"format": "uri"})]
SYMBOL_EXAMPLES = ["A/RES/75/240", "A/C.1/73/L.27/Rev.1", "A/75/394"]


def _request(context: dict) -> HttpRequest:
    return context["request"]


def absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(iri_to_uri(path))


def document_url(request: HttpRequest, symbol: str) -> str:
    return absolute(request, reverse("api:document", kwargs={"symbol": symbol}))


def compare_url(request: HttpRequest, left: str, right: str, query: str = "") -> str:
    """An absolute comparison address; each side as written, "SYMBOL" or "SYMBOL@VERSION"."""
    path = reverse("api:compare", kwargs={"left": left, "right": right})
    return absolute(request, path + (f"?{query}" if query else ""))


class LineageRef(Schema):
    slug: str
    name: str
    url: URL

    @staticmethod
    def resolve_url(obj, context) -> str:
        return absolute(_request(context), reverse("api:lineage", kwargs={"slug": obj.slug}))


class Document(Schema):
    symbol: str = Field(examples=SYMBOL_EXAMPLES)
    url: URL
    html_url: URL
    kind: Literal[tuple(models.Document.Kind.values)]  # type: ignore[valid-type]
    kind_label: str
    title: str
    session: int | None
    committee: int | None
    agenda_item: str
    date: dt.date | None
    adoption_date: dt.date | None
    distribution: str
    lineage: LineageRef | None
    follows: str | None
    withdrawn: bool

    @staticmethod
    def resolve_url(obj, context) -> str:
        return document_url(_request(context), obj.symbol)

    @staticmethod
    def resolve_html_url(obj, context) -> str:
        return absolute(_request(context), obj.get_absolute_url())

    @staticmethod
    def resolve_kind_label(obj) -> str:
        return obj.get_kind_display()

    @staticmethod
    def resolve_follows(obj) -> str | None:
        return obj.follows.symbol if obj.follows_id else None


class Footnote(Schema):
    marker: str
    text: str


class Paragraph(Schema):
    label: str = Field(description='Stable label: "PP10", "OP1(a)", "OP1.13".')
    kind: Literal["preambular", "operative"]
    text: str
    number: str = Field(description='As printed: "1", "(a)", "1.13"; "" if none.')
    parent_label: str = Field(description='The lead-in paragraph; "" if none.')
    opening: str
    footnotes: list[Footnote]
    anchor: str = Field(description="The fragment that links to it on its document's page.")


class Text(Schema):
    position: int = Field(ge=1)
    heading: str
    kind: str
    title: str
    version: int = Field(ge=1)
    paragraphs: list[Paragraph]

    @staticmethod
    def resolve_paragraphs(obj) -> list[dict]:
        # The fragment the document page gives each: "t2-OP1" when it shows several texts.
        return [
            {**p, "anchor": paragraph_anchor(p["label"], obj.position, several=obj.several)}
            for p in text_paragraphs(obj)
        ]


class SponsorOut(Schema):
    name: str
    position: int
    joined_later: bool


class Exports(Schema):
    docx: URL
    txt: URL


class FoundLink(Schema):
    """A text this one follows, as the archive found it, with the evidence."""

    symbol: str
    relation: Literal[tuple(models.DocumentLink.Relation.values)]  # type: ignore[valid-type]
    confidence: float = Field(ge=0, le=1)
    evidence: str
    text_kept: float | None = Field(description="Share of the earlier text's wording kept.")
    status: Literal["applied", "accepted"]
    description: str = Field(
        examples=["follows A/RES/79/181 (previous session, same title, 79% of the text kept)"]
    )
    compare_url: URL

    @staticmethod
    def resolve_symbol(obj) -> str:
        return obj.earlier.symbol

    @staticmethod
    def resolve_description(obj) -> str:
        return link_description(obj)

    @staticmethod
    def resolve_compare_url(obj, context) -> str:
        return compare_url(_request(context), obj.earlier.symbol, obj.later.symbol)


class DocumentDetail(Document):
    original_language: str
    meeting: str
    source: Literal[tuple(models.Document.Source.values)]  # type: ignore[valid-type]
    source_document: str | None
    source_heading: str
    withdrawn_reason: str
    followed_by: list[str]
    compare_with_follows: URL | None
    follows_found: list[FoundLink] = Field(
        description="The texts it follows as the archive found them (or an editor accepted)."
    )
    sponsors: list[SponsorOut]
    exports: Exports
    texts: list[Text]

    @staticmethod
    def resolve_source_document(obj) -> str | None:
        return obj.source_document.symbol if obj.source_document_id else None

    @staticmethod
    def resolve_followed_by(obj) -> list[str]:
        return list(obj.followed_by.order_by("date", "symbol").values_list("symbol", flat=True))

    @staticmethod
    def resolve_compare_with_follows(obj, context) -> str | None:
        if not obj.follows_id:
            return None
        return compare_url(_request(context), obj.follows.symbol, obj.symbol)

    @staticmethod
    def resolve_follows_found(obj) -> list:
        return document_follows(obj)

    @staticmethod
    def resolve_sponsors(obj) -> list:
        return list(obj.sponsors.order_by("joined_later", "position"))

    @staticmethod
    def resolve_exports(obj, context) -> dict:
        request, symbol = _request(context), {"symbol": obj.symbol}
        return {
            "docx": absolute(request, reverse("exports:document-docx", kwargs=symbol)),
            "txt": absolute(request, reverse("exports:document-text", kwargs=symbol)),
        }

    @staticmethod
    def resolve_texts(obj) -> list:
        texts = list(obj.texts.order_by("position"))
        for text in texts:
            text.several = len(texts) > 1
        return texts


class Lineage(LineageRef):
    description: str
    document_count: int = Field(ge=0)

    @staticmethod
    def resolve_document_count(obj) -> int:
        count = getattr(obj, "document_count", None)
        return obj.documents.filter(withdrawn=False).count() if count is None else count


class Step(Schema):
    """A text and the one it follows, with their comparison."""

    model_config = ConfigDict(populate_by_name=True)

    from_: str = Field(alias="from")
    to: str
    compare_url: URL


class LineageDetail(Lineage):
    documents: list[Document]
    steps: list[Step] = Field(
        description="Each text and the one it follows, with their comparison."
    )

    @staticmethod
    def resolve_documents(obj) -> list:
        return _members(obj)

    @staticmethod
    def resolve_document_count(obj) -> int:
        return len(_members(obj))

    @staticmethod
    def resolve_steps(obj, context) -> list[dict]:
        request = _request(context)
        return [
            {
                "from": d.follows.symbol,
                "to": d.symbol,
                "compare_url": compare_url(request, d.follows.symbol, d.symbol),
            }
            for d in _members(obj)
            if d.follows_id
        ]


def _members(lineage: models.Lineage) -> list[models.Document]:
    """A lineage's documents oldest first, the order in which the texts were written; read
    once per answer."""
    if not hasattr(lineage, "_members"):
        lineage._members = list(
            lineage.documents.filter(withdrawn=False)
            .select_related("lineage", "follows")
            .order_by(F("date").asc(nulls_last=True), "symbol")
        )
    return lineage._members


class SearchHit(Schema):
    symbol: str
    document_title: str
    date: dt.date | None
    text_heading: str
    label: str
    anchor: str = Field(description="The paragraph's fragment on its document's page.")
    kind: str
    text: str
    first: bool = Field(description="The earliest occurrence found.")
    first_in_lineage: bool = Field(description="The earliest occurrence in its lineage.")
    lineage: str | None = Field(description="The slug of the document's lineage.")
    matches: list[list[int]] = Field(description="[start, end) of each match in `text`.")
    url: URL
    html_url: URL

    @staticmethod
    def resolve_first_in_lineage(obj) -> bool:
        return obj.get("first_in_lineage", False)

    @staticmethod
    def resolve_lineage(obj) -> str | None:
        return obj["lineage_slug"]

    @staticmethod
    def resolve_matches(obj) -> list[list[int]]:
        return [list(span) for span in obj["spans"]]

    @staticmethod
    def resolve_url(obj, context) -> str:
        return document_url(_request(context), obj["symbol"])

    @staticmethod
    def resolve_html_url(obj, context) -> str:
        page = absolute(_request(context), f"/documents/{obj['symbol']}/")
        return f"{page}#{obj['anchor']}"


class PageFields(Schema):
    count: int = Field(ge=0)
    page: int = Field(ge=1)
    page_size: int = Field(ge=1)
    next: URL | None
    previous: URL | None


class DocumentPage(PageFields):
    results: list[Document]


class LineagePage(PageFields):
    results: list[Lineage]


class SearchPage(PageFields):
    query: str
    truncated: bool = Field(description="More paragraphs match than are counted and paged.")
    near: bool = Field(description="No paragraph holds the phrase; these hold something close.")
    first_appeared: SearchHit | None
    first_in_lineages: list[SearchHit] = Field(description="The oldest match in each lineage.")
    results: list[SearchHit]


class ErrorDetail(Schema):
    status: int
    code: Literal[ERROR_CODES]  # type: ignore[valid-type]
    message: str
    suggestions: list[str]
    parameter: str = Field(default="", description="The query parameter at fault, if one is.")


class Error(Schema):
    error: ErrorDetail


class Index(Schema):
    openapi: URL
    documents: URL
    lineages: URL
    search: str
    compare: str
