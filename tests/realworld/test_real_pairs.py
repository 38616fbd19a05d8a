"""Real UN drafts and the resolutions they became, uploaded as Secretariat staff upload them
(the PDF's text extracted, then ``document_import``) and compared: a draft adopted word for
word shows no change at all, and a changed draft shows what changed and nothing else."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache

import pytest
from django.db import transaction

from undrafts.diffing import compare
from undrafts.documents.selectors import text_paragraphs
from undrafts.documents.services import document_import
from undrafts.parsing import parse_document
from undrafts.parsing.cleanup import clean_lines, strip_markers

from .conftest import REALWORLD, extracted, pdf_path, realworld_available

pytestmark = pytest.mark.django_db

PAIRS = json.loads((REALWORLD / "pairs.json").read_text("utf-8")) if realworld_available() else {}


def _steps(wording: str) -> list[tuple[str, str]]:
    """(earlier, later) symbols of every draft -> resolution pair and chain step so worded."""
    found = [
        (p["draft"], p["resolution"])
        for p in PAIRS.get("draft_to_resolution", [])
        if p["wording"] == wording and not p["via"]
    ]
    for chain in PAIRS.get("chains", []):
        for (earlier, later), step in zip(
            zip(chain["steps"], chain["steps"][1:], strict=False),
            chain["step_wording"],
            strict=True,
        ):
            if step == wording and (earlier, later) not in found:
                found.append((earlier, later))
    return found


IDENTICAL = _steps("identical")


def _ids(value) -> str:
    return "->".join(value) if isinstance(value, tuple) else str(value)


def _symbols() -> list[str]:
    pairs = [*_steps("identical"), *_steps("changed")]
    pairs += [(p["draft"], p["resolution"]) for p in PAIRS.get("draft_to_resolution", [])]
    return sorted({symbol for pair in pairs for symbol in pair})


@pytest.fixture(scope="module")
def library(django_db_setup, django_db_blocker):
    """Every PDF the pairs name, extracted and imported once for the module, in a
    transaction rolled back after it (each test runs in a savepoint inside it)."""
    with django_db_blocker.unblock(), transaction.atomic():
        documents = {}
        for symbol in _symbols():
            documents[symbol] = document_import(
                raw=extracted(symbol), symbol=symbol, source_name=pdf_path(symbol).name
            )
        yield {symbol: result.document for symbol, result in documents.items()}
        transaction.set_rollback(True)


def comparison(library, left: str, right: str) -> dict:
    return compare(
        text_paragraphs(library[left].main_text),
        text_paragraphs(library[right].main_text),
        left_symbol=left,
        right_symbol=right,
    )


def labelled(result: dict, row: dict) -> tuple[str, list[str], list[str]]:
    """A row as (op, left labels, right labels): how a reader names it."""
    left = {p["id"]: p["label"] for p in result["left"]["paragraphs"]}
    right = {p["id"]: p["label"] for p in result["right"]["paragraphs"]}
    return row["op"], [left[i] for i in row["left"]], [right[i] for i in row["right"]]


def changes(result: dict) -> list[tuple[str, list[str], list[str]]]:
    return [labelled(result, row) for row in result["rows"] if row["op"] != "unchanged"]


def marks(row: dict) -> list[list[str]]:
    return [w for w in row["words"] if w[0] != "equal"]


@pytest.mark.parametrize(("draft", "resolution"), IDENTICAL, ids=_ids)
def test_a_draft_adopted_word_for_word_shows_no_change(library, draft, resolution):
    result = comparison(library, draft, resolution)
    assert changes(result) == []
    assert all(marks(row) == [] for row in result["rows"])  # nothing marked, not even noise
    left = [p["label"] for p in result["left"]["paragraphs"]]
    right = [p["label"] for p in result["right"]["paragraphs"]]
    assert left == right  # two printings of one text carry the same labels


def test_one_renamed_country_is_the_only_change(library):
    result = comparison(library, "A/C.3/80/L.50", "A/RES/80/211")
    [row] = [r for r in result["rows"] if r["op"] != "unchanged"]
    assert labelled(result, row)[0] == "changed"
    assert marks(row) == [["delete", "Turkey"], ["insert", "Türkiye"]]


def test_a_deleted_operative_paragraph_is_the_only_change(library):
    result = comparison(library, "A/C.3/80/L.24", "A/RES/80/189")
    assert changes(result) == [("deleted", ["OP2"], [])]


def test_one_changed_date_is_the_only_change(library):
    result = comparison(library, "A/C.4/80/L.8", "A/RES/80/76")
    [row] = [r for r in result["rows"] if r["op"] != "unchanged"]
    assert labelled(result, row) == ("changed", ["OP30"], ["OP30"])
    assert marks(row) == [["delete", "19"], ["insert", "20"]]


def test_filled_in_placeholders_are_the_only_change(library):
    result = comparison(library, "A/C.5/80/L.8", "A/RES/80/246")
    [row] = [r for r in result["rows"] if r["op"] != "unchanged"]
    assert labelled(result, row) == ("changed", ["OP5(b)"], ["OP5(b)"])
    assert [w[1] for w in marks(row) if w[0] == "insert"] == ["245", "30"]


def _letters(text: str) -> str:
    """Letters only: the reference's spans carry paragraph numbers and no punctuation."""
    return re.sub(r"[^a-z]", "", text.lower())


