"""The seed documents compared as an expert would read them, paragraph by paragraph.

Texts come from the real parser (undrafts.parsing); rows are asserted by label.

Two families of texts on ICTs and international security: the one that began the
Open-ended Working Group (A/C.1/73/L.27/Rev.1 of 2018, A/C.1/75/L.8/Rev.1 and
A/RES/75/240 of 2020) and the one of the Group of Governmental Experts and the
programme of action (A/RES/74/28 of 2019, A/C.1/75/L.4 of 2020, A/C.1/78/L.60/Rev.1 of
2023). Read side by side, the pairs an expert makes on the heavy rewrites are:

- a split whose second half was reworded: RES 74/28 PP12 ("Confirming the conclusions
  of the Group of Governmental Experts ... that international law ... is applicable
  ..., that voluntary and non-binding norms ... can reduce risks ..., and that ...
  additional norms can be developed over time") became L.60/Rev.1 PP9 ("Recalling the
  conclusion ... international law ...") and PP10 ("Reaffirming that voluntary,
  non-binding norms ... can reduce risks ..., and do not seek to limit or prohibit
  action ..."). PP10 holds the reworded second half, so it is not "contained" in
  PP12; what PP9 leaves of PP12 is, though, mostly in PP10.
- paragraphs kept in their place and redrafted around their subject: in 2018 the
  open-ended working group's mandate and its organizational session (L.27/Rev.1 OP5
  and OP6 -> RES 75/240 OP1 and OP3, both about half rewritten); and, the 2018 text
  read against the 2019 one of the other family, the call on Member States to address
  "the threats emerging in this field, consistent with the need to preserve the free
  flow of information" (L.27/Rev.1 OP2 -> RES 74/28 OP1(b), recast as "To support the
  implementation of cooperative measures ..."), which the two families inherited from
  the same earlier text.
- in 2023 the concern about "purposes that are inconsistent with the objectives of
  maintaining international stability and security" (RES 74/28 PP7 -> L.60/Rev.1 PP3,
  moved before "Stressing ...", PP6), and human rights now "while bridging digital
  divides" (PP9 -> PP7).

Read but not paired, because nothing in the text can tell them from rival texts that
share boilerplate: RES 74/28 PP13 (confidence-building measures "reduce the risk of
conflict ... reducing misperception") against L.60/Rev.1 PP11 ("can contribute to
preventing conflicts, avoiding misperceptions"), and PP15 (participation "of the
private sector, academia and civil society") against PP17 ("with civil society, the
private sector, academia and the technical community"): each is as alike as
A/C.1/75/L.4 PP3 and L.8/Rev.1 PP3, rival paragraphs that must stay apart, and PP15 and
PP17 keep almost no words in order.
"""

from functools import cache
from pathlib import Path

import pytest

from undrafts.diffing import compare
from undrafts.diffing.words import rebuild

parsing = pytest.importorskip("undrafts.parsing")

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


@cache
def _parsed(name):
    return parsing.parse_document((SEEDS / name).read_text())


def paragraphs(name, heading=""):
    for text in _parsed(name).texts:
        if text.heading == heading:
            return [
                {"id": p.label, "label": p.label, "kind": p.kind, "text": p.text}
                for p in text.paragraphs
            ]
    raise LookupError(heading)


L4 = ("A-75-394.txt", "Draft resolution I")  # A/C.1/75/L.4, later 75/32
L8_REV1 = ("A-75-394.txt", "Draft resolution II")  # A/C.1/75/L.8/Rev.1
L27_REV1 = ("A-C.1-73-L.27-Rev.1.txt", "")
RES_75_240 = ("A-RES-75-240.txt", "")
RES_74_28 = ("A-RES-74-28.txt", "")
L60_REV1 = ("A-C.1-78-L.60-Rev.1.txt", "")


def run(old, new):
    left, right = paragraphs(*old), paragraphs(*new)
    result = compare(left, right)
    texts = {("L", p["id"]): p["text"] for p in left} | {("R", p["id"]): p["text"] for p in right}
    for row in result["rows"]:
        assert rebuild(row["words"]) == (
            "\n".join(texts["L", i] for i in row["left"]),
            "\n".join(texts["R", i] for i in row["right"]),
        )
    return result


def by_left(result):
    """{left label: (op, [right labels])}"""
    return {i: (r["op"], r["right"]) for r in result["rows"] for i in r["left"]}


def inserted(result):
    return [r["right"][0] for r in result["rows"] if r["op"] == "inserted"]


def deleted(result):
    return [r["left"][0] for r in result["rows"] if r["op"] == "deleted"]


def test_committee_draft_and_adopted_resolution_are_the_same_text():
    """A/C.1/75/L.8/Rev.1 as recommended in A/75/394 and A/RES/75/240 as adopted."""
    result = run(L8_REV1, RES_75_240)
    assert result["summary"]["unchanged"] == 27
    assert sum(result["summary"].values()) == 27
    assert all(label == right[0] for label, (_, right) in by_left(result).items())
    # typographic differences are there, and do not count
    left, right = paragraphs(*L8_REV1), paragraphs(*RES_75_240)
    differing = [a["label"] for a, b in zip(left, right, strict=True) if a["text"] != b["text"]]
    assert differing, "the two extractions differ in typography somewhere"
    noisy = {r["left"][0]: r for r in result["rows"] if r["left"][0] in differing}
    assert all(r["op"] == "unchanged" and r["similarity"] == 1.0 for r in noisy.values())


