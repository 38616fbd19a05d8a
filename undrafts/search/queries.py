"""The SQL of a search, per database: matches found through the index, never a scan.

Every query starts from the index (FTS5 MATCH on SQLite, the GIN-indexed tsvector or
trigram operator on PostgreSQL), joins the paragraph's text and document for filters,
and returns paragraph ids only; the caller loads the few rows it shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection

from .index import FTS_TABLE, PG_VECTOR
from .terms import Phrase

_OLDEST = "d.date IS NULL, d.date, d.symbol, t.position, p.position"


@dataclass(frozen=True)
class SearchFilters:
    """Narrow a search like the home page: session, Main Committee, kind, year of issue."""

    session: int | None = None
    committee: int | None = None
    kind: str = ""
    year: int | None = None

    def sql(self) -> tuple[str, list]:
        clauses, params = ["d.withdrawn = %s"], [False]
        if self.session is not None:
            clauses.append("d.session = %s")
            params.append(self.session)
        if self.committee is not None:
            clauses.append("d.committee = %s")
            params.append(self.committee)
        if self.kind:
            clauses.append("d.kind = %s")
            params.append(self.kind)
        if self.year is not None:
            # A range, not EXTRACT(): it reads the same on both databases.
            clauses.append("d.date >= %s AND d.date < %s")
            params.extend([f"{self.year:04d}-01-01", f"{self.year + 1:04d}-01-01"])
        return " AND ".join(clauses), params


@dataclass(frozen=True)
class Match:
    """FROM and WHERE of the paragraphs a phrase matches, with a score column."""

    source: str
    condition: str
    condition_params: list
    score: str  # SQL: larger is better
    score_params: list

    def select(self, columns: str, filters: SearchFilters) -> tuple[str, list]:
        where, where_params = filters.sql()
        sql = (
            f"SELECT {columns} FROM {self.source} "  # noqa: S608 (no user text in SQL)
            "JOIN documents_text t ON t.id = p.text_id "
            "JOIN documents_document d ON d.id = t.document_id "
        )
        return f"{sql} WHERE {self.condition} AND {where}", [*self.condition_params, *where_params]


def phrase_match(phrase: Phrase, *, near: bool = False) -> Match:
    """The paragraphs holding the phrase's words in order (or, `near`, something close)."""
    if connection.vendor == "postgresql":
        return _postgresql(phrase, near=near)
    return _sqlite(phrase, near=near)


def _fts5_string(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _sqlite(phrase: Phrase, *, near: bool) -> Match:
    if near:
        # Near: every word, in any order and place, the last one as a beginning.
        expression = " AND ".join(_fts5_string(word) for word in phrase.words) + " *"
    else:
        expression = _fts5_string(" ".join(phrase.words)) + " *"
    return Match(
        source=f"{FTS_TABLE} JOIN documents_paragraph p ON p.id = {FTS_TABLE}.rowid",
        condition=f"{FTS_TABLE} MATCH %s",
        condition_params=[expression],
        score=f"-bm25({FTS_TABLE})",
        score_params=[],
    )


def _tsquery(phrase: Phrase) -> str:
    # Words hold only letters, digits and marks (terms.word_spans): nothing to escape.
    quoted = [f"'{word}'" for word in phrase.words]
    quoted[-1] += ":*"
    return " <-> ".join(quoted)


def _postgresql(phrase: Phrase, *, near: bool) -> Match:
    if near:
        # Near: the words, misspelt or in another order; trigram word similarity.
        return Match(
            source="documents_paragraph p",
            condition="%s <%% p.content",
            condition_params=[phrase.text],
            score="word_similarity(%s, p.content)",
            score_params=[phrase.text],
        )
    query = _tsquery(phrase)
    return Match(
        source="documents_paragraph p",
        condition=f"p.{PG_VECTOR} @@ to_tsquery('simple', %s)",
        condition_params=[query],
        score=f"ts_rank_cd(p.{PG_VECTOR}, to_tsquery('simple', %s))",
        score_params=[query],
    )


def _run(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def match_ids(
    match: Match, filters: SearchFilters, *, order: str, limit: int, offset: int
) -> list[int]:
    """One page of matching paragraph ids, best first or oldest first."""
    columns = f"p.id, {match.score} AS score"
    sql, params = match.select(columns, filters)
    ordering = f"score DESC, {_OLDEST}" if order == "relevance" else _OLDEST
    sql += f" ORDER BY {ordering} LIMIT %s OFFSET %s"
    rows = _run(sql, [*match.score_params, *params, limit, offset])
    return [row[0] for row in rows]


def match_count(match: Match, filters: SearchFilters, *, cap: int) -> int:
    """How many paragraphs match, counting no further than `cap`."""
    inner, params = match.select("1", filters)
    (row,) = _run(f"SELECT COUNT(*) FROM ({inner} LIMIT %s) counted", [*params, cap])  # noqa: S608
    return row[0]


@dataclass(frozen=True)
class Oldest:
    """The matches oldest first, read in one pass: as many as are counted and paged."""

    ids: list[int]  # the oldest matches in order, no more than the cap
    lineage_firsts: list[int]  # each lineage's oldest match, oldest lineage first


def oldest_matches(match: Match, filters: SearchFilters, *, cap: int, lineages: int) -> Oldest:
    """The first `cap` matching paragraph ids, oldest first (enough to count up to the cap
    and page through them), and the oldest match of each of the first `lineages` lineages.

    One query: the database finds and orders the matches once, for the count, the page,
    the first appearance and the lineages' firsts alike; reading stops once all four
    have what they need."""
    sql, params = match.select("p.id, d.lineage_id", filters)
    ids: list[int] = []
    firsts: list[int] = []
    seen: set[int] = set()
    with connection.cursor() as cursor:
        cursor.execute(f"{sql} ORDER BY {_OLDEST}", params)
        while len(ids) < cap or len(firsts) < lineages:
            rows = cursor.fetchmany(500)
            if not rows:
                break
            for pk, lineage in rows:
                if len(ids) < cap:
                    ids.append(pk)
                if lineage is not None and lineage not in seen and len(firsts) < lineages:
                    seen.add(lineage)
                    firsts.append(pk)
    return Oldest(ids, firsts)
