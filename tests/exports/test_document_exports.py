"""A delegate takes a document's text away as Word or plain text."""

import io

import docx
import pytest

from undrafts.documents.selectors import text_paragraphs
from undrafts.exports.documents import document_docx, document_text

L27 = "A/C.1/73/L.27/Rev.1"
RES = "A/RES/75/240"
REPORT = "A/75/394"


def test_the_plain_text_reads_like_the_printed_resolution(seeds):
    text = document_text(seeds[RES])
    paragraphs = text_paragraphs(seeds[RES].texts.get())
    assert text.startswith(f"{RES}\n")
    assert "\n\nThe General Assembly,\n\n" in text
    assert paragraphs[0]["text"] in text
    # Operative paragraphs carry their numbers as printed: "1. Welcomes ...".
    first_operative = next(p for p in paragraphs if p["kind"] == "operative")
    assert f"\n{first_operative['number']}. {first_operative['text']}\n" in text
    # Preamble before operative part, in order.
    positions = [text.index(p["text"]) for p in paragraphs]
    assert positions == sorted(positions)


def test_footnotes_are_gathered_at_the_end_once_each(seeds):
    text = document_text(seeds[L27])
    notes = [n for p in text_paragraphs(seeds[L27].texts.get()) for n in p["footnotes"]]
    assert notes, "the 2018 draft cites the experts' reports"
    _, _, endnotes = text.rpartition("\n\nNotes\n")
    assert endnotes
    for note in notes:
        assert note["text"] in endnotes
    lines = endnotes.strip().splitlines()
    assert len(lines) == len(set(lines))


def test_a_draft_names_its_sponsors_as_its_header_does(seeds):
    text = document_text(seeds[L27])
    assert "Russian Federation" in text
    assert ": revised draft resolution\n" in text


def test_sub_paragraphs_are_indented_under_their_lead_in(seeds):
    # Resolution 74/28 asks States to inform the Secretary-General of (a), (b), ...
    document = seeds["A/RES/74/28"]
    children = [p for p in text_paragraphs(document.texts.get()) if p["parent_label"]]
    assert children
    text = document_text(document)
    for child in children:
        assert f"\n    {child['number']} {child['text']}\n" in text


def test_a_report_prints_each_text_under_its_heading(seeds):
    text = document_text(seeds[REPORT])
    headings = [t.heading for t in seeds[REPORT].texts.order_by("position")]
    positions = [text.index(f"\n{heading}\n") for heading in headings]
    assert positions == sorted(positions)


def test_the_word_file_opens_with_the_same_paragraphs(seeds):
    document = docx.Document(io.BytesIO(document_docx(seeds[RES])))
    paragraphs = [p.text for p in document.paragraphs]
    assert "The General Assembly," in paragraphs
    expected = text_paragraphs(seeds[RES].texts.get())
    for p in expected:
        assert any(p["text"] in line for line in paragraphs), p["label"]
    assert RES in document.sections[0].header.paragraphs[0].text
    italic = [r.text for para in document.paragraphs for r in para.runs if r.italic]
    openings = [p["opening"] for p in expected if p["opening"]]
    if openings:
        assert openings[0] in italic


@pytest.mark.parametrize(
    ("suffix", "content_type", "filename"),
    [
        (
            "text.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "A_C.1_73_L.27_Rev.1.docx",
        ),
        ("text.txt", "text/plain; charset=utf-8", "A_C.1_73_L.27_Rev.1.txt"),
    ],
)
def test_both_downloads_are_named_for_the_symbol(client, seeds, suffix, content_type, filename):
    response = client.get(f"/exports/documents/{L27}/{suffix}")
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
    if suffix == "text.txt":
        assert response.content.decode("utf-8") == document_text(seeds[L27])


def test_an_unknown_document_is_a_404_with_suggestions(client, seeds):
    response = client.get("/exports/documents/A/RES/75/241/text.txt")
    assert response.status_code == 404
    assert "A/RES/75/240" in response.content.decode()


def test_a_resolution_ends_with_its_meeting_once(seeds):
    resolution = seeds["A/RES/74/28"]
    text = document_text(resolution)
    assert resolution.meeting
    assert text.count(resolution.meeting) == 1
    assert text.count(f"{resolution.adoption_date.day} {resolution.adoption_date:%B %Y}") == 1
