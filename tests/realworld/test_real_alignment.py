"""Alignment on the shared real PDFs: pairs an expert makes on heavy rewrites, read side
by side and pinned here, and pairs that must not be made.

Paragraphs are found by a phrase of their text, not by label, so that a better parse
of the numbering changes nothing here.
"""

from functools import cache

import pytest

from undrafts.diffing import compare
from undrafts.parsing.document import parse_document

from .conftest import extracted, realworld_available


@cache
def paragraphs(symbol: str) -> tuple[dict, ...]:
    """Extracting and parsing a PDF is the slow part: once per symbol."""
    document = parse_document(extracted(symbol))
    return tuple(
        {"id": f"{n}", "label": p.label, "kind": p.kind, "text": p.text}
        for n, p in enumerate(p for t in document.texts for p in t.paragraphs)
    )


@cache
def comparison(old: str, new: str) -> dict:
    if not realworld_available():
        pytest.skip("the real-document folder is absent")
    return compare(list(paragraphs(old)), list(paragraphs(new)))


def row_of(old: str, new: str, phrase: str) -> tuple[str, list[str]]:
    """(op, right texts) of the row holding the old paragraph that says ``phrase``."""
    result = comparison(old, new)
    texts = {p["id"]: p["text"] for p in paragraphs(new)}
    (found,) = [p["id"] for p in paragraphs(old) if phrase in p["text"]]
    (row,) = [r for r in result["rows"] if found in r["left"]]
    return row["op"], [texts[j] for j in row["right"]]


def assert_pair(old, new, phrase, op, *new_phrases):
    got, texts = row_of(old, new, phrase)
    assert got == op, (phrase, got)
    assert len(texts) == len(new_phrases), (phrase, texts)
    for text, expected in zip(texts, new_phrases, strict=True):
        assert expected in text, (phrase, expected, text)


def test_sustainable_transport_draft_against_resolution_21_to_15_operative_paragraphs():
    """A/C.2/80/L.16 -> A/RES/80/132: moves into the preamble and a redraft in place."""
    old, new = "A/C.2/80/L.16", "A/RES/80/132"
    # operative paragraphs turned preambular, the verb kept: "Recalls" -> "Recalling"
    assert_pair(old, new, "Recalls the proclamation", "moved", "Recalling the proclamation")
    assert_pair(old, new, "Notes the results of the high-level", "moved", "Noting the summary")
    # the Group of Friends "as a platform to foster broad multilateral dialogue", now
    # one of several partnerships, in the same place between kept paragraphs
    assert_pair(
        old,
        new,
        "Invites Member States to join and participate in the Group of Friends",
        "changed",
        "Takes note with appreciation of the work of sustainable transport partnerships",
    )
    assert_pair(
        old, new, "Decides to convene a midterm review", "changed", "Decides to convene a midterm"
    )
    # stressing "a shared vision ... by mid-century" is gone, not turned into "Noting
    # the importance of cooperation in enhancing transport connectivity"
    assert row_of(old, new, "Stressing the importance of a shared vision") == ("deleted", [])


def test_syria_draft_against_resolution_heavily_rewritten():
    """A/C.3/80/L.31 -> A/RES/80/224: 14 -> 18 operative paragraphs."""
    old, new = "A/C.3/80/L.31", "A/RES/80/224"
    # clauses reordered around the same subject: access of all Syrians to representation
    assert_pair(
        old,
        new,
        "Supporting efforts by the Government of Syria to preserve",
        "changed",
        "Encouraging efforts by the Government of Syria in accordance with its obligations",
    )
    assert_pair(old, new, "Deploring that the former Syrian regime", "moved", "Deploring that")
    assert_pair(
        old,
        new,
        "Encourages Member States to consider adjusting the current mandates",
        "changed",
        "Encourages Member States to support efforts of the International, Impartial",
    )
    # the agreement with the Syrian Democratic Forces is not in the resolution
    assert row_of(old, new, "Syrian Democratic Forces") == ("deleted", [])


def test_syria_resolution_against_the_next_years_after_the_change_of_government():
    """A/RES/79/185 -> A/RES/80/224: almost all rewritten; what is kept is found."""
    old, new = "A/RES/79/185", "A/RES/80/224"
    # the demand on the regime to meet its responsibility went into the next paragraph,
    # reworded: "the Assad regime, which failed to meet its responsibility ..."
    assert_pair(
        old,
        new,
        "Reaffirming its strong commitment to the sovereignty",
        "split",
        "Reaffirming its strong commitment to full respect for the sovereignty",
        "which failed to meet its responsibility to respect, protect and fulfil",
    )
    # refugees and displaced persons "according to the United Nations", in place
    assert_pair(
        old,
        new,
        "Alarmed that, according to the United Nations",
        "changed",
        "Noting that, according to the United Nations, more than 1 million Syrian refugees",
    )


def test_financing_for_development_year_over_year():
    """A/RES/78/231 -> A/RES/79/199, and the 2025 draft A/C.2/80/L.9 -> A/RES/80/129."""
    old, new = "A/RES/78/231", "A/RES/79/199"
    assert_pair(
        old,
        new,
        "Recalling the eighth biennial high-level meeting of the Development Cooperation",
        "changed",
        "Looking forward to the ninth biennial high-level meeting",
    )
    # Ethiopia's offer to host a session became "the convening, in Addis Ababa, of the
    # first session"; Mexico's reads more like it in order and must not take its place
    assert row_of(old, new, "Also welcomes the offer by the Government of Mexico") == (
        "deleted",
        [],
    )
    assert_pair(
        "A/C.2/80/L.9",
        "A/RES/80/129",
        "Reiterating the affirmation in the Sevilla Commitment",
        "changed",
        "Reaffirming the Sevilla Commitment on the imperative of achieving gender equality",
    )


def test_uncitral_work_items_year_over_year():
    """A/RES/79/117 -> A/RES/80/161: the Commission's requests to its secretariat."""
    old, new = "A/RES/79/117", "A/RES/80/161"
    assert_pair(
        old,
        new,
        "To organize a colloquium on secured transactions using new types of assets",
        "changed",
        "To continue to monitor developments related to secured transactions using new types",
    )
    # both "To hold" meetings, sharing nothing more than the drafting: not a pair
    assert row_of(old, new, "To hold the first part of the fifty-first session") == (
        "deleted",
        [],
    )
    # the same opening, different mandates: Working Group II's is not Working Group VI's
    assert row_of(old, new, "to mandate Working Group II to work on the recognition") == (
        "deleted",
        [],
    )


def test_pattern_of_conferences_year_over_year():
    """A/RES/79/248 -> A/RES/80/234, and A/RES/78/245 -> A/RES/79/248."""
    assert_pair(
        "A/RES/79/248",
        "A/RES/80/234",
        "Recalls paragraph 40 of its resolution 71/323",
        "moved",
        "Recalling further paragraph 17 of its resolution 77/335",
    )
    # a section heading read into two paragraphs does not make a split
    got, _ = row_of(
        "A/RES/78/245", "A/RES/79/248", "Welcomes the report of the Committee on Conferences"
    )
    assert got == "changed"
