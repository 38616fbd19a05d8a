"""Strength flags: a verb moved along the drafters' scale, "should" became "shall", a qualifier
came or went. Only an edit that is itself the change is flagged."""

import pytest

from undrafts.diffing import compare
from undrafts.diffing.strength import MODAL_SOURCES, MODALS, QUALIFIERS, VERB_STEPS, VERBS

from .test_seed_pairs import L4, L8_REV1, L27_REV1, RES_74_28, RES_75_240, paragraphs

L60_REV1 = ("A-C.1-78-L.60-Rev.1.txt", "")


def seed_paragraph(seed, label):
    return next(p for p in paragraphs(*seed) if p["label"] == label)


def flags(old, new):
    left = [{"id": "OP1", "label": "OP1", "kind": "operative", "text": old}]
    right = [{"id": "OP1", "label": "OP1", "kind": "operative", "text": new}]
    [row] = compare(left, right)["rows"]
    assert row["op"] == "changed"
    return row["strength"]


def test_calls_upon_in_resolution_74_28_made_urges_is_stronger():
    old = seed_paragraph(RES_74_28, "OP2")["text"]  # "Invites all Member States, taking..."
    assert old.startswith("Invites all Member States")
    assert flags(old, old.replace("Invites", "Urges", 1)) == [
        {"from": "Invites", "to": "Urges", "direction": "stronger"}
    ]
    assert flags(old, old.replace("Invites", "Encourages", 1)) == [
        {"from": "Invites", "to": "Encourages", "direction": "weaker"}
    ]


def test_also_and_strongly_are_read_around_the_verb():
    old = seed_paragraph(L60_REV1, "OP3")["text"]  # "Encourages States to discuss..."
    assert flags(old, "Also strongly encourages" + old.removeprefix("Encourages")) == [
        {"from": "Encourages", "to": "strongly encourages", "direction": "stronger"}
    ]
    assert flags(old, "Further urges" + old.removeprefix("Encourages")) == [
        {"from": "Encourages", "to": "urges", "direction": "stronger"}
    ]
    assert flags(old, "Also encourages" + old.removeprefix("Encourages")) == []


def test_where_appropriate_dropped_from_the_programme_of_action_draft_is_stronger():
    old = seed_paragraph(L60_REV1, "OP3(c)")[
        "text"
    ]  # "...relevant stakeholders where appropriate;"
    assert old.endswith("where appropriate;")
    new = old.replace(" where appropriate", "")
    assert flags(old, new) == [{"from": "where appropriate", "to": "", "direction": "stronger"}]
    assert flags(new, old) == [{"from": "", "to": "where appropriate", "direction": "weaker"}]


def test_should_made_shall_in_the_2018_norms_is_stronger():
    old = seed_paragraph(L27_REV1, "OP1.3")["text"]  # "States should not knowingly allow..."
    assert old.startswith("States should not")
    assert flags(old, old.replace("should", "shall", 1)) == [
        {"from": "should", "to": "shall", "direction": "stronger"}
    ]


def test_may_made_will_is_stronger():
    old = (
        "Decides that the working group may hold intersessional meetings in the course of its "
        "mandate, in Geneva and in New York;"
    )
    assert flags(old, old.replace(" may ", " will ")) == [
        {"from": "may", "to": "will", "direction": "stronger"}
    ]


def test_a_verb_kept_after_an_inserted_clause_is_no_change_of_strength():
    old = (
        "Notes the report of the Secretary-General, and urges Member States to consider its "
        "recommendations on the protection of critical infrastructure;"
    )
    new = old.replace("and urges", "invites the regional organizations to contribute, and urges")
    assert flags(old, new) == []


def test_a_clause_dropped_whole_is_not_a_change_of_strength():
    # A/RES/79/117 OP18 and A/RES/80/161 OP20, shortened: the welcome was dropped, not weakened
    kept = (
        " the satisfaction of the Commission with the performance of the New York Convention "
        "website and the successful coordination between that website and the CLOUT system, "
        "and the continuing increase in the number of abstracts available through the system;"
    )
    old = "Welcomes the continuing work of the Secretariat on digests of case law, and notes" + kept
    new = "Notes" + kept
    assert flags(old, new) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (L27_REV1, RES_75_240),  # "Welcoming also" became "Recalling": not one scale
        (L27_REV1, L8_REV1),
        (RES_74_28, L4),
        (L4, L60_REV1),  # "Confirming" became "Recalling"
        (L4, L8_REV1),
    ],
)
def test_no_seed_version_moves_along_a_scale(old, new):
    rows = compare(paragraphs(*old), paragraphs(*new))["rows"]
    assert [r["strength"] for r in rows if r.get("strength")] == []
    assert all(r["strength"] == [] for r in rows if "nature" in r)


def test_every_step_of_the_scale_names_its_source_and_known_verbs():
    for step in VERB_STEPS:
        assert step.weaker in VERBS and step.stronger in VERBS
        assert step.source


def test_every_modal_and_qualifier_names_where_it_comes_from():
    assert set(MODAL_SOURCES) == set(MODALS)
    assert all(MODAL_SOURCES.values()) and all(QUALIFIERS.values())
