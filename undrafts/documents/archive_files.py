"""Reading archive files for a bulk import: which files, which symbol, what text.

No Django here, so worker processes can run `prepare` without setting Django up.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from undrafts.extraction import ExtractionError, extract_document
from undrafts.parsing import ParseError, SymbolError, parse_document, parse_symbol

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt")


@dataclass
class Prepared:
    """What a worker made of one file; `error` says why it cannot be imported."""

    path: str
    digest: str = ""
    raw: str = ""
    symbol: str = ""
    error: str = ""
    warnings: list[str] = field(default_factory=list)


def archive_files(paths: list[str]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The supported files under `paths` (files and folders), sorted; and the paths refused."""
    found: list[Path] = []
    refused: list[tuple[Path, str]] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not p.name.startswith((".", "~$"))
            )
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(path)
            else:
                refused.append((path, f'files of type "{path.suffix}" are not imported'))
        else:
            refused.append((path, "no such file or folder"))
    unique = list(dict.fromkeys(p.resolve() for p in found))
    return unique, refused


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def symbol_from_filename(name: str) -> str:
    """A/RES/80/38 from "A_RES_80_38.pdf", A/C.1/73/L.27/Rev.1 from "A-C.1-73-L.27-Rev.1.docx".

    Returns "" when the name is not a symbol. Underscores stand for slashes when there are
    any; else hyphens do (a hyphen is part of some symbols, such as A/ES-10/L.22).
    """
    stem = Path(name).name
    for suffix in SUPPORTED_SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    # "A-RES-75-240.chromium.pdf": a producer's tag after the symbol is not part of it.
    candidates = [stem]
    head, dot, tail = stem.rpartition(".")
    if dot and tail.isalpha() and tail.lower() not in {"rev", "add", "corr", "l", "c"}:
        candidates.append(head)
    for candidate in candidates:
        separator = "_" if "_" in candidate else "-"
        # "S_RES_2334_(2016)": the separator before the year stands for the symbol's space.
        written = candidate.replace(separator + "(", " (").replace(separator, "/")
        try:
            return parse_symbol(written).text
        except SymbolError:
            continue
    return ""


def prepare(path: str, max_chars: int | None = None) -> Prepared:
    """Read, extract and parse one file: the slow, write-free part of an import. Text past
    `max_chars` (limits.document_chars_limit, given by the caller) is not read."""
    result = Prepared(path=path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        result.error = f"cannot be read: {exc.strerror or exc}"
        return result
    result.digest = content_hash(data)
    try:
        extracted = extract_document(Path(path).name, data, max_chars=max_chars)
        result.raw, result.warnings = extracted.text, extracted.warnings
        parsed = parse_document(result.raw)
    except (ExtractionError, ParseError) as exc:
        result.error = str(exc)
        return result
    except Exception as exc:  # one damaged file must not stop an archive import
        result.error = f"could not be read ({type(exc).__name__}: {exc})"
        return result
    printed = ""
    if parsed.symbol:
        try:
            printed = parse_symbol(parsed.symbol).text
        except SymbolError:
            printed = ""
    result.symbol = printed or symbol_from_filename(path)
    if not result.symbol:
        result.error = "no symbol is printed in it and its file name is not a symbol"
    return result
