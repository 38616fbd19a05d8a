"""compare() on exact strings: what a delegate would call kept, changed, moved..."""

from undrafts.diffing import ALGORITHM_VERSION, NATURES, OPS, compare
from undrafts.diffing.words import rebuild

OEWG = (
    "Open-ended Working Group on Developments in the Field of Information and "
    "Telecommunications in the Context of International Security"
)
GGE = (
    "Group of Governmental Experts on Developments in the Field of Information and "
    "Telecommunications in the Context of International Security"
)
PROGRESS = (
    "Noting that considerable progress has been achieved in developing and applying the "
    "latest information technologies and means of telecommunication,"
)
DUAL_USE = (
    "Confirming that information and communications technologies are dual-use "
    "technologies and can be used for both legitimate and malicious purposes,"
)
HUMAN_RIGHTS = (
    "Underlining the importance of respect for human rights and fundamental freedoms in "
    "the use of information and communications technologies,"
)
PRIVATE_SECTOR = (
    "Stressing that, while States have a primary responsibility for maintaining a secure "
    "and peaceful information and communications technology environment, effective "
    "international cooperation would benefit from identifying mechanisms for the "
    "participation, as appropriate, of the private sector, academia and civil society "
    "organizations,"
)
CRIMINAL = (
    "Considering that it is necessary to prevent the use of information resources or "
    "technologies for criminal or terrorist purposes,"
)
AGENDA = (
    "Decides to include in the provisional agenda of its seventy-sixth session the item "
    'entitled "Developments in the field of information and telecommunications in the '
    'context of international security".'
)


def doc(prefix, *texts):
    return [
        {"id": f"{prefix}{n}", "label": f"PP{n}", "kind": "preambular", "text": t}
        for n, t in enumerate(texts, 1)
    ]


def rows_by_op(result, op):
    return [r for r in result["rows"] if r["op"] == op]


def pairs(result):
    """{left id: (op, right ids)} for every row with a left side."""
    return {lid: (r["op"], r["right"]) for r in result["rows"] for lid in r["left"]}


def test_output_shape_and_summary():
    result = compare(
        doc("a", PROGRESS, DUAL_USE),
        doc("b", PROGRESS, HUMAN_RIGHTS),
        left_symbol="A/C.1/75/L.4",
        right_symbol="A/RES/75/32",
    )
    assert result["algorithm"] == ALGORITHM_VERSION
    assert result["left"]["symbol"] == "A/C.1/75/L.4"
    assert result["right"]["paragraphs"][1] == {
        "id": "b2",
        "label": "PP2",
        "kind": "preambular",
        "text": HUMAN_RIGHTS,
    }
    assert set(result["summary"]) == set(OPS) | set(NATURES)
    assert result["summary"] == {
        "unchanged": 1,
        "changed": 0,
        "moved": 0,
        "split": 0,
        "merged": 0,
        "inserted": 1,
        "deleted": 1,
        "technical": 0,
        "substantive": 0,
    }
    row = result["rows"][0]
    assert row == {
        "op": "unchanged",
        "left": ["a1"],
        "right": ["b1"],
        "similarity": 1.0,
        "words": [["equal", PROGRESS]],
    }


def test_footnotes_quotes_dashes_and_spacing_are_noise():
    left = doc(
        "a",
        "Confirming the conclusions of the Group of Governmental Experts, in its 2013³ and "
        "2015² reports, that international law is applicable,",
        "Welcoming the 2010,¹ 2013² and 2015³ reports transmitted by the Secretary-General,1",
        "a new open-ended working group 2021–2025, acting on a consensus basis;",
        "Recognizing the duty of a State to abstain from any   defamatory campaign,",
        AGENDA.replace('"', "“", 1).replace('".', "”."),
    )
    right = doc(
        "b",
        "Confirming the conclusions of the Group of Governmental Experts, in its 2013<sup>2"
        "</sup> and 2015 reports, that international law is applicable,",
        "Welcoming the 2010, 2013 and 2015 reports transmitted by the Secretary-General,",
        "a new open-ended working group 2021-2025, acting on a consensus basis;",
        "Recognizing the duty of a State to abstain from any defamatory campaign.",
        AGENDA,
    )
    result = compare(left, right)
    assert [r["op"] for r in result["rows"]] == ["unchanged"] * 5
    assert all(r["similarity"] == 1.0 for r in result["rows"])
    # the words still show what differs, and rebuild both texts
    for row, a, b in zip(result["rows"], left, right, strict=True):
        assert rebuild(row["words"]) == (a["text"], b["text"])


