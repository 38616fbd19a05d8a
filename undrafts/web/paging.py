"""A big comparison's rows in pages: the first screenfuls at once, the rest on request.

A comparison of two long texts has thousands of rows; the page shows the first
ROWS_PER_PAGE and ends in a "Show more" link to `?page=2` (a real page without
JavaScript; htmx fetches only its rows when the link scrolls into view). Links to a row
on another page (the summary, the change map, "see where it went") carry its page, and
`through=<anchor>` loads every page up to that row, so a shared link to #r-OP250 still
reaches it. Pure: takes the page's display rows, returns what the template needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.core.cache import cache

from undrafts.diffing.rows import OPS
from undrafts.documents.addresses.written import BadAddress

ROWS_PER_PAGE = 100
MAP_SEGMENTS = 200  # the change map's bars: one per row up to this many, then runs of rows
DISPLAY_VERSION = "2"  # bump when display rows gain or change fields (2: nature, strength)
# The change map colours a run of rows by its loudest operation: the engine's order, unchanged last.
_LOUDEST = tuple(op for op in OPS if op != "unchanged")


@dataclass(frozen=True)
class RowsAsked:
    """What the address asks of the rows: a page, perhaps through a row, perhaps alone."""

    page: int = 1
    through: str = ""  # an anchor: load every page up to the one holding it
    rows_only: bool = False  # htmx's "more rows": the rows and the next link, no page

    @property
    def key(self) -> str:
        """For the page cache and ETags: each way of asking is its own rendering."""
        return f"page={self.page}|through={self.through}|rows_only={self.rows_only}"


FIRST_PAGE = RowsAsked()


def rows_asked(query, *, htmx: bool) -> RowsAsked:
    raw = query.get("page", "")
    if raw and not (raw.isascii() and raw.isdigit() and len(raw) <= 5 and int(raw) >= 1):
        raise BadAddress(f"page is a whole number from 1; got {raw[:20]!r}.")
    return RowsAsked(
        page=int(raw) if raw else 1,
        through=query.get("through", "")[:100],
        rows_only=htmx and query.get("part", "") == "rows",
    )


@dataclass
class RowPages:
    """The rows one answer shows, out of all of them, and where every other row is."""

    rows: list[dict]  # every display row of the comparison, in reading order
    first: int  # first page shown, 1-based
    last: int  # last page shown
    size: int = ROWS_PER_PAGE

    @classmethod
    def of(cls, rows: list[dict], asked: RowsAsked, size: int = ROWS_PER_PAGE) -> RowPages:
        pages = cls(rows, asked.page, asked.page, size)
        if asked.page > pages.count:
            raise BadAddress(
                f"page {asked.page} is past the last; this comparison has {pages.count} "
                f"page{'s' if pages.count != 1 else ''} of rows."
            )
        through = pages.page_of(asked.through)
        if through is not None and through > pages.last:
            pages.last = through
        return pages

    @property
    def count(self) -> int:
        return max(1, -(-len(self.rows) // self.size))

    @property
    def start(self) -> int:
        return (self.first - 1) * self.size

    @property
    def end(self) -> int:
        return min(len(self.rows), self.last * self.size)

    @property
    def shown(self) -> list[dict]:
        return self.rows[self.start : self.end]

    @property
    def next(self) -> int | None:
        return self.last + 1 if self.last < self.count else None

    @property
    def previous(self) -> int | None:
        return self.first - 1 if self.first > 1 else None

    @cached_property
    def _pages(self) -> dict[str, int]:
        return {row["anchor"]: index // self.size + 1 for index, row in enumerate(self.rows)}

    def page_of(self, anchor: str) -> int | None:
        return self._pages.get(anchor) if anchor else None

    def href(self, anchor: str, page_url) -> str:
        """A link to a row: the fragment alone when this answer holds it, else its page's."""
        page = self.page_of(anchor)
        if page is None or self.first <= page <= self.last:
            return f"#{anchor}"
        return f"{page_url(page)}#{anchor}"


def change_map(rows: list[dict], segments: int = MAP_SEGMENTS) -> list[dict]:
    """The bar along the summary: a mark per row, or per run of rows in a long comparison,
    each run marked by its loudest change and linking to it."""
    marked = [row for row in rows if row["kind"] == "row"]
    if not marked:
        return []
    per = -(-len(marked) // segments)
    bars = []
    for at in range(0, len(marked), per):
        run = marked[at : at + per]
        loudest = next((r for op in _LOUDEST for r in run if r["op"] == op), run[0])
        labels = [(r["right_labels"] or r["left_labels"] or [""])[0] for r in (run[0], run[-1])]
        changes = sum(1 for r in run if r["is_change"])
        if per == 1:
            title = f"{labels[0]}: {loudest['name']}"
        else:
            title = f"{labels[0]} to {labels[1]}: {changes} change{'s' if changes != 1 else ''}"
        bars.append(
            {
                "op": loudest["op"],
                "typographic": loudest.get("typographic", False),
                # the annual update is drawn quieter than a negotiated change
                "technical": loudest.get("nature") == "technical",
                "anchor": loudest["anchor"],
                "title": title,
            }
        )
    return bars


def rows_cached(key: str, build) -> list[dict]:
    """The display rows of one comparison, kept as long as rendered pages are: every page
    of a big comparison needs all of them (for its links), and building them is the slow
    part. Keyed by the comparison's content (its stamps), so an edit is seen at once."""
    seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
    if seconds <= 0:
        return build()
    key = f"display-rows:{DISPLAY_VERSION}:{key}"
    rows = cache.get(key)
    if rows is None:
        rows = build()
        cache.set(key, rows, timeout=seconds)
    return rows
