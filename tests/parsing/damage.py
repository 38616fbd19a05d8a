"""A resolution's header for the crafted damage texts, and how the tests read them."""

from undrafts.parsing import parse_document

HEADER = """United Nations A/RES/75/1

Distr.: General 4 January 2021

Seventy-fifth session
Agenda item 98

Resolution adopted by the General Assembly on 31 December 2020

75/1. A short title

The General Assembly,

"""


def parse(body: str):
    """The one text of a resolution whose body is given."""
    [text] = parse_document(HEADER + body).texts
    return text


def texts_of(text) -> list[tuple[str, str]]:
    return [(p.label, p.text) for p in text.paragraphs]
