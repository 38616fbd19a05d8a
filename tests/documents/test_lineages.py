"""Lineages: versions in order, what each step changed, a paragraph's life, sponsor changes."""

import datetime as dt

import pytest

from undrafts.documents.lineages import (
    UnknownLineage,
    document_versions,
    lineage_get,
    lineage_steps,
    lineage_versions,
    step_counts,
)
from undrafts.documents.models import Lineage
from undrafts.documents.paragraph_history import UnknownParagraph, paragraph_trace
from undrafts.documents.sponsors import sponsor_diff


def symbols(documents):
    return [d.symbol for d in documents]


def test_the_ict_lineage_runs_from_the_2018_draft_to_resolution_75_240(seeds):
    versions = lineage_versions(lineage_get("developments-in-ict"))
    assert symbols(versions) == ["A/C.1/73/L.27/Rev.1", "A/C.1/75/L.8/Rev.1", "A/RES/75/240"]


def test_the_responsible_behaviour_lineage_ends_with_the_2023_draft(seeds):
    versions = lineage_versions(lineage_get("responsible-state-behaviour"))
    assert symbols(versions) == ["A/RES/74/28", "A/C.1/75/L.4", "A/C.1/78/L.60/Rev.1"]


def test_the_follows_chain_outranks_dates(seeds):
    # A wrong date does not put a revision before the text it revises.
    l8 = seeds["A/C.1/75/L.8/Rev.1"]
    l8.date = dt.date(2017, 1, 1)
    l8.save()
    versions = lineage_versions(lineage_get("developments-in-ict"))
    assert symbols(versions) == ["A/C.1/73/L.27/Rev.1", "A/C.1/75/L.8/Rev.1", "A/RES/75/240"]


def test_dates_order_texts_the_chain_does_not_link(seeds):
    lineage = lineage_get("developments-in-ict")
    for document in lineage.documents.all():
        document.follows = None
        document.save()
    versions = lineage_versions(lineage)
    assert symbols(versions) == ["A/C.1/73/L.27/Rev.1", "A/C.1/75/L.8/Rev.1", "A/RES/75/240"]


def test_a_withdrawn_version_leaves_the_timeline_and_the_chain_closes_over_it(seeds):
    l8 = seeds["A/C.1/75/L.8/Rev.1"]
    l8.withdrawn = True
    l8.save()
    versions = lineage_versions(lineage_get("developments-in-ict"))
    assert symbols(versions) == ["A/C.1/73/L.27/Rev.1", "A/RES/75/240"]
    (step,) = lineage_steps(versions)
    assert (step.left.symbol, step.right.symbol) == ("A/C.1/73/L.27/Rev.1", "A/RES/75/240")


def test_a_follows_loop_made_by_mistake_hides_no_document(seeds):
    first = seeds["A/C.1/73/L.27/Rev.1"]
    first.follows = seeds["A/RES/75/240"]
    first.save()
    versions = lineage_versions(lineage_get("developments-in-ict"))
    assert sorted(symbols(versions)) == [
        "A/C.1/73/L.27/Rev.1",
        "A/C.1/75/L.8/Rev.1",
        "A/RES/75/240",
    ]


def test_an_unknown_lineage_is_a_clear_error(seeds):
    with pytest.raises(UnknownLineage, match="No lineage called"):
        lineage_get("no-such-lineage")


def test_an_empty_lineage_has_no_versions_and_no_steps(seeds):
    lineage = Lineage.objects.create(name="Empty", slug="empty")
    assert lineage_versions(lineage) == []
    assert lineage_steps([]) == []


def test_each_step_counts_kept_changed_added_and_dropped_paragraphs(seeds):
    steps = lineage_steps(lineage_versions(lineage_get("developments-in-ict")))
    assert [(s.left.symbol, s.right.symbol) for s in steps] == [
        ("A/C.1/73/L.27/Rev.1", "A/C.1/75/L.8/Rev.1"),
        ("A/C.1/75/L.8/Rev.1", "A/RES/75/240"),
    ]
    first, second = steps
    summary = first.comparison["summary"]
    assert first.counts["added"] == summary["inserted"]
    assert first.counts["dropped"] == summary["deleted"]
    assert first.counts["moved"] == summary["moved"]
    assert first.counts["kept"] + first.counts["changed"] == (
        summary["unchanged"]
        + summary["changed"]
        + summary["moved"]
        + summary["split"]
        + summary["merged"]
    )
    # The Assembly adopted the text the Committee recommended, word for word.
    assert second.counts == {"kept": 27, "changed": 0, "added": 0, "dropped": 0, "moved": 0}


def test_step_counts_class_a_reworded_move_as_changed():
    comparison = {
        "rows": [
            {"op": "moved", "words": [["equal", "a"]]},
            {"op": "moved", "words": [["equal", "a"], ["insert", "b"]]},
            {"op": "split", "words": []},
            {"op": "merged", "words": []},
        ]
    }
    assert step_counts(comparison) == {
        "kept": 1,
        "changed": 3,
        "added": 0,
        "dropped": 0,
        "moved": 2,
    }


