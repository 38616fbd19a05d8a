"""A delegate downloads the redline of last year's resolution against this year's and sees,
on each changed paragraph, whether it is the annual update or a negotiated change, and any
wording made stronger or weaker; from the "Substantive changes only" view, only those.

On the shared real PDFs; skipped with the reason when ../shared/realworld is absent.
"""

import io

import docx
import pytest
from django.core.management import call_command

from tests.realworld.conftest import REALWORLD, extracted, pdf_path, realworld_available
from undrafts.documents.services import document_import

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        not realworld_available(), reason=f"the real-document folder {REALWORLD} is absent"
    ),
]

OLD, NEW = "A/RES/78/222", "A/RES/79/185"
REDLINE = f"/exports/compare/{OLD}...{NEW}/redline.docx"


@pytest.fixture
def pair(db):
    for symbol in (OLD, NEW):
        document_import(raw=extracted(symbol), symbol=symbol, source_name=pdf_path(symbol).name)


def headings(client, query=None) -> list[str]:
    response = client.get(REDLINE, query or {})
    assert response.status_code == 200
    return [p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs]


def test_each_changed_paragraph_says_its_nature_and_any_change_of_strength(client, pair):
    texts = headings(client)
    # "requests" became "invites" in OP6; "as applicable" was dropped from OP1
    assert "OP6  (substantive; wording requests → invites, weaker)" in texts
    assert "OP1  (substantive; wording as applicable → (nothing), stronger)" in texts
    # OP35 (OP36 in 2024) differs only in its references: the annual update
    assert "OP35 → OP36  (technical)" in texts
    summary = next(t for t in texts if t.startswith("Summary: "))
    assert "Of the changed paragraphs, 51 substantive and 1 technical." in summary


def test_the_substantive_view_leaves_out_the_annual_update_and_says_so(client, pair):
    texts = headings(client, {"changes": "substantive"})
    assert "OP6  (substantive; wording requests → invites, weaker)" in texts
    assert not any(t.startswith("OP35 → OP36") for t in texts)
    assert not any(t.startswith("PP1 ") or t == "PP1" for t in texts)  # unchanged
    [note] = [t for t in texts if t.startswith("Substantive changes only: ")]
    assert "are left out" in note
    permalink = next(t for t in texts if t.startswith("Permalink: "))
    assert permalink.endswith("?changes=substantive")


def test_the_two_views_are_two_files(client, pair):
    every = client.get(REDLINE)["ETag"]
    assert client.get(REDLINE, {"changes": "substantive"})["ETag"] != every


def test_a_view_the_redline_does_not_know_gets_a_plain_400(client, pair):
    response = client.get(REDLINE, {"changes": "maybe"})
    assert response.status_code == 400
    assert "changes must be substantive" in response.content.decode()


def test_the_compare_command_prints_nature_and_strength(pair, capsys):
    call_command("compare", OLD, NEW)
    out = capsys.readouterr().out
    assert "nature: 51 substantive, 1 technical" in out
    assert "[changed technical] OP35 -> OP36" in out
    assert "[changed substantive] OP6 -> OP6" in out
    assert "strength: requests -> invites, weaker" in out
