"""One text's body read into paragraphs: the resolution itself, then each annex it carries,
each part read on its own (an annexed convention numbers its paragraphs afresh) and
labelled so that no two paragraphs of the text share a label."""

from __future__ import annotations

from dataclasses import dataclass

from .chunks import Chunk
from .headings import annex_heading
from .labels import label_paragraphs
from .para import Para
from .reader import Reader

_CLOSERS = " \"'”’)]»"


@dataclass
class Body:
    paragraphs: list[Para]
    warnings: list[str]


def read_paragraphs(chunks: list[Chunk], *, decision: bool) -> Body:
    """Paragraphs of one text body; chunks start after "The General Assembly," (or with it)."""
    parts = _parts(chunks)
    readers: list[tuple[str, Reader]] = []
    for prefix, part in parts:
        reader = Reader(part, annex=bool(prefix))
        if decision and not prefix and part:
            first = Para("operative", "top", "")
            reader.operative = True
            reader.top = first
            first.add(part[0])
            reader.paras.append(first)
            reader.last_op = 1
            reader.chunks = part[1:]
        reader.read()
        if not prefix:
            _recover_lost_first_numbers(reader)
            _check_start(reader)
        readers.append((prefix, reader))
    label_paragraphs(readers)
    paragraphs = [p for _, reader in readers for p in reader.paras]
    warnings = [render(p.label if p else "") for _, r in readers for p, render in r.warnings]
    return Body(paragraphs, warnings)


def _parts(chunks: list[Chunk]) -> list[tuple[str, list[Chunk]]]:
    """("", the resolution's chunks), then ("Annex I ", its chunks) for each annex."""
    starts = [i for i, c in enumerate(chunks) if i and c.text and annex_heading(c.text)]
    if not starts:
        return [("", chunks)]
    parts = [("", chunks[: starts[0]])]
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(chunks)
        heading = annex_heading(chunks[start].text)
        assert heading is not None
        parts.append((heading.label + " ", chunks[start:end]))
    return parts


def _recover_lost_first_numbers(reader: Reader) -> None:
    """If the first printed operative number is n > 1, the n - 1 preambular paragraphs just
    before it that end like operative ones (";" or ":") are the operative paragraphs whose
    numbers the extraction lost."""
    tops = [p for p in reader.paras if p.level == "top"]
    first_op = next((i for i, p in enumerate(tops) if p.kind == "operative"), None)
    if first_op is None or tops[first_op].number in ("", "1") or tops[first_op].inferred:
        return
    missing = int(tops[first_op].number) - 1
    converted = 0
    i = first_op - 1
    while i >= 0 and converted < missing and tops[i].kind == "preambular":
        if tops[i].text.rstrip(_CLOSERS)[-1:] not in (";", ":"):
            break
        converted += 1
        i -= 1
    if not converted:
        return
    first_number = int(tops[first_op].number) - converted
    for offset, para in enumerate(tops[i + 1 : first_op]):
        value = first_number + offset
        for member in [para, *_descendants(para)]:
            member.kind = "operative"
        para.number = str(value)
        para.inferred = True
        reader.warnings.append(
            (para, lambda label, v=value: f"{label}: number missing in the source; inferred {v}")
        )


def _check_start(reader: Reader) -> None:
    first = next((p for p in reader.paras if p.level == "top" and p.kind == "operative"), None)
    if first is not None and first.number not in ("", "1"):
        reader.warnings.append(
            (first, lambda label, n=first.number: f"{label}: operative numbering starts at {n}")
        )


def _descendants(para: Para) -> list[Para]:
    out = []
    for child in para.children:
        out.append(child)
        out.extend(_descendants(child))
    return out
