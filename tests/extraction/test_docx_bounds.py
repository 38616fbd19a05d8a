"""A crafted Word file cannot tie a worker up: it is refused as soon as it passes the limit.

The file of issue 13: 3 MB on disk, 63 MB of XML, under every zip-bomb threshold, holding
11 million characters of text. Read whole it took 69 to 85 s and 900 MB before the parser
refused it; read as a stream it is refused after the first 2,000,000 characters.
"""

import io
import json
import random
import subprocess
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from undrafts.extraction import ExtractionError, extract_document, extract_text
from undrafts.parsing.document import MAX_CHARACTERS

from .word_files import W, paragraph, run, word_file

ROOT = Path(__file__).resolve().parents[2]
MiB = 1024 * 1024


def crafted_docx(xml_bytes: int = 63 * MiB) -> bytes:
    """Paragraphs of words from a small vocabulary, in the markup Word writes around them:
    compressed about 1:19, below the 1:200 a zip bomb is refused at."""
    rng = random.Random(13)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(rng.choices(letters, k=rng.randint(2, 11))) for _ in range(120)]
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'
    parts, size = [head], len(head)
    while size < xml_bytes:
        text = " ".join(rng.choices(words, k=6))
        p = (
            '<w:p><w:pPr><w:pStyle w:val="Normal"/><w:jc w:val="both"/>'
            '<w:spacing w:after="120"/></w:pPr><w:r><w:rPr>'
            '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="20"/>'
            f'</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        )
        parts.append(p)
        size += len(p)
    parts.append("</w:body></w:document>")
    data = word_file("")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            body = source.read(item)
            if item.filename == "word/document.xml":
                body = "".join(parts).encode()
            target.writestr(item.filename, body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


@pytest.fixture(scope="module")
def crafted() -> bytes:
    return crafted_docx()


def test_the_crafted_file_is_of_the_issues_shape(crafted):
    with zipfile.ZipFile(io.BytesIO(crafted)) as archive:
        member = archive.getinfo("word/document.xml")
    assert 2.5 * MiB < len(crafted) < 4 * MiB
    assert 62 * MiB < member.file_size < 64 * MiB
    assert member.file_size / member.compress_size < 200


def test_a_crafted_word_file_is_refused_fast_with_a_clear_message(crafted):
    started = time.perf_counter()
    with pytest.raises(ExtractionError, match=r"more than 2,000,000 characters of text"):
        extract_text("crafted.docx", crafted)
    assert time.perf_counter() - started < 15  # 69 to 85 s before; about 1 s on a quiet machine


def test_a_crafted_word_file_is_refused_in_bounded_memory(crafted):
    tracemalloc.start()
    try:
        with pytest.raises(ExtractionError, match="characters of text"):
            extract_text("crafted.docx", crafted)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50 * MiB


def test_the_whole_process_stays_small_while_it_refuses_the_file(crafted, tmp_path):
    """tracemalloc does not see libxml2's memory: measure the peak of a fresh process."""
    path = tmp_path / "crafted.docx"
    path.write_bytes(crafted)
    script = (
        "import json, resource, sys\n"
        "from undrafts.extraction import ExtractionError, extract_text\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "data = open(sys.argv[1], 'rb').read()\n"
        "try:\n    extract_text('crafted.docx', data)\nexcept ExtractionError as exc:\n"
        "    message = str(exc)\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(json.dumps({'grew_kib': after - before, 'message': message}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    measured = json.loads(done.stdout)
    assert "characters of text" in measured["message"]
    assert measured["grew_kib"] < 100 * 1024  # 900 MB before


def test_a_file_of_nothing_but_empty_paragraphs_is_refused_on_its_markup():
    # Paragraphs with no text, each tagged with its revision id as Word tags them: no
    # character is ever read, so the count of markup is what stops the file.
    rng = random.Random(7)
    body = "".join(f'<w:p w:rsidR="{rng.getrandbits(32):08X}"/>' for _ in range(300_000))

    started = time.perf_counter()
    with pytest.raises(ExtractionError, match="more than 200,000 pieces of markup"):
        extract_document("empty.docx", word_file(body), max_chars=200_000)
    assert time.perf_counter() - started < 15


def test_one_endless_paragraph_is_refused_before_it_is_built():
    rng = random.Random(8)
    words = " ".join(f"{rng.getrandbits(40):x}" for _ in range(250_000))  # 2.7 million chars
    endless = paragraph(run(words))

    with pytest.raises(ExtractionError, match="more than 2,000,000 characters of text"):
        extract_text("endless.docx", word_file(endless))


def test_the_limit_is_the_one_the_caller_gives():
    text = "Decides to remain seized of the matter."
    data = word_file(paragraph(run(text)) * 10)

    assert len(extract_document("d.docx", data, max_chars=10 * (len(text) + 2)).text) > 0
    with pytest.raises(ExtractionError, match="more than 300 characters"):
        extract_document("d.docx", data, max_chars=300)


def test_a_text_file_longer_than_a_document_is_refused_before_it_is_decoded():
    huge = b"a" * (4 * MAX_CHARACTERS + 8)

    with pytest.raises(ExtractionError, match="more than 2,000,000 characters"):
        extract_text("huge.txt", huge)
    with pytest.raises(ExtractionError, match="more than 100 characters"):
        extract_document("short.txt", b"b" * 101, max_chars=100)


def test_a_styles_part_far_larger_than_word_writes_is_refused_unread():
    rng = random.Random(9)
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="S{rng.getrandbits(48):x}"/>'
        for _ in range(200_000)
    )  # 9 MiB of styles; Word's own come to about half a megabyte

    with pytest.raises(ExtractionError, match=r"styles part is \d+\.\d MiB"):
        extract_text("styled.docx", word_file(paragraph(run("Decides.")), styles=styles))
