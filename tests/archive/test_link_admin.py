"""Editors accept or reject the links the archive was not sure of, in the admin."""

import pytest
from django.test import Client
from django.urls import reverse

from undrafts.documents.models import Document, DocumentLink

from .texts import draft_text


@pytest.fixture
def doubtful(seeds):
    """Last session's resolution and this session's draft: the title differs by a number."""
    from undrafts.documents.services import document_import

    old = document_import(
        raw=draft_text("A/C.3/80/L.40", session=80, title="Report on the tenth meeting of Oz"),
        kind=Document.Kind.RESOLUTION,
        symbol="A/RES/80/300",
    ).document
    new = document_import(
        raw=draft_text(
            "A/C.3/81/L.40",
            title="Report on the eleventh meeting of Oz",
            operative=["Welcomes the report;", "Decides to remain seized of the matter."],
        )
    ).document
    return DocumentLink.objects.create(
        earlier=old,
        later=new,
        relation="year_over_year",
        confidence=0.6,
        evidence="previous session, nearly the same title, 40% of the text kept",
        text_kept=0.4,
    )


def changelist_post(client: Client, action: str, link: DocumentLink):
    return client.post(
        reverse("admin:documents_documentlink_changelist"),
        {"action": action, "_selected_action": [link.pk]},
    )


def test_an_editor_sees_the_waiting_links_with_a_comparison(client, amina, doubtful):
    client.force_login(amina)

    page = client.get(reverse("admin:documents_documentlink_changelist") + "?status=suggested")

    assert page.status_code == 200
    assert "A/C.3/81/L.40" in page.text
    assert "/compare/A/RES/80/300...A/C.3/81/L.40/" in page.text


def test_accepting_a_link_applies_it(client, amina, doubtful):
    client.force_login(amina)

    changelist_post(client, "accept", doubtful)

    doubtful.refresh_from_db()
    assert doubtful.status == "accepted"
    assert doubtful.decided_by == amina
    later = doubtful.later
    later.refresh_from_db()
    assert later.follows == doubtful.earlier
    assert later.lineage is not None and later.lineage == doubtful.earlier.lineage


def test_rejecting_a_link_keeps_the_documents_apart(client, amina, doubtful):
    client.force_login(amina)

    changelist_post(client, "reject", doubtful)

    doubtful.refresh_from_db()
    assert doubtful.status == "rejected"
    doubtful.later.refresh_from_db()
    assert doubtful.later.follows is None


def test_staff_who_are_not_editors_cannot_decide(client, doubtful, django_user_model):
    clerk = django_user_model.objects.create_user("clerk", password="x", is_staff=True)
    client.force_login(clerk)

    changelist_post(client, "accept", doubtful)

    doubtful.refresh_from_db()
    assert doubtful.status == "suggested"
