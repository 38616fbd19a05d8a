"""Reads for browsing an archive of any size: filtered, paged, newest first, with facets.

A page costs a bounded number of queries whatever the archive holds: the page itself
(LIMIT/OFFSET on the newest-first index, a lineage shown once, by its latest matching
text), the families of the documents on it, and the counts, which are aggregate queries
cached until any document changes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from math import ceil
from typing import NamedTuple

from django.core.cache import cache
from django.db import connection
from django.db.models import (
    Count,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
)
from django.db.models.functions import Substr

from .archive_version import version_read
from .models import Document

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
COUNTS_SECONDS = 600  # the stamp in the key changes with any document, so this only bounds memory
ORDINALS = {1: "First", 2: "Second", 3: "Third", 4: "Fourth", 5: "Fifth", 6: "Sixth"}


# Symbol prefixes of the bodies, most specific first: the body is the first that matches.
PREFIXES = {"HRC": "A/HRC/", "GA": "A/", "SC": "S/", "ECOSOC": "E/"}


BODY_NAMES = {
    **{f"C{n}": f"{name} Committee" for n, name in ORDINALS.items()},
    "GA": "General Assembly plenary",
    "HRC": "Human Rights Council",
    "SC": "Security Council",
    "ECOSOC": "Economic and Social Council",
    "other": "Other bodies",
}


def _body_q(body: str) -> Q:
    """The documents `_body_of` puts in `body`: a committee first, then the first
    matching prefix, and "other" for what none of them claims."""
    if body.startswith("C") and body[1:].isdigit():
        return Q(committee=int(body[1:]))
    condition = ~Q(committee__in=list(ORDINALS))
    for name, prefix in PREFIXES.items():
        if name == body:
            return condition & Q(symbol__startswith=prefix)
        condition &= ~Q(symbol__startswith=prefix)
    return condition if body == "other" else Q(pk__in=[])


def _int(value) -> int | None:
    text = str(value or "").strip()
    return int(text) if text.isdigit() and len(text) <= 4 else None


@dataclass(frozen=True)
class ArchiveFilters:
    """What a reader narrowed the archive to; unknown values are dropped, never an error."""

    query: str = ""
    session: int | None = None
    body: str = ""
    kind: str = ""
    year: int | None = None

    @classmethod
    def from_params(cls, params) -> ArchiveFilters:
        body = str(params.get("body", "") or "")
        kind = str(params.get("kind", "") or "")
        return cls(
            query=str(params.get("q", "") or "").replace("\x00", "").strip()[:200],
            session=_int(params.get("session")),
            body=body if body in BODY_NAMES else "",
            kind=kind if kind in Document.Kind.values else "",
            year=_int(params.get("year")),
        )

    def q(self, without: str = "") -> Q:
        condition = Q(withdrawn=False)
        if self.query and without != "query":
            condition &= (
                Q(symbol__icontains=self.query)
                | Q(title__icontains=self.query)
                | Q(lineage__name__icontains=self.query)
            )
        if self.session is not None and without != "session":
            condition &= Q(session=self.session)
        if self.body and without != "body":
            condition &= _body_q(self.body)
        if self.kind and without != "kind":
            condition &= Q(kind=self.kind)
        if self.year is not None and without != "year":
            condition &= Q(date__year=self.year)
        return condition

    def params(self, **changes) -> dict[str, str]:
        """The filters as query parameters, with some changed: for facet and page links."""
        values = {
            "q": self.query,
            "session": self.session,
            "body": self.body,
            "kind": self.kind,
            "year": self.year,
        }
        values.update(changes)
        return {k: str(v) for k, v in values.items() if v not in (None, "")}

    @property
    def active(self) -> bool:
        return bool(self.query or self.session or self.body or self.kind or self.year)


@dataclass
class Facet:
    name: str  # the query parameter
    label: str
    values: list[dict] = field(default_factory=list)  # value, label, count, selected


@dataclass
class ArchivePage:
    items: list[Document]
    number: int
    size: int
    count: int  # entries (or documents) across all pages
    documents: int  # documents matching, a lineage counting each of its texts

    @property
    def pages(self) -> int:
        return max(1, ceil(self.count / self.size))

    @property
    def start(self) -> int:
        return (self.number - 1) * self.size + 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages

    @property
    def has_previous(self) -> bool:
        return self.number > 1


def archive_stamp() -> str:
    """Changes whenever a document is added, changed, linked or removed: the archive's
    version token (`archive_version`), one primary-key read on every home-page request,
    cache hits included. Where the token's row is missing, the documents' count and
    latest change, which cost a pass over the documents."""
    token = version_read(connection)
    if token:
        return token
    table = Document._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT COUNT(*), MAX(updated_at) FROM "{table}"')  # noqa: S608
        count, latest = cursor.fetchone()
    return f"{count}:{latest}"


def _cached(kind: str, filters: ArchiveFilters, stamp: str, compute):
    raw = f"{kind}|{stamp}|{sorted(filters.params().items())}"
    key = "archive:" + hashlib.sha256(raw.encode()).hexdigest()
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, COUNTS_SECONDS)
    return value


def newest_first() -> list:
    """The archive's order, the home page's and the API's: newest first, undated last."""
    return [F("date").desc(nulls_last=True), "symbol"]


