"""Word files as Secretariat staff receive them: italic openings, footnotes, list numbers."""

import io
import re
import zipfile

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from undrafts.extraction import ExtractionError, extract_text

from .samples import blocks_from_text, make_docx, seed_text

SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def seed_paragraphs(name: str) -> list[str]:
    """The paragraphs of a seed as the extractor should give them back."""
    out = []
    for block in blocks_from_text(seed_text(name)):
        text = "".join(
            f"*{t}*" if k == "i" else t.translate(SUP) if k == "sup" else t for t, k in block.spans
        )
        out.append(re.sub(r"\s+", " ", text).strip())
    return out


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


@pytest.mark.parametrize("seed", ["A-C.1-73-L.27-Rev.1.txt", "A-RES-74-28.txt", "A-75-394.txt"])
def test_a_word_copy_of_a_seed_reads_back_paragraph_for_paragraph(seed):
    text = extract_text("draft.docx", make_docx(seed_text(seed)))

    assert paragraphs(text) == seed_paragraphs(seed)


def test_italic_opening_verbs_are_marked_as_in_the_seeds():
    raw = "1. *Calls upon* Member States to promote further the consideration of threats;"

    text = extract_text("draft.docx", make_docx(raw))

    assert text.strip() == raw


def test_word_splitting_one_italic_word_into_several_runs_still_gives_one_mark():
    document = docx.Document()
    paragraph = document.add_paragraph("2. ")
    for piece in ("Fur", "ther ", "de", "cides"):
        paragraph.add_run(piece).italic = True
    paragraph.add_run(" to remain seized of the matter.")
    out = io.BytesIO()
    document.save(out)

    assert extract_text("d.docx", out.getvalue()).strip() == (
        "2. *Further decides* to remain seized of the matter."
    )


def test_a_paragraph_set_wholly_in_italics_gets_no_marks():
    document = docx.Document()
    document.add_paragraph().add_run("Draft resolution submitted by the Chair").italic = True
    out = io.BytesIO()
    document.save(out)

    assert extract_text("d.docx", out.getvalue()).strip() == (
        "Draft resolution submitted by the Chair"
    )


def test_word_footnotes_follow_the_paragraph_that_cites_them():
    seed = seed_text("A-C.1-73-L.27-Rev.1.txt")

    text = paragraphs(extract_text("d.docx", make_docx(seed, word_footnotes=True)))

    welcoming = next(i for i, p in enumerate(text) if p.startswith("Welcoming the effective"))
    assert text[welcoming].endswith("Secretary-General,¹")
    assert text[welcoming + 1] == "¹ A/65/201, A/68/98 and A/70/174."
    fourth = next(p for p in text if p.startswith("⁴ "))
    assert "*Official Records of the General Assembly, Sixty-seventh Session" in fourth
    # The same paragraphs as the seed, only the footnotes have moved up to their paragraph.
    assert sorted(text) == sorted(seed_paragraphs("A-C.1-73-L.27-Rev.1.txt"))


def test_automatic_list_numbers_are_written_out():
    seed = seed_text("A-C.1-73-L.27-Rev.1.txt")

    text = paragraphs(extract_text("d.docx", make_docx(seed, auto_numbering=True)))

    assert text == seed_paragraphs("A-C.1-73-L.27-Rev.1.txt")
    assert any(p.startswith("7. *Further decides* to include") for p in text)


def test_lettered_sub_paragraphs_count_from_a_within_each_list():
    document = docx.Document()
    document.add_paragraph("4. Invites all Member States to inform the Secretary-General:")
    for item in ("General appreciation;", "Efforts taken;"):
        document.add_paragraph(item, style="List Number 2")
    out = io.BytesIO()
    document.save(out)
    data = _with_numbering_format(out.getvalue(), "List Number 2", "lowerLetter", "(%1)")

    text = paragraphs(extract_text("d.docx", data))

    assert text[1:] == ["(a) General appreciation;", "(b) Efforts taken;"]


def _with_numbering_format(data: bytes, style_name: str, fmt: str, pattern: str) -> bytes:
    """Give the list behind a built-in style another number format, as a template might."""
    document = docx.Document(io.BytesIO(data))
    num_id = document.styles[style_name].element.pPr.numPr.numId.val
    numbering = document.part.numbering_part.element
    abstract_id = numbering.num_having_numId(num_id).abstractNumId.val
    abstract = numbering.xpath(f'./w:abstractNum[@w:abstractNumId="{abstract_id}"]')[0]
    level = abstract.find(qn("w:lvl"))
    level.find(qn("w:numFmt")).set(qn("w:val"), fmt)
    level.find(qn("w:lvlText")).set(qn("w:val"), pattern)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_tracked_changes_read_as_accepted():
    document = docx.Document()
    paragraph = document.add_paragraph("3. ")
    paragraph.add_run("Considers").italic = True
    paragraph.add_run(" that the purpose of ")
    paragraph._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="1" w:author="A"><w:r><w:delText>such</w:delText>'
            "</w:r></w:del>"
        )
    )
    paragraph._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="2" w:author="A"><w:r><w:t>these</w:t></w:r></w:ins>'
        )
    )
    paragraph.add_run(" measures could be served;")
    out = io.BytesIO()
    document.save(out)

    assert extract_text("d.docx", out.getvalue()).strip() == (
        "3. *Considers* that the purpose of these measures could be served;"
    )


def test_text_in_tables_is_read_cell_by_cell():
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "General Assembly"
    table.cell(0, 1).text = "A/C.1/73/L.27/Rev.1"
    document.add_paragraph("The General Assembly,")
    out = io.BytesIO()
    document.save(out)

    assert paragraphs(extract_text("d.docx", out.getvalue())) == [
        "General Assembly",
        "A/C.1/73/L.27/Rev.1",
        "The General Assembly,",
    ]


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_an_old_word_doc_renamed_docx_is_refused_with_advice():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512

    with pytest.raises(ExtractionError, match=r"not a Word \.docx.*save it as \.docx"):
        extract_text("draft.docx", ole)


def test_a_zip_of_something_else_is_refused():
    spreadsheet = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})

    with pytest.raises(ExtractionError, match="zip archive of something else"):
        extract_text("draft.docx", spreadsheet)


def test_a_zip_bomb_is_refused_before_it_is_inflated():
    bomb = _zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": b"<w:document>" + b" " * (8 * 1024 * 1024),
        }
    )
    assert len(bomb) < 100_000

    with pytest.raises(ExtractionError, match="zip bomb"):
        extract_text("draft.docx", bomb)


def test_a_damaged_word_file_is_refused():
    broken = _zip(
        {
            "[Content_Types].xml": b"<Types",
            "_rels/.rels": b"<Relationships",
            "word/document.xml": b"<w:document",
        }
    )

    with pytest.raises(ExtractionError, match=r"damaged|not a Word"):
        extract_text("draft.docx", broken)


def test_a_truncated_word_file_is_refused():
    data = make_docx(seed_text("A-RES-74-28.txt"))

    with pytest.raises(ExtractionError, match=r"not a Word|damaged"):
        extract_text("draft.docx", data[: len(data) // 2])
