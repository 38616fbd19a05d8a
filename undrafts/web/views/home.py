from django.http import HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers

from ..selectors import documents_by_lineage, symbol_choices
from .htmx import HtmxHttpRequest
from .methods import public_page


@public_page
def healthz(request: HtmxHttpRequest) -> HttpResponse:
    """The trivial view: the load benchmark's reference and a liveness probe."""
    return HttpResponse("ok", content_type="text/plain")


@public_page
def home(request: HtmxHttpRequest) -> HttpResponse:
    """Documents grouped by lineage, newest first; the filter box narrows them as you type."""
    query = request.GET.get("q", "").replace("\x00", "")[:200]
    groups = documents_by_lineage(query)
    total = sum(len(group.documents) for group in groups)
    context = {"groups": groups, "query": query, "total": total}
    if request.htmx and not request.htmx.history_restore_request:
        response = render(request, "web/home.html#document-list", context)
    else:
        context["choices"] = symbol_choices()
        context["form"] = {"left": "", "right": ""}
        response = render(request, "web/home.html", context)
    patch_vary_headers(response, ("HX-Request",))
    return response
