"""Words in a PDF line are spaced by the gaps between glyphs; where a gap is too narrow to
tell, the words the document prints elsewhere decide, and only they (never the gap in
question itself)."""

from __future__ import annotations

from undrafts.extraction.pdf_lines import build_lines, vocabulary
from undrafts.extraction.pdf_page import Run

SIZE = 10.0


def _line(left: str, right: str, gap_em: float, words: set[str]) -> str:
    """Two runs on one baseline, right starting gap_em type sizes after left ends."""
    width = 0.5 * SIZE * len(left)
    first = Run(left, 100.0, 100.0 + width, 700.0, SIZE, False, "Times")
    start = first.x1 + gap_em * SIZE
    second = Run(right, start, start + 0.5 * SIZE * len(right), 700.0, SIZE, False, "Times")
    [line] = build_lines([first, second], words)
    return line.text


def test_two_words_stay_two_where_the_gap_says_so_even_if_the_document_prints_them_joined():
    words = vocabulary(["to move into it and in to it, in to the", "into the room"])

    assert _line("moved in", "to the room", 0.17, words) == "moved in to the room"
    assert _line("moved in", "to the room", 0.08, words) == "moved into the room"


def test_a_gap_inside_a_word_closes_where_only_the_joined_word_is_printed_elsewhere():
    words = vocabulary(["the equal rights of women", "equal pay, equal work"])

    assert _line("the equa", "l rights", 0.17, words) == "the equal rights"


def test_two_words_printed_apart_elsewhere_stay_apart_at_a_narrow_gap():
    words = vocabulary(["of the Assembly", "of the Council"])

    assert _line("report of", "the Council", 0.09, words) == "report of the Council"


def test_the_pieces_of_a_word_broken_once_are_no_evidence_of_two_words():
    # PDFium's own text of the page splits the word where the producer drew two runs; the
    # pieces are seen only there, so the narrow gap alone decides and the word is whole.
    words = vocabulary(["media freedom in the political and economi c transition"])

    assert "economi" not in words
    assert _line("political and economi", "c transition", 0.136, words) == (
        "political and economic transition"
    )
