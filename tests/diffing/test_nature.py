"""Technical or substantive: a row is technical only when nothing but sessions, years, dates,
symbols and cited numbers changed; everything else a delegate must read is substantive."""

import pytest

from undrafts.diffing import compare
from undrafts.diffing.nature import skeleton, steps

from .test_seed_pairs import L4, L27_REV1, RES_74_28, RES_75_240, paragraphs

L60_REV1 = ("A-C.1-78-L.60-Rev.1.txt", "")


# The words around each edit, as long as a real paragraph's, so the two wordings pair.
CONTEXT = (
    "in close consultation with Member States, the regional commissions and the relevant "
    "entities of the United Nations system, within its mandate and drawing on its experience"
)


def one_row(old, new, left_symbol="A/RES/79/248", right_symbol="A/RES/80/234"):
    left = [{"id": "OP1", "label": "OP1", "kind": "operative", "text": f"{old} {CONTEXT};"}]
    right = [{"id": "OP1", "label": "OP1", "kind": "operative", "text": f"{new} {CONTEXT};"}]
    [row] = compare(left, right, left_symbol=left_symbol, right_symbol=right_symbol)["rows"]
    return row


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Requests the Secretary-General to report to the General Assembly at its "
            "seventy-ninth session;",
            "Requests the Secretary-General to report to the General Assembly at its "
            "eightieth session;",
        ),
        (
            "Recalling its resolution 78/245 of 22 December 2023,",
            "Recalling its resolution 79/248 of 24 December 2024,",
        ),
        (
            "Welcomes the report of the Committee on Conferences for 2024;",
            "Welcomes the report of the Committee on Conferences for 2025;",
        ),
        ("Taking note of the report (A/79/32),", "Taking note of the report (A/80/32),"),
        (
            "Recalls paragraph 24 of its resolution 57/283 B;",
            "Recalls paragraph 24 of its resolution 57/283 B of 15 April 2003;",
        ),
        (
            "Reiterates paragraph 87 of its resolution 78/245;",
            "Reiterates paragraph 91 of its resolution 79/248;",
        ),
        ("at its seventy-ninth session,", "at its 80th session,"),
        ("no later than at the eightieth session", "no later than at the eighty- first session"),
        (
            "Security Council resolution 2397 (2017) of 22 December 2017,",
            "Security Council resolution 2719 (2023),",
        ),
    ],
)
def test_the_annual_update_of_references_is_technical(old, new):
    row = one_row(old, new)
    assert row["op"] == "changed"
    assert row["nature"] == "technical"


def test_a_word_the_text_layer_broke_is_no_change_at_all():
    row = one_row(
        "shall be made av ailable in all official languages;",
        "shall be made available in all official languages;",
    )
    assert row["op"] == "unchanged"
    assert all(w[0] == "equal" for w in row["words"])


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a number that is not a reference
        (
            "Notes that the rate was 81 per cent in 2023;",
            "Notes that the rate was 80 per cent in 2024;",
        ),
        # an ordinal that is not a session's
        (
            "its first, second and third universal periodic reviews",
            "its first, second, third and fourth universal periodic reviews",
        ),
        (
            "Also requests the Secretary-General to report;",
            "Further requests the Secretary-General to report;",
        ),
        ("to which it is a party;", "to which it is a Party;"),
        # one more resolution recalled is a choice, not an update
        ("Recalling its resolution 78/245,", "Recalling its resolutions 78/245 and 79/248,"),
        (
            "Decides to convene the conference in 2026;",
            "Decides to convene the conference in 2026 and 2027;",
        ),
        ("Recalling its resolution 78/245,", "Recalling its decision 78/245,"),
        # taken up every other year: the session moved further than the texts did
        ("at its eightieth session;", "at its eighty-second session;"),
    ],
)
def test_anything_else_is_substantive(old, new):
    assert one_row(old, new)["nature"] == "substantive"


def test_a_session_moved_between_a_draft_and_its_resolution_is_substantive():
    old = "Decides to include in the provisional agenda of its eighty-second session the item;"
    new = "Decides to include in the provisional agenda of its eighty-fifth session the item;"
    assert one_row(old, new, "A/C.2/80/L.16", "A/RES/80/132")["nature"] == "substantive"
    assert one_row(old, new, "A/RES/79/1", "A/RES/82/1")["nature"] == "technical"


