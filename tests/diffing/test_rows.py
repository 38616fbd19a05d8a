"""The typed row: what compare() returns reads back into Row objects and writes out unchanged."""

import json

import pytest

from undrafts.diffing import OPS, Comparison, Row, compare, comparison_of
from undrafts.diffing.rows import Strength

from .test_seed_pairs import L4, L8_REV1, L27_REV1, RES_74_28, RES_75_240, paragraphs

SEED_PAIRS = [(L27_REV1, RES_75_240), (RES_74_28, L4), (L4, L8_REV1), (L8_REV1, RES_75_240)]


@pytest.mark.parametrize(("old", "new"), SEED_PAIRS)
def test_a_cached_comparison_reads_back_into_the_rows_it_was_written_from(old, new):
    typed = comparison_of(paragraphs(*old), paragraphs(*new), left_symbol="A", right_symbol="B")
    stored = json.loads(json.dumps(typed.to_json()))  # as the cache keeps it
    assert Comparison.from_json(stored) == typed
    assert Comparison.from_json(stored).to_json() == stored
    assert stored == compare(paragraphs(*old), paragraphs(*new), left_symbol="A", right_symbol="B")


def test_the_summary_lists_every_operation_once_in_a_readers_order():
    typed = comparison_of(paragraphs(*L27_REV1), paragraphs(*RES_75_240))
    assert tuple(op for op in typed.summary if op in OPS) == OPS
    assert OPS[0] == "changed" and OPS[-1] == "unchanged"
    assert sum(typed.summary[op] for op in OPS) == len(typed.rows)


def test_a_moved_row_keeps_where_it_came_from_and_a_plain_row_carries_no_move_keys():
    moved = {
        "op": "moved",
        "left": ["PP2"],
        "right": ["PP3"],
        "similarity": 1.0,
        "words": [["equal", "Noting the report,"]],
        "moved": "down",
        "left_position": 1,
        "moved_from": "PP2",
    }
    row = Row.from_json(moved)
    assert (row.moved, row.left_position, row.moved_from) == ("down", 1, "PP2")
    assert row.to_json() == moved
    plain = Row("unchanged", ("PP1",), ("PP1",), 1.0, (("equal", "a"),))
    assert set(plain.to_json()) == {"op", "left", "right", "similarity", "words"}


def test_strength_is_written_with_the_contracts_from_key():
    flag = Strength("Encourages", "Urges", "stronger")
    assert flag.to_json() == {"from": "Encourages", "to": "Urges", "direction": "stronger"}
    assert Strength.from_json(flag.to_json()) == flag
