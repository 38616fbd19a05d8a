"""Comparing two texts: full pages, htmx fragments, pinned permalinks and bad addresses."""

import re

import pytest

from undrafts.documents import comparisons
from undrafts.documents.addresses.sides import side_resolve
from undrafts.documents.comparisons import comparison_get
from undrafts.documents.models import Paragraph
from undrafts.documents.services import paragraph_revise

pytestmark = pytest.mark.django_db

DRAFT_2018 = "A/C.1/73/L.27/Rev.1"
DRAFT_2020 = "A/C.1/75/L.8/Rev.1"
RESOLUTION = "A/RES/75/240"
PAIR = f"/compare/{DRAFT_2020}...{RESOLUTION}/"
PINNED = f"/compare/{DRAFT_2020}@1...{RESOLUTION}@1/"
LONG_PAIR = f"/compare/{DRAFT_2018}...{RESOLUTION}/"


def expected(left_symbol, right_symbol):
    return comparison_get(side_resolve(left_symbol), side_resolve(right_symbol))


def test_the_permalink_renders_the_whole_comparison_without_javascript(client, seeds):
    response = client.get(PAIR)
    assert response.status_code == 200
    page = response.text
    assert "<html" in page
    assert f"{DRAFT_2020}</span>" in page and f"{RESOLUTION}</span>" in page
    assert "What changed" in page
    diff = expected(DRAFT_2020, RESOLUTION)
    # One list item per row of the diff (plus a stub for each moved paragraph).
    moved = diff["summary"]["moved"]
    assert page.count('<li class="row ') == len(diff["rows"]) + moved


def test_the_summary_counts_each_kind_of_change(client, seeds):
    page = client.get(LONG_PAIR).text
    counts = expected(DRAFT_2018, RESOLUTION)["summary"]
    for op in ("unchanged", "changed", "inserted", "deleted", "moved"):
        assert re.search(rf"<strong>{counts[op]}</strong> {op}", page), op
    left_paragraphs = len(expected(DRAFT_2018, RESOLUTION)["left"]["paragraphs"])
    assert f"{DRAFT_2018} had {left_paragraphs}." in page


def test_identical_texts_are_said_to_be_identical(client, seeds):
    # The Committee's draft went to the plenary unchanged.
    page = client.get(PAIR).text
    assert f"No paragraph changed: {RESOLUTION} reads word for word as {DRAFT_2020}" in page
    # Its dashes and full stops are not changes of substance, but they still show.
    assert "differ only in punctuation" in page
    assert "Unchanged apart from punctuation" in page


def test_changed_words_are_marked_with_del_and_ins_and_hidden_words(client, seeds):
    page = client.get(LONG_PAIR).text
    assert '<del><span class="vh">deleted: </span>' in page
    assert '<ins><span class="vh">inserted: </span>' in page


def test_every_row_has_an_anchor_and_labels(client, seeds):
    page = client.get(LONG_PAIR).text
    diff = expected(DRAFT_2018, RESOLUTION)
    for row in diff["rows"]:
        label = (row["right"] or row["left"])[0]
        anchor = label.replace("(", "-").replace(")", "").replace(".", "-")
        prefix = "r-" if row["right"] else "l-"
        assert f'id="{prefix}{anchor}"' in page
        assert f'href="#{prefix}{anchor}"' in page


def test_inserted_and_deleted_rows_are_labelled(client, seeds):
    page = client.get(LONG_PAIR).text
    diff = expected(DRAFT_2018, RESOLUTION)
    if diff["summary"]["inserted"]:
        assert '<span class="op op--inserted">Inserted</span>' in page
        assert f"Not in {DRAFT_2018}" in page
    if diff["summary"]["deleted"]:
        assert '<span class="op op--deleted">Deleted</span>' in page
        assert f"Not in {RESOLUTION}" in page


def test_a_moved_row_links_to_where_its_paragraph_was_and_went(client, seeds):
    pairs = [(DRAFT_2018, RESOLUTION), (DRAFT_2018, DRAFT_2020), (DRAFT_2020, RESOLUTION)]
    found = False
    for left, right in pairs:
        diff = expected(left, right)
        for row in diff["rows"]:
            if row["op"] != "moved":
                continue
            found = True
            page = client.get(f"/compare/{left}...{right}/").text
            old = row["left"][0].replace("(", "-").replace(")", "").replace(".", "-")
            new = row["right"][0].replace("(", "-").replace(")", "").replace(".", "-")
            assert f'id="was-{old}"' in page and f'href="#was-{old}"' in page
            assert f'href="#r-{new}">See where it went' in page
    assert found, "the 2018 draft's PP11 moves down in 75/240"


