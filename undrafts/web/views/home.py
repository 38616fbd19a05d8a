import hashlib

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_vary_headers

from undrafts.documents.browse import ArchiveFilters, archive_facets, archive_page, archive_stamp

from ..page_cache import page_cached
from ..selectors import archive_entries, symbol_choices
from .htmx import HtmxHttpRequest
from .methods import public_page


@public_page
def healthz(request: HtmxHttpRequest) -> HttpResponse:
    """The trivial view: the load benchmark's reference and a liveness probe."""
    return HttpResponse("ok", content_type="text/plain")


PAGE_VERSION = "1"  # bump when the template changes what the page shows


@public_page
def home(request: HtmxHttpRequest) -> HttpResponse:
    """The archive newest first, a lineage once by its latest text; paged, with facets.

    The filter box and the facet links swap only the list when htmx is there. Cached
    whole under the archive's stamp, which any document change moves; a lineage's new
    name may lag by PAGE_CACHE_SECONDS.
    """
    filters = ArchiveFilters.from_params(request.GET)
    page_param = request.GET.get("page", "")
    number = int(page_param) if page_param.isdigit() and len(page_param) < 7 else 1
    fragment = bool(request.htmx and not request.htmx.history_restore_request)
    stamp = archive_stamp()
    parts = [PAGE_VERSION, stamp, repr(sorted(filters.params().items())), str(number)]
    parts.append("fragment" if fragment else "page")
    key = "home:" + hashlib.sha256("|".join(parts).encode()).hexdigest()
    response = page_cached(request, key, lambda: _render(request, filters, number, stamp, fragment))
    patch_vary_headers(response, ("HX-Request",))
    return response


def _render(request, filters: ArchiveFilters, number: int, stamp: str, fragment: bool):
    page = archive_page(filters, page=number, stamp=stamp)
    context = {
        "filters": filters,
        "query": filters.query,
        "page": page,
        "entries": archive_entries(page.items),
        "facets": archive_facets(filters, stamp),
        "total": page.documents,
        "home_url": reverse("web:home"),
    }
    if fragment:
        return render(request, "web/home.html#document-list", context)
    context["choices"] = symbol_choices()
    context["form"] = {"left": "", "right": ""}
    return render(request, "web/home.html", context)
