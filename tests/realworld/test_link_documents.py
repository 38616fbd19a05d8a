"""`link_documents` on the shared real PDFs: every listed link is found, and no other."""

import itertools
from io import StringIO

import pytest
from django.core.management import call_command

from undrafts.documents.archive_files import prepare
from undrafts.documents.bulk_import import Outcome, archive_file_store
from undrafts.documents.linking import link_decide
from undrafts.documents.models import Document, DocumentLink

from .conftest import all_pdfs, realworld_available

RELATIONS = ("draft_to_resolution", "draft_to_draft", "year_over_year")


@pytest.fixture(scope="module")
def prepared():
    """Extracting 48 PDFs is the slow part: once per module, before any database work."""
    if not realworld_available():
        pytest.skip("the real-document folder is absent")
    return [prepare(str(path)) for path in all_pdfs()]


@pytest.fixture
def archive(db, prepared):
    outcomes = [archive_file_store(p) for p in prepared]
    assert [o.reason for o in outcomes if o.status == Outcome.FAILED] == []
    return outcomes


def expected_links(pairs) -> set[tuple[str, str, str]]:
    links = set()
    for pair in pairs["draft_to_resolution"]:
        if not pair["via"]:  # a pair "via" a Vice-Chair's draft is two links, listed as such
            links.add((pair["draft"], pair["resolution"], "draft_to_resolution"))
    for pair in pairs["draft_to_draft"]:
        links.add((pair["draft"], pair["successor"], "draft_to_draft"))
    for chain in pairs["year_over_year"]:
        for earlier, later in itertools.pairwise(chain["steps"]):
            links.add((earlier, later, "year_over_year"))
    return links


def made_links(status=None) -> set[tuple[str, str, str]]:
    """Links among the real PDFs (the seed documents are stored too, and link among themselves)."""
    links = DocumentLink.objects.select_related("earlier", "later").filter(
        later__source_name__in=[p.name for p in all_pdfs()]
    )
    if status:
        links = links.filter(status__in=status)
    return {(k.earlier.symbol, k.later.symbol, k.relation) for k in links}


def link_documents() -> str:
    out = StringIO()
    call_command("link_documents", stdout=out)
    return out.getvalue()


def test_every_listed_link_is_found_and_applied_and_no_other(archive, pairs):
    expected = expected_links(pairs)
    assert len(expected) == 30

    out = link_documents()

    assert made_links() == expected
    assert made_links(status=["applied"]) == expected
    assert "0 waiting for an editor" in out


def test_links_carry_their_evidence(archive):
    link_documents()

    plenary = DocumentLink.objects.get(later__symbol="A/RES/80/5")
    assert plenary.earlier.symbol == "A/80/L.5"
    assert "without reference to a Main Committee (A/80/L.5)" in plenary.evidence
    replaced = DocumentLink.objects.get(later__symbol="A/C.2/80/L.57")
    assert "informal consultations on draft resolution A/C.2/80/L.9" in replaced.evidence
    yearly = DocumentLink.objects.get(later__symbol="A/RES/80/220", relation="year_over_year")
    assert yearly.earlier.symbol == "A/RES/79/181"
    assert "previous session, same title, recalls resolution 79/181" in yearly.evidence
    assert 0.5 < yearly.text_kept < 1


def test_a_lineage_runs_from_the_earliest_session_to_the_adopted_resolution(archive):
    link_documents()

    resolution = Document.objects.get(symbol="A/RES/80/129")
    assert resolution.follows.symbol == "A/C.2/80/L.57"
    assert Document.objects.get(symbol="A/C.2/80/L.57").follows.symbol == "A/C.2/80/L.9"
    assert Document.objects.get(symbol="A/RES/79/199").follows.symbol == "A/RES/78/231"
    family = set(resolution.lineage.documents.values_list("symbol", flat=True))
    assert family == {
        "A/RES/78/231",
        "A/RES/79/199",
        "A/C.2/80/L.9",
        "A/C.2/80/L.57",
        "A/RES/80/129",
    }


def test_running_it_again_changes_nothing(archive):
    link_documents()
    before = {d.symbol: (d.follows_id, d.lineage_id) for d in Document.objects.all()}

    out = link_documents()

    assert {d.symbol: (d.follows_id, d.lineage_id) for d in Document.objects.all()} == before
    assert "0 no longer found" in out


def test_an_editors_rejection_and_own_link_are_never_overwritten(archive, amina):
    link_documents()
    wrong = DocumentLink.objects.get(later__symbol="A/RES/80/224", relation="year_over_year")
    link_decide(link=wrong, accept=False, editor=amina)
    draft = Document.objects.get(symbol="A/C.6/80/L.8")
    resolution = Document.objects.get(symbol="A/RES/80/162")
    # The editor links the resolution by hand to another draft of the same agenda item.
    other = Document.objects.get(symbol="A/C.6/80/L.10")
    resolution.follows = other
    resolution.save()

    link_documents()

    wrong.refresh_from_db()
    assert wrong.status == "rejected"
    assert wrong.decided_by == amina
    resolution.refresh_from_db()
    assert resolution.follows == other
    assert DocumentLink.objects.get(earlier=draft, later=resolution).status == "applied"