def _entries(condition: Q) -> QuerySet[Document]:
    """Matching documents, a lineage only by its newest matching text."""
    family = Document.objects.filter(condition, lineage_id=OuterRef("lineage_id"))
    newer_than_dated = family.filter(
        Q(date__gt=OuterRef("date")) | Q(date=OuterRef("date"), symbol__lt=OuterRef("symbol"))
    )
    # An undated text is older than any dated one; two undated ones go by symbol.
    newer_than_undated = family.filter(
        Q(date__isnull=False) | Q(date__isnull=True, symbol__lt=OuterRef("symbol"))
    )
    return Document.objects.filter(condition).filter(
        Q(lineage__isnull=True)
        | (Q(date__isnull=False) & ~Exists(newer_than_dated))
        | (Q(date__isnull=True) & ~Exists(newer_than_undated))
    )


def archive_counts(filters: ArchiveFilters, stamp: str | None = None) -> dict[str, int]:
    """How many entries (a lineage once) and documents match: cached until a document changes."""
    stamp = stamp or archive_stamp()

    def compute() -> dict[str, int]:
        row = Document.objects.filter(filters.q()).aggregate(
            documents=Count("pk"),
            alone=Count("pk", filter=Q(lineage__isnull=True)),
            families=Count("lineage", distinct=True),
        )
        return {"documents": row["documents"], "entries": row["alone"] + row["families"]}

    return _cached("counts", filters, stamp, compute)


def archive_count(queryset: QuerySet, condition: Q, stamp: str | None = None) -> int:
    """`queryset.count()`, cached until any document changes: for paged lists elsewhere
    (the API's), so paging a large archive does not count it on every request. Keyed by
    the `condition` the queryset filters on (its text; compiling the query's SQL for a
    key cost more than the page)."""
    stamp = stamp or archive_stamp()
    raw = f"count|{stamp}|{condition}"
    key = "archive:" + hashlib.sha256(raw.encode()).hexdigest()
    count = cache.get(key)
    if count is None:
        count = queryset.count()
        cache.set(key, count, COUNTS_SECONDS)
    return count


def archive_page(
    filters: ArchiveFilters,
    *,
    page: int = 1,
    size: int = DEFAULT_PAGE_SIZE,
    entries: bool = True,
    stamp: str | None = None,
) -> ArchivePage:
    """One page of the archive, newest first. With `entries`, a lineage appears once, by
    its newest matching text; without, every document does (for the API's lists).

    A page past the last one is the last page.
    """
    size = max(1, min(size, MAX_PAGE_SIZE))
    counts = archive_counts(filters, stamp)
    count = counts["entries"] if entries else counts["documents"]
    last = max(1, ceil(count / size))
    number = max(1, min(page, last))
    condition = filters.q()
    documents = _entries(condition) if entries else Document.objects.filter(condition)
    window = documents.select_related("lineage").order_by(*newest_first())
    items = list(window[(number - 1) * size : number * size])
    return ArchivePage(
        items=items, number=number, size=size, count=count, documents=counts["documents"]
    )


