from django.urls import path

from .views import compare, documents, history, home, lineages, search

app_name = "web"

urlpatterns = [
    path("", home.home, name="home"),
    path("healthz", home.healthz, name="healthz"),
    path("search/", search.search, name="search"),
    path("lineages/<slug:slug>/", lineages.lineage_detail, name="lineage"),
    # Before the document route, whose <path:symbol> would swallow "/history/OP1".
    path(
        "documents/<path:symbol>/history/<str:label>/",
        history.paragraph_history,
        name="paragraph-history",
    ),
    # Symbols hold slashes, dots, spaces and parentheses: "S/RES/2532 (2020)".
    path("documents/<path:symbol>/", documents.document_detail, name="document"),
    path("compare/", compare.compare_start, name="compare"),
    # LEFT...RIGHT, each SYMBOL or SYMBOL@VERSION.
    path("compare/<path:pair>/", compare.compare_pair, name="compare-pair"),
]
