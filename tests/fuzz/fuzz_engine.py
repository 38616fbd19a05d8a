"""Coverage-guided fuzzing (atheris) of the parser and the aligner.

    .venv/bin/python tests/fuzz/fuzz_engine.py parse -runs=100000
    .venv/bin/python tests/fuzz/fuzz_engine.py compare -max_total_time=600

Any exception other than the parser's own ParseError, or a broken invariant (a word
of the body lost, a paragraph in no row or in two, word operations that do not
rebuild both texts), is a crash that libFuzzer reports with the input that caused it.
tests/production/test_fuzzing.py runs each target for a bounded number of inputs.
"""

import contextlib
import sys
from collections import Counter
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

with atheris.instrument_imports():
    from undrafts.diffing import compare
    from undrafts.diffing.words import rebuild
    from undrafts.parsing import ParseError, parse_document

HEADER = (
    "United Nations A/RES/75/1\n\nDistr.: General 4 January 2021\n\nSeventy-fifth session\n"
    "Agenda item 98\n\nResolution adopted by the General Assembly on 31 December 2020\n\n"
    "75/1. A short title\n\nThe General Assembly,\n\n"
)
PREFIXES = ("", "1. ", "2. ", "(a) ", "- ", "- 1. ", "1.1 ", "*Noting* ", "# ")


def parse_target(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    if fdp.ConsumeBool():
        # anything at all: it parses or is refused with a ParseError
        with contextlib.suppress(ParseError):
            parse_document(fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()))
        return
    # a resolution body of letter words: every word must come back in some paragraph
    printed, wanted = [], Counter()
    for _ in range(fdp.ConsumeIntInRange(1, 12)):
        words = [
            "".join(chr(ord("a") + b % 26) for b in fdp.ConsumeBytes(fdp.ConsumeIntInRange(1, 8)))
            or "x"
            for _ in range(fdp.ConsumeIntInRange(1, 8))
        ]
        wanted.update(words)
        prefix = PREFIXES[fdp.ConsumeIntInRange(0, len(PREFIXES) - 1)]
        printed.append(prefix + " ".join(words) + ",;:."[fdp.ConsumeIntInRange(0, 3)])
    document = parse_document(HEADER + "\n\n".join(printed))
    pieces = [document.title, *document.warnings]
    for text in document.texts:
        pieces += [text.heading, text.title, *text.warnings, *(p.text for p in text.paragraphs)]
        labels = [p.label for p in text.paragraphs]
        assert len(labels) == len(set(labels)), labels
    found = Counter(w.strip(",;:.") for piece in pieces for w in piece.split())
    lost = wanted - found
    assert not lost, f"words lost: {sorted(lost)}"


def compare_target(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    vocabulary = ["Decides", "Noting", "ICTs", "information", "States", "the", "of", ",", "1."]

    def texts() -> list[str]:
        out = []
        for _ in range(fdp.ConsumeIntInRange(0, 8)):
            if fdp.ConsumeBool():
                out.append(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 40)))
            else:
                count = fdp.ConsumeIntInRange(0, 12)
                picks = [vocabulary[fdp.ConsumeIntInRange(0, 8)] for _ in range(count)]
                out.append(" ".join(picks))
        return out

    left_texts = texts()
    right_texts = texts() if fdp.ConsumeBool() else [*left_texts[::-1], *texts()]
    left = [{"id": f"L{k}", "label": "", "kind": "", "text": t} for k, t in enumerate(left_texts)]
    right = [{"id": f"R{k}", "label": "", "kind": "", "text": t} for k, t in enumerate(right_texts)]
    result = compare(left, right)
    rows = result["rows"]
    assert sorted(i for r in rows for i in r["left"]) == sorted(p["id"] for p in left)
    assert [i for r in rows for i in r["right"]] == [p["id"] for p in right]
    text_of = {p["id"]: p["text"] for p in left + right}
    for row in rows:
        old = "\n".join(text_of[i] for i in row["left"])
        new = "\n".join(text_of[i] for i in row["right"])
        assert rebuild(row["words"]) == (old, new), row


TARGETS = {"parse": parse_target, "compare": compare_target}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        raise SystemExit(f"usage: fuzz_engine.py {'|'.join(TARGETS)} [libFuzzer flags]")
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()
