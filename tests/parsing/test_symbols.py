"""UN symbols: every pattern of DOMAIN.md read and written one canonical way, the rest refused."""

import pytest

from undrafts.parsing import Symbol, SymbolError, parse_symbol


@pytest.mark.parametrize(
    ("raw", "text", "body", "session", "committee", "number", "kind"),
    [
        ("A/75/394", "A/75/394", "GA", 75, None, "394", "report"),
        ("A/RES/75/240", "A/RES/75/240", "GA", 75, None, "240", "resolution"),
        ("A/DEC/72/512", "A/DEC/72/512", "GA", 72, None, "512", "decision"),
        ("A/75/L.52", "A/75/L.52", "GA", 75, None, "L.52", "draft"),
        ("A/C.1/75/L.8", "A/C.1/75/L.8", "GA", 75, 1, "L.8", "draft"),
        ("A/C.6/75/L.3", "A/C.6/75/L.3", "GA", 75, 6, "L.3", "draft"),
        ("A/HRC/RES/47/16", "A/HRC/RES/47/16", "HRC", 47, None, "16", "resolution"),
        ("A/HRC/47/L.22", "A/HRC/47/L.22", "HRC", 47, None, "L.22", "draft"),
        ("S/RES/2532 (2020)", "S/RES/2532 (2020)", "SC", None, None, "2532", "resolution"),
        ("E/RES/2020/12", "E/RES/2020/12", "ECOSOC", None, None, "12", "resolution"),
        ("S/2016/1100", "S/2016/1100", "SC", None, None, "1100", "document"),
        ("S/RES/2334 (2016)", "S/RES/2334 (2016)", "SC", None, None, "2334", "resolution"),
        ("A/HRC/52/L.12", "A/HRC/52/L.12", "HRC", 52, None, "L.12", "draft"),
        ("A/HRC/RES/52/1", "A/HRC/RES/52/1", "HRC", 52, None, "1", "resolution"),
        ("A/HRC/DEC/52/101", "A/HRC/DEC/52/101", "HRC", 52, None, "101", "decision"),
        ("A/HRC/52/3", "A/HRC/52/3", "HRC", 52, None, "3", "document"),
        ("E/2023/L.10", "E/2023/L.10", "ECOSOC", None, None, "L.10", "draft"),
        ("E/RES/2023/1", "E/RES/2023/1", "ECOSOC", None, None, "1", "resolution"),
        ("E/DEC/2023/201", "E/DEC/2023/201", "ECOSOC", None, None, "201", "decision"),
        ("E/2023/56", "E/2023/56", "ECOSOC", None, None, "56", "document"),
    ],
)
def test_each_pattern_of_the_grammar_is_read(raw, text, body, session, committee, number, kind):
    symbol = parse_symbol(raw)
    assert isinstance(symbol, Symbol)
    assert (symbol.text, symbol.body, symbol.session, symbol.committee) == (
        text,
        body,
        session,
        committee,
    )
    assert (symbol.number, symbol.kind, symbol.base) == (number, kind, text)
    assert (symbol.revision, symbol.addendum, symbol.corrigendum) == (None, None, None)
    assert symbol.amendment is None


def test_a_security_council_draft_is_no_longer_refused_and_keeps_its_year():
    draft = parse_symbol("s/2016/1100")
    assert (draft.text, draft.body, draft.year) == ("S/2016/1100", "SC", 2016)
    assert parse_symbol("S/2016/1100/Rev.1").base == "S/2016/1100"
    assert parse_symbol("E/2023/L.10").year == 2023


def test_an_amendment_is_read_after_the_other_suffixes():
    amendment = parse_symbol("a/80/l.18/amend.1")
    assert (amendment.text, amendment.amendment, amendment.base) == (
        "A/80/L.18/Amend.1",
        1,
        "A/80/L.18",
    )
    combined = parse_symbol("A/C.1/75/L.8/Rev.1/Corr.1")
    assert (combined.revision, combined.corrigendum, combined.amendment) == (1, 1, None)
    every = parse_symbol("E/2023/L.10/Rev.2/Add.1/Corr.1/Amend.3")
    assert (every.revision, every.addendum, every.corrigendum, every.amendment) == (2, 1, 1, 3)
    assert every.text == "E/2023/L.10/Rev.2/Add.1/Corr.1/Amend.3"