FACETS = (
    # name, label, describe, newest value first (else the most documents first)
    ("session", "Session", lambda v: f"Session {v}", True),
    ("body", "Body", BODY_NAMES.get, False),
    ("kind", "Kind", lambda v: dict(Document.Kind.choices).get(v, v), False),
    ("year", "Year", str, True),
)


class _Year(Func):
    """A date's year, read natively (Django's ExtractYear calls Python on SQLite, once a row)."""

    output_field = IntegerField()

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(
            compiler, connection, template="CAST(substr(%(expressions)s, 1, 4) AS integer)"
        )

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(
            compiler, connection, template="CAST(EXTRACT(YEAR FROM %(expressions)s) AS integer)"
        )


def _body_of(committee: int | None, head: str) -> str:
    """Which body a document belongs to, from its committee and its symbol's first
    characters (the query's `_body_q` is the same rule)."""
    if committee in ORDINALS:
        return f"C{committee}"
    return next((name for name, prefix in PREFIXES.items() if head.startswith(prefix)), "other")


def archive_facets(filters: ArchiveFilters, stamp: str | None = None) -> list[Facet]:
    """Session, body, kind and year, each counted with the other filters applied.

    One grouped query over the documents the words typed allow (a few hundred groups
    at most: sessions by bodies by kinds by years), the four facets counted from it."""
    stamp = stamp or archive_stamp()
    return _cached("facets", filters, stamp, lambda: _facets(filters))


def _facets(filters: ArchiveFilters) -> list[Facet]:
    longest = max(len(prefix) for prefix in PREFIXES.values())
    groups = (
        Document.objects.filter(ArchiveFilters(query=filters.query).q())
        .annotate(year=_Year("date"), head=Substr("symbol", 1, longest))
        .values("session", "committee", "kind", "year", "head")
        .annotate(count=Count("pk"))
        .order_by()
    )
    counts: dict[str, dict] = {name: {} for name, *_ in FACETS}
    for group in groups:
        group["body"] = _body_of(group["committee"], group["head"])
        for name, *_ in FACETS:
            others = all(
                getattr(filters, other) in (None, "", group[other])
                for other, *_ in FACETS
                if other != name
            )
            if others and group[name] is not None:
                counts[name][group[name]] = counts[name].get(group[name], 0) + group["count"]
    facets = []
    for name, label, describe, newest_first in FACETS:
        selected = getattr(filters, name)
        values = [
            {
                "value": value,
                "label": describe(value),
                "count": count,
                "selected": value == selected,
            }
            for value, count in counts[name].items()
        ]
        if newest_first:
            values.sort(key=lambda v: v["value"], reverse=True)
        else:
            values.sort(key=lambda v: (-v["count"], str(v["label"])))
        facets.append(Facet(name=name, label=label, values=values))
    return facets


class Member(NamedTuple):
    """One text of a lineage as a home-page entry names it."""

    pk: int
    symbol: str
    date: date | None


def lineage_neighbours(documents: list[Document]) -> dict[int, list[Member]]:
    """The texts of the lineages on a page, newest first, in one query of three columns
    a text (a lineage of decades holds a hundred texts; its rows stay this small)."""
    lineage_ids = {d.lineage_id for d in documents if d.lineage_id}
    if not lineage_ids:
        return {}
    family: dict[int, list[Member]] = {pk: [] for pk in lineage_ids}
    rows = (
        Document.objects.filter(lineage_id__in=lineage_ids, withdrawn=False)
        .order_by(*newest_first())
        .values_list("lineage_id", "pk", "symbol", "date")
    )
    for lineage_id, *member in rows:
        family[lineage_id].append(Member(*member))
    return family
