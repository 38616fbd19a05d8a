from difflib import get_close_matches
from typing import Annotated

from django.db.models import Count, Q
from django.http import HttpRequest
from ninja import Path, Router

from undrafts.documents.models import Lineage

from ..errors import ApiError
from ..pagination import PageNumber, PageSize, paginate
from ..schemas import LineageDetail, LineagePage
from . import refusals

router = Router()

Slug = Annotated[
    str,
    Path(
        description="The lineage's slug.",
        examples=["developments-in-ict", "responsible-state-behaviour"],
    ),
]


@router.get(
    "/lineages/",
    response={200: LineagePage, **refusals(400, 404, 405)},
    operation_id="listLineages",
    summary="Families of texts that descend from one another",
    url_name="lineages",
)
def lineage_list_view(request: HttpRequest, page: PageNumber, page_size: PageSize):
    lineages = Lineage.objects.annotate(
        document_count=Count("documents", filter=Q(documents__withdrawn=False))
    ).order_by("name", "slug")
    return paginate(request, lineages, page, page_size)


@router.get(
    "/lineages/{slug:slug}/",
    response={200: LineageDetail, **refusals(404, 405)},
    operation_id="getLineage",
    summary="A lineage: its documents oldest first and each step's comparison",
    url_name="lineage",
    by_alias=True,
)
def lineage_detail_view(request: HttpRequest, slug: Slug):
    lineage = Lineage.objects.filter(slug=slug).first()
    if lineage is None:
        slugs = list(Lineage.objects.values_list("slug", flat=True))
        raise ApiError(
            404,
            "unknown_lineage",
            f"No lineage has the slug {slug[:100]!r}.",
            suggestions=get_close_matches(slug, slugs, n=5, cutoff=0.3) or sorted(slugs)[:5],
        )
    return lineage
