"""Labels a reader recognises, unique within a text and the same in two printings of it.

- the resolution: PP3, OP1, OP1(a), OP1(a)(ii), OP1.13; section headings Sec.II, Sec.II.B;
- an annex: "Annex" (its heading), Annex PP2 (an annexed text's preamble), Annex 12(b)
  (numbered paragraphs), Annex Art.8 and Annex Art.8(1)(a) when the numbering starts
  again in every article (or section), Annex Ch.I; "Annex II 3" with several annexes;
- unnumbered headings: H1, Annex H2; unnumbered text: the label of the paragraph or
  heading it follows and "p1", "p2" (Annex Art.8 p1, OP5 p1).
"""

from __future__ import annotations

from collections import Counter

from .para import Para
from .reader import Reader


def label_paragraphs(parts: list[tuple[str, Reader]]) -> None:
    used: set[str] = set()
    suffixes: dict[str, int] = {}  # the last "-n" given to a repeated label
    for prefix, reader in parts:
        numbers = Counter(p.number for p in reader.paras if p.level == "top" and p.number)
        restarts = any(count > 1 for count in numbers.values())
        preambular = titles = 0
        anchor = prefix.strip() or "Text"
        following: Counter[str] = Counter()  # unnumbered paragraphs after each anchor
        for para in reader.paras:
            if para.level == "heading":
                assert para.heading is not None
                if para.heading.level == "annex":
                    label = prefix.strip()
                elif para.heading.level == "formula":
                    label = f"{prefix}Preamble"
                elif para.heading.level == "title":
                    titles += 1
                    label = f"{prefix}H{titles}"
                else:
                    label = f"{prefix}{para.hint}"
            elif para.level == "top" and para.kind == "preambular":
                preambular += 1
                label = f"{prefix}PP{preambular}"
            elif para.level == "top" and (para.number or (not prefix and anchor == "Text")):
                label = _numbered(para, prefix, restarts=restarts)
            elif para.level in ("top", "other"):
                following[anchor] += 1
                label = f"{anchor} p{following[anchor]}"
            elif para.level == "decimal":
                assert para.parent is not None
                label = f"{para.parent.label}.{para.number.split('.')[1]}"
            else:
                assert para.parent is not None
                label = f"{para.parent.label}{para.number}"
            if label in used:
                n = suffixes.get(label, 1) + 1
                while f"{label}-{n}" in used:
                    n += 1
                suffixes[label] = n
                printed = label
                label = f"{label}-{n}"
                reader.warnings.append(
                    (para, lambda lbl, p=printed: f"{lbl}: {p} is printed twice; labelled {lbl}")
                )
            used.add(label)
            para.label = label
            if para.level == "heading" or (para.level == "top" and para.number):
                anchor = label
            elif para.level == "top" and para.kind == "operative" and not prefix:
                anchor = label if anchor == "Text" else anchor


def _numbered(para: Para, prefix: str, *, restarts: bool) -> str:
    if not prefix:
        return f"OP{para.number or '1'}"
    if restarts and para.scope is not None and para.scope.label:
        return f"{para.scope.label}({para.number})"
    return f"{prefix}{para.number}"
