"""What the import preview shows: the structure the parser found, its warnings, and how
the new text differs from the one it follows. Reads only."""

from __future__ import annotations

from undrafts.diffing import compare

from ..exceptions import UnknownSymbol
from ..models import Document, Paragraph
from ..selectors import text_for, text_paragraphs
from ..services import kind_from_symbol


def _anchor(label: str) -> str:
    return Paragraph(label=label).anchor


def _paragraph_dicts(parsed_text) -> list[dict]:
    return [
        {
            "id": p.label,
            "label": p.label,
            "kind": p.kind,
            "text": p.text,
            "number": p.number,
            "parent_label": p.parent_label or "",
            "opening": p.opening,
            "footnotes": [{"marker": f.marker, "text": f.text} for f in p.footnotes],
            "anchor": _anchor(p.label),
        }
        for p in parsed_text.paragraphs
    ]


def import_preview(parsed, cleaned: dict) -> dict:
    symbol = cleaned.get("symbol") or ""
    texts = []
    for parsed_text in parsed.texts:
        paragraphs = _paragraph_dicts(parsed_text)
        texts.append(
            {
                "heading": parsed_text.heading,
                "title": parsed_text.title,
                "kind": parsed_text.kind,
                "paragraphs": paragraphs,
                "preambular": sum(1 for p in paragraphs if p["kind"] == "preambular"),
                "operative": sum(
                    1 for p in paragraphs if p["kind"] == "operative" and not p["parent_label"]
                ),
                "sub": sum(1 for p in paragraphs if p["parent_label"]),
                "warnings": list(parsed_text.warnings),
            }
        )
    from_file = (cleaned.get("file_warnings") or "").splitlines()
    warnings = [w for w in from_file if w] + list(parsed.warnings)
    for text in texts:
        prefix = f"{text['heading']}: " if len(texts) > 1 and text["heading"] else ""
        warnings.extend(prefix + warning for warning in text["warnings"])
    printed = getattr(parsed, "symbol", "") or ""
    if printed and symbol and printed.replace(" ", "") != symbol.replace(" ", ""):
        warnings.insert(
            0,
            f"The text names {printed}, but you entered {symbol}: "
            f"the document will be saved as {symbol}.",
        )
    kind = cleaned.get("kind") or ""
    if not kind and symbol:
        kind = kind_from_symbol(symbol)
    return {
        "symbol": symbol,
        "kind": Document.Kind(kind).label if kind in Document.Kind.values else "",
        "title": cleaned.get("title") or parsed.title or (texts[0]["title"] if texts else ""),
        "date": cleaned.get("date") or getattr(parsed, "date", "") or "",
        "lineage": cleaned.get("lineage"),
        "sponsors": cleaned.get("sponsors") or list(parsed.sponsors),
        "sponsors_from_text": not cleaned.get("sponsors"),
        "texts": texts,
        "warnings": warnings,
        "comparison": _comparison(cleaned.get("follows"), parsed, symbol),
    }


def _comparison(follows: Document | None, parsed, symbol: str) -> dict | None:
    """How the first text differs from the text it follows: a check the right file was used."""
    if follows is None or not parsed.texts:
        return None
    try:
        earlier = text_for(follows)
    except UnknownSymbol:  # the earlier document holds no text
        return None
    result = compare(
        text_paragraphs(earlier),
        _paragraph_dicts(parsed.texts[0]),
        left_symbol=follows.symbol,
        right_symbol=symbol or "new",
    )
    changes = [row for row in result["rows"] if row["op"] != "unchanged"]
    return {
        "follows": follows,
        "summary": result["summary"],
        "unchanged": result["summary"].get("unchanged", 0),
        "changes": changes,
    }
