"""PDFs from other producers read into the same paragraphs as the seed texts they show."""

from pathlib import Path

import pytest

from undrafts.extraction import extract_text
from undrafts.parsing import parse_document

from .samples import seed_text

FILES = Path(__file__).resolve().parents[2] / "fixtures" / "files"


def structure(raw: str) -> list[list[tuple[str, str]]]:
    parsed = parse_document(raw)
    return [[(p.label, p.text) for p in text.paragraphs] for text in parsed.texts]


@pytest.mark.parametrize(
    ("pdf", "seed"),
    [
        ("A-C.1-73-L.27-Rev.1.pdf", "A-C.1-73-L.27-Rev.1.txt"),
        ("A-C.1-78-L.60-Rev.1.libreoffice.pdf", "A-C.1-78-L.60-Rev.1.txt"),
        ("A-75-394.libreoffice.pdf", "A-75-394.txt"),
        ("A-RES-75-240.chromium.pdf", "A-RES-75-240.txt"),
    ],
)
def test_a_pdf_parses_into_the_same_paragraphs_as_its_seed(pdf, seed):
    raw = extract_text(pdf, (FILES / pdf).read_bytes())

    assert structure(raw) == structure(seed_text(seed))


def test_footnotes_at_the_foot_of_the_page_follow_the_paragraph_they_interrupt():
    raw = extract_text("x.pdf", (FILES / "A-C.1-78-L.60-Rev.1.libreoffice.pdf").read_bytes())

    paragraphs = raw.split("\n\n")
    notes = [i for i, p in enumerate(paragraphs) if p[:1] in "¹²³⁴⁵⁶⁷⁸⁹"]
    assert notes, "the footnotes are read"
    for index in notes:
        before = paragraphs[index - 1]
        assert before[:1] in "¹²³⁴⁵⁶⁷⁸⁹" or before.rstrip().endswith((",", ";", ".", ":"))
