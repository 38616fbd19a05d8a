"""One splitter reads the sponsors above a draft and the names in a report's vote lists."""

from undrafts.parsing import parse_document
from undrafts.parsing.country_names import split_country_list


def test_a_sponsor_line_and_a_vote_list_split_the_same_way():
    names = (
        "Bolivia (Plurinational State of), Saint Kitts and Nevis, the Niger and Trinidad and Tobago"
    )
    draft = parse_document(
        f"United Nations A/C.1/80/L.99\n\nDistr.: Limited\n\n{names}: draft resolution\n\n"
        "A title\n\nThe General Assembly,\n\n1. Decides."
    )
    assert draft.sponsors == [
        "Bolivia (Plurinational State of)",
        "Saint Kitts and Nevis",
        "Niger",
        "Trinidad and Tobago",
    ]
    assert split_country_list(names) == [
        "Bolivia (Plurinational State of)",
        "Saint Kitts and Nevis",
        "the Niger",
        "Trinidad and Tobago",
    ]


def test_a_comma_inside_brackets_belongs_to_the_name():
    assert split_country_list("Chile, Group of States (Latin America, Caribbean) and Peru") == [
        "Chile",
        "Group of States (Latin America, Caribbean)",
        "Peru",
    ]


def test_a_bracket_the_text_layer_lost_does_not_swallow_the_rest_of_the_list():
    assert split_country_list("Chile, Bolivia (Plurinational State of, Peru, Cuba") == [
        "Chile",
        "Bolivia (Plurinational State of",
        "Peru",
        "Cuba",
    ]
