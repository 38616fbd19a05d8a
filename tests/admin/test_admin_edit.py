"""Editing paragraphs and details after import: revisions, history, and two editors at once."""

from django.test import Client

from undrafts.documents.models import Document, Paragraph

from .conftest import REV1, admin_url


def op(label: str, symbol: str = REV1) -> Paragraph:
    return Paragraph.objects.get(text__document__symbol=symbol, label=label)


def edit_page(client, paragraph: Paragraph):
    return client.get(admin_url("documents_paragraph_change", paragraph.pk))


def save(client, paragraph: Paragraph, page, content: str, reason: str = ""):
    """Submit the edit form as it was shown, with new wording."""
    base = page.context["form"]["base_version"].value()
    return client.post(
        admin_url("documents_paragraph_change", paragraph.pk),
        {"content": content, "reason": reason, "base_version": base},
    )


def test_amina_rewords_a_paragraph_and_it_leaves_a_revision(amina_client, amina):
    paragraph = op("OP2")
    version = paragraph.text.version
    page = edit_page(amina_client, paragraph)
    assert page.status_code == 200
    assert paragraph.content in page.content.decode()

    response = save(
        amina_client,
        paragraph,
        page,
        paragraph.content.replace("Member States", "all Member States"),
        reason="Oral revision",
    )

    assert response.status_code == 302
    assert response["Location"] == admin_url("documents_text_change", paragraph.text_id)
    paragraph.refresh_from_db()
    assert "all Member States" in paragraph.content
    latest = paragraph.revisions.order_by("-text_version").first()
    assert (latest.author, latest.reason) == (amina, "Oral revision")
    assert latest.text_version == version + 1


def test_the_history_shows_each_revision_with_its_author_and_word_diff(amina_client):
    paragraph = op("OP2")
    save(
        amina_client,
        paragraph,
        edit_page(amina_client, paragraph),
        paragraph.content.replace("Member States", "all Member States"),
        reason="Oral revision",
    )

    page = amina_client.get(admin_url("documents_paragraph_history", paragraph.pk))

    html = page.content.decode()
    assert page.status_code == 200
    assert "Oral revision" in html
    assert "amina" in html
    assert "<ins>all </ins>" in html
    assert html.index("Oral revision") < html.index("import"), "newest first"


def test_saving_the_same_wording_makes_no_revision(amina_client):
    paragraph = op("OP3")
    revisions = paragraph.revisions.count()

    response = save(amina_client, paragraph, edit_page(amina_client, paragraph), paragraph.content)

    assert response.status_code == 302
    assert paragraph.revisions.count() == revisions


def test_an_empty_paragraph_is_refused(amina_client):
    paragraph = op("OP3")
    before = paragraph.content

    response = save(amina_client, paragraph, edit_page(amina_client, paragraph), "  \u200b ")

    assert response.status_code == 200
    assert "A paragraph cannot be empty" in response.content.decode()
    paragraph.refresh_from_db()
    assert paragraph.content == before


def test_boris_saving_after_amina_is_refused_and_shown_the_difference(amina_client, boris, amina):
    paragraph = op("OP4")
    boris_client = Client()
    boris_client.force_login(boris)
    amina_page = edit_page(amina_client, paragraph)
    boris_page = edit_page(boris_client, paragraph)
    amina_words = paragraph.content.replace("all Member States", "all States")
    boris_words = paragraph.content.replace("taking into account", "bearing in mind")
    save(amina_client, paragraph, amina_page, amina_words, reason="Agreed wording")

    response = save(boris_client, paragraph, boris_page, boris_words)

    assert response.status_code == 409
    html = response.content.decode()
    assert "was changed by someone else" in html
    assert "not saved" in html
    assert "amina" in html
    assert amina_words in html, "boris sees amina's wording"
    assert "<ins>Member </ins>" in html
    assert "<ins>bearing in mind</ins>" in html
    assert "<del>taking into account</del>" in html
    paragraph.refresh_from_db()
    assert paragraph.content == amina_words

    # Having seen it, boris may save deliberately over it.
    again = save(boris_client, paragraph, response, boris_words)

    assert again.status_code == 302
    paragraph.refresh_from_db()
    assert paragraph.content == boris_words


def test_editing_another_paragraph_of_the_same_text_is_not_a_conflict(amina_client, boris):
    boris_client = Client()
    boris_client.force_login(boris)
    first, second = op("OP2"), op("OP3")
    boris_page = edit_page(boris_client, second)
    save(amina_client, first, edit_page(amina_client, first), first.content + " Amended.")

    response = save(boris_client, second, boris_page, second.content + " Also amended.")

    assert response.status_code == 302


def test_two_editors_changing_a_documents_details_do_not_overwrite_each_other(amina_client, boris):
    document = Document.objects.get(symbol=REV1)
    url = admin_url("documents_document_change", document.pk)
    boris_client = Client()
    boris_client.force_login(boris)

    def form_data(page, **changes):
        form = page.context["adminform"].form
        data = {}
        for name, _field in form.fields.items():
            value = form[name].value()
            data[name] = "" if value is None else value
        data.update(changes)
        for formset in page.context["inline_admin_formsets"]:
            management = formset.formset.management_form
            for name in management.fields:
                data[f"{formset.formset.prefix}-{name}"] = management[name].value()
            for index, inline_form in enumerate(formset.formset.forms):
                for name in inline_form.fields:
                    value = inline_form[name].value()
                    key = f"{formset.formset.prefix}-{index}-{name}"
                    data[key] = "" if value is None else value
        return {k: v for k, v in data.items() if v is not False}

    amina_page = amina_client.get(url)
    boris_page = boris_client.get(url)
    saved = amina_client.post(url, form_data(amina_page, title="Amina's title"))
    assert saved.status_code == 302, saved.context["adminform"].form.errors

    refused = boris_client.post(url, form_data(boris_page, agenda_item="97"))

    assert refused.status_code == 200
    assert "Someone else saved this document after you opened it" in refused.content.decode()
    assert "Amina&#x27;s title" in refused.content.decode()
    document.refresh_from_db()
    assert document.title == "Amina's title"
    assert document.agenda_item != "97"


def test_a_document_is_withdrawn_not_deleted(amina_client):
    document = Document.objects.get(symbol=REV1)
    changelist = admin_url("documents_document_changelist")

    asked = amina_client.post(changelist, {"action": "withdraw", "_selected_action": [document.pk]})
    assert asked.status_code == 200
    assert "links that people shared keep working" in asked.content.decode()
    done = amina_client.post(
        changelist,
        {
            "action": "withdraw",
            "_selected_action": [document.pk],
            "apply": "1",
            "reason": "Replaced by A/C.1/73/L.27/Rev.2",
        },
    )

    assert done.status_code == 302
    document.refresh_from_db()
    assert document.withdrawn
    assert document.withdrawn_reason == "Replaced by A/C.1/73/L.27/Rev.2"
    assert amina_client.get(admin_url("documents_document_delete", document.pk)).status_code == 403
    assert b"delete_selected" not in amina_client.get(changelist).content


def test_withdrawing_needs_a_reason(amina_client):
    document = Document.objects.get(symbol=REV1)

    response = amina_client.post(
        admin_url("documents_document_changelist"),
        {"action": "withdraw", "_selected_action": [document.pk], "apply": "1", "reason": ""},
    )

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    document.refresh_from_db()
    assert not document.withdrawn
