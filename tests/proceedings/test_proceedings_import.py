"""Storing a committee report's votes and the drafts' sponsors (A/75/394 in the seeds)."""

import pytest

from undrafts.documents.models import Document, Sponsor
from undrafts.proceedings.exceptions import ProceedingsRefused
from undrafts.proceedings.models import Vote
from undrafts.proceedings.selectors import votes_for_document, votes_on_paragraph
from undrafts.proceedings.services import proceedings_import


def test_loading_the_seeds_stores_the_seven_decisions_of_a_75_394(seeds):
    votes = Vote.objects.filter(report=seeds["A/75/394"]).order_by("position")
    assert [(v.draft_symbol, v.subject, v.paragraph_label, v.summary) for v in votes] == [
        ("A/C.1/75/L.4", "whole", "", "153–11–9"),
        ("A/C.1/75/L.8/Rev.1", "motion", "OP1", "57–31–63"),
        ("A/C.1/75/L.8/Rev.1", "paragraph", "PP10", "108–49–11"),
        ("A/C.1/75/L.8/Rev.1", "paragraph", "OP1", "92–52–24"),
        ("A/C.1/75/L.8/Rev.1", "whole", "", "104–50–20"),
        ("A/C.1/75/L.47", "whole", "", "Without a vote"),
        ("A/C.1/75/L.60", "whole", "", "Without a vote"),
    ]


def test_votes_are_linked_to_the_drafts_that_are_stored(seeds):
    votes = Vote.objects.filter(report=seeds["A/75/394"])
    assert {v.draft_symbol: (v.draft.symbol if v.draft else None) for v in votes} == {
        "A/C.1/75/L.4": "A/C.1/75/L.4",
        "A/C.1/75/L.8/Rev.1": "A/C.1/75/L.8/Rev.1",
        # The draft decisions are named in the report but not stored.
        "A/C.1/75/L.47": None,
        "A/C.1/75/L.60": None,
    }


def test_every_stored_list_has_as_many_names_as_the_report_states(seeds):
    for vote in Vote.objects.filter(report=seeds["A/75/394"], method="recorded"):
        assert (len(vote.in_favour), len(vote.against), len(vote.abstaining)) == (
            vote.yes,
            vote.no,
            vote.abstain,
        ), vote
        assert vote.counts_match
        assert all(tally["matches"] for tally in vote.tallies)


def test_the_damaged_names_in_the_report_are_flagged_on_their_votes(seeds):
    l8 = seeds["A/C.1/75/L.8/Rev.1"]
    whole = Vote.objects.get(draft=l8, subject="whole")
    assert whole.discrepancies == [
        "“(Plurinational State of)” has lost the head word of a State's name"
        " (probably “Bolivia (Plurinational State of)”)."
    ]
    assert "(Plurinational State of)" in whole.in_favour
    pp10 = Vote.objects.get(draft=l8, paragraph_label="PP10")
    assert pp10.discrepancies == [
        "“United States” is printed where the UN short name is “United States of America”."
    ]
    op1 = Vote.objects.get(draft=l8, subject="paragraph", paragraph_label="OP1")
    assert op1.discrepancies == []
    assert op1.corrections == ["Printed “Sao Tome And Principe”, read as “Sao Tome and Principe”."]
    l4 = Vote.objects.get(draft=seeds["A/C.1/75/L.4"])
    assert l4.discrepancies == []


def test_the_pp10_footnote_is_kept_as_a_note_with_the_two_intentions(seeds):
    pp10 = Vote.objects.get(draft=seeds["A/C.1/75/L.8/Rev.1"], paragraph_label="PP10")
    assert pp10.notes[0].startswith("Subsequently, the delegation of Togo informed")
    assert [(i["country"], i["intended"]) for i in pp10.intentions] == [
        ("Togo", "abstain"),
        ("Guyana", "in favour"),
    ]
    assert pp10.report_paragraph == "10 (a)"
    assert pp10.citation == "A/75/394, para. 10 (a)"


def test_the_votes_on_op1_are_the_motion_and_the_separate_vote(seeds):
    votes = votes_on_paragraph(seeds["A/C.1/75/L.8/Rev.1"], "OP1")
    assert [(v.subject, v.outcome, v.yes, v.no, v.abstain) for v in votes] == [
        ("motion", "adopted", 57, 31, 63),
        ("paragraph", "retained", 92, 52, 24),
    ]
    assert votes_on_paragraph(seeds["A/C.1/75/L.8/Rev.1"], "OP2") == []


