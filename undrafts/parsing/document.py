"""parse_document: raw extracted text in, a ParsedDocument out, or a ParseError that says why."""

from __future__ import annotations

import re

from .chunks import chunks_of, take_meeting
from .cleanup import Line, clean_lines, garbage_ratio, strip_markers
from .header import Header, parse_header
from .openings import extract_opening
from .paragraphs import read_paragraphs
from .regions import Region, body_start, header_end, split_regions
from .symbols import parse_symbol
from .types import Footnote, ParsedDocument, ParsedParagraph, ParsedText, ParseError, SymbolError

_SYMBOL_START = re.compile(r"^(?:A|S|E)/")
MAX_CHARACTERS = 2_000_000  # a long resolution is 100 kB; more is not a resolution text
_KIND_BY_SYMBOL = {"resolution": "resolution", "decision": "decision"}


def parse_document(raw: str) -> ParsedDocument:
    """Read one document: its header metadata and the text or texts it carries."""
    text = _checked(raw)
    lines = clean_lines(text)
    head = parse_header(
        [
            ln.text
            for ln in lines[: header_end(lines)]
            # a symbol alone on a line is furniture in the body but the symbol in the header
            if ln.kind == "text" or (ln.kind == "furniture" and _SYMBOL_START.match(ln.text))
        ]
    )
    regions = split_regions(lines, is_report=head.is_report)
    definitions = [
        (ln.index, Footnote(ln.marker, ln.text)) for ln in lines if ln.kind == "footnote"
    ]
    document = ParsedDocument(
        symbol=head.symbol,
        kind=head.kind,
        title=head.title,
        distribution=head.distribution,
        date=head.date,
        adoption_date=head.adoption_date,
        original_language=head.original_language,
        session=head.session,
        committee=head.committee,
        agenda_item=head.agenda_item,
        sponsors=head.sponsors,
        meeting="",
        texts=[],
        warnings=list(head.warnings),
        agenda_title=head.agenda_title,
        resolution_number=head.resolution_number,
        report_reference=head.report_reference,
        footnotes=[footnote for _, footnote in definitions],
    )
    single = len(regions) == 1 and not regions[0].heading
    for region in regions:
        parsed = _read_region(lines, region, definitions, head, document, single=single)
        if parsed is not None:
            document.texts.append(parsed)
    if not document.texts:
        raise ParseError(
            "No resolution text was found: a text starts with a line “The General Assembly,” "
            "followed by at least one paragraph."
        )
    _complete(document, head, has_headings=not single)
    return document


def _checked(raw: str) -> str:
    if isinstance(raw, bytes | bytearray):
        try:
            raw = bytes(raw).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ParseError(
                "The file is not UTF-8 text; upload the document's text, a .docx or a PDF."
            ) from exc
    if not isinstance(raw, str):
        raise ParseError("The document must be given as text.")
    if not raw.strip():
        raise ParseError("The document is empty: there is no text to read.")
    if len(raw) > MAX_CHARACTERS:
        raise ParseError(
            f"The document has {len(raw):,} characters; a resolution text has far fewer "
            f"(at most {MAX_CHARACTERS:,} are read)."
        )
    ratio = garbage_ratio(raw)
    if "\x00" in raw or ratio > 0.1:
        raise ParseError(
            f"The document does not look like text: {ratio:.0%} of its characters are control "
            "or unreadable characters. Was a binary file uploaded instead of its text?"
        )
    if not any(c.isalpha() for c in raw):
        raise ParseError("The document has no letters in it, so it cannot be a resolution text.")
    return raw


