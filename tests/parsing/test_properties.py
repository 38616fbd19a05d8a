"""Invariants of the parser over generated input: it refuses cleanly, loses no word, and labels
every paragraph once."""

import re
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from undrafts.parsing import ParseError, SymbolError, parse_document, parse_symbol

HEADER = (
    "United Nations A/RES/75/1\n\nDistr.: General 4 January 2021\n\nSeventy-fifth session\n"
    "Agenda item 98\n\nResolution adopted by the General Assembly on 31 December 2020\n\n"
    "75/1. A short title\n\nThe General Assembly,\n\n"
)

# Pieces of real documents and their damage, to build inputs that get deep into the parser.
FRAGMENTS = [
    "The General Assembly,",
    "The General Assembly, recalling its resolution 73/27, decides to meet.",
    "Recalling its resolutions [73/27](#) of 5 December 2018,",
    "*Noting with concern* the report,¹",
    "- 1. *Calls upon* Member States:",
    "- (a) To be guided by the 2013³ reports;",
    "(i) one;",
    "1.13. States should act.",
    "- Decides to convene:",
    "2. Also decides<sup>2</sup> to act;",
    "20-15344 3/13",
    "2/4 21-00006",
    "¹ A/70/174.",
    "<sup>&</sup>lt;sup>1</sup> A/65/201.",
    "_",
    "> Albania, Bosnia and Herzegovina and Zimbabwe: revised draft resolution",
    "## III. Recommendations of the First Committee",
    "# Draft resolution I Advancing responsible State behaviour",
    "#### **Draft decision II**",
    "17. The First Committee recommends the adoption of the following draft resolutions:",
    "48th (resumed) plenary meeting 31 December 2020",
    "Distr.: Limited 24 October 2023",
    "Seventy-eighth session First Committee Agenda item 94",
    "for human rights and fundamental freedoms; and",
    "Telecommunications in the Context of International Security,",
    "1.",
    "(a)",
    "",
]

word = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=9
)
prefix = st.sampled_from(["", "", "1. ", "2. ", "3. ", "(a) ", "(b) ", "- ", "- 1. "])
ending = st.sampled_from([",", ";", ":", ".", ""])


@st.composite
def paragraph(draw) -> tuple[str, list[str]]:
    """A printed paragraph and its words (letters only, so none of them is a number)."""
    words = draw(st.lists(word, min_size=1, max_size=12))
    return draw(prefix) + " ".join(words) + draw(ending), words


def output_words(document) -> Counter:
    """Every word the parser gave back: paragraphs, titles, headings, meeting, warnings."""
    pieces = [document.title, document.meeting, *document.warnings]
    for text in document.texts:
        pieces += [text.heading, text.title, *text.warnings]
        pieces += [p.text for p in text.paragraphs]
    return Counter(w.strip(",;:.") for piece in pieces for w in piece.split())


def clean(value: str) -> bool:
    return value == value.strip() and "\n" not in value and "  " not in value


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_either_parses_or_raises_parse_error(raw):
    try:
        parse_document(raw)
    except ParseError as error:
        assert str(error)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)),
        min_size=1,
        max_size=30,
    ),
    st.sampled_from(["\n", "\n\n", "\r\n"]),
)
def test_documents_made_of_real_fragments_either_parse_or_raise_parse_error(lines, separator):
    try:
        document = parse_document(separator.join(lines))
    except ParseError:
        return
    for text in document.texts:
        labels = [p.label for p in text.paragraphs]
        assert len(labels) == len(set(labels))
        known = set()
        for p in text.paragraphs:
            assert p.parent_label == "" or p.parent_label in known  # parents come first
            known.add(p.label)
            assert clean(p.text)


@settings(max_examples=300, deadline=None)
@given(st.lists(paragraph(), min_size=1, max_size=15))
def test_no_word_of_a_resolution_body_is_lost(paragraphs):
    document = parse_document(HEADER + "\n\n".join(printed for printed, _ in paragraphs))
    wanted = Counter(w for _, words in paragraphs for w in words)
    assert not wanted - output_words(document)


