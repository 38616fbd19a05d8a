"""A delegate downloads the largest document the limits allow: the file is built once,
then served from the cache, and a browser holding it is told it has not changed."""

import datetime as dt
import io
import time
import zipfile

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from undrafts.documents.models import Document, Paragraph, Sponsor, Text
from undrafts.documents.services.paragraphs import paragraph_revise

pytestmark = pytest.mark.django_db

SYMBOL = "A/C.1/80/L.98"
REVISED = "A/C.1/80/L.98/Rev.1"
WORDING = (
    "Calls upon Member States to further promote at the multilateral level the "
    "consideration of existing and potential threats in the field of information "
    "security, as well as possible strategies to address the threats, paragraph {n}."
)
EXPORTS = ["text.docx", "text.txt"]
# A stored file is served without building anything: well under the build's seconds.
REPEAT_SECONDS = 0.25


def stored_draft(symbol: str, *, paragraphs: int = 0, reworded: bool = False) -> Document:
    """A draft of `paragraphs` (the most a document may hold unless given); reworded,
    every tenth differs."""
    document = Document.objects.create(
        symbol=symbol,
        kind=Document.Kind.DRAFT_RESOLUTION,
        title="The largest draft",
        session=80,
        committee=1,
        date=dt.date(2025, 10, 1),
    )
    text = Text.objects.create(document=document, position=1)
    Paragraph.objects.bulk_create(
        Paragraph(
            text=text,
            position=n,
            kind=Paragraph.Kind.OPERATIVE,
            number=str(n),
            label=f"OP{n}",
            content=WORDING.format(n=n).replace(
                "further promote",
                "strongly promote" if reworded and n % 10 == 0 else "further promote",
            ),
        )
        for n in range(1, (paragraphs or settings.MAX_DOCUMENT_PARAGRAPHS) + 1)
    )
    return document


@pytest.fixture
def largest_draft(db):
    document = stored_draft(SYMBOL)
    Sponsor.objects.create(document=document, name="Slovenia", position=1)
    return document


def timed(client, path, **headers):
    started = time.perf_counter()
    response = client.get(path, headers=headers)
    return response, time.perf_counter() - started


@pytest.mark.parametrize("export", EXPORTS)
def test_the_largest_document_is_built_once_then_served_from_the_cache(
    client, largest_draft, export
):
    path = f"/exports/documents/{SYMBOL}/{export}"
    first, first_seconds = timed(client, path)
    again, again_seconds = timed(client, path)
    assert first.status_code == again.status_code == 200
    assert again.content == first.content
    assert again_seconds < REPEAT_SECONDS, f"{again_seconds:.3f} s against {first_seconds:.3f} s"


@pytest.mark.parametrize("export", EXPORTS)
def test_a_file_already_built_is_served_without_reading_the_document(client, largest_draft, export):
    path = f"/exports/documents/{SYMBOL}/{export}"
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    assert len(queries) <= 3, [q["sql"] for q in queries]
    assert not [q for q in queries if "raw_text" in q["sql"] or "content" in q["sql"]]


@pytest.mark.parametrize("export", EXPORTS)
def test_a_browser_holding_the_file_is_told_it_has_not_changed(client, largest_draft, export):
    path = f"/exports/documents/{SYMBOL}/{export}"
    first = client.get(path)
    assert first["ETag"] and first["Cache-Control"] == "no-cache"
    held, seconds = timed(client, path, if_none_match=first["ETag"])
    assert held.status_code == 304
    assert held["ETag"] == first["ETag"]
    assert not held.content
    assert seconds < REPEAT_SECONDS, f"{seconds:.3f} s"


@pytest.mark.parametrize("export", EXPORTS)
def test_an_edit_gives_a_new_file_at_once(client, largest_draft, amina, export):
    path = f"/exports/documents/{SYMBOL}/{export}"
    before = client.get(path)
    paragraph = Paragraph.objects.get(text__document=largest_draft, label="OP7")
    paragraph_revise(
        paragraph_id=paragraph.pk,
        content="Decides to remain seized of the matter, as edited.",
        author=amina,
        base_version=1,
    )
    after = client.get(path, headers={"if-none-match": before["ETag"]})
    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
    assert b"as edited" in _readable(after.content, export)


def test_a_sponsor_added_to_the_draft_shows_in_its_file(client, largest_draft):
    path = f"/exports/documents/{SYMBOL}/text.txt"
    before = client.get(path)
    assert b"Slovenia: draft resolution" in before.content
    Sponsor.objects.create(document=largest_draft, name="Zambia", position=2)
    after = client.get(path, headers={"if-none-match": before["ETag"]})
    assert after.status_code == 200
    assert b"Slovenia and Zambia: draft resolution" in after.content


def test_the_redline_of_a_long_pair_is_built_once(client, db):
    # Two 10,000-paragraph drafts took 47.5 s a request before redlines were cached; a
    # fifth of the largest keeps the suite short (the largest pair takes some 30 s once).
    paragraphs = settings.MAX_DOCUMENT_PARAGRAPHS // 5
    stored_draft(SYMBOL, paragraphs=paragraphs)
    stored_draft(REVISED, paragraphs=paragraphs, reworded=True)
    path = f"/exports/compare/{SYMBOL}...{REVISED}/redline.docx"
    first = client.get(path)
    again, seconds = timed(client, path)
    assert first.status_code == again.status_code == 200
    assert again.content == first.content
    assert b"strongly" in _readable(first.content, "redline.docx")
    assert seconds < REPEAT_SECONDS, f"{seconds:.3f} s"


def _readable(content: bytes, export: str) -> bytes:
    if export == "text.txt":
        return content
    with zipfile.ZipFile(io.BytesIO(content)) as docx:
        return docx.read("word/document.xml")
