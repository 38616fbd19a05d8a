"""Every shared resolution compared with the previous session's (pairs.json, year_over_year):
the comparison counts its technical and substantive rows, and the rows a reader checked, two
or more per pair, have the class that reading gave them."""

from itertools import pairwise

import pytest

from .test_technical_and_strength import comparison, row

PREVIOUS_SESSION = [
    ("A/RES/78/231", "A/RES/79/199"),  # Financing for Development, 2023 and 2024
    ("A/RES/79/199", "A/RES/80/129"),
    ("A/RES/78/222", "A/RES/79/185"),  # human rights in the Syrian Arab Republic
    ("A/RES/79/185", "A/RES/80/224"),
    ("A/RES/78/245", "A/RES/79/248"),  # Pattern of conferences
    ("A/RES/79/248", "A/RES/80/234"),
    ("A/RES/78/218", "A/RES/79/181"),  # human rights in the DPRK
    ("A/RES/79/181", "A/RES/80/220"),
    ("A/RES/78/103", "A/RES/79/117"),  # report of UNCITRAL
    ("A/RES/79/117", "A/RES/80/161"),
]


def test_these_are_all_the_previous_session_pairs_in_the_shared_list(pairs):
    steps = {step for chain in pairs["year_over_year"] for step in pairwise(chain["steps"])}
    assert steps == set(PREVIOUS_SESSION)


@pytest.mark.parametrize(("left", "right"), PREVIOUS_SESSION)
def test_each_changed_pair_of_paragraphs_is_counted_technical_or_substantive(left, right):
    result = comparison(left, right)
    summary = result["summary"]
    changed = [r for r in result["rows"] if r["op"] in ("changed", "moved", "split", "merged")]
    assert summary["technical"] + summary["substantive"] == len(changed) > 0
    assert summary["technical"] == sum(r["nature"] == "technical" for r in changed)


@pytest.mark.parametrize(
    ("left", "right", "left_label", "right_label", "nature"),
    [
        # the Council forum "from 17 to 20 April 2023" -> "from 22 to 25 April 2024"
        ("A/RES/78/231", "A/RES/79/199", "PP17", "PP17", "technical"),
        # "the 2023 forum ... the 2024 forum" -> "the 2024 forum ... the 2025 forum"
        ("A/RES/78/231", "A/RES/79/199", "OP11", "OP11", "technical"),
        # "at its seventy-ninth session" -> "eightieth"
        ("A/RES/78/231", "A/RES/79/199", "OP42", "OP34", "technical"),
        # "the third International Conference" -> "the Third": a capital letter
        ("A/RES/78/231", "A/RES/79/199", "PP3", "PP3", "substantive"),
        # "the eighth annual multi-stakeholder forum" -> "ninth": not a session of the Assembly
        ("A/RES/78/231", "A/RES/79/199", "OP18", "OP17", "substantive"),
        # "at its eightieth session" -> "eighty-first"
        ("A/RES/79/199", "A/RES/80/129", "OP34", "OP15", "technical"),
        # "parties" -> "Parties", twice
        ("A/RES/79/199", "A/RES/80/129", "PP5", "PP6", "substantive"),
        # "at its seventy-ninth session" -> "eightieth"
        ("A/RES/78/222", "A/RES/79/185", "OP35", "OP36", "technical"),
        # "March 2023 marked 12 years" -> "March 2024 marked 13 years": a count, not a reference
        ("A/RES/78/222", "A/RES/79/185", "PP4", "PP4", "substantive"),
        # "over 135,000 remain under arbitrary arrest" -> "136,000"
        ("A/RES/78/222", "A/RES/79/185", "PP30", "PP33", "substantive"),
        # "the Charter" -> "the Charter of the United Nations"
        ("A/RES/79/185", "A/RES/80/224", "PP2", "PP2", "substantive"),
        # "committed in the conflict" -> "committed by the Government"
        ("A/RES/79/185", "A/RES/80/224", "PP46", "PP26", "substantive"),
        # "resolution 77/255 of 30 December 2022" -> "78/245 of 22 December 2023"
        ("A/RES/78/245", "A/RES/79/248", "PP1", "PP1", "technical"),
        # the calendar "for 2024" -> "for 2025", "seventy-eighth session" -> "seventy-ninth"
        ("A/RES/78/245", "A/RES/79/248", "OP3", "OP4", "technical"),
        # "paragraph 77 of its resolution 77/255" -> "paragraph 78 of its resolution 78/245"
        ("A/RES/78/245", "A/RES/79/248", "OP78", "OP82", "technical"),
        # "was 82 per cent in 2022" -> "81 per cent in 2023"
        ("A/RES/78/245", "A/RES/79/248", "OP18", "OP20", "substantive"),
        # "only 73 per cent of the author departments" -> "63 per cent", session moved on too
        ("A/RES/78/245", "A/RES/79/248", "OP76", "OP80", "substantive"),
        # Assembly resolution 77/226 of 15 December 2022, Council resolution 52/28 of 2023
        # -> 78/218 of 19 December 2023 and 55/21 of 2024
        ("A/RES/78/218", "A/RES/79/181", "PP2", "PP2", "technical"),
        # "at its seventy-ninth session" -> "eightieth"
        ("A/RES/78/218", "A/RES/79/181", "OP26", "OP28", "technical"),
        # "34/24, ... and 52/28" -> "..., 52/28 of 4 April 2023 and 55/21": one resolution more
        ("A/RES/78/218", "A/RES/79/181", "OP16", "OP17", "substantive"),
        # "illicit" -> "unlawful"
        ("A/RES/78/218", "A/RES/79/181", "PP19", "PP19", "substantive"),
        # "resolutions 34/24, 40/20 and 46/17" -> "52/28 and 55/21": other resolutions, fewer
        ("A/RES/79/181", "A/RES/80/220", "OP10", "OP10", "substantive"),
        # "seventh session" -> "eighth", "78/112 of 7 December 2023" -> "79/126 of 4 December
        # 2024", and "the rule of law, the" dropped
        ("A/RES/79/117", "A/RES/80/161", "OP24", "OP26", "substantive"),
        # "II Rules of procedure and methods of work" -> "III ...": the section renumbered
        ("A/RES/79/117", "A/RES/80/161", "Sec.II", "Sec.III", "technical"),
        # "finalization and" -> "approval or"
        ("A/RES/79/117", "A/RES/80/161", "OP2", "OP2", "substantive"),
        # the Commission's "fifty-sixth session" -> "fifty-seventh", "paragraph 20 of ...
        # resolution 77/110 of 7 December 2022" -> "paragraph 21 of ... 78/112 of 7 December 2023"
        ("A/RES/78/103", "A/RES/79/117", "OP16", "OP24", "technical"),
        # "until the end of 2024" -> "2027": three years on where the texts are one apart
        ("A/RES/78/103", "A/RES/79/117", "OP4", "OP12", "substantive"),
        # "Notes" -> "Recalls"
        ("A/RES/78/103", "A/RES/79/117", "OP17", "OP25", "substantive"),
    ],
)
def test_rows_read_in_each_previous_session_pair(left, right, left_label, right_label, nature):
    found = row(left, right, left_label)
    assert (found["right"], found["nature"]) == ([right_label], nature)