def test_changes_only_folds_unchanged_paragraphs_into_stubs(client, seeds):
    page = client.get(LONG_PAIR, {"changes": "1"}).text
    diff = expected(DRAFT_2018, RESOLUTION)
    assert diff["summary"]["unchanged"] > 0
    assert '<li class="folded"' in page
    assert re.search(r"<summary>\d+ unchanged paragraphs? \(", page)
    # The toggle's own links are real addresses.
    assert f'href="{LONG_PAIR}"' in page


def test_the_inline_view_is_one_column(client, seeds):
    page = client.get(LONG_PAIR, {"view": "inline"}).text
    assert "cell--inline" in page
    assert "cell--left" not in page.split('<section class="diff"')[1]


def test_swap_sides_is_a_link(client, seeds):
    page = client.get(PAIR).text
    assert f'href="/compare/{RESOLUTION}...{DRAFT_2020}/"' in page


def test_keyboard_shortcuts_are_documented_on_the_page(client, seeds):
    page = client.get(PAIR).text
    assert "<kbd>j</kbd>" in page and "<kbd>k</kbd>" in page


def test_an_htmx_toggle_gets_only_the_comparison_fragment(client, seeds):
    response = client.get(PAIR, {"changes": "1"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "<html" not in response.text
    # A top-level <title> first: htmx sets the tab's title from it.
    assert response.text.lstrip().startswith("<title>")
    assert '<div id="comparison"' in response.text
    assert "HX-Request" in response["Vary"]


def test_the_picker_redirects_to_the_readable_permalink(client, seeds):
    response = client.get("/compare/", {"left": DRAFT_2018, "right": RESOLUTION})
    assert response.status_code == 302
    assert response["Location"] == LONG_PAIR


def test_the_picker_with_htmx_swaps_the_panel_and_pushes_the_address(client, seeds):
    response = client.get(
        "/compare/", {"left": DRAFT_2018, "right": RESOLUTION}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert response["HX-Push-Url"] == LONG_PAIR
    assert "<html" not in response.text
    assert "What changed" in response.text


def test_compare_without_a_pair_shows_the_pickers_and_examples(client, seeds):
    response = client.get("/compare/")
    assert response.status_code == 200
    assert 'id="pick-left"' in response.text
    assert f'href="{LONG_PAIR}"' in response.text


def test_a_link_from_a_document_fills_in_one_side(client, seeds):
    response = client.get("/compare/", {"left": RESOLUTION})
    assert response.status_code == 200
    assert f'value="{RESOLUTION}"' in response.text
    assert "field-error" not in response.text


def test_the_picker_explains_an_unknown_symbol(client, seeds):
    response = client.get("/compare/", {"left": "A/RES/75/241", "right": RESOLUTION})
    assert response.status_code == 404
    assert "No document with the symbol A/RES/75/241" in response.text
    assert 'aria-invalid="true"' in response.text
    htmx = client.get(
        "/compare/",
        {"left": "A/RES/75/241", "right": ""},
        headers={"HX-Request": "true"},
    )
    assert htmx.status_code == 200  # htmx swaps only 2xx: the form must show its messages
    assert "Choose the right text." in htmx.text
    assert "HX-Push-Url" not in htmx


def test_copy_link_pins_the_exact_versions(client, seeds):
    page = client.get(PAIR).text
    assert f'value="http://testserver{PINNED}"' in page


def test_a_pinned_link_still_shows_what_the_sender_saw_after_a_correction(client, seeds, amina):
    before = client.get(PINNED).text
    paragraph = (
        Paragraph.objects.filter(text__document__symbol=RESOLUTION).order_by("position").first()
    )
    paragraph_revise(
        paragraph_id=paragraph.pk,
        content=paragraph.content + " Corrected by the Secretariat.",
        author=amina,
        base_version=1,
        reason="Typo",
    )
    after = client.get(PINNED)
    assert after.status_code == 200
    assert "Corrected by the Secretariat" not in after.text
    assert "It has been corrected since; it is now at version 2" in after.text
    assert f'href="{PAIR}"' in after.text
    # The rows are exactly those the sender saw.
    rows = re.findall(r'<li class="row [^"]*" id="([^"]+)"', before)
    assert re.findall(r'<li class="row [^"]*" id="([^"]+)"', after.text) == rows
    # The unpinned address shows the corrected text.
    assert "Corrected by the Secretariat" in client.get(PAIR).text


def test_a_pinned_page_answers_conditional_requests_with_304(client, seeds):
    first = client.get(PINNED)
    etag = first["ETag"]
    assert etag
    again = client.get(PINNED, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again["ETag"] == etag
    # The htmx fragment is another representation with its own tag.
    fragment = client.get(PINNED, headers={"HX-Request": "true"})
    assert fragment["ETag"] != etag
    # The unpinned address may change at any edit: no ETag promise.
    assert not client.get(PAIR).has_header("ETag")


def test_a_comparison_is_computed_once_per_pair_of_versions(client, seeds, monkeypatch):
    calls = []
    real_compare = comparisons.compare

    def counting_compare(*args, **kwargs):
        calls.append(kwargs.get("left_symbol"))
        return real_compare(*args, **kwargs)

    monkeypatch.setattr(comparisons, "compare", counting_compare)
    client.get(PINNED)
    client.get(PINNED, {"changes": "1"})
    client.get(PAIR, {"view": "inline"})
    client.get(PAIR, headers={"HX-Request": "true"})
    assert calls == [DRAFT_2020]


def test_a_version_that_does_not_exist_redirects_to_a_real_one(client, seeds):
    response = client.get(f"/compare/{DRAFT_2020}@9...{RESOLUTION}/")
    assert response.status_code == 302
    assert response["Location"] == f"/compare/{DRAFT_2020}@1...{RESOLUTION}/"


def test_symbols_in_lower_case_redirect_to_the_canonical_permalink(client, seeds):
    lower = f"/compare/{DRAFT_2020.lower()}...{RESOLUTION.lower()}/"
    response = client.get(lower, {"changes": "1"})
    assert response.status_code == 302
    assert response["Location"] == PAIR + "?changes=1"


def test_a_report_text_is_picked_by_its_position(client, seeds):
    response = client.get(f"/compare/A/75/394...{RESOLUTION}/", {"lt": "2"})
    assert response.status_code == 200
    assert "Draft resolution II" in response.text
    # Text II of the report is the draft of 75/240: its text links pick the others.
    assert f'href="/compare/A/75/394...{RESOLUTION}/?lt=3"' in response.text


def test_an_unknown_symbol_gives_a_helpful_404(client, seeds):
    response = client.get(f"/compare/A/RES/75/241...{RESOLUTION}/")
    assert response.status_code == 404
    assert "We have no document A/RES/75/241" in response.text
    assert 'href="/documents/A/RES/75/240/"' in response.text


@pytest.mark.parametrize(
    "path",
    [
        f"/compare/{RESOLUTION}/",
        f"/compare/{RESOLUTION}.../",
        f"/compare/...{RESOLUTION}/",
        f"/compare/{RESOLUTION}@x...{DRAFT_2020}/",
        f"/compare/{RESOLUTION}@0...{DRAFT_2020}/",
        f"/compare/{RESOLUTION}@-1...{DRAFT_2020}/",
        f"/compare/{RESOLUTION}@99999999999...{DRAFT_2020}/",
        f"/compare/{RESOLUTION}...{DRAFT_2020}...{RESOLUTION}/",
        f"/compare/{RESOLUTION}...{DRAFT_2020}/?lt=0",
        f"/compare/{RESOLUTION}...{DRAFT_2020}/?lt=x",
        f"/compare/{RESOLUTION}...{DRAFT_2020}/?lt=9",
        f"/compare/{RESOLUTION}...{DRAFT_2020}/?changes=maybe",
        f"/compare/{RESOLUTION}...{DRAFT_2020}/?view=%3Cscript%3E",
        "/compare/%00...%00/",
        "/compare/" + "A/" * 300 + "..." + RESOLUTION + "/",
        "/compare/?left=%00&right=A",
        "/compare/?left=A/RES/75/240@x&right=A/RES/75/240",
        "/compare/?left=&right=",
        "/compare/?view=wide",
    ],
)
def test_malformed_addresses_are_client_errors_never_server_errors(client, seeds, path):
    response = client.get(path)
    assert 400 <= response.status_code < 500, response.status_code
    assert "<script>" not in response.text


def test_hostile_paragraph_text_renders_inert(client, seeds, amina):
    paragraph = (
        Paragraph.objects.filter(text__document__symbol=RESOLUTION).order_by("position").first()
    )
    paragraph_revise(
        paragraph_id=paragraph.pk,
        content='<script>alert("x")</script> <img src=x onerror=alert(1)>',
        author=amina,
        base_version=1,
    )
    page = client.get(PAIR).text
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page


def test_a_head_request_is_answered_too(client, seeds):
    response = client.head(PINNED)
    assert response.status_code == 200
    assert response["ETag"]
    assert client.post(PINNED).status_code == 405
