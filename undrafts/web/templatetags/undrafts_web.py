"""Small template helpers for the public pages: addresses built from symbols."""

from django import template

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
