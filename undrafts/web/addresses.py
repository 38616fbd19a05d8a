"""Page addresses built from symbols: the one place that knows how a permalink reads."""

from __future__ import annotations

from dataclasses import dataclass, replace

from django.urls import reverse
from django.utils.http import urlencode

from undrafts.documents.addresses.written import pair_join

VIEWS = ("side", "inline")


@dataclass(frozen=True)
class CompareAddress:
    """What a comparison page shows: two sides (optionally pinned) and how to show them."""

    left: str  # "A/RES/75/240" or "A/RES/75/240@1"
    right: str
    lt: int = 1
    rt: int = 1
    changes: str = ""  # "" every paragraph, "1" changes only, "substantive" substantive only
    view: str = "side"

    @property
    def url(self) -> str:
        path = reverse("web:compare-pair", args=[pair_join(self.left, self.right)])
        query = {}
        if self.lt != 1:
            query["lt"] = self.lt
        if self.rt != 1:
            query["rt"] = self.rt
        if self.changes:
            query["changes"] = self.changes
        if self.view != "side":
            query["view"] = self.view
        return f"{path}?{urlencode(query)}" if query else path

    def with_(self, **changes) -> CompareAddress:
        return replace(self, **changes)

    def swapped(self) -> CompareAddress:
        return replace(self, left=self.right, right=self.left, lt=self.rt, rt=self.lt)


def document_url(symbol: str) -> str:
    return reverse("web:document", args=[symbol])


def compare_url(left: str, right: str, *, lt: int = 1, rt: int = 1) -> str:
    return CompareAddress(left=left, right=right, lt=lt, rt=rt).url
