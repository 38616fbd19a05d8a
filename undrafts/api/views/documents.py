from typing import Annotated

from django.db.models import Q
from django.http import HttpRequest
from ninja import Path, Router

from undrafts.documents.addresses.written import symbol_check
from undrafts.documents.browse import BODY_NAMES, ArchiveFilters, archive_count, newest_first
from undrafts.documents.models import Document, Lineage
from undrafts.documents.selectors import document_get

from ..errors import bad_parameter
from ..pagination import PageNumber, PageSize, paginate
from ..params import choice, text, whole
from ..schemas import SYMBOL_EXAMPLES, DocumentDetail, DocumentPage
from . import refusals

router = Router()

Symbol = Annotated[
    str,
    Path(description="The UN symbol.", min_length=1, examples=SYMBOL_EXAMPLES),
]

Words = text("Words in the symbol, title or lineage name.", max_length=200)
Kind = choice("Kind of document.", Document.Kind.values)
Session = whole("General Assembly session.", maximum=999)
Body = choice("Body: C1 to C6 (a Main Committee), GA, HRC, SC, ECOSOC or other.", BODY_NAMES)
Committee = whole("Main Committee of the General Assembly (1 to 6).", maximum=999)
Year = whole("Year of issue.", minimum=1945, maximum=9999)
LineageSlug = text("Lineage slug.", max_length=100, examples=["developments-in-ict"])


@router.get(
    "/documents/",
    response={200: DocumentPage, **refusals(400, 404, 405)},
    operation_id="listDocuments",
    summary="Documents, newest first, filtered",
    url_name="documents",
)
def document_list_view(
    request: HttpRequest,
    q: Words,
    kind: Kind,
    session: Session,
    body: Body,
    committee: Committee,
    year: Year,
    lineage: LineageSlug,
    page: PageNumber,
    page_size: PageSize,
):
    # The home page's filters, applied the same way; every document listed, not one per lineage.
    filters = ArchiveFilters(query=q, session=session, body=body or "", kind=kind or "", year=year)
    condition = filters.q()
    if committee is not None:
        condition &= Q(committee=committee)
    if lineage:
        if not Lineage.objects.filter(slug=lineage).exists():
            slugs = list(Lineage.objects.order_by("slug").values_list("slug", flat=True))
            raise bad_parameter("lineage", f"No lineage has the slug {lineage[:100]!r}.", slugs)
        condition &= Q(lineage__slug=lineage)
    documents = (
        Document.objects.filter(condition)
        .select_related("lineage", "follows")
        .order_by(*newest_first())
    )
    # Counted once per archive state: the count is what grows with the archive.
    count = archive_count(documents, condition)
    return paginate(request, documents, page, page_size, count=count)


@router.get(
    "/documents/{path:symbol}/",
    response={200: DocumentDetail, **refusals(400, 404, 405)},
    operation_id="getDocument",
    summary="A document with its texts and paragraphs",
    url_name="document",
)
def document_detail_view(request: HttpRequest, symbol: Symbol):
    return document_get(symbol_check(symbol))
