"""Votes in the admin: staff read them, nobody edits them, editors read a report again."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from undrafts.proceedings.models import Vote

CHANGELIST = "/admin/proceedings/vote/"


def test_staff_see_the_votes_with_flagged_lists_marked(client, amina, seeds):
    client.force_login(amina)
    response = client.get(CHANGELIST)
    assert response.status_code == 200
    page = response.text
    assert "A/C.1/75/L.8/Rev.1" in page
    assert "92–52–24" in page


def test_nobody_adds_or_edits_a_vote_by_hand(client, amina, seeds):
    client.force_login(amina)
    assert client.get(f"{CHANGELIST}add/").status_code == 403
    vote = Vote.objects.get(paragraph_label="PP10")
    response = client.post(f"{CHANGELIST}{vote.pk}/change/", {"yes": 1})
    vote.refresh_from_db()
    assert vote.yes == 108
    assert response.status_code in (200, 302, 403)


def test_an_editor_reads_the_report_again_from_the_list(client, amina, seeds):
    client.force_login(amina)
    vote = Vote.objects.get(paragraph_label="PP10")
    Vote.objects.filter(pk=vote.pk).update(yes=1)
    response = client.post(
        CHANGELIST,
        {"action": "read_reports_again", "_selected_action": [vote.pk]},
        follow=True,
    )
    assert "A/75/394: 7 votes, 2 with flagged lists." in response.text
    vote.refresh_from_db()
    assert vote.yes == 108


def test_a_reader_without_staff_rights_cannot_see_votes_in_the_admin(client, reader, seeds):
    client.force_login(reader)
    response = client.get(CHANGELIST)
    assert response.status_code == 302


def test_the_command_reads_every_report_or_the_ones_named(seeds, capsys):
    call_command("import_proceedings")
    assert "A/75/394: 7 votes (2 with flagged lists)" in capsys.readouterr().out
    with pytest.raises(CommandError, match="No document with the symbol X/1"):
        call_command("import_proceedings", "X/1")
