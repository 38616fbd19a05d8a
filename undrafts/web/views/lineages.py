"""The lineage page: every version of a text on a timeline, and what each step changed."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render

from undrafts.documents.lineages import (
    UnknownLineage,
    lineage_get,
    lineage_steps,
    lineage_versions,
)
from undrafts.documents.sponsors import sponsor_diff, sponsor_lists

from ..addresses import compare_url
from ..lineage_chart import CATEGORIES, FILLS, step_bar
from . import errors
from .htmx import HtmxHttpRequest
from .methods import public_page


@public_page
def lineage_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    try:
        lineage = lineage_get(slug)
    except UnknownLineage as error:
        return errors.not_found(request, str(error))
    versions = lineage_versions(lineage)
    steps = lineage_steps(versions)
    scale = max((step.total for step in steps), default=1)
    sponsors = sponsor_lists(versions)  # one query for the whole timeline
    into = {}
    for step in steps:
        diff = sponsor_diff(step.left, step.right, sponsors)
        into[step.right.pk] = {
            "step": step,
            "bar": step_bar(step.counts, scale) if step.comparison else None,
            "url": compare_url(step.left.symbol, step.right.symbol),
            "sponsors": diff if diff.left_names and diff.right_names else None,
        }
    timeline = [{"document": d, "step": into.get(d.pk)} for d in versions]
    return render(
        request,
        "web/lineage.html",
        {
            "lineage": lineage,
            "timeline": timeline,
            "steps": [into[s.right.pk] for s in steps],
            "categories": [(key, title, FILLS[key]) for key, title in CATEGORIES],
        },
    )