def test_labels_are_never_used_to_match():
    left = doc("a", PROGRESS, DUAL_USE, HUMAN_RIGHTS)
    right = doc("b", CRIMINAL, PROGRESS, DUAL_USE, HUMAN_RIGHTS)  # every label shifts
    result = compare(left, right)
    assert pairs(result) == {
        "a1": ("unchanged", ["b2"]),
        "a2": ("unchanged", ["b3"]),
        "a3": ("unchanged", ["b4"]),
    }
    assert [r["op"] for r in result["rows"]] == ["inserted"] + ["unchanged"] * 3


def test_ict_spelled_out_is_a_change_not_a_new_paragraph():
    left = doc(
        "a",
        PROGRESS,
        "Recognizing that some States may require assistance in their efforts to bridge the "
        "divide in the security of ICTs and their use,",
        "Noting that capacity-building is essential for cooperation of States and "
        "confidence-building in the field of ICT security,",
        HUMAN_RIGHTS,
    )
    right = doc(
        "b",
        PROGRESS,
        "Recognizing that some States may require assistance in their efforts to bridge the "
        "divide in the security of information and communications technologies and their "
        "use,",
        "Noting that capacity-building is essential for cooperation of States and "
        "confidence-building in the field of information and communications technology "
        "security,",
        HUMAN_RIGHTS,
    )
    result = compare(left, right)
    assert pairs(result) == {
        "a1": ("unchanged", ["b1"]),
        "a2": ("changed", ["b2"]),
        "a3": ("changed", ["b3"]),
        "a4": ("unchanged", ["b4"]),
    }
    changed = result["rows"][1]
    assert 0.8 < changed["similarity"] < 1.0  # the share of text kept
    assert ["delete", "ICTs"] in changed["words"]
    assert ["insert", "information and communications technologies"] in changed["words"]


def test_a_changed_verb_is_still_the_same_paragraph():
    left = doc(
        "a",
        PRIVATE_SECTOR,
        f"Welcomes the commencement of the work of the {GGE} established by the "
        "Secretary-General pursuant to resolution 73/266;",
        f"Also welcomes the commencement of the work of the {OEWG};",
        AGENDA,
    )
    right = doc(
        "b",
        PRIVATE_SECTOR,
        f"Welcomes the productive and ongoing work of the {GGE} established by the "
        "Secretary-General pursuant to resolution 73/266;",
        f"Also welcomes the productive and ongoing work of the {OEWG};",
        f"Notes the interruptions to the meeting schedules of the {GGE} and the {OEWG} on "
        "account of the coronavirus disease (COVID-19) pandemic;",
        AGENDA,
    )
    result = compare(left, right)
    assert pairs(result) == {
        "a1": ("unchanged", ["b1"]),
        "a2": ("changed", ["b2"]),
        "a3": ("changed", ["b3"]),
        "a4": ("unchanged", ["b5"]),
    }
    assert rows_by_op(result, "inserted")[0]["right"] == ["b4"]
    assert ["insert", "productive and ongoing"] in result["rows"][2]["words"]


def test_shared_boilerplate_does_not_make_a_pair():
    left = doc(
        "a",
        PRIVATE_SECTOR,
        f"Noting the productive, useful and ongoing discussions within the {OEWG}, which is "
        "inclusive of all Member States, and the Group of Governmental Experts, and "
        "maintaining that these important processes should conclude before considering "
        "next steps,",
        AGENDA,
    )
    right = doc(
        "b",
        PRIVATE_SECTOR,
        "Noting the truly democratic, inclusive and transparent nature of the discussion "
        f"within the {OEWG},",
        AGENDA,
    )
    result = compare(left, right)
    assert pairs(result)["a2"] == ("deleted", [])
    assert result["summary"]["inserted"] == 1
    assert result["summary"]["changed"] == 0


def test_paragraphs_opening_with_the_same_word_are_not_paired():
    left = doc(
        "a",
        PROGRESS,
        "Noting that the dissemination and use of information technologies and means affect "
        "the interests of the entire international community and that optimum effectiveness "
        "is enhanced by broad international cooperation,",
        DUAL_USE,
    )
    right = doc(
        "b",
        PROGRESS,
        "Noting that capacity-building is essential for cooperation of States and "
        "confidence-building in the field of information and communications technology "
        "security,",
        DUAL_USE,
    )
    result = compare(left, right)
    assert result["summary"]["changed"] == 0
    assert result["summary"]["deleted"] == 1
    assert result["summary"]["inserted"] == 1


