"""How a reader counts the words of a seed, shared by the seed tests' "nothing lost" checks."""

import re
from collections import Counter

_EDGE = ",.;:()\"“”'"


def words(value: str) -> Counter:
    """Words as a reader sees them: no markup, markers, list numbers or edge punctuation."""
    value = re.sub(r"<sup>[^<]*</sup>", " ", value)
    value = re.sub(r"\[([^\]]*)\]\(#\)", r"\1", value)
    value = re.sub(r"[⁰¹²³⁴⁵⁶⁷⁸⁹*#]", " ", value)
    value = re.sub(r"^\s*[->]\s+", "", value)
    value = re.sub(r"^\s*(?:\d+(?:\.\d+)*\.?|\([a-z]\))\s+", "", value)
    return Counter(w.strip(_EDGE) for w in value.split() if w.strip(_EDGE))
