"""Geometry for the small stacked bars that show what each step of a lineage did.

Pure: counts in, rectangles out; the template draws them as server-rendered SVG.
"""

from __future__ import annotations

CATEGORIES = (
    ("kept", "Kept"),
    ("changed", "Changed"),
    ("added", "Added"),
    ("dropped", "Dropped"),
)
# Fills with at least 4.5:1 contrast against the white count printed on them.
FILLS = {"kept": "#4a5a6e", "changed": "#8a5200", "added": "#2e7031", "dropped": "#b3261e"}
BAR_WIDTH = 360
BAR_HEIGHT = 22
# Wide enough for a count in white type inside the segment.
MIN_LABELLED_WIDTH = 22


def step_bar(counts: dict[str, int], scale: int, width: int = BAR_WIDTH) -> dict:
    """Segments of one step's bar, all steps drawn to the same `scale` (the largest total)."""
    scale = max(scale, 1)
    x = 0.0
    segments = []
    total = 0
    for key, title in CATEGORIES:
        count = max(int(counts.get(key, 0)), 0)
        total += count
        if not count:
            continue
        span = width * count / scale
        segments.append(
            {
                "key": key,
                "title": title,
                "fill": FILLS[key],
                "count": count,
                "x": round(x, 1),
                "width": round(span, 1),
                "text_x": round(x + span / 2, 1),
                "labelled": span >= MIN_LABELLED_WIDTH,
            }
        )
        x += span
    description = ", ".join(f"{title.lower()} {counts.get(key, 0)}" for key, title in CATEGORIES)
    return {
        "segments": segments,
        "total": total,
        "width": width,
        "height": BAR_HEIGHT,
        "description": f"Paragraphs {description}.",
    }