@pytest.mark.parametrize(("draft", "resolution"), _steps("changed"), ids=_ids)
def test_every_change_the_reference_found_is_shown_as_a_change(library, draft, resolution):
    """pairs.json lists examples of the spans that changed (found by an independent
    comparison); each must be inside a row that is not unchanged."""
    result = comparison(library, draft, resolution)
    changed = [row for row in result["rows"] if row["op"] != "unchanged"]
    order = {p["id"]: n for n, p in enumerate(result["left"]["paragraphs"])}
    in_draft_order = sorted((r for r in changed if r["left"]), key=lambda r: order[r["left"][0]])
    # each side's text of the rows that changed, in that side's order (a reference span may
    # run from the end of one changed paragraph into the next)
    shown = {
        "draft": _letters(
            "".join(w[1] for r in in_draft_order for w in r["words"] if w[0] != "insert")
        ),
        "resolution": _letters(
            "".join(w[-1] for r in changed for w in r["words"] if w[0] != "delete")
        ),
    }
    entry = next(
        (
            p
            for p in PAIRS["draft_to_resolution"]
            if (p["draft"], p["resolution"]) == (draft, resolution)
        ),
        None,
    ) or next(
        p for p in PAIRS["draft_to_draft"] if (p["draft"], p["successor"]) == (draft, resolution)
    )
    examples = entry["change"]["examples"]
    assert examples
    for example in examples:
        side = "resolution" if example["op"] == "insert" else "draft"
        span = example[side]
        if not _letters(span):
            continue  # a paragraph's number alone: labels carry it, not the text
        assert _letters(span) in shown[side], example


# paragraph numbers are kept apart from the text: "12.", "(b)", "(iii)"
_NUMBERING = re.compile(r"^\d{1,3}\.|\([a-z]{1,4}\)")


@pytest.mark.parametrize("symbol", _symbols())
def test_every_line_of_the_body_is_in_a_paragraph(symbol):
    """Nothing the parser reads after "The General Assembly" is dropped: every word of each
    body line (not furniture, not a footnote) is in some paragraph or the meeting line."""
    raw = extracted(symbol)
    document = parse_document(raw)
    kept = " ".join([p.text for t in document.texts for p in t.paragraphs] + [document.meeting])
    kept_words = set(re.findall(r"\w+", kept))
    lines = clean_lines(raw)
    start = next(n for n, line in enumerate(lines) if line.text.startswith("The General Assembly"))
    lost = {
        word
        for line in lines[start + 1 :]
        if line.kind == "text"
        for word in re.findall(r"\w+", _NUMBERING.sub(" ", strip_markers(line.text)[0]))
        if not word.isdigit()
    } - kept_words
    assert not lost, sorted(lost)[:20]


# What a text layer adds that no drafter wrote: job numbers and the barcode's line...
_FURNITURE = re.compile(r"\b\d{2}-\d{5}\b|Please recycle")
# ...and page numbers, "3/12" (a page before the last; "resolution 70/1" names a session first).
_PAGE = re.compile(r"(?<![\w/])(\d{1,2})/(\d{1,2})(?![\w/])")


def _furniture(text: str) -> bool:
    pages = (int(page) <= int(last) for page, last in _PAGE.findall(text))
    return bool(_FURNITURE.search(text)) or any(pages)


def _printed(text: str) -> str:
    """A text as a reader compares it: no spaces, one hyphen, one quote of each kind."""
    text = re.sub(r"[\s\u00ad]", "", text)
    text = re.sub(r"[\u2010\u2011\u2012\u2013]", "-", text)
    return re.sub(r"[\u2018\u2019\u201b]", "'", re.sub(r"[\u201c\u201d\u201f]", '"', text))


def _runs(words: list[list[str]]) -> list[tuple[str, str]]:
    """Each run of marks between two equal stretches, as (deleted text, inserted text)."""
    runs, deleted, inserted = [], [], []
    for op, *text in [*words, ["equal", ""]]:
        if op == "delete":
            deleted.append(text[0])
        elif op == "insert":
            inserted.append(text[0])
        elif deleted or inserted:
            runs.append(("".join(deleted), "".join(inserted)))
            deleted, inserted = [], []
    return runs


@cache
def _printed_words() -> Counter:
    """How often each word is printed across every shared document the pairs name."""
    return Counter(w for symbol in _symbols() for w in re.findall(r"[^\W\d_]+", extracted(symbol)))


@pytest.mark.parametrize(("draft", "resolution"), _steps("changed"), ids=_ids)
def test_a_changed_draft_shows_only_real_changes(library, draft, resolution):
    """No row changes for noise and no mark is a broken word or the page's furniture: each
    marked run differs from what it replaces in more than spacing, hyphens or quotes."""
    result = comparison(library, draft, resolution)
    texts = {
        side: {p["id"]: p["text"] for p in result[side]["paragraphs"]} for side in ("left", "right")
    }
    for row in result["rows"]:
        if row["op"] == "unchanged":
            continue
        if row["left"] and row["right"] and row["op"] == "changed":
            left = " ".join(texts["left"][i] for i in row["left"])
            right = " ".join(texts["right"][i] for i in row["right"])
            assert _printed(left) != _printed(right), labelled(result, row)
        for deleted, inserted in _runs(row["words"]):
            assert _printed(deleted) != _printed(inserted), (labelled(result, row), deleted)
            assert not _furniture(deleted + " " + inserted), (labelled(result, row), deleted)
            # a word broken in two ("economi c"): its halves joined are a printed word, and
            # one half is printed nowhere else in the archive
            printed = _printed_words()
            broken = [
                f"{a} {b}"
                for text in (deleted, inserted)
                for a, b in re.findall(r"(?=\b([^\W\d_]+) ([^\W\d_]+)\b)", text)
                if printed[a + b] and min(printed[a], printed[b]) < 2
            ]
            assert not broken, (labelled(result, row), broken)
        for side in ("left", "right"):
            for i in row[side]:
                text = texts[side][i]
                assert draft not in text and resolution not in text, labelled(result, row)
