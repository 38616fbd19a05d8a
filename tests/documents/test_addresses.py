"""Addresses read the same way wherever they are typed: page, API, export, command line."""

import io

import pytest
from django.core.management import call_command

from undrafts.documents.addresses.written import (
    MAX_POSITION,
    BadAddress,
    BadPosition,
    label_anchor,
    pair_parse,
    paragraph_anchor,
    position_parse,
    side_parse,
)


def test_a_side_may_pin_a_version():
    assert side_parse("A/RES/75/240@2").version == 2
    assert side_parse(" A/RES/75/240/ ").symbol == "A/RES/75/240"
    assert side_parse("A/RES/75/240").version is None


@pytest.mark.parametrize("written", ["A/RES/75/240@0", "A/RES/75/240@x", "A/RES/75/240@"])
def test_a_version_that_is_not_a_whole_number_from_1_is_refused(written):
    with pytest.raises(BadAddress, match="The version after @"):
        side_parse(written)


def test_a_pair_needs_its_three_dots():
    with pytest.raises(BadAddress, match="three dots"):
        pair_parse("A/RES/75/240")
    left, right = pair_parse("A/C.1/75/L.8/Rev.1@1...A/RES/75/240")
    assert (left.symbol, left.version, right.version) == ("A/C.1/75/L.8/Rev.1", 1, None)


@pytest.mark.parametrize("raw", ["0", "x", "-1", "1.5", "１", str(MAX_POSITION + 1), "9999"])
def test_one_limit_for_a_text_position(raw):
    with pytest.raises(BadPosition, match=f"lt must be a whole number from 1 to {MAX_POSITION}"):
        position_parse(raw, "lt")


def test_an_absent_position_means_the_first_text():
    assert position_parse(None, "rt") is None
    assert position_parse("", "rt") is None
    assert position_parse(str(MAX_POSITION), "rt") == MAX_POSITION


def test_one_anchor_rule_for_labels_and_texts():
    assert label_anchor("OP1(a)") == "OP1-a"
    assert label_anchor("OP1.13") == "OP1-13"
    assert label_anchor("<>") == "p"
    assert paragraph_anchor("OP1(a)", 2, several=True) == "t2-OP1-a"
    assert paragraph_anchor("OP1(a)", None, several=True) == "t1-OP1-a"
    assert paragraph_anchor("OP1(a)", 2, several=False) == "OP1-a"


def test_the_command_line_reads_a_pinned_version_like_the_pages(seeds):
    out = io.StringIO()
    call_command("compare", "A/C.1/75/L.8/Rev.1@1", "A/RES/75/240", stdout=out)
    assert out.getvalue().startswith("--- A/C.1/75/L.8/Rev.1\n+++ A/RES/75/240")


def test_the_command_line_refuses_a_bad_version_with_a_message(seeds):
    with pytest.raises(SystemExit) as exit_:
        call_command("compare", "A/RES/75/240@x", "A/RES/75/240")
    assert exit_.value.code == 2