def test_without_symbols_a_lone_moved_session_is_not_assumed_technical():
    old, new = "to report at its seventy-ninth session", "to report at its eightieth session"
    assert one_row(old, new, "", "")["nature"] == "substantive"
    left = [
        {"id": "OP1", "label": "OP1", "kind": "operative", "text": f"{old} {CONTEXT};"},
        {"id": "OP2", "label": "OP2", "kind": "operative", "text": f"Welcomes 2024 {CONTEXT};"},
    ]
    right = [
        {"id": "OP1", "label": "OP1", "kind": "operative", "text": f"{new} {CONTEXT};"},
        {"id": "OP2", "label": "OP2", "kind": "operative", "text": f"Welcomes 2025 {CONTEXT};"},
    ]
    # two references agree on the step: both rows are the annual update
    result = compare(left, right)
    assert [r["nature"] for r in result["rows"]] == ["technical", "technical"]
    assert (result["summary"]["technical"], result["summary"]["substantive"]) == (2, 0)


def test_only_rows_that_pair_changed_paragraphs_carry_a_nature():
    left = [
        {"id": "PP1", "label": "PP1", "kind": "preambular", "text": "Recalling the Charter,"},
        {"id": "PP2", "label": "PP2", "kind": "preambular", "text": "Noting the report,"},
    ]
    right = [
        {"id": "PP1", "label": "PP1", "kind": "preambular", "text": "Recalling the Charter,"},
        {"id": "PP2", "label": "PP2", "kind": "preambular", "text": "Welcoming the new fund,"},
    ]
    rows = compare(left, right)["rows"]
    assert {r["op"]: "nature" in r for r in rows} == {
        "unchanged": False,
        "inserted": False,
        "deleted": False,
    }


def test_the_skeleton_keeps_the_words_around_a_reference():
    text, values = skeleton("at its seventy-ninth and eightieth sessions, in 2024")
    assert "\ue002and\ue002sessions,in\ue003" in text
    assert values == [79, 80, 2024]
    assert steps("in 2024", "during 2025") is None


def test_a_seed_draft_three_sessions_on_is_technical_where_only_the_session_moved():
    # A/C.1/75/L.4 OP7 "...agenda of its seventy-sixth session..." became OP5 of
    # A/C.1/78/L.60/Rev.1 "...seventy-ninth session...": three sessions on, as the symbols are
    result = compare(
        paragraphs(*L4),
        paragraphs(*L60_REV1),
        left_symbol="A/C.1/75/L.4",
        right_symbol="A/C.1/78/L.60/Rev.1",
    )
    [row] = [r for r in result["rows"] if r["left"] == ["OP7"]]
    assert (row["right"], row["nature"]) == (["OP5"], "technical")
    # PP1 recalls more resolutions: substantive
    [first] = [r for r in result["rows"] if r["left"] == ["PP1"]]
    assert first["nature"] == "substantive"


def test_in_the_seed_families_decides_becoming_also_decides_is_substantive():
    # A/RES/74/28 OP5 "Decides to include ... seventy-fifth session" became A/C.1/75/L.4 OP7
    # "Also decides to include ... seventy-sixth session": the adverb is a change of wording
    result = compare(
        paragraphs(*RES_74_28),
        paragraphs(*L4),
        left_symbol="A/RES/74/28",
        right_symbol="A/C.1/75/L.4",
    )
    [row] = [r for r in result["rows"] if r["left"] == ["OP5"]]
    assert (row["right"], row["nature"]) == (["OP7"], "substantive")
    assert result["summary"]["technical"] == 0


def test_the_2018_draft_against_the_2020_resolution_has_no_technical_rows():
    # A/C.1/73/L.27/Rev.1 spelled "ICTs" out or not, and "Further decides" became "Also
    # decides": every changed row there is a negotiated or editorial rewording
    result = compare(
        paragraphs(*L27_REV1),
        paragraphs(*RES_75_240),
        left_symbol="A/C.1/73/L.27/Rev.1",
        right_symbol="A/RES/75/240",
    )
    assert result["summary"]["technical"] == 0
    assert result["summary"]["substantive"] == sum(
        result["summary"][op] for op in ("changed", "moved", "split", "merged")
    )


def headings(*texts):
    return [
        {"id": f"H{k}", "label": f"H{k}", "kind": "heading", "text": t} for k, t in enumerate(texts)
    ]


@pytest.mark.parametrize(
    ("old", "new", "nature"),
    [
        # A/RES/79/117 section II is A/RES/80/161 section III: a section came in before it
        (
            "II Rules of procedure and methods of work",
            "III Rules of procedure and methods of work",
            "technical",
        ),
        ("B. Matters related to documentation", "C. Matters related to documentation", "technical"),
        # the number kept, the title reworded
        (
            "II Rules of procedure and methods of work",
            "II Rules of procedure and of the methods of work",
            "substantive",
        ),
        # a word at the start is not a heading's number
        (
            "A State Party shall report on the measures taken by it",
            "Each State Party shall report on the measures taken by it",
            "substantive",
        ),
    ],
)
def test_a_section_renumbered_is_technical_and_a_section_retitled_is_not(old, new, nature):
    [row] = compare(headings(old), headings(new))["rows"]
    assert (row["op"], row["nature"]) == ("changed", nature)
