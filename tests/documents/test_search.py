"""Phrase search: where a phrase appears across every stored document, oldest first."""

import datetime as dt

import pytest

from undrafts.documents.models import Paragraph
from undrafts.documents.search import highlight_pieces, normalise, phrase_search
from undrafts.documents.services import paragraph_revise

PHRASE = "community of shared future for humankind"


def test_a_phrase_is_found_in_every_document_that_uses_it_oldest_first(seeds):
    results = phrase_search(PHRASE)
    assert [r["symbol"] for r in results] == [
        "A/C.1/73/L.27/Rev.1",
        "A/C.1/75/L.8/Rev.1",
        "A/75/394",
        "A/RES/75/240",
    ]
    assert [r["date"] for r in results] == sorted(r["date"] for r in results)
    assert {r["label"] for r in results} == {"PP10"}
    assert {r["kind"] for r in results} == {"preambular"}


def test_the_earliest_occurrence_is_marked_first(seeds):
    results = phrase_search(PHRASE)
    assert [r["first"] for r in results] == [True, False, False, False]
    first = results[0]
    assert first["date"] == dt.date(2018, 10, 29)
    assert PHRASE in first["text"]
    assert first["anchor"] == "PP10"


def test_a_result_says_which_text_of_a_report_it_is_in(seeds):
    (report,) = [r for r in phrase_search(PHRASE) if r["symbol"] == "A/75/394"]
    assert report["text_heading"] == "Draft resolution II"
    assert report["text_position"] == 2
    assert report["document_title"]


def test_case_curly_quotes_dashes_and_spacing_do_not_matter(seeds):
    assert len(phrase_search("Community  OF shared\nfuture")) == 4
    assert len(phrase_search("information and communications technologies 2021\u20132025")) == len(
        phrase_search("information and communications technologies 2021-2025")
    )
    assert phrase_search("technologies 2021-2025")


def test_a_phrase_must_appear_as_typed_not_word_by_word(seeds):
    assert phrase_search("humankind of shared future community") == []
    assert phrase_search("shared future for humankind in cyberspace, and that")


def test_a_phrase_may_begin_and_end_inside_words(seeds):
    # A substring search: "ommunity of shared fut" is part of the phrase.
    assert len(phrase_search("ommunity of shared fut")) == 4


def test_search_reads_the_current_wording_after_an_edit(seeds, amina):
    paragraph = Paragraph.objects.get(text__document__symbol="A/RES/75/240", label="PP10")
    paragraph_revise(
        paragraph_id=paragraph.pk,
        content=paragraph.content.replace("community of shared future", "common future"),
        author=amina,
        base_version=paragraph.text.version,
        reason="Test edit",
    )
    assert "A/RES/75/240" not in [r["symbol"] for r in phrase_search(PHRASE)]


def test_withdrawn_documents_leave_the_results(seeds):
    seeds["A/RES/75/240"].withdrawn = True
    seeds["A/RES/75/240"].save()
    assert [r["symbol"] for r in phrase_search(PHRASE)][-1] == "A/75/394"


def test_the_limit_keeps_the_earliest(seeds):
    results = phrase_search(PHRASE, limit=2)
    assert [r["symbol"] for r in results] == ["A/C.1/73/L.27/Rev.1", "A/C.1/75/L.8/Rev.1"]


@pytest.mark.parametrize("phrase", ["", "   ", "\u201c\u201d", "%", "_", "'; DROP TABLE x; --"])
def test_empty_or_odd_phrases_find_nothing_harmful(seeds, phrase):
    results = phrase_search(phrase)
    assert isinstance(results, list)
    for result in results:
        assert normalise(phrase) in normalise(result["text"])


def test_percent_and_underscore_are_literal_not_wildcards(seeds):
    assert phrase_search("shared_future") == []
    assert phrase_search("shared%future") == []


def test_matches_are_highlighted_in_the_original_text():
    text = "shaping a \u201ccommunity  of shared future\u201d, a Community of Shared Future"
    pieces = highlight_pieces(text, "community of shared future")
    assert [piece for piece, matched in pieces if matched] == [
        "community  of shared future",
        "Community of Shared Future",
    ]
    assert "".join(piece for piece, _ in pieces) == text


def test_a_phrase_across_a_hyphenated_word_is_found_on_every_database(seeds):
    # PostgreSQL's parser gives "open-ended" a position of its own before "open" and
    # "ended"; the search must not lose the phrase to that.
    results = phrase_search("United Nations, a new open-ended working group on security")
    assert [(r["symbol"], r["label"]) for r in results] == [
        ("A/C.1/75/L.8/Rev.1", "OP1"),
        ("A/75/394", "OP1"),
        ("A/RES/75/240", "OP1"),
    ]
    assert phrase_search("the group's mandate")
