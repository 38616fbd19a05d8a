from django.urls import path, re_path

from .views import compare, documents, fallback, lineages, schema, search

app_name = "api"

urlpatterns = [
    path("", schema.index, name="index"),
    path("openapi.json", schema.openapi_json, name="openapi"),
    path("documents/", documents.document_list_view, name="documents"),
    path("documents/<path:symbol>/", documents.document_detail_view, name="document"),
    path("compare/<path:pair>/", compare.compare_view, name="compare"),
    path("lineages/", lineages.lineage_list_view, name="lineages"),
    path("lineages/<slug:slug>/", lineages.lineage_detail_view, name="lineage"),
    path("search/", search.search_view, name="search"),
    # Anything else under /api/ answers in JSON too, never with an HTML page.
    # [\s\S]: a path may hold a newline, which "." would not match.
    re_path(r"^(?P<rest>[\s\S]*)$", fallback.not_found, name="not-found"),
]
