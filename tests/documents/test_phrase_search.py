"""Phrase search: where a phrase appears across every stored document, oldest first."""

import datetime as dt

import pytest

from undrafts.documents.models import Paragraph
from undrafts.documents.services import paragraph_revise
from undrafts.search.highlight import highlight_pieces
from undrafts.search.selectors import phrase_search
from undrafts.search.terms import SearchRefused

PHRASE = "community of shared future for humankind"


def hits(phrase, **options):
    return phrase_search(phrase, page_size=100, near_matches=False, **options).hits


def test_a_phrase_is_found_in_every_document_that_uses_it_oldest_first(seeds):
    results = hits(PHRASE)
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
    found = phrase_search(PHRASE)
    assert [r["first"] for r in found.hits] == [True, False, False, False]
    first = found.first
    assert first["date"] == dt.date(2018, 10, 29)
    assert PHRASE in first["text"]
    assert first["anchor"] == "PP10"


def test_a_result_says_which_text_of_a_report_it_is_in(seeds):
    (report,) = [r for r in hits(PHRASE) if r["symbol"] == "A/75/394"]
    assert report["text_heading"] == "Draft resolution II"
    assert report["text_position"] == 2
    assert report["document_title"]


def test_case_curly_quotes_dashes_and_spacing_do_not_matter(seeds):
    assert len(hits("Community  OF shared\nfuture")) == 4
    assert len(hits("information and communications technologies 2021\u20132025")) == len(
        hits("information and communications technologies 2021-2025")
    )
    assert hits("technologies 2021-2025")


def test_a_phrase_must_appear_as_typed_not_word_by_word(seeds):
    assert hits("humankind of shared future community") == []
    assert hits("shared future for humankind in cyberspace, and that")


def test_the_last_word_may_be_the_beginning_of_one(seeds):
    # The index holds whole words, so a phrase no longer begins inside a word
    # ("ommunity of ..." once matched as a substring); it may still end inside one.
    assert len(hits("community of shared fut")) == 4


def test_search_reads_the_current_wording_after_an_edit(seeds, amina):
    paragraph = Paragraph.objects.get(text__document__symbol="A/RES/75/240", label="PP10")
    paragraph_revise(
        paragraph_id=paragraph.pk,
        content=paragraph.content.replace("community of shared future", "common future"),
        author=amina,
        base_version=paragraph.text.version,
        reason="Test edit",
    )
    assert "A/RES/75/240" not in [r["symbol"] for r in hits(PHRASE)]
    assert [r["symbol"] for r in hits("a common future for humankind")] == ["A/RES/75/240"]


def test_withdrawn_documents_leave_the_results(seeds):
    seeds["A/RES/75/240"].withdrawn = True
    seeds["A/RES/75/240"].save()
    assert [r["symbol"] for r in hits(PHRASE)][-1] == "A/75/394"


def test_a_page_of_two_keeps_the_earliest(seeds):
    found = phrase_search(PHRASE, page_size=2)
    assert [r["symbol"] for r in found.hits] == ["A/C.1/73/L.27/Rev.1", "A/C.1/75/L.8/Rev.1"]
    assert (found.count, found.pages) == (4, 2)
    second = phrase_search(PHRASE, page_size=2, page=2)
    assert [r["symbol"] for r in second.hits] == ["A/75/394", "A/RES/75/240"]
    assert second.first == found.first


@pytest.mark.parametrize("phrase", ["", "   ", "\u201c\u201d", "%", "_", "...", "%_%", "\u0301"])
def test_a_phrase_with_nothing_to_search_for_is_refused_with_a_message(seeds, phrase):
    with pytest.raises(SearchRefused, match=r"(?i)type a (word|phrase)"):
        phrase_search(phrase)


def test_sql_in_a_phrase_is_only_words(seeds):
    assert hits("'; DROP TABLE x; --") == []
    assert Paragraph.objects.exists()


def test_percent_and_underscore_are_not_wildcards(seeds):
    # LIKE would read "s_ared" as "shared" and "shared%humankind" as anything between.
    assert hits("s_ared future") == []
    assert hits("shared%humankind") == []


def test_matches_are_highlighted_in_the_original_text():
    text = "shaping a \u201ccommunity  of shared future\u201d, a Community of Shared Future"
    pieces = highlight_pieces(text, ["community", "of", "shared", "future"])
    assert [piece for piece, matched in pieces if matched] == [
        "community  of shared future",
        "Community of Shared Future",
    ]
    assert "".join(piece for piece, _ in pieces) == text


def test_a_phrase_across_a_hyphenated_word_is_found_on_every_database(seeds):
    # PostgreSQL's parser gives "open-ended" a position of its own before "open" and
    # "ended"; the search must not lose the phrase to that.
    results = hits("United Nations, a new open-ended working group on security")
    assert [(r["symbol"], r["label"]) for r in results] == [
        ("A/C.1/75/L.8/Rev.1", "OP1"),
        ("A/75/394", "OP1"),
        ("A/RES/75/240", "OP1"),
    ]
    assert hits("the group's mandate")