def test_op1_of_75_240_traces_back_to_op5_of_the_2018_draft(seeds):
    history = paragraph_trace(seeds["A/RES/75/240"], "OP1")
    assert [(e.document.symbol, e.labels, e.op) for e in history.entries] == [
        ("A/C.1/73/L.27/Rev.1", ["OP5"], "first"),
        ("A/C.1/75/L.8/Rev.1", ["OP1"], "changed"),
        ("A/RES/75/240", ["OP1"], "unchanged"),
    ]
    origin, reworded, adopted = history.entries
    assert origin.paragraphs[0]["text"].startswith("Decides to convene, beginning in 2019")
    assert "an open-ended working group" in origin.paragraphs[0]["text"]
    # The 2018 draft is the first version stored: where it came from is not known here.
    assert origin.previous is None
    assert not history.origin_known
    assert reworded.previous_labels == ["OP5"]
    assert ["delete", "beginning in 2019"] in reworded.words
    assert ["insert", "starting from 2021"] in reworded.words
    assert 0 < reworded.similarity < 1
    assert adopted.is_start


def test_history_opened_from_the_middle_reaches_both_ends(seeds):
    history = paragraph_trace(seeds["A/C.1/75/L.8/Rev.1"], "OP1")
    assert [(e.document.symbol, e.labels) for e in history.entries] == [
        ("A/C.1/73/L.27/Rev.1", ["OP5"]),
        ("A/C.1/75/L.8/Rev.1", ["OP1"]),
        ("A/RES/75/240", ["OP1"]),
    ]
    assert [e.is_start for e in history.entries] == [False, True, False]


def test_a_paragraph_the_2020_draft_added_first_appears_there(seeds):
    # OP4 of 75/240 (the new group "may decide to establish thematic subgroups") has no
    # counterpart in the 2018 draft: the comparison shows it inserted in L.8/Rev.1.
    history = paragraph_trace(seeds["A/RES/75/240"], "OP4")
    first = history.entries[0]
    assert first.document.symbol == "A/C.1/75/L.8/Rev.1"
    assert first.op == "first"
    assert first.previous.symbol == "A/C.1/73/L.27/Rev.1"
    assert first.previous_labels == []
    assert "thematic subgroups" in first.paragraphs[0]["text"]
    assert history.origin_known


def test_the_organizational_session_paragraph_is_traced_to_op6_of_2018(seeds):
    # "Also decides that the open-ended working group shall hold its organizational session
    # in June 2019" became "Further decides that ... shall hold its organizational session
    # in 2021": the aligner pairs them, as a negotiator would.
    history = paragraph_trace(seeds["A/RES/75/240"], "OP3")
    assert [(e.document.symbol, e.labels) for e in history.entries] == [
        ("A/C.1/73/L.27/Rev.1", ["OP6"]),
        ("A/C.1/75/L.8/Rev.1", ["OP3"]),
        ("A/RES/75/240", ["OP3"]),
    ]


def test_a_paragraph_later_versions_dropped_ends_with_where_it_was_dropped(seeds):
    l27 = seeds["A/C.1/73/L.27/Rev.1"]
    steps = lineage_steps(lineage_versions(lineage_get("developments-in-ict")))
    deleted = [r for r in steps[0].comparison["rows"] if r["op"] == "deleted"]
    label = deleted[0]["left"][0]
    history = paragraph_trace(l27, label)
    assert [(e.document.symbol, e.op) for e in history.entries] == [
        ("A/C.1/73/L.27/Rev.1", "first"),
        ("A/C.1/75/L.8/Rev.1", "dropped"),
    ]
    dropped = history.entries[-1]
    assert dropped.labels == []
    assert dropped.previous_labels == [label]


def test_an_unknown_paragraph_is_a_clear_error(seeds):
    with pytest.raises(UnknownParagraph, match="has no paragraph labelled OP99"):
        paragraph_trace(seeds["A/RES/75/240"], "OP99")


def test_a_document_in_no_lineage_has_a_history_of_its_own_follows_chain(seeds):
    for document in seeds.values():
        document.lineage = None
        document.save()
    versions = document_versions(seeds["A/RES/75/240"])
    assert symbols(versions) == ["A/C.1/73/L.27/Rev.1", "A/C.1/75/L.8/Rev.1", "A/RES/75/240"]
    history = paragraph_trace(seeds["A/RES/75/240"], "OP1")
    assert history.entries[0].labels == ["OP5"]


def test_four_states_joined_the_sponsors_between_2018_and_2020_and_eight_left(seeds):
    diff = sponsor_diff(seeds["A/C.1/73/L.27/Rev.1"], seeds["A/C.1/75/L.8/Rev.1"])
    assert len(diff.left_names) == 31
    assert len(diff.right_names) == 27
    assert diff.joined == ["Kyrgyzstan", "Comoros", "Myanmar", "Zambia"]
    assert diff.left_sponsors == [
        "Angola",
        "Bolivia (Plurinational State of)",
        "Democratic Republic of the Congo",
        "Eritrea",
        "Namibia",
        "Nepal",
        "Samoa",
        "Sierra Leone",
    ]
    assert len(diff.kept) == 23


def test_sponsor_names_are_compared_as_un_short_names(seeds):
    l27 = seeds["A/C.1/73/L.27/Rev.1"]
    l27.sponsors.filter(name="Zimbabwe").update(name="the ZIMBABWE")
    l27.sponsors.filter(name="Russian Federation").update(name="Russia")
    diff = sponsor_diff(l27, seeds["A/C.1/75/L.8/Rev.1"])
    assert "Zimbabwe" in diff.kept
    assert "Russian Federation" in diff.kept


def test_an_adopted_resolution_has_no_sponsor_list_to_compare(seeds):
    diff = sponsor_diff(seeds["A/C.1/75/L.8/Rev.1"], seeds["A/RES/75/240"])
    assert diff.right_names == []
    assert not diff.right_names
    assert diff.left_names
