"""PDFs as the Secretariat issues them: running headers, raised footnote markers, italics."""

import contextlib
import io
import random

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from undrafts.extraction import ExtractionError, extract_text
from undrafts.extraction.pdf import MAX_PAGES

from .samples import make_pdf, seed_text
from .test_docx import paragraphs, seed_paragraphs


@pytest.mark.parametrize(
    "seed",
    ["A-C.1-73-L.27-Rev.1.txt", "A-RES-74-28.txt", "A-RES-75-240.txt", "A-75-394.txt"],
)
def test_a_pdf_of_a_seed_reads_back_paragraph_for_paragraph(seed):
    symbol = "A/" + seed.removeprefix("A-").removesuffix(".txt").replace("-", "/")

    text = extract_text("draft.pdf", make_pdf(seed_text(seed), symbol=symbol))

    assert paragraphs(text) == seed_paragraphs(seed)


def test_running_header_footer_and_page_numbers_are_left_out():
    seed = seed_text("A-C.1-73-L.27-Rev.1.txt")

    text = extract_text("draft.pdf", make_pdf(seed, symbol="A/C.1/73/L.27/Rev.1", job="18-18106"))

    assert "18-18106" not in text
    assert "A/C.1/73/L.27/Rev.1" not in text  # printed only as the running header here
    assert not any(p.strip().isdigit() for p in paragraphs(text))


def test_a_paragraph_broken_across_pages_reads_as_one():
    seed = seed_text("A-C.1-73-L.27-Rev.1.txt")

    text = paragraphs(extract_text("draft.pdf", make_pdf(seed, symbol="A/C.1/73/L.27/Rev.1")))

    fifth = next(p for p in text if p.startswith("5. *Decides* to convene"))
    assert fifth.endswith("to share views on the issues within the group's mandate;")


def test_italic_openings_and_raised_markers_are_kept():
    seed = seed_text("A-C.1-73-L.27-Rev.1.txt")

    text = extract_text("draft.pdf", make_pdf(seed))

    assert "2. *Calls upon* Member States to promote further" in text
    assert "transmitted by the Secretary-General,¹" in text
    assert "\n¹ A/65/201, A/68/98 and A/70/174.\n" in text


def _pdf(draw, **options) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, **options)
    draw(page)
    page.save()
    return out.getvalue()


def _one_paragraph(page) -> None:
    page.setFont("Times-Roman", 10)
    page.drawString(72, 700, "The General Assembly, recalling its earlier resolutions,")
    page.drawString(72, 688, "1. Decides to remain seized of the matter.")


def test_a_password_protected_pdf_is_refused():
    locked = _pdf(_one_paragraph, encrypt=StandardEncryption("secret", ownerPassword="owner"))

    with pytest.raises(ExtractionError, match="encrypted \\(password-protected\\)"):
        extract_text("draft.pdf", locked)


def test_a_pdf_protected_only_against_copying_opens_without_a_password():
    restricted = _pdf(
        _one_paragraph, encrypt=StandardEncryption("", ownerPassword="owner", canCopy=0)
    )

    assert "1. Decides to remain seized of the matter." in extract_text("draft.pdf", restricted)


def test_a_scan_without_a_text_layer_is_refused():
    def draw(page):
        page.rect(72, 72, 400, 600, fill=1)

    with pytest.raises(ExtractionError, match="no text layer; it may be a scan"):
        extract_text("scan.pdf", _pdf(draw))


def test_a_pdf_longer_than_the_page_limit_is_refused():
    def draw(page):
        for number in range(MAX_PAGES + 1):
            page.drawString(72, 700, f"Page {number}")
            page.showPage()

    with pytest.raises(ExtractionError, match=f"{MAX_PAGES + 1} pages"):
        extract_text("huge.pdf", _pdf(draw))


def test_a_file_that_is_not_a_pdf_is_refused():
    with pytest.raises(ExtractionError, match="not a PDF"):
        extract_text("draft.pdf", b"PK\x03\x04 this is a zip really")


def test_garbled_pdfs_are_refused_cleanly():
    good = make_pdf(seed_text("A-RES-74-28.txt"))
    rng = random.Random(7)
    noise = bytes(rng.randrange(256) for _ in range(20_000))
    garbled = [
        b"%PDF-1.4\n" + noise,
        good[:2000],
        good[: len(good) // 3],
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>",
    ]
    for data in garbled:
        with pytest.raises(ExtractionError):
            extract_text("draft.pdf", data)


def test_a_pdf_with_bytes_flipped_inside_is_read_or_refused_never_crashes():
    good = bytearray(make_pdf(seed_text("A-RES-74-28.txt")))
    rng = random.Random(11)
    for _ in range(20):
        damaged = bytearray(good)
        for _ in range(30):
            damaged[rng.randrange(200, len(damaged))] = rng.randrange(256)
        with contextlib.suppress(ExtractionError):
            extract_text("draft.pdf", bytes(damaged))