def _read_region(
    lines: list[Line],
    region: Region,
    definitions: list[tuple[int, Footnote]],
    head: Header,
    document: ParsedDocument,
    *,
    single: bool,
) -> ParsedText | None:
    name = region.heading or "The text"
    if region.body is None:
        leftover = " ".join(ln.text for ln in lines[region.start + 1 : region.end] if ln.text)
        document.warnings.append(
            f"{name}: no “The General Assembly,” line under the heading, so it was not read"
            + (f": {leftover}" if leftover else "")
        )
        return None
    if single:
        stray = [
            strip_markers(ln.text)[0]
            for ln in lines[header_end(lines) : region.body]
            if ln.kind == "text"
        ]
        if stray:
            document.warnings.append(
                "lines between the header and the text could not be placed: " + " / ".join(stray)
            )
    chunks = chunks_of(lines[region.body : region.end])
    form = body_start(chunks[0].text) or "resolution"
    if form == "resolution":
        chunks = chunks[1:]
    if single:
        document.meeting, chunks = take_meeting(chunks)
    if not chunks:
        document.warnings.append(f"{name}: “The General Assembly,” is followed by no paragraph")
        return None
    body = read_paragraphs(chunks, decision=form == "decision")
    warnings = list(body.warnings)
    used: set[int] = set()
    paragraphs = []
    for para in body.paragraphs:
        footnotes: list[Footnote] = []
        seen = set()
        for marker, index in para.markers:
            if marker in seen:
                continue
            seen.add(marker)
            found = _resolve(marker, index, region, definitions)
            if found is None:
                warnings.append(f"{para.label}: footnote marker {marker} has no footnote text")
                continue
            used.add(found)
            footnotes.append(definitions[found][1])
        top = para.level == "top"
        # a decision's single sentence ("The General Assembly, recalling ...") has no opening
        decision_sentence = para.kind == "operative" and not para.number
        opening = extract_opening(para.text, para.kind, para.lead) if top else ""
        paragraphs.append(
            ParsedParagraph(
                kind=para.kind,
                number=para.number,
                label=para.label,
                parent_label=para.parent.label if para.parent else "",
                opening=opening if top and not decision_sentence else "",
                text=para.text,
                footnotes=footnotes,
            )
        )
    for position, (index, footnote) in enumerate(definitions):
        # a note marked "*" belongs to the header (the sponsors' note), not to a paragraph
        if region.body <= index < region.end and position not in used and footnote.marker.isalnum():
            warnings.append(
                f"footnote {footnote.marker} ({footnote.text}) is not referenced in the text; "
                "its marker was probably lost in extraction"
            )
    if region.heading:
        kind = region.kind
    elif form == "decision" or head.kind in ("decision", "draft_decision"):
        kind = "decision"
    else:
        kind = "resolution"
    return ParsedText(
        heading=region.heading,
        kind=kind,
        title=region.title if region.heading else head.title,
        paragraphs=paragraphs,
        warnings=warnings,
    )


def _resolve(
    marker: str, index: int, region: Region, definitions: list[tuple[int, Footnote]]
) -> int | None:
    """The definition a marker points to: footnotes are numbered per document, but reports
    restart them, so prefer the text's own, then the first one printed after the marker."""
    candidates = [i for i, (_, fn) in enumerate(definitions) if fn.marker == marker]
    own = [i for i in candidates if region.start <= definitions[i][0] < region.end]
    for pool in (own, candidates):
        after = [i for i in pool if definitions[i][0] >= index]
        if after:
            return after[0]
        if pool:
            return pool[-1]
    return None


def _complete(document: ParsedDocument, head: Header, *, has_headings: bool) -> None:
    """Fill what the header did not say from the symbol and the texts found."""
    symbol = None
    if document.symbol:
        try:
            symbol = parse_symbol(document.symbol)
        except SymbolError:  # pragma: no cover - the header only keeps parsed symbols
            symbol = None
    if has_headings:
        document.kind = "committee_report"
    if document.kind == "unknown" and symbol is not None:
        if symbol.kind == "draft":
            document.kind = "revised_draft_resolution" if symbol.revision else "draft_resolution"
        else:
            document.kind = _KIND_BY_SYMBOL.get(symbol.kind, "unknown")
    if symbol is not None:
        if document.session is None:
            document.session = symbol.session
        if document.committee is None:
            document.committee = symbol.committee
    if not document.title and document.texts:
        document.title = document.texts[0].title
