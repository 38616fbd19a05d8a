"""Reading the XML parts of a .docx a piece at a time, so no part is held whole in memory."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import IO

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
FALSE = {"0", "false", "off", "none"}


@lru_cache(maxsize=256)
def w(tag: str) -> str:
    """The qualified name of a WordprocessingML tag: w("p") is "{…/main}p"."""
    return f"{{{W}}}{tag}"


_VAL = w("val")
TEXT = w("t")


def val(element, tag: str) -> str | None:
    """The w:val of `element`'s child w:`tag`, or None when there is no such child."""
    child = element.find(w(tag))
    return child.get(_VAL) if child is not None else None


def flag(element, tag: str) -> bool | None:
    """A Word on/off property (w:i, w:isLgl): True, False, or None when not set."""
    child = element.find(w(tag))
    if child is None:
        return None
    return (child.get(w("val")) or "true").lower() not in FALSE


# Every stream read of a part: no DTD, no entities, nothing fetched, no huge text nodes.
_SAFE = {"resolve_entities": False, "load_dtd": False, "no_network": True, "huge_tree": False}


def events(source: IO[bytes]) -> Iterator[tuple[str, etree._Element]]:
    """Start and end events of a part, without comments or processing instructions."""
    return etree.iterparse(
        source, events=("start", "end"), remove_comments=True, remove_pis=True, **_SAFE
    )


def release(element) -> None:
    """Free an element already read, and the siblings read before it."""
    element.clear(keep_tail=False)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def children(source: IO[bytes], *tags: str) -> Iterator[etree._Element]:
    """Each child of the part's root with one of `tags`, complete, then freed (styles,
    lists, footnotes); lxml skips every other element without calling back."""
    for _, element in etree.iterparse(source, events=("end",), tag=tags, **_SAFE):
        parent = element.getparent()
        if parent is not None and parent.getparent() is None:
            yield element
            release(element)


class Tally:
    """Elements and characters of text seen across the parts of one file, against a limit."""

    def __init__(self, limit: int):
        self.limit = limit
        self.elements = 0
        self.chars = 0


def scan(source: IO[bytes], tally: Tally, text_tag: str) -> None:
    """Count a part's elements and text before anything is built from it, freeing each as it
    ends; stop at the first that passes the limit. Raises Overflow("elements" | "chars")."""
    limit = tally.limit
    for _, element in etree.iterparse(source, events=("end",), **_SAFE):
        tally.elements += 1
        if element.tag == text_tag:
            tally.chars += len(element.text or "")
            if tally.chars > limit:
                raise Overflow("chars")
        if tally.elements > limit:
            raise Overflow("elements")
        release(element)


class Overflow(Exception):
    """A part holds more than its file may; `args[0]` says of what."""
