"""File names that every mail client and file system takes: ASCII, no slashes."""

import re
import unicodedata

from undrafts.documents.comparisons import Side

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(stem: str, suffix: str) -> str:
    """ "A/RES/75/240" -> "A_RES_75_240" + suffix."""
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    cleaned = _UNSAFE.sub("_", ascii_stem).strip("._-")[:150] or "undrafts"
    return f"{cleaned}{suffix}"


def side_stem(side: Side) -> str:
    stem = side.document.symbol
    if side.document.texts.count() > 1:
        stem += f" text {side.text.position}"
    return f"{stem} v{side.version}"


def redline_filename(left: Side, right: Side) -> str:
    return safe_filename(f"redline {side_stem(left)} to {side_stem(right)}", ".docx")
