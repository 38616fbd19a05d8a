"""A paragraph's history page: where it came from, each rewording, and the votes it got."""

import re

import pytest

pytestmark = pytest.mark.django_db

URL = "/documents/A/RES/75/240/history/OP1/"


def entries(page: str) -> list[str]:
    """The history's entries, oldest first, as HTML."""
    body = page[page.index('<ol class="history">') :]
    return re.split(r'<li class="history-entry', body)[1:]


def test_from_75_240_op1_a_delegate_traces_it_to_the_2018_draft_and_its_committee_vote(
    client, seeds
):
    # The document page offers the history of each paragraph.
    document_page = client.get("/documents/A/RES/75/240/").text
    assert f'href="{URL}"' in document_page

    page = client.get(URL).text
    first, reworded, adopted = entries(page)

    # 2018: OP5 of the draft that became resolution 73/27, the earliest version stored.
    assert "OP5 of A/C.1/73/L.27/Rev.1" in first
    assert "29 October 2018" in first
    assert "Decides to convene, beginning in 2019" in first
    assert "an open-ended working group acting on a consensus basis" in first

    # 2020: reworded as OP1 of L.8/Rev.1, with the words that changed marked.
    assert "Reworded" in reworded and "OP1 of A/C.1/75/L.8/Rev.1" in reworded
    assert "beginning in 2019" in re.search(r"<del>(.*?)</del>", reworded).group(1)
    assert "starting from 2021" in re.search(r"<ins>(.*?)</ins>", reworded).group(1)
    assert 'href="/compare/A/C.1/73/L.27/Rev.1...A/C.1/75/L.8/Rev.1/#r-OP1"' in reworded

    # ... and put to a separate vote in the First Committee: retained 92 to 52, with 24.
    assert "Separate vote on OP1 of A/C.1/75/L.8/Rev.1" in reworded
    assert "Retained by a recorded vote of <strong>92 to 52, with 24 abstentions</strong>" in (
        reworded
    )
    assert "A/75/394, para. 10 (b)" in reworded
    assert "Motion for a separate vote on OP1 of A/C.1/75/L.8/Rev.1" in reworded
    assert "57 to 31, with 63 abstentions" in reworded

    # Who joined the sponsors between the 2018 and the 2020 drafts.
    assert "31 → 27; 4 joined, 8 left, 23 stayed." in reworded
    joined = re.search(r"Joined \(4\)</dt>\s*<dd>(.*?)</dd>", reworded).group(1)
    assert joined == "Kyrgyzstan, Comoros, Myanmar, Zambia"

    # 2020: adopted by the Assembly word for word.
    assert "Unchanged" in adopted and "OP1 of A/RES/75/240" in adopted


def test_the_summary_says_the_history_starts_at_the_earliest_stored_version(client, seeds):
    page = client.get(URL).text
    summary = page[page.index('<p class="history-summary">') :]
    summary = re.sub(r"\s+", " ", summary[: summary.index("</p>")])
    assert "Already in" in summary and "as OP5, the earliest version stored" in summary
    assert "Reworded 1 time since." in summary


def test_a_paragraph_added_in_2020_first_appears_there(client, seeds):
    page = client.get("/documents/A/RES/75/240/history/OP4/").text
    summary = page[page.index('<p class="history-summary">') :]
    assert "First appeared in" in summary[: summary.index("</p>")]
    first = entries(page)[0]
    assert "First appears" in first and "OP4 of A/C.1/75/L.8/Rev.1" in first
    assert "Not in A/C.1/73/L.27/Rev.1" in first


def test_the_pp10_vote_shows_its_footnote_and_its_flagged_name(client, seeds):
    page = client.get("/documents/A/C.1/75/L.8/Rev.1/history/PP10/").text
    assert "Retained by a recorded vote of <strong>108 to 49, with 11 abstentions</strong>" in page
    assert "the delegation of Togo informed the Secretariat that it had intended to abstain" in page
    assert "the recorded vote stands" in page
    assert "“United States” is printed where the UN short name is “United States of America”." in (
        page
    )
    assert "does not match" not in page


def test_a_dropped_paragraph_ends_where_it_was_dropped(client, seeds):
    page = client.get("/documents/A/C.1/73/L.27/Rev.1/history/OP2/").text
    last = entries(page)[-1]
    assert "Dropped" in last and "A/C.1/75/L.8/Rev.1" in last
    assert "<del>" in last


def test_a_report_s_text_leads_to_the_draft_it_was_published_as(client, seeds):
    response = client.get("/documents/A/75/394/history/OP1/?text=2")
    assert response.status_code == 302
    assert response["Location"] == "/documents/A/C.1/75/L.8/Rev.1/history/OP1/"


def test_a_symbol_typed_in_lower_case_redirects_to_the_canonical_address(client, seeds):
    response = client.get("/documents/a/res/75/240/history/OP1/")
    assert response.status_code == 302
    assert response["Location"] == URL


def test_an_unknown_paragraph_is_a_404_that_names_it(client, seeds):
    response = client.get("/documents/A/RES/75/240/history/OP99/")
    assert response.status_code == 404
    assert "A/RES/75/240 has no paragraph labelled OP99." in response.text


def test_an_unknown_document_is_a_404_with_suggestions(client, seeds):
    response = client.get("/documents/A/RES/75/241/history/OP1/")
    assert response.status_code == 404


@pytest.mark.parametrize("text", ["abc", "0", "-1", "99999"])
def test_a_bad_text_position_is_a_400_not_a_server_error(client, seeds, text):
    response = client.get(URL, {"text": text})
    assert response.status_code in (400, 404)


def test_htmx_gets_only_the_history(client, seeds):
    response = client.get(URL, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<article class="paragraph-history"')
    assert response["Vary"] == "HX-Request"


def test_the_page_has_no_inline_script_or_style(client, seeds):
    page = client.get(URL).text
    assert "style=" not in page
    assert not re.search(r"<script(?![^>]*\bsrc=)", page)


def test_the_summary_names_the_separate_vote_in_committee(client, seeds):
    page = client.get(URL).text
    header = page[: page.index('<ol class="history">')]
    assert "Put to a separate vote as OP1 of A/C.1/75/L.8/Rev.1" in header
    assert "retained 92–52–24" in header
    assert "(A/75/394, para. 10 (b))" in header
