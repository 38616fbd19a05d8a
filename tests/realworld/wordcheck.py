"""An independent reading of a real PDF, to check undrafts' extraction against.

poppler's pdftotext reads the same file with another engine. Its page furniture is set
aside by what it says (job numbers, "2/9" page counts, bar codes, the running head: the
symbol and pieces of the title at the top of pages 2 and on), never by where undrafts
put it. Both texts are then compared as multisets of words made of letters and digits;
where the two engines cut words differently ("equa l" / "equal", "space14" / "space ¹⁴")
the leftover words must hold the same letters.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

_WORD = re.compile(r"[^\W_]+")
_JOB = r"\d{2}-\d{5}[A-Z]?\*?"
_FURNITURE = re.compile(
    rf"^(?:{_JOB}(?:\s*\([A-Z]\))?(?:\s+\d{{6}})?|\d{{6}}|\*\d{{6,9}}\*|\d{{1,3}}/\d{{1,3}}"
    rf"|\d{{1,3}}/\d{{1,3}}\s+{_JOB}|{_JOB}\s+\d{{1,3}}/\d{{1,3}}|please recycle)$",
    re.IGNORECASE,
)


def words(text: str) -> list[str]:
    """Letters and digits only, lower-cased; superscript markers read as digits."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        raise RuntimeError("pdftotext is missing: install poppler-utils (make test does)")
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8")


def reference_words(text: str, symbol: str, title: str) -> list[str]:
    """pdftotext's words without the page furniture."""
    title_words = " ".join(words(title))
    pages = [[ln.strip() for ln in page.splitlines() if ln.strip()] for page in text.split("\f")]
    # A running head repeats at the top of other pages, or names the symbol or the title.
    tops = Counter(" ".join(words(line)) for page in pages[1:] for line in set(page[:3]))
    kept: list[str] = []
    for number, lines in enumerate(pages):
        if number:
            while lines and _running_head(lines[0], symbol, title_words, tops):
                lines = lines[1:]
            # pdftotext sometimes reads the head further down the page.
            lines = [line for line in lines if line.rstrip("*") != symbol]
        for line in lines:
            if not _FURNITURE.match(line):
                kept.extend(words(line))
    return kept


def _running_head(line: str, symbol: str, title_words: str, tops: Counter) -> bool:
    rest = " ".join(words(line.replace(symbol, " ")))
    said = words(line)
    return (
        symbol in line.split()
        or (len(said) >= 3 and tops[" ".join(said)] >= 2)
        or bool(rest and f" {rest} " in f" {title_words} ")
    )


@dataclass
class Difference:
    lost: Counter  # characters pdftotext read that undrafts does not have
    extra: Counter  # characters undrafts kept that pdftotext's body does not have
    lost_words: list[str]
    extra_words: list[str]

    @property
    def same(self) -> bool:
        return not self.lost and not self.extra


def compare_words(ours: list[str], reference: list[str]) -> Difference:
    mine, theirs = Counter(ours), Counter(reference)
    only_theirs = theirs - mine
    only_mine = mine - theirs
    lost_chars = Counter("".join(w * n for w, n in only_theirs.items()))
    extra_chars = Counter("".join(w * n for w, n in only_mine.items()))
    return Difference(
        lost=lost_chars - extra_chars,
        extra=extra_chars - lost_chars,
        lost_words=sorted(only_theirs.elements()),
        extra_words=sorted(only_mine.elements()),
    )
