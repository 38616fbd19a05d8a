"""Small template helpers for the public pages: addresses built from symbols."""

from django import template
from django.urls import reverse
from django.utils.http import urlencode

from ..addresses import compare_url as _compare_url
from ..addresses import document_url as _document_url

register = template.Library()


@register.simple_tag
def document_url(symbol: str) -> str:
    """`{% document_url "A/RES/75/240" %}` -> /documents/A/RES/75/240/ (quoted as needed)."""
    return _document_url(symbol)


@register.simple_tag
def compare_url(left: str, right: str) -> str:
    """`{% compare_url older.symbol newer.symbol %}` -> the unpinned comparison address."""
    return _compare_url(left, right)


@register.simple_tag(takes_context=True)
def archive_url(context, filters, name: str, value) -> str:
    """The home page with one filter (or the page) changed; a new filter starts at page 1."""
    changes = {name: value}
    if name != "page" or str(value) == "1":
        changes["page"] = None
    query = urlencode(filters.params(**changes))
    base = context.get("home_url") or reverse("web:home")
    return base + (f"?{query}" if query else "")


@register.filter
def pause_length(value) -> str:
    """A timedelta as people say it: "15 minutes", "1 hour"."""
    minutes = max(1, round(value.total_seconds() / 60))
    if minutes % 60 == 0:
        hours = minutes // 60
        return f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


@register.simple_tag(takes_context=True)
def row_href(context, anchor: str) -> str:
    """`{% row_href row.anchor %}`: "#anchor" when this answer shows the row, else its page's
    address with the anchor, so the link works without JavaScript (web/paging.py)."""
    pages = context.get("pages")
    if pages is None:
        return f"#{anchor}"
    return pages.href(anchor, context["page_url"])
