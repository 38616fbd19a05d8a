"""Every shared UN PDF reads without page furniture and without losing a word."""

from __future__ import annotations

import re

import pytest

from undrafts.extraction import extract_text

from .conftest import all_pdfs
from .wordcheck import compare_words, pdftotext, reference_words, words

_JOB_NUMBER = re.compile(r"\b\d{2}-\d{5}\b")
# "... the depositary. Article 21 Participation by ...", "... services; II Utilization of ...":
# a heading (article, chapter, roman or lettered section and its title) run onto the end of the
# paragraph before it; "in accordance with article 21" is not one.
_GLUED_HEADING = re.compile(
    r"[.;:][⁰¹²³⁴⁵⁶⁷⁸⁹]*\*? \*?"
    r"(?:(?:Article|Chapter|Part|Section) (?:\d{1,3}|[IVXLC]{1,6})|[IVXLC]{1,6}\.?|[A-H]\.)"
    r" \*?[A-Z][a-z]"
)
_PAGE_FOOTER = re.compile(r"\b\d{1,3}/\d{1,3} \d{2}-\d{5}\b|\b\d{2}-\d{5} \d{1,3}/\d{1,3}\b")


def _symbol(path) -> str:
    return path.stem.replace("_", "/")


def _titles(pairs: dict) -> dict[str, str]:
    titles = {}
    for pair in pairs["draft_to_resolution"]:
        titles[pair["draft"]] = titles[pair["resolution"]] = pair["title"]
    for chain in pairs["year_over_year"]:
        for symbol in chain["steps"]:
            titles.setdefault(symbol, chain["title"])
    return titles


def _body(text: str) -> list[str]:
    """The paragraphs from "The General Assembly," on: the masthead is the parser's."""
    paragraphs = text.split("\n\n")
    start = next(
        (i for i, p in enumerate(paragraphs) if p.lstrip("*").startswith("The General Assembly")),
        0,
    )
    return paragraphs[start:]


@pytest.fixture(scope="module")
def extracted() -> dict:
    return {path: extract_text(path.name, path.read_bytes()) for path in all_pdfs()}


@pytest.mark.parametrize("path", all_pdfs(), ids=lambda path: path.stem)
def test_no_page_furniture_is_left_in_the_text(path, extracted):
    body = _body(extracted[path])

    assert len(body) > 3, "the body was found"
    symbol = _symbol(path)
    for paragraph in body:
        assert not _JOB_NUMBER.search(paragraph), paragraph
        assert not _PAGE_FOOTER.search(paragraph), paragraph
        assert symbol not in paragraph.split(), paragraph
        assert not re.fullmatch(r"\d{1,3}(/\d{1,3})?", paragraph), paragraph


@pytest.mark.parametrize("path", all_pdfs(), ids=lambda path: path.stem)
def test_a_heading_never_runs_on_from_the_paragraph_before_it(path, extracted):
    for paragraph in _body(extracted[path]):
        assert not _GLUED_HEADING.search(paragraph), paragraph


@pytest.mark.parametrize("path", all_pdfs(), ids=lambda path: path.stem)
def test_no_word_is_lost_against_pdftotext(path, extracted, pairs):
    symbol = _symbol(path)
    reference = reference_words(pdftotext(path), symbol, _titles(pairs).get(symbol, ""))

    difference = compare_words(words(extracted[path]), reference)

    assert difference.same, (
        f"lost {sorted(difference.lost.elements())[:40]} "
        f"extra {sorted(difference.extra.elements())[:40]}; "
        f"words pdftotext has and undrafts not: {difference.lost_words[:30]}; "
        f"the other way: {difference.extra_words[:30]}"
    )


def test_the_word_check_catches_a_dropped_paragraph_and_a_left_running_head(pairs, extracted):
    path = next(p for p in all_pdfs() if p.stem == "A_C.4_80_L.8")
    symbol = _symbol(path)
    reference = reference_words(pdftotext(path), symbol, _titles(pairs)[symbol])
    paragraphs = extracted[path].split("\n\n")
    longest = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))

    dropped = "\n\n".join(paragraphs[:longest] + paragraphs[longest + 1 :])
    with_head = extracted[path] + f"\n\n{symbol}\n\n{_titles(pairs)[symbol]}"

    assert not compare_words(words(dropped), reference).same
    assert not compare_words(words(with_head), reference).same
    assert compare_words(words(extracted[path]), reference).same