def test_2018_draft_against_2020_resolution():
    """A/C.1/73/L.27/Rev.1 against A/RES/75/240: ICTs spelled out, the rules dropped."""
    result = run(L27_REV1, RES_75_240)
    pairs = by_left(result)
    assert result["summary"] == {
        "unchanged": 4,
        "changed": 18,
        "moved": 1,
        "split": 0,
        "merged": 0,
        "inserted": 4,
        "deleted": 22,
        "technical": 0,
        "substantive": 19,
    }
    for label in ("PP2", "PP13", "PP19", "PP20"):
        assert pairs[label][0] == "unchanged", label
    # "ICTs" spelled out as "information and communications technologies"
    expected_changes = {
        "PP1": "PP1",  # two more resolutions recalled
        "PP3": "PP3",
        "PP4": "PP4",
        "PP5": "PP5",
        "PP6": "PP6",
        "PP7": "PP7",
        "PP8": "PP8",
        "PP9": "PP9",
        "PP10": "PP10",
        "PP12": "PP11",
        "PP14": "PP13",
        "PP16": "PP17",  # "Welcoming also that, in considering..." -> "Recalling that, ..."
        "PP17": "PP18",
        "PP18": "PP19",
        "PP21": "PP22",
        "OP5": "OP1",  # the open-ended working group's mandate, rewritten for 2021-2025
        "OP6": "OP3",  # its organizational session
        "OP7": "OP5",  # the provisional agenda item
    }
    for old, new in expected_changes.items():
        assert pairs[old] == ("changed", [new]), old
    words = next(r["words"] for r in result["rows"] if r["left"] == ["PP8"])
    assert ["delete", "ICTs"] in words
    assert ["insert", "information and communications technologies"] in words
    recalling = next(r["words"] for r in result["rows"] if r["left"] == ["PP16"])
    assert recalling[:2] == [["delete", "Welcoming also"], ["insert", "Recalling"]]

    (moved,) = [r for r in result["rows"] if r["op"] == "moved"]
    assert moved["left"] == ["PP11"] and moved["right"] == ["PP14"]
    assert moved["moved"] == "down"
    assert moved["left_position"] == 10
    assert moved["similarity"] > 0.9

    rules = ["OP1"] + [f"OP1.{n}" for n in range(1, 14)]
    invites = ["OP4", "OP4(a)", "OP4(b)", "OP4(c)", "OP4(d)"]
    assert deleted(result) == ["PP15", *rules, "OP2", "OP3", *invites]
    assert inserted(result) == ["PP15", "PP16", "OP2", "OP4"]


def test_2019_resolution_against_2020_draft():
    """A/RES/74/28 against A/C.1/75/L.4: the work welcomed is now "productive and ongoing"."""
    result = run(RES_74_28, L4)
    pairs = by_left(result)
    assert pairs["PP1"] == ("changed", ["PP1"])
    assert pairs["OP3"] == ("changed", ["OP3"])
    assert pairs["OP4"] == ("changed", ["OP4"])
    assert pairs["OP5"] == ("changed", ["OP7"])
    for label, (op, right) in pairs.items():
        if label not in ("PP1", "OP3", "OP4", "OP5"):
            assert (op, right) == ("unchanged", [label]), label
    assert inserted(result) == ["PP16", "OP5", "OP6"]
    assert deleted(result) == []
    welcomes = next(r["words"] for r in result["rows"] if r["left"] == ["OP3"])
    assert ["delete", "commencement of the"] in welcomes
    assert ["insert", "productive and ongoing"] in welcomes
    # rows follow the right-hand text
    assert [r["right"] for r in result["rows"]] == [[p["id"]] for p in paragraphs(*L4)]


def test_rival_drafts_share_only_what_they_truly_share():
    """A/C.1/75/L.4 against A/C.1/75/L.8/Rev.1, rival texts of the same session."""
    result = run(L4, L8_REV1)
    pairs = by_left(result)
    matched = {k: v for k, v in pairs.items() if v[0] not in ("deleted",)}
    assert matched == {
        "PP1": ("changed", ["PP1"]),  # Recalling its resolutions ...
        "PP2": ("unchanged", ["PP2"]),  # Noting that considerable progress ...
        "PP5": ("unchanged", ["PP8"]),  # Confirming that ICTs are dual-use ...
        "PP6": ("changed", ["PP10"]),  # Stressing ... interest of all States, a clause added
        "PP9": ("unchanged", ["PP13"]),  # Underlining ... human rights ...
        "PP12": ("unchanged", ["PP18"]),  # Confirming the conclusions ... 2013 and 2015 ...
        "PP15": ("unchanged", ["PP22"]),  # Stressing that, while States have a primary ...
        "OP7": ("unchanged", ["OP5"]),  # include in the provisional agenda ...
    }
    assert result["summary"]["moved"] == 0
    assert result["summary"]["split"] == result["summary"]["merged"] == 0
    # paragraphs sharing only an opening word or boilerplate stay apart
    for label in ("PP4", "PP7", "PP8", "PP10", "PP14", "PP16", "OP3", "OP4", "OP6"):
        assert pairs[label] == ("deleted", []), label
    for label in ("PP4", "PP6", "PP9", "PP16", "PP17", "OP2"):
        assert label in inserted(result), label


