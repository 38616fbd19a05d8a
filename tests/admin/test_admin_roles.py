"""Only editors add or edit; other staff look; readers and strangers reach nothing."""

import pytest
from django.test import Client

from undrafts.documents.models import Document, Paragraph

from .conftest import IMPORT_URL, REV1, REV2, admin_url, counts, rev2_text


def urls(seeds) -> dict[str, str]:
    document = Document.objects.get(symbol=REV1)
    paragraph = Paragraph.objects.get(text__document=document, label="OP2")
    return {
        "import": IMPORT_URL,
        "add": admin_url("documents_document_add"),
        "document": admin_url("documents_document_change", document.pk),
        "paragraph": admin_url("documents_paragraph_change", paragraph.pk),
        "history": admin_url("documents_paragraph_history", paragraph.pk),
        "text": admin_url("documents_text_change", paragraph.text_id),
        "lineage_add": admin_url("documents_lineage_add"),
        "delete": admin_url("documents_document_delete", document.pk),
    }


def attempts(seeds) -> list[tuple[str, dict]]:
    """What someone might post to change things."""
    document = Document.objects.get(symbol=REV1)
    paragraph = Paragraph.objects.get(text__document=document, label="OP2")
    return [
        (IMPORT_URL, {"_confirm": "1", "symbol": REV2, "text": rev2_text()}),
        (IMPORT_URL, {"_preview": "1", "symbol": REV2, "text": rev2_text()}),
        (
            admin_url("documents_paragraph_change", paragraph.pk),
            {"content": "Vandalised.", "base_version": paragraph.text.version},
        ),
        (admin_url("documents_document_change", document.pk), {"title": "Vandalised"}),
        (admin_url("documents_document_delete", document.pk), {"post": "yes"}),
        (
            admin_url("documents_document_changelist"),
            {"action": "withdraw", "_selected_action": [document.pk], "apply": "1", "reason": "x"},
        ),
        (admin_url("documents_lineage_add"), {"name": "Vandal lineage", "slug": "vandal"}),
    ]


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.mark.parametrize("who", ["anonymous", "reader"])
def test_people_without_staff_access_are_sent_to_log_in(request, seeds, who):
    client = client_for(None if who == "anonymous" else request.getfixturevalue("reader"))

    for name, url in urls(seeds).items():
        response = client.get(url)
        assert response.status_code == 302, name
        assert response["Location"].startswith("/admin/login/"), name


@pytest.mark.parametrize("who", ["anonymous", "reader", "viewer"])
def test_nobody_but_an_editor_can_change_anything(request, seeds, who):
    user = None if who == "anonymous" else request.getfixturevalue(who)
    client = client_for(user)
    before = counts()
    title = Document.objects.get(symbol=REV1).title

    changelist = admin_url("documents_document_changelist")
    for url, data in attempts(seeds):
        response = client.post(url, data)
        if who == "viewer" and url == changelist:
            # Staff see the list; the withdraw action is simply not among their choices.
            assert response.status_code in (200, 302), url
            assert b'value="withdraw"' not in client.get(changelist).content
            continue
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response["Location"].startswith("/admin/login/"), url

    assert counts() == before
    document = Document.objects.get(symbol=REV1)
    assert (document.title, document.withdrawn) == (title, False)
    assert "Vandalised" not in Paragraph.objects.get(text=document.main_text, label="OP2").content


def test_staff_outside_the_editors_group_may_look_but_not_add_or_edit(viewer, seeds):
    client = client_for(viewer)
    pages = urls(seeds)

    assert client.get(pages["import"]).status_code == 403
    assert client.get(pages["lineage_add"]).status_code == 403
    assert client.get(pages["delete"]).status_code == 403
    assert client.get(pages["history"]).status_code == 200
    assert client.get(pages["text"]).status_code == 200
    paragraph_page = client.get(pages["paragraph"])
    assert paragraph_page.status_code == 200
    assert b"Only editors may change the wording." in paragraph_page.content
    assert b"<textarea" not in paragraph_page.content
    listing = client.get(admin_url("documents_document_changelist"))
    assert listing.status_code == 200
    assert REV1.encode() in listing.content


def test_editors_see_the_add_and_edit_controls(amina_client):
    index = amina_client.get(admin_url("app_list", "documents"))

    assert index.status_code == 200
    assert admin_url("documents_document_add").encode() in index.content


def test_even_an_editor_cannot_delete_a_document(amina_client):
    document = Document.objects.get(symbol=REV1)

    url = admin_url("documents_document_delete", document.pk)
    response = amina_client.post(url, {"post": "yes"})

    assert response.status_code == 403
    assert Document.objects.filter(symbol=REV1).exists()


def test_a_superuser_outside_the_group_is_an_editor(admin_client, seeds):
    assert admin_client.get(IMPORT_URL).status_code == 200


def test_an_editor_who_is_no_longer_staff_loses_access(amina_client, amina):
    amina.is_staff = False
    amina.save()

    response = amina_client.get(IMPORT_URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_editors_group_comes_with_the_documents_permissions(db):
    from django.contrib.auth.models import Group

    group = Group.objects.get(name="Editors")
    granted = set(group.permissions.values_list("codename", flat=True))

    assert {"add_document", "change_document", "view_document", "change_paragraph"} <= granted
    assert "delete_document" not in granted
