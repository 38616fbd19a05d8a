from django.http import HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers

from undrafts.documents.browse import ArchiveFilters, archive_facets, archive_page, archive_stamp

from ..selectors import archive_entries, symbol_choices
from .htmx import HtmxHttpRequest
from .methods import public_page


@public_page
def healthz(request: HtmxHttpRequest) -> HttpResponse:
    """The trivial view: the load benchmark's reference and a liveness probe."""
    return HttpResponse("ok", content_type="text/plain")


@public_page
def home(request: HtmxHttpRequest) -> HttpResponse:
    """The archive newest first, a lineage once by its latest text; paged, with facets.

    The filter box and the facet links swap only the list when htmx is there.
    """
    filters = ArchiveFilters.from_params(request.GET)
    page_param = request.GET.get("page", "")
    number = int(page_param) if page_param.isdigit() and len(page_param) < 7 else 1
    stamp = archive_stamp()
    page = archive_page(filters, page=number, stamp=stamp)
    context = {
        "filters": filters,
        "query": filters.query,
        "page": page,
        "entries": archive_entries(page.items),
        "facets": archive_facets(filters, stamp),
        "total": page.documents,
    }
    if request.htmx and not request.htmx.history_restore_request:
        response = render(request, "web/home.html#document-list", context)
    else:
        context["choices"] = symbol_choices()
        context["form"] = {"left": "", "right": ""}
        response = render(request, "web/home.html", context)
    patch_vary_headers(response, ("HX-Request",))
    return response