def test_l4_has_its_45_original_sponsors_in_order_then_the_9_who_joined(seeds):
    sponsors = list(seeds["A/C.1/75/L.4"].sponsors.order_by("position"))
    assert len(sponsors) == 54
    assert [s.name for s in sponsors[:3]] == ["Albania", "Australia", "Austria"]
    assert [s.joined_later for s in sponsors].count(True) == 9
    assert [s.name for s in sponsors if s.joined_later][:3] == ["Fiji", "France", "Madagascar"]
    assert sponsors[44].name == "United States of America"
    assert not sponsors[44].joined_later


def test_l8_rev1_has_the_sponsors_of_l8_and_those_who_joined(seeds):
    sponsors = list(seeds["A/C.1/75/L.8/Rev.1"].sponsors.order_by("position"))
    assert len(sponsors) == 27
    assert sponsors[0].name == "Belarus" and not sponsors[0].joined_later
    assert [s.name for s in sponsors if s.joined_later] == [
        "Algeria",
        "Azerbaijan",
        "Comoros",
        "Iran (Islamic Republic of)",
        "Madagascar",
        "Myanmar",
        "Pakistan",
        "Suriname",
        "Zambia",
    ]


def test_importing_again_changes_nothing(seeds):
    report = seeds["A/75/394"]
    before_votes = list(
        Vote.objects.filter(report=report).values_list("pk", "yes", "no", "abstain", "in_favour")
    )
    before_sponsors = list(
        Sponsor.objects.order_by("document", "position").values_list(
            "document__symbol", "name", "position", "joined_later"
        )
    )
    result = proceedings_import(report=report)
    assert result.votes == 7
    assert result.discrepancies == 2
    assert result.drafts_missing == ["A/C.1/75/L.47", "A/C.1/75/L.60"]
    assert result.sponsors == {"A/C.1/75/L.4": 54, "A/C.1/75/L.8/Rev.1": 27}
    assert list(
        Vote.objects.filter(report=report).values_list("pk", "yes", "no", "abstain", "in_favour")
    ) == (before_votes)
    assert (
        list(
            Sponsor.objects.order_by("document", "position").values_list(
                "document__symbol", "name", "position", "joined_later"
            )
        )
        == before_sponsors
    )


def test_a_draft_with_its_own_sponsor_line_keeps_it_and_gains_who_joined_later(seeds):
    # Suppose L.8/Rev.1 had been imported from its own file, listing only three sponsors.
    l8 = seeds["A/C.1/75/L.8/Rev.1"]
    Document.objects.filter(pk=l8.pk).update(source_document=None)
    l8.sponsors.all().delete()
    for position, name in enumerate(["Russian Federation", "Belarus", "the Comoros"], 1):
        Sponsor.objects.create(document=l8, name=name, position=position)
    proceedings_import(report=seeds["A/75/394"])
    names = list(l8.sponsors.order_by("position").values_list("name", "joined_later"))
    assert names[:3] == [
        ("Russian Federation", False),
        ("Belarus", False),
        ("the Comoros", False),
    ]
    # The Comoros is already listed (as "the Comoros"): only the other eight are added.
    assert [n for n, later in names if later] == [
        "Algeria",
        "Azerbaijan",
        "Iran (Islamic Republic of)",
        "Madagascar",
        "Myanmar",
        "Pakistan",
        "Suriname",
        "Zambia",
    ]


def test_a_report_without_text_is_refused_with_a_message(seeds):
    report = seeds["A/75/394"]
    report.raw_text = ""
    with pytest.raises(ProceedingsRefused, match="no stored text"):
        proceedings_import(report=report)


def test_a_document_that_records_no_votes_imports_none_and_leaves_votes_alone(seeds):
    result = proceedings_import(report=seeds["A/RES/75/240"])
    assert result.votes == 0
    assert Vote.objects.filter(report=seeds["A/75/394"]).count() == 7


def test_votes_for_a_document_come_in_the_order_taken(seeds):
    votes = votes_for_document(seeds["A/C.1/75/L.8/Rev.1"])
    assert [v.report_paragraph for v in votes] == ["9", "10 (a)", "10 (b)", "10 (c)"]
    assert votes_for_document(seeds["A/RES/75/240"]) == []
