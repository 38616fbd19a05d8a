from difflib import get_close_matches

from django.db.models import Count, F, Q
from django.http import HttpRequest, JsonResponse

from undrafts.documents.models import Lineage

from ..errors import ApiError
from ..http import api_view, json_response
from ..pagination import paginate
from ..payloads import compare_url, document_summary, lineage_summary


@api_view
def lineage_list_view(request: HttpRequest) -> JsonResponse:
    lineages = Lineage.objects.annotate(
        document_count=Count("documents", filter=Q(documents__withdrawn=False))
    ).order_by("name", "slug")
    return json_response(paginate(request, lineages, lambda x: lineage_summary(request, x)))


@api_view
def lineage_detail_view(request: HttpRequest, slug: str) -> JsonResponse:
    lineage = Lineage.objects.filter(slug=slug).first()
    if lineage is None:
        slugs = list(Lineage.objects.values_list("slug", flat=True))
        raise ApiError(
            404,
            "unknown_lineage",
            f"No lineage has the slug {slug[:100]!r}.",
            suggestions=get_close_matches(slug, slugs, n=5, cutoff=0.3) or sorted(slugs)[:5],
        )
    # Oldest first: the order in which the texts were written.
    documents = list(
        lineage.documents.filter(withdrawn=False)
        .select_related("lineage", "follows")
        .order_by(F("date").asc(nulls_last=True), "symbol")
    )
    data = lineage_summary(request, lineage)
    data["document_count"] = len(documents)
    data["documents"] = [document_summary(request, d) for d in documents]
    data["steps"] = [
        {
            "from": d.follows.symbol,
            "to": d.symbol,
            "compare_url": compare_url(request, d.follows.symbol, d.symbol),
        }
        for d in documents
        if d.follows_id
    ]
    return json_response(data)