@settings(max_examples=300, deadline=None)
@given(st.lists(paragraph(), min_size=1, max_size=15))
def test_labels_are_unique_and_texts_are_clean(paragraphs):
    document = parse_document(HEADER + "\n\n".join(printed for printed, _ in paragraphs))
    [text] = document.texts
    labels = [p.label for p in text.paragraphs]
    assert len(labels) == len(set(labels))
    for p in text.paragraphs:
        assert clean(p.text) and p.text
        assert p.kind in ("preambular", "operative", "heading", "other")
        heading = r"Sec\.[IVXLC]+(\.[A-Z])?|Sec\.[A-Z]|H\d+"
        if re.fullmatch(rf"({heading}|(PP|OP)\d+\S*) p\d+", p.label):
            assert p.parent_label == ""  # unnumbered text after a paragraph or heading
        elif p.kind in ("preambular", "operative"):
            assert re.fullmatch(r"(PP|OP)\d+.*", p.label)
            assert (p.parent_label == "") == (p.label.count("(") == 0 and "." not in p.label)
        else:
            assert p.kind == "heading" and p.parent_label == ""
            assert re.fullmatch(heading, p.label)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(paragraph(), min_size=1, max_size=10),
    st.data(),
    st.sampled_from(
        [
            "20-15344 3/13",
            "2/4 21-00006\n\n¹ A/70/174.",
            "21-00006\n\n_\n\n² A/68/98.",
            "6/13\n\n<sup>&</sup>lt;sup>1</sup> A/65/201.",
        ]
    ),
)
def test_a_page_break_inside_a_paragraph_changes_nothing(paragraphs, data, furniture):
    """Cut one paragraph before a lower-case word and put page furniture and a footnote
    block in the cut: the parse must come out as if the page had never broken."""
    printed = [p for p, _ in paragraphs]
    which = data.draw(st.integers(0, len(printed) - 1))
    tail = data.draw(st.lists(word, min_size=1, max_size=5)).copy()
    tail[0] = tail[0].lower()
    whole = printed[which] = printed[which].rstrip(",;:.") + " " + " ".join(tail) + ","
    cut = whole[: -len(" ".join(tail)) - 2] + "\n\n" + furniture + "\n\n" + " ".join(tail) + ","
    unbroken = parse_document(HEADER + "\n\n".join(printed))
    broken_lines = [*printed]
    broken_lines[which] = cut
    broken = parse_document(HEADER + "\n\n".join(broken_lines))
    assert [(p.label, p.text) for p in broken.texts[0].paragraphs] == [
        (p.label, p.text) for p in unbroken.texts[0].paragraphs
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_symbols_parse_canonically_or_raise_symbol_error(raw):
    try:
        symbol = parse_symbol(raw)
    except SymbolError as error:
        assert str(error)
        return
    assert parse_symbol(symbol.text) == symbol
    assert len(symbol.text) <= 100


number = st.integers(1, 999).map(str)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(
        [
            "A/{s}/{n}",
            "A/RES/{s}/{n}",
            "A/DEC/{s}/{n}",
            "A/{s}/L.{n}",
            "A/C.{k}/{s}/L.{n}",
            "A/HRC/RES/{s}/{n}",
            "A/HRC/{s}/L.{n}",
            "A/HRC/DEC/{s}/{n}",
            "A/HRC/{s}/{n}",
            "S/RES/{n} ({y})",
            "S/{y}/{n}",
            "E/RES/{y}/{n}",
            "E/DEC/{y}/{n}",
            "E/{y}/L.{n}",
            "E/{y}/{n}",
        ]
    ),
    number,
    number,
    st.integers(1, 6),
    st.integers(1946, 2099),
    st.lists(st.sampled_from(["/Rev.{r}", "/Add.{r}", "/Corr.{r}", "/Amend.{r}"]), unique=True),
    st.integers(1, 9),
)
def test_every_symbol_of_the_grammar_reads_back(pattern, s, n, k, y, suffixes, r):
    order = ["/Rev.{r}", "/Add.{r}", "/Corr.{r}", "/Amend.{r}"]
    base = pattern.format(s=s, n=n, k=k, y=y)
    text = base + "".join(x.format(r=r) for x in sorted(suffixes, key=order.index))
    symbol = parse_symbol(text.lower())
    assert symbol.text == text
    assert symbol.base == base
    assert symbol.revision == (r if "/Rev.{r}" in suffixes else None)
    assert symbol.amendment == (r if "/Amend.{r}" in suffixes else None)
