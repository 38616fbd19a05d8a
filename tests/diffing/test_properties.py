"""Invariants of compare() on generated documents (hypothesis)."""

import json
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from undrafts.diffing import NATURES, OPS, compare
from undrafts.diffing.words import rebuild

VOCAB = (  # noqa: SIM905
    "Recalling Noting Decides Also decides Requests the of and in to information "
    "communications technologies ICTs ICT security international States Member Group "
    "Governmental Experts Open-ended Working United Nations resolution 73/27 2021–2025 "
    "“entitled” peaceful purposes capacity-building norms rules principles responsible "
    "behaviour cyberspace 2013³ <sup>2</sup> , ; . : (a) –"
).split()

words = st.one_of(
    st.sampled_from(VOCAB),
    st.sampled_from(VOCAB),
    st.sampled_from(VOCAB),
    st.text(max_size=6),
)
texts = st.lists(words, max_size=25).map(" ".join) | st.text(max_size=40)


ACTIONS = ["insert", "delete", "edit", "move", "split", "merge", "copy"]


@st.composite
def versions(draw):
    """Two versions of a text: the second an edit of the first (or anything at all)."""
    left = draw(st.lists(texts, max_size=10))
    if draw(st.booleans()) and draw(st.booleans()):
        return left, draw(st.lists(texts, max_size=10))
    right = list(left)
    for _ in range(draw(st.integers(0, 6))):
        action = draw(st.sampled_from(ACTIONS))
        if action == "insert" or not right:
            right.insert(draw(st.integers(0, len(right))), draw(texts))
            continue
        k = draw(st.integers(0, len(right) - 1))
        if action == "delete":
            del right[k]
        elif action == "edit":
            tokens = right[k].split(" ")
            tokens.insert(draw(st.integers(0, len(tokens))), draw(words))
            if len(tokens) > 2 and draw(st.booleans()):
                del tokens[draw(st.integers(0, len(tokens) - 1))]
            right[k] = " ".join(tokens)
        elif action == "move":
            right.insert(draw(st.integers(0, len(right) - 1)), right.pop(k))
        elif action == "split":
            tokens = right[k].split(" ")
            cut = draw(st.integers(0, len(tokens)))
            right[k : k + 1] = [" ".join(tokens[:cut]), " ".join(tokens[cut:])]
        elif action == "merge" and k + 1 < len(right):
            right[k : k + 2] = [right[k] + " " + right[k + 1]]
        elif action == "copy":
            right.insert(draw(st.integers(0, len(right))), right[k])
    return left, right


def doc(prefix, texts_):
    return [
        {"id": f"{prefix}{n}", "label": str(n), "kind": "operative", "text": t}
        for n, t in enumerate(texts_)
    ]


def check_invariants(left_texts, right_texts):
    left, right = doc("L", left_texts), doc("R", right_texts)
    result = compare(left, right)
    json.dumps(result)
    rows = result["rows"]
    text_of = {p["id"]: p["text"] for p in left + right}

    # every paragraph in exactly one row on its side
    assert sorted(i for r in rows for i in r["left"]) == sorted(p["id"] for p in left)
    assert [i for r in rows for i in r["right"]] == [p["id"] for p in right]  # right order

    # left order kept by everything that is not a move
    kept_left = [int(i[1:]) for r in rows if "moved" not in r for i in r["left"]]
    assert kept_left == sorted(kept_left)

    summary = result["summary"]
    assert set(summary) == set(OPS) | set(NATURES)
    assert sum(summary[op] for op in OPS) == len(rows)
    for op in OPS:
        assert summary[op] == sum(r["op"] == op for r in rows)
    # every pairing row that changed has a nature, and only those
    paired_changes = [r for r in rows if r["left"] and r["right"] and r["op"] != "unchanged"]
    assert all(r.get("nature") in NATURES for r in paired_changes)
    assert sum(summary[n] for n in NATURES) == len(paired_changes)
    assert sum("nature" in r for r in rows) == len(paired_changes)

    for r in rows:
        assert 0.0 <= r["similarity"] <= 1.0
        assert round(r["similarity"], 3) == r["similarity"]
        old = "\n".join(text_of[i] for i in r["left"])
        new = "\n".join(text_of[i] for i in r["right"])
        assert rebuild(r["words"]) == (old, new)
        for (a, *_), (b, *_) in pairwise(r["words"]):
            assert a != b
        assert all(any(w[1:]) for w in r["words"])  # each op shows text on some side
        if r["op"] == "moved":
            assert r["moved"] in ("up", "down")
            assert r["left_position"] == int(r["left"][0][1:])
        counts = (len(r["left"]), len(r["right"]))
        expected = {
            "inserted": (0, 1),
            "deleted": (1, 0),
            "split": (1, None),
            "merged": (None, 1),
        }.get(r["op"], (1, 1))
        assert all(e is None or e == c for e, c in zip(expected, counts, strict=True))
        if r["op"] == "split":
            assert counts[1] >= 2
        if r["op"] == "merged":
            assert counts[0] >= 2
    return result


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(versions())
def test_every_paragraph_once_and_word_ops_rebuild_both_texts(pair):
    check_invariants(*pair)


@SETTINGS
@given(st.lists(texts, max_size=12))
def test_identical_inputs_are_all_unchanged(texts_):
    result = check_invariants(texts_, list(texts_))
    assert {r["op"] for r in result["rows"]} <= {"unchanged"}
    assert result["summary"]["unchanged"] == len(texts_)


@SETTINGS
@given(versions())
def test_swapping_sides_swaps_insertions_and_deletions(pair):
    left, right = pair
    forward = check_invariants(left, right)["summary"]
    backward = check_invariants(right, left)["summary"]
    assert forward["inserted"] == backward["deleted"]
    assert forward["deleted"] == backward["inserted"]
    assert forward["split"] == backward["merged"]
    assert forward["merged"] == backward["split"]
    for op in ("unchanged", "changed", "moved"):
        assert forward[op] == backward[op], op


@SETTINGS
@given(st.lists(st.text(), max_size=8), st.lists(st.text(), max_size=8))
def test_arbitrary_unicode_does_not_crash(left, right):
    check_invariants(left, right)


def test_duplicates_and_empty_strings():
    check_invariants(["", "", "a", "a", "a"], ["a", "", "a"])
    check_invariants(["same"] * 100, ["same"] * 70)
    result = check_invariants(["", "x"], ["", "x"])
    assert result["summary"]["unchanged"] == 2