def test_a_programme_budget_statement_is_still_a_draft_by_its_symbol():
    assert parse_symbol("A/C.1/75/L.74").kind == "draft"


def test_suffixes_are_read_in_their_order_and_the_base_drops_them():
    symbol = parse_symbol("A/C.1/73/L.27/Rev.1")
    assert symbol.text == "A/C.1/73/L.27/Rev.1"
    assert symbol.base == "A/C.1/73/L.27"
    assert (symbol.revision, symbol.addendum, symbol.corrigendum) == (1, None, None)

    full = parse_symbol("A/75/394/Rev.2/Add.3/Corr.1")
    assert (full.revision, full.addendum, full.corrigendum) == (2, 3, 1)
    assert full.base == "A/75/394"

    assert parse_symbol("A/RES/75/240/Corr.1").corrigendum == 1
    assert parse_symbol("A/75/394/Add.1").addendum == 1


def test_case_and_whitespace_are_normalised_to_the_canonical_form():
    assert parse_symbol(" a/res/75/240 ").text == "A/RES/75/240"
    assert parse_symbol("a/c.1/75/l.8/rev.1").text == "A/C.1/75/L.8/Rev.1"
    assert parse_symbol("A / C.1 / 75 / L.8").text == "A/C.1/75/L.8"
    assert parse_symbol("s/res/2532(2020)").text == "S/RES/2532 (2020)"
    assert parse_symbol("A/HRC/RES/47/16/REV.1").text == "A/HRC/RES/47/16/Rev.1"


def test_year_is_kept_for_council_resolutions():
    assert parse_symbol("S/RES/2532 (2020)").year == 2020
    assert parse_symbol("E/RES/2020/12").year == 2020
    assert parse_symbol("A/RES/75/240").year is None


def test_canonical_text_reads_back_to_itself():
    for raw in ["a/c.3/70/l.1/rev.2/add.1/corr.3", "s/res/1 (1946)", "A/HRC/1/L.1"]:
        once = parse_symbol(raw)
        assert parse_symbol(once.text) == once


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("X/RES/75/240", "must start with A/ (General Assembly, Human Rights Council), S/"),
        ("X/RES/75/240", "S/2016/1100"),
        ("A/80/L.18/Amend.1/Corr.1", "/Corr.<n>, /Amend.<n>"),
        ("S/1899/12", "does not match"),
        ("S/2016/L.3", "does not match"),
        ("RES/75/240", "must start with"),
        ("A/C.7/75/L.1", "Main Committee"),
        ("A/C.0/75/L.1", "Main Committee"),
        ("A/75/394/Corr.1/Rev.1", "order"),
        ("A/75/394/Rev.1/Rev.2", "order"),
        ("A/RES/075/240", "starts with a zero"),
        ("A/RES/75/0", "zero"),
        ("A/RES/75", "does not match"),
        ("A/RES/75/240/", "does not match"),
        ("A/RES/75/240 extra", "does not match"),
        ("S/RES/2532", "does not match"),
        ("A/RES/75/240\x00", "control"),
        ("A/RES/75/\u200b240", "control"),
        ("A/" + "1/" * 60, "at most 100"),
    ],
)
def test_anything_outside_the_grammar_is_refused_with_a_reason(raw, says):
    with pytest.raises(SymbolError) as caught:
        parse_symbol(raw)
    assert says in str(caught.value)


def test_a_non_string_is_refused_as_a_symbol_error():
    with pytest.raises(SymbolError):
        parse_symbol(None)  # type: ignore[arg-type]


def test_the_symbol_is_hashable_and_compares_by_value():
    assert {parse_symbol("A/RES/75/240"), parse_symbol("a/res/75/240")} == {
        parse_symbol("A/RES/75/240")
    }
