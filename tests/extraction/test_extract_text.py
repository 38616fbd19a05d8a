"""Choosing the reader by file type, and plain text files."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from undrafts.extraction import ExtractionError, extract_text
from undrafts.extraction.markup import join_spans

from .samples import make_docx, make_pdf


def test_each_supported_type_goes_to_its_reader():
    raw = "1. *Decides* to remain seized of the matter."

    assert extract_text("a.txt", raw.encode()) == raw
    assert extract_text("A.DOCX", make_docx(raw)).strip() == raw
    assert "*Decides* to remain seized" in extract_text("a.PDF", make_pdf(raw + "\n\n" + raw))


@pytest.mark.parametrize("name", ["draft.doc", "draft.rtf", "draft.odt"])
def test_older_word_formats_are_refused_with_advice(name):
    with pytest.raises(ExtractionError, match=r"not supported: use .*\.docx.*Save it as \.docx"):
        extract_text(name, b"{\\rtf1 whatever}")


@pytest.mark.parametrize("name", ["draft.exe", "draft", "draft.html", "draft.txt.zip"])
def test_other_types_are_refused(name):
    with pytest.raises(ExtractionError, match=r"are not supported: use \.docx, \.md, \.pdf"):
        extract_text(name, b"MZ\x90\x00")


@pytest.mark.parametrize("name", ["a.txt", "a.docx", "a.pdf"])
def test_an_empty_file_is_refused(name):
    with pytest.raises(ExtractionError, match="The file is empty"):
        extract_text(name, b"")


def test_utf16_text_from_windows_notepad_is_read():
    assert extract_text("a.txt", "Décide".encode("utf-16")) == "Décide"


def test_text_in_a_legacy_encoding_is_refused_with_advice():
    with pytest.raises(ExtractionError, match="not UTF-8 encoded"):
        extract_text("a.txt", "Côte d'Ivoire".encode("cp1252"))


def test_a_binary_file_named_txt_is_refused():
    with pytest.raises(ExtractionError, match="binary"):
        extract_text("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


spans = st.lists(st.tuples(st.text(alphabet="ab ,.\t", max_size=8), st.booleans()), max_size=12)


@given(spans)
def test_italic_marks_only_add_asterisks(pieces):
    marked = join_spans(pieces)

    assert marked.replace("*", "") == "".join(text for text, _ in pieces)


@given(spans)
def test_italic_marks_pair_up_around_words(pieces):
    marked = join_spans(pieces)

    assert marked.count("*") % 2 == 0
    for index, part in enumerate(marked.split("*")):
        if index % 2:
            assert part == part.strip() and part
