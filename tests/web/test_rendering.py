"""Word operations become HTML that marks changes and keeps hostile text inert."""

from undrafts.web.rendering import label_anchor, side_paragraphs, words_html
from undrafts.web.rows import display_rows, fold_unchanged, summary, summary_sentence

WORDS = [["equal", "Calls upon "], ["delete", "all States"], ["insert", "Member States"]]


def test_the_left_side_shows_deletions_and_the_right_side_insertions():
    left = words_html(WORDS, "left")
    right = words_html(WORDS, "right")
    assert left == (
        'Calls upon <del><span class="vh">deleted: </span>all States'
        '<span class="vh"> (end of deletion)</span></del>'
    )
    assert "<ins>" not in left
    assert right == (
        'Calls upon <ins><span class="vh">inserted: </span>Member States'
        '<span class="vh"> (end of insertion)</span></ins>'
    )
    assert "<del>" not in right


def test_a_mark_covers_the_changed_words_not_the_spaces_beside_them():
    words = [["equal", "would affect"], ["insert", " the"], ["equal", " secure and reliable "]]
    words += [["delete", "ICT "], ["equal", "use"]]
    assert words_html(words, "right") == (
        'would affect <ins><span class="vh">inserted: </span>the'
        '<span class="vh"> (end of insertion)</span></ins> secure and reliable use'
    )
    assert words_html(words, "left") == (
        'would affect secure and reliable <del><span class="vh">deleted: </span>ICT'
        '<span class="vh"> (end of deletion)</span></del> use'
    )


def test_the_inline_view_shows_both():
    inline = words_html(WORDS, "inline")
    assert inline.index("<del>") < inline.index("<ins>")


def test_hostile_paragraph_text_renders_inert():
    hostile = [
        ["equal", '<script>alert("x")</script> '],
        ["delete", "<img src=x onerror=alert(1)>"],
        ["insert", '" onmouseover="alert(1)'],
    ]
    html = words_html(hostile, "inline")
    assert "<script>" not in html
    assert "<img" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&quot; onmouseover=&quot;alert(1)" in html


def test_malformed_operations_are_skipped_not_fatal():
    assert words_html([["equal", "a"], "junk", ["insert"], ["bogus", "b"]], "inline") == "a"


def test_a_split_row_gives_each_new_paragraph_its_own_label():
    words = [["equal", "Calls upon States"], ["insert", ";\nAlso calls upon States"]]
    paragraphs = side_paragraphs(words, "right", ["OP2", "OP3"])
    assert [p["label"] for p in paragraphs] == ["OP2", "OP3"]
    assert paragraphs[0]["html"].startswith("Calls upon States<ins>")
    assert "Also calls upon States" in paragraphs[1]["html"]


def test_labels_become_fragment_ids():
    assert label_anchor("OP1(a)") == "OP1-a"
    assert label_anchor("OP1.13") == "OP1-13"
    assert label_anchor('PP1"><x') == "PP1-x"


def _comparison(rows, left, right):
    summary_counts = {}
    for row in rows:
        summary_counts[row["op"]] = summary_counts.get(row["op"], 0) + 1
    return {
        "left": {"paragraphs": [{"id": i, "label": i} for i in left]},
        "right": {"paragraphs": [{"id": i, "label": i} for i in right]},
        "rows": rows,
        "summary": summary_counts,
    }


def test_a_moved_paragraph_leaves_a_stub_that_links_to_its_new_place():
    comparison = _comparison(
        [
            {"op": "unchanged", "left": ["PP1"], "right": ["PP1"], "words": [["equal", "a"]]},
            {"op": "unchanged", "left": ["PP3"], "right": ["PP2"], "words": [["equal", "c"]]},
            {
                "op": "moved",
                "moved": "down",
                "left_position": 1,
                "left": ["PP2"],
                "right": ["PP3"],
                "words": [["equal", "b"]],
            },
        ],
        ["PP1", "PP2", "PP3"],
        ["PP1", "PP2", "PP3"],
    )
    rows = display_rows(comparison)
    assert [r["anchor"] for r in rows] == ["r-PP1", "was-PP2", "r-PP2", "r-PP3"]
    stub, moved = rows[1], rows[3]
    assert stub["target"] == "r-PP3"
    assert moved["stub_anchor"] == "was-PP2"
    assert moved["name"] == "Moved down"


def test_changes_only_folds_runs_of_unchanged_rows():
    comparison = _comparison(
        [
            {"op": "unchanged", "left": ["PP1"], "right": ["PP1"], "words": []},
            {"op": "unchanged", "left": ["PP2"], "right": ["PP2"], "words": []},
            {"op": "inserted", "left": [], "right": ["PP3"], "words": [["insert", "new"]]},
            {"op": "unchanged", "left": ["PP3"], "right": ["PP4"], "words": []},
        ],
        ["PP1", "PP2", "PP3"],
        ["PP1", "PP2", "PP3", "PP4"],
    )
    rows = display_rows(comparison)
    items = fold_unchanged(rows)
    assert [i["kind"] for i in items] == ["folded", "row", "folded"]
    assert (items[0]["count"], items[0]["first"], items[0]["last"]) == (2, "PP1", "PP2")
    entries = {e["op"]: e for e in summary(comparison, rows)}
    assert entries["inserted"]["count"] == 1
    assert entries["inserted"]["rows"][0]["anchor"] == "r-PP3"
    sentence = summary_sentence(comparison, "A/1", "A/2")
    assert sentence == (
        "A/2 has 4 paragraphs, A/1 had 3. Of those, it keeps 3 word for word. 1 paragraph is new."
    )


def test_identical_texts_are_called_identical():
    comparison = _comparison(
        [{"op": "unchanged", "left": ["PP1"], "right": ["PP1"], "words": []}], ["PP1"], ["PP1"]
    )
    assert summary_sentence(comparison, "A/1", "A/2") == (
        "No paragraph changed: A/2 reads word for word as A/1 (1 paragraph)."
    )


def test_a_row_that_differs_only_in_punctuation_says_so():
    comparison = _comparison(
        [
            {
                "op": "unchanged",
                "left": ["PP1"],
                "right": ["PP1"],
                "words": [["equal", "Stressing that"], ["delete", "."], ["insert", ","]],
            },
            {"op": "unchanged", "left": ["PP2"], "right": ["PP2"], "words": [["equal", "b"]]},
        ],
        ["PP1", "PP2"],
        ["PP1", "PP2"],
    )
    rows = display_rows(comparison)
    assert rows[0]["name"] == "Unchanged apart from punctuation"
    assert rows[1]["name"] == "Unchanged"
    assert summary_sentence(comparison, "A/1", "A/2") == (
        "No paragraph changed: A/2 reads word for word as A/1 (2 paragraphs). "
        "1 paragraph differs only in punctuation."
    )
