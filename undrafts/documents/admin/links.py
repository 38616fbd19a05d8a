"""Addresses on the public site for a document and for a comparison."""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse

from ..models import Document


def public_url(document: Document) -> str:
    try:
        return reverse("web:document", args=[document.symbol])
    except NoReverseMatch:
        return document.get_absolute_url()


def comparison_url(left: Document, right: Document) -> str:
    pair = f"{left.symbol}...{right.symbol}"
    try:
        return reverse("web:compare-pair", args=[pair])
    except NoReverseMatch:
        return f"/compare/{pair}/"
