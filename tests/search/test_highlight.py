"""The marks on a search hit: the quick reading of text whose words are plain ASCII
marks exactly what the word-by-word rule marks, whatever punctuation surrounds them."""

import random

import pytest

from undrafts.search.highlight import _ascii_words, _word_by_word, phrase_spans
from undrafts.search.terms import fold

PIECES = [
    "the", "The", "United", "Nations", "nation", "resume", "résumé", "e\u0301t\u0301e",
    "“", "”", "‘", "’", "—", "–", "\u00a0", " ", ", ", ". ", "-", "_", "(", ")", "1.13",
    "\ue000", "Ǆ", "K", "\u212a", "ſ", "ж", "9", "a/RES/75",
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quick"),
    [
        ("Recalling “the United Nations” — its Charter", True),
        ("the\u00a0United\u00a0Nations, 2024–2025", True),
        ("the résumé of the United Nations", False),  # an accented letter: word by word
        ("the United Nations\ue000", False),  # a private-use character belongs to a word
        ("e\u0301 the United", False),  # a combining mark belongs to a word
    ],
)
def test_text_is_read_quickly_only_when_its_words_are_ascii(text, quick):
    assert _ascii_words(text) is quick
    assert phrase_spans(text, ["the", "united"]) == _word_by_word(text, ["the", "united"])


def test_both_readings_mark_the_same_words_in_a_thousand_mixed_texts():
    rng = random.Random(14)
    phrases = [["the", "united"], ["nations"], ["resume", "of"], ["k"], ["the", "n"]]
    quick = 0
    for _ in range(1000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30)))
        quick += _ascii_words(text)
        for words in phrases:
            expected = _word_by_word(text, [fold(word) for word in words])
            assert phrase_spans(text, words) == expected, (text, words)
    assert 100 < quick < 900  # both readings were put to the test