def test_a_moved_and_reworded_paragraph_is_found_with_its_direction():
    united_nations = (
        "Noting that the United Nations should play a leading role in promoting dialogue "
        "among Member States to develop common understandings on the security of and the use "
        "of ICTs, as well as in developing common understandings on the application of "
        "international law and norms, rules and principles for responsible State behaviour "
        "in this sphere,"
    )
    reworded = united_nations.replace(
        "security of and the use of ICTs",
        "security and use of information and communications technologies",
    )
    left = doc("a", PROGRESS, united_nations, DUAL_USE, CRIMINAL, HUMAN_RIGHTS, PRIVATE_SECTOR)
    right = doc("b", PROGRESS, DUAL_USE, CRIMINAL, HUMAN_RIGHTS, reworded, PRIVATE_SECTOR)
    result = compare(left, right)
    moved = rows_by_op(result, "moved")
    assert len(moved) == 1
    row = moved[0]
    assert row["left"] == ["a2"] and row["right"] == ["b5"]
    assert row["moved"] == "down"
    assert row["left_position"] == 1
    assert row["similarity"] > 0.8
    assert ["insert", "information and communications technologies"] in row["words"]
    # placed at its reading position on the right
    assert [r["right"] for r in result["rows"]] == [["b1"], ["b2"], ["b3"], ["b4"], ["b5"], ["b6"]]
    assert result["summary"]["unchanged"] == 5

    back = compare(right, left)
    (row,) = rows_by_op(back, "moved")
    assert row["moved"] == "up" and row["left_position"] == 4


def test_one_paragraph_split_in_two():
    whole = (
        "Calls upon Member States to be guided in their use of information and "
        "communications technologies by the 2010, 2013 and 2015 reports of the Group of "
        "Governmental Experts, and to support the implementation of cooperative measures, as "
        "identified in the reports of the Group, to address the threats emerging in this "
        "field and ensure an open, interoperable, reliable and secure environment;"
    )
    first = (
        "Calls upon Member States to be guided in their use of information and "
        "communications technologies by the 2010, 2013 and 2015 reports of the Group of "
        "Governmental Experts;"
    )
    second = (
        "Also calls upon Member States to support the implementation of cooperative measures, "
        "as identified in the reports of the Group, to address the threats emerging in this "
        "field and ensure an open, interoperable, reliable and secure environment;"
    )
    left = doc("a", PROGRESS, whole, AGENDA)
    right = doc("b", PROGRESS, first, second, AGENDA)
    result = compare(left, right)
    (row,) = rows_by_op(result, "split")
    assert row["left"] == ["a2"] and row["right"] == ["b2", "b3"]
    assert rebuild(row["words"]) == (whole, first + "\n" + second)
    assert result["summary"]["inserted"] == 0 and result["summary"]["deleted"] == 0

    back = compare(right, left)
    (row,) = rows_by_op(back, "merged")
    assert row["left"] == ["b2", "b3"] and row["right"] == ["a2"]
    assert rebuild(row["words"]) == (first + "\n" + second, whole)


def test_deleted_rows_follow_their_left_neighbour():
    left = doc("a", PROGRESS, DUAL_USE, CRIMINAL, HUMAN_RIGHTS)
    right = doc("b", PROGRESS, PRIVATE_SECTOR, HUMAN_RIGHTS)
    result = compare(left, right)
    assert [(r["op"], r["left"], r["right"]) for r in result["rows"]] == [
        ("unchanged", ["a1"], ["b1"]),
        ("deleted", ["a2"], []),
        ("deleted", ["a3"], []),
        ("inserted", [], ["b2"]),
        ("unchanged", ["a4"], ["b3"]),
    ]


def test_extra_keys_are_ignored_and_empty_inputs_work():
    left = [{"id": "x", "label": "1", "kind": "operative", "text": AGENDA, "parent_label": ""}]
    assert compare([], [])["rows"] == []
    result = compare(left, [])
    assert result["rows"] == [
        {
            "op": "deleted",
            "left": ["x"],
            "right": [],
            "similarity": 0.0,
            "words": [["delete", AGENDA]],
        }
    ]
    assert "parent_label" not in result["left"]["paragraphs"][0]