def test_swapped_sides_swap_insertions_and_deletions_on_real_texts():
    forward = run(L27_REV1, RES_75_240)["summary"]
    backward = run(RES_75_240, L27_REV1)["summary"]
    assert backward["inserted"] == forward["deleted"]
    assert backward["deleted"] == forward["inserted"]
    for op in ("unchanged", "changed", "moved"):
        assert backward[op] == forward[op]


def test_2019_resolution_against_2023_draft_finds_the_split_with_a_reworded_half():
    """RES 74/28 against A/C.1/78/L.60/Rev.1, the programme of action: most is new."""
    result = run(RES_74_28, L60_REV1)
    pairs = by_left(result)
    assert pairs["PP12"] == ("split", ["PP9", "PP10"])
    (split,) = [r for r in result["rows"] if r["op"] == "split"]
    assert ["insert", ",\nReaffirming "] in split["words"]
    reworded = (
        "do not seek to limit or prohibit action that is otherwise consistent with "
        "international law but nonetheless to set standards for responsible State "
        "behaviour, while also reaffirming "
    )
    assert ["insert", reworded] in split["words"]
    assert "moved" not in split
    matched = {k: v for k, v in pairs.items() if v[0] != "deleted"}
    assert matched == {
        "PP1": ("changed", ["PP1"]),  # more resolutions recalled
        "PP2": ("unchanged", ["PP2"]),
        "PP6": ("changed", ["PP6"]),  # "to seek the settlement of disputes by peaceful means"
        "PP7": ("moved", ["PP3"]),  # the concern, now before "Stressing ..."
        "PP9": ("changed", ["PP7"]),  # human rights "while bridging digital divides"
        "PP12": ("split", ["PP9", "PP10"]),
        "OP5": ("changed", ["OP5"]),  # the agenda item, "Also decides"
    }
    # the same opening verb in the same place is not a pair: the Group's work welcomed
    # in 2019 is not the report welcomed in 2023, nor the open-ended working group's
    # work the regional consultations
    assert pairs["OP3"] == pairs["OP4"] == ("deleted", [])
    assert {"OP1", "OP2"} <= set(inserted(result))


def test_the_split_reads_as_a_merge_the_other_way_round():
    result = run(L60_REV1, RES_74_28)
    merged = [(r["left"], r["right"]) for r in result["rows"] if r["op"] == "merged"]
    assert merged == [(["PP9", "PP10"], ["PP12"])]
    # and the same paragraph in the 2020 draft and in the other family's 2020 text
    assert by_left(run(L4, L60_REV1))["PP12"] == ("split", ["PP9", "PP10"])
    assert by_left(run(L8_REV1, L60_REV1))["PP18"] == ("split", ["PP9", "PP10"])


def test_2018_text_against_2019_text_of_the_other_family():
    """A/C.1/73/L.27/Rev.1 against RES 74/28: both grew from the same earlier text."""
    result = run(L27_REV1, RES_74_28)
    pairs = by_left(result)
    matched = {k: v for k, v in pairs.items() if v[0] != "deleted"}
    assert matched == {
        "PP1": ("changed", ["PP1"]),
        "PP2": ("unchanged", ["PP2"]),
        "PP8": ("changed", ["PP5"]),  # dual-use, "ICTs" spelled out
        "PP10": ("changed", ["PP6"]),  # no "community of shared future" in 2019
        "PP14": ("changed", ["PP9"]),
        "PP15": ("changed", ["PP10"]),  # the reports of 2010, 2013 and 2015 named
        "PP17": ("changed", ["PP12"]),
        "PP21": ("changed", ["PP15"]),
        # redrafted in place: "threats emerging in this field ... free flow of information"
        "OP2": ("changed", ["OP1(b)"]),
        "OP4": ("changed", ["OP2"]),
        "OP4(b)": ("unchanged", ["OP2(a)"]),
        "OP4(c)": ("changed", ["OP2(b)"]),
        "OP7": ("changed", ["OP5"]),
    }
    threats = next(r["words"] for r in result["rows"] if r["left"] == ["OP2"])
    assert ["equal", "to address the threats emerging in this field"] in threats
    assert ["equal", " consistent with the need to preserve the free flow of information;"] in (
        threats
    )
    # the rules of 2018 are not in the 2019 text; "providing assistance ... to build
    # capacity" (PP6) recurs in RES 74/28 PP14, out of place and under another verb
    assert pairs["PP6"] == ("deleted", [])
    assert pairs["OP1"] == ("deleted", [])
