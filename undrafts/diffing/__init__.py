"""The diff engine: which paragraphs were kept, reworded, added, dropped, moved,
split or merged between two versions of a text, with changed words marked.

Pure Python (no Django), so it can be tested and benchmarked alone.
"""

from .compare import ALGORITHM_VERSION, compare, comparison_of
from .rows import NATURES, OP_NAMES, OPS, Comparison, ComparisonJSON, Row, RowJSON, Strength

__all__ = [
    "ALGORITHM_VERSION",
    "NATURES",
    "OPS",
    "OP_NAMES",
    "Comparison",
    "ComparisonJSON",
    "Row",
    "RowJSON",
    "Strength",
    "compare",
    "comparison_of",
]
