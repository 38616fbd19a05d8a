"""On real resolutions compared with the previous session's, and real drafts with what they
became: the rows a reader checked, their nature and their strength flags."""

from functools import cache

import pytest

from undrafts.diffing import compare
from undrafts.parsing.document import parse_document

from .conftest import extracted


@cache
def paragraphs(symbol):
    [text, *_] = parse_document(extracted(symbol)).texts
    return [
        {"id": p.label, "label": p.label, "kind": p.kind, "text": p.text} for p in text.paragraphs
    ]


@cache
def comparison(left, right):
    return compare(paragraphs(left), paragraphs(right), left_symbol=left, right_symbol=right)


def row(left, right, left_label):
    [found] = [r for r in comparison(left, right)["rows"] if r["left"][:1] == [left_label]]
    return found


def test_the_year_over_year_pairs_are_in_the_shared_list(pairs):
    steps = {tuple(chain["steps"][1:]) for chain in pairs["year_over_year"]}
    assert ("A/RES/79/248", "A/RES/80/234") in steps
    assert ("A/RES/79/181", "A/RES/80/220") in steps


PATTERN = ("A/RES/79/248", "A/RES/80/234")  # Pattern of conferences, 2024 and 2025


@pytest.mark.parametrize(
    ("left_label", "right_label", "nature"),
    [
        # "resolution 78/245 of 22 December 2023" -> "79/248 of 24 December 2024"
        ("PP1", "PP1", "technical"),
        # "resolution 76/268 of 10 June 2022" -> "78/330 of 6 September 2024"
        ("PP2", "PP2", "technical"),
        # "for 2025" -> "for 2026", "seventy-ninth session" -> "eightieth session"
        ("OP4", "OP4", "technical"),
        # "resolution 57/283 B" gains its date "of 15 April 2003"
        ("OP40", "OP36", "technical"),
        # "paragraph 78 of its resolution 78/245" -> "paragraph 82 of its resolution 79/248"
        ("OP82", "OP72", "technical"),
        # "Advisory Committee on Administrative and Budgetary Matters" -> "Questions"
        ("PP7", "PP7", "substantive"),
        # "was 81 per cent in 2023" -> "80 per cent in 2024": a figure, not a reference
        ("OP20", "OP18", "substantive"),
        # "Also emphasizes" -> "Further emphasizes"
        ("OP55", "OP51", "substantive"),
        # "State party" -> "State Party"
        ("OP95", "OP84", "substantive"),
        # "the coronavirus disease (COVID-19) pandemic" clause dropped
        ("OP16", "OP14", "substantive"),
    ],
)
def test_pattern_of_conferences_2024_to_2025(left_label, right_label, nature):
    found = row(*PATTERN, left_label)
    assert (found["right"], found["nature"]) == ([right_label], nature)


def test_pattern_of_conferences_counts_both_natures():
    summary = comparison(*PATTERN)["summary"]
    changed = sum(summary[op] for op in ("changed", "moved", "split", "merged"))
    assert summary["technical"] + summary["substantive"] == changed
    # about half the changed rows are the annual update (26 of 53 when this was written)
    assert 20 <= summary["technical"] <= changed - 20


DPRK = ("A/RES/79/181", "A/RES/80/220")  # human rights in the DPRK, 2024 and 2025


@pytest.mark.parametrize(
    ("left_label", "nature"),
    [
        # Assembly resolution 78/218 of 19 December 2023 and Council resolution 55/21 of
        # 4 April 2024 -> 79/181 of 17 December 2024 and 58/17 of 3 April 2025
        ("PP2", "technical"),
        ("PP6", "technical"),  # "in accordance with resolution 78/218" -> "79/181"
        ("OP9", "technical"),  # "Human Rights Council resolution 55/21" -> "58/17"
        ("OP28", "technical"),  # "at its eightieth session" -> "eighty-first"
        # "welcomes Council resolution 55/21" -> "resolutions 52/28 ..., 55/21 ... and 58/17"
        ("OP8", "substantive"),
        # "first, second and third universal periodic reviews" -> "..., third and fourth"
        ("OP2(c)", "substantive"),
    ],
)
def test_human_rights_in_the_dprk_2024_to_2025(left_label, nature):
    assert row(*DPRK, left_label)["nature"] == nature


def test_a_later_session_for_the_next_report_is_a_decision_in_the_drafts_own_session():
    # A/C.2/80/L.16 OP20 "agenda of its eighty-second session" became "eighty-fifth" in
    # A/RES/80/132 OP14: same session, so not the annual update
    found = row("A/C.2/80/L.16", "A/RES/80/132", "OP20")
    assert (found["right"], found["nature"]) == (["OP14"], "substantive")


@pytest.mark.parametrize(
    ("left", "right", "left_label", "flags"),
    [
        (
            "A/RES/79/185",
            "A/RES/80/224",
            "OP32",
            [{"from": "urges", "to": "invites", "direction": "weaker"}],
        ),
        (
            "A/RES/78/222",
            "A/RES/79/185",
            "OP6",
            [{"from": "requests", "to": "invites", "direction": "weaker"}],
        ),
        (
            "A/RES/78/222",
            "A/RES/79/185",
            "OP1",
            [{"from": "as applicable", "to": "", "direction": "stronger"}],
        ),
        (
            "A/C.2/80/L.16",
            "A/RES/80/132",
            "OP17",
            [{"from": "Calls upon", "to": "Encourages", "direction": "weaker"}],
        ),
        (
            "A/C.2/80/L.9",
            "A/C.2/80/L.57",
            "OP9",
            [{"from": "", "to": "within existing resources", "direction": "weaker"}],
        ),
        (
            "A/C.2/80/L.21",
            "A/C.2/80/L.44",
            "PP19",
            [{"from": "Welcoming", "to": "Noting", "direction": "weaker"}],
        ),
        # "Welcomes the continuing work ..., and notes" -> "Notes": the welcome was dropped
        ("A/RES/79/117", "A/RES/80/161", "OP18", []),
        # "Also requests" -> "Requests": the same verb
        ("A/RES/79/248", "A/RES/80/234", "OP113", []),
    ],
)
def test_strength_flags_on_real_rows(left, right, left_label, flags):
    assert row(left, right, left_label)["strength"] == flags
