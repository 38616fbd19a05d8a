"""The JSON contract of a seed comparison, pinned: typed rows must not change what compare() says.

The snapshot was written by compare() before rows were typed, and rewritten when rows gained
"nature" and "strength" (the diff was those keys, the two counts and the algorithm, nothing
else). When the engine is changed on purpose (a better alignment, a new field), regenerate it
with
`UPDATE_SNAPSHOTS=1 pytest tests/diffing/test_contract_snapshot.py` and read the diff.
"""

import json
import os
from pathlib import Path

from undrafts.diffing import compare

from .test_seed_pairs import L4, RES_74_28, paragraphs

SNAPSHOT = Path(__file__).parent / "snapshots" / "a-res-74-28_to_a-c1-75-l4.json"


def test_resolution_74_28_against_draft_l4_gives_the_pinned_json():
    result = compare(
        paragraphs(*RES_74_28),
        paragraphs(*L4),
        left_symbol="A/RES/74/28",
        right_symbol="A/C.1/75/L.4",
    )
    # through JSON, as the cache and the API carry it
    result = json.loads(json.dumps(result))
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(
            json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
        )
    assert result == json.loads(SNAPSHOT.read_text(encoding="utf-8"))
