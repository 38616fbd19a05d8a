from django.http import HttpRequest, JsonResponse

from undrafts.documents.addresses.written import symbol_check
from undrafts.documents.models import Document, Lineage
from undrafts.documents.selectors import document_get, document_list

from ..errors import bad_parameter
from ..http import api_view, json_response
from ..pagination import paginate
from ..params import choice_param, int_param, str_param
from ..payloads import document_detail, document_summary


@api_view
def document_list_view(request: HttpRequest) -> JsonResponse:
    query = str_param(request, "q", max_length=200)
    kind = choice_param(request, "kind", list(Document.Kind.values))
    session = int_param(request, "session", maximum=999)
    lineage = str_param(request, "lineage", max_length=100)
    documents = document_list(query=query).select_related("follows")
    if kind:
        documents = documents.filter(kind=kind)
    if session is not None:
        documents = documents.filter(session=session)
    if lineage:
        if not Lineage.objects.filter(slug=lineage).exists():
            slugs = list(Lineage.objects.order_by("slug").values_list("slug", flat=True))
            raise bad_parameter("lineage", f"No lineage has the slug {lineage[:100]!r}.", slugs)
        documents = documents.filter(lineage__slug=lineage)
    return json_response(paginate(request, documents, lambda d: document_summary(request, d)))


@api_view
def document_detail_view(request: HttpRequest, symbol: str) -> JsonResponse:
    document = document_get(symbol_check(symbol))
    return json_response(document_detail(request, document))
