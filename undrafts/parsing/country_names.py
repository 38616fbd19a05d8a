"""States as UN documents name them: the short names, their variants, and list splitting.

Reports and sponsor lines print States by their UN short names ("Iran (Islamic Republic
of)", "Viet Nam"). Printed lists carry damage: a leading "the", odd capitals ("Sao Tome
And Principe"), a variant ("United States"), or a name cut off by the page layout
("(Plurinational State of)"). ``normalise_country`` fixes what is safe to fix and says
what it did; it never invents a head word that the text lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The 193 Member States and the two observer States, by the short names the UN uses.
MEMBER_STATES = (
    "Afghanistan",
    "Albania",
    "Algeria",
    "Andorra",
    "Angola",
    "Antigua and Barbuda",
    "Argentina",
    "Armenia",
    "Australia",
    "Austria",
    "Azerbaijan",
    "Bahamas",
    "Bahrain",
    "Bangladesh",
    "Barbados",
    "Belarus",
    "Belgium",
    "Belize",
    "Benin",
    "Bhutan",
    "Bolivia (Plurinational State of)",
    "Bosnia and Herzegovina",
    "Botswana",
    "Brazil",
    "Brunei Darussalam",
    "Bulgaria",
    "Burkina Faso",
    "Burundi",
    "Cabo Verde",
    "Cambodia",
    "Cameroon",
    "Canada",
    "Central African Republic",
    "Chad",
    "Chile",
    "China",
    "Colombia",
    "Comoros",
    "Congo",
    "Costa Rica",
    "Côte d'Ivoire",
    "Croatia",
    "Cuba",
    "Cyprus",
    "Czechia",
    "Democratic People's Republic of Korea",
    "Democratic Republic of the Congo",
    "Denmark",
    "Djibouti",
    "Dominica",
    "Dominican Republic",
    "Ecuador",
    "Egypt",
    "El Salvador",
    "Equatorial Guinea",
    "Eritrea",
    "Estonia",
    "Eswatini",
    "Ethiopia",
    "Fiji",
    "Finland",
    "France",
    "Gabon",
    "Gambia",
    "Georgia",
    "Germany",
    "Ghana",
    "Greece",
    "Grenada",
    "Guatemala",
    "Guinea",
    "Guinea-Bissau",
    "Guyana",
    "Haiti",
    "Honduras",
    "Hungary",
    "Iceland",
    "India",
    "Indonesia",
    "Iran (Islamic Republic of)",
    "Iraq",
    "Ireland",
    "Israel",
    "Italy",
    "Jamaica",
    "Japan",
    "Jordan",
    "Kazakhstan",
    "Kenya",
    "Kiribati",
    "Kuwait",
    "Kyrgyzstan",
    "Lao People's Democratic Republic",
    "Latvia",
    "Lebanon",
    "Lesotho",
    "Liberia",
    "Libya",
    "Liechtenstein",
    "Lithuania",
    "Luxembourg",
    "Madagascar",
    "Malawi",
    "Malaysia",
    "Maldives",
    "Mali",
    "Malta",
    "Marshall Islands",
    "Mauritania",
    "Mauritius",
    "Mexico",
    "Micronesia (Federated States of)",
    "Monaco",
    "Mongolia",
    "Montenegro",
    "Morocco",
    "Mozambique",
    "Myanmar",
    "Namibia",
    "Nauru",
    "Nepal",
    "Netherlands (Kingdom of the)",
    "New Zealand",
    "Nicaragua",
    "Niger",
    "Nigeria",
    "North Macedonia",
    "Norway",
    "Oman",
    "Pakistan",
    "Palau",
    "Panama",
    "Papua New Guinea",
    "Paraguay",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Qatar",
    "Republic of Korea",
    "Republic of Moldova",
    "Romania",
    "Russian Federation",
    "Rwanda",
    "Saint Kitts and Nevis",
    "Saint Lucia",
    "Saint Vincent and the Grenadines",
    "Samoa",
    "San Marino",
    "Sao Tome and Principe",
    "Saudi Arabia",
    "Senegal",
    "Serbia",
    "Seychelles",
    "Sierra Leone",
    "Singapore",
    "Slovakia",
    "Slovenia",
    "Solomon Islands",
    "Somalia",
    "South Africa",
    "South Sudan",
    "Spain",
    "Sri Lanka",
    "Sudan",
    "Suriname",
    "Sweden",
    "Switzerland",
    "Syrian Arab Republic",
    "Tajikistan",
    "Thailand",
    "Timor-Leste",
    "Togo",
    "Tonga",
    "Trinidad and Tobago",
    "Tunisia",
    "Türkiye",
    "Turkmenistan",
    "Tuvalu",
    "Uganda",
    "Ukraine",
    "United Arab Emirates",
    "United Kingdom of Great Britain and Northern Ireland",
    "United Republic of Tanzania",
    "United States of America",
    "Uruguay",
    "Uzbekistan",
    "Vanuatu",
    "Venezuela (Bolivarian Republic of)",
    "Viet Nam",
    "Yemen",
    "Zambia",
    "Zimbabwe",
)
OBSERVER_STATES = ("Holy See", "State of Palestine")
# Short names the UN used before a State asked for a new one: right for their year.
FORMER_NAMES = (
    "Turkey",  # Türkiye from 2022
    "Netherlands",  # Netherlands (Kingdom of the) from 2023
    "Swaziland",  # Eswatini from 2018
    "Czech Republic",  # Czechia from 2016
    "Cape Verde",  # Cabo Verde from 2013
    "The former Yugoslav Republic of Macedonia",  # North Macedonia from 2019
)
# Not UN short names: read as the State they mean, with a warning.
VARIANTS = {
    "United States": "United States of America",
    "USA": "United States of America",
    "United Kingdom": "United Kingdom of Great Britain and Northern Ireland",
    "UK": "United Kingdom of Great Britain and Northern Ireland",
    "Russia": "Russian Federation",
    "Vietnam": "Viet Nam",
    "Iran": "Iran (Islamic Republic of)",
    "Venezuela": "Venezuela (Bolivarian Republic of)",
    "Bolivia": "Bolivia (Plurinational State of)",
    "Micronesia": "Micronesia (Federated States of)",
    "Syria": "Syrian Arab Republic",
    "Laos": "Lao People's Democratic Republic",
    "Moldova": "Republic of Moldova",
    "South Korea": "Republic of Korea",
    "North Korea": "Democratic People's Republic of Korea",
    "Tanzania": "United Republic of Tanzania",
    "Brunei": "Brunei Darussalam",
    "Cote d'Ivoire": "Côte d'Ivoire",
    "Ivory Coast": "Côte d'Ivoire",
    "Sao Tomé and Príncipe": "Sao Tome and Principe",
    "Democratic Republic of Congo": "Democratic Republic of the Congo",
    "Palestine": "State of Palestine",
    "Vatican": "Holy See",
}

KNOWN_NAMES = (*MEMBER_STATES, *OBSERVER_STATES, *FORMER_NAMES)
_BY_KEY = {name.casefold(): name for name in KNOWN_NAMES}
_VARIANTS_BY_KEY = {variant.casefold(): name for variant, name in VARIANTS.items()}
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_SPACE = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_EDGE_JUNK = re.compile(r"^[\s,;:.*_#\-]+|[\s,;:.*_#]+$")


@dataclass(frozen=True)
class CountryName:
    """A State's name as read from a list: the name to use, as printed, and what was odd."""

    name: str
    printed: str
    known: bool
    warning: str = ""
    suggestion: str = ""


def _key(name: str) -> str:
    return _SPACE.sub(" ", name.translate(_APOSTROPHES)).strip().casefold()


def _tidy(printed: str) -> str:
    return _EDGE_JUNK.sub("", _SPACE.sub(" ", printed.translate(_APOSTROPHES))).strip()


def is_known(name: str) -> bool:
    key = _key(_LEADING_THE.sub("", _tidy(name)))
    return key in _BY_KEY or key in _VARIANTS_BY_KEY


def normalise_country(printed: str) -> CountryName:
    """The UN short name for `printed`, fixing a leading "the" and letter case.

    A variant ("United States") becomes the short name with a warning; a name that lost
    its head word ("(Plurinational State of)") stays as printed, flagged, with the only
    short name it can be as a suggestion.
    """
    cleaned = _tidy(printed)
    if cleaned.casefold().startswith("the former yugoslav"):
        name = cleaned
    else:
        name = _LEADING_THE.sub("", cleaned)
    key = _key(name)
    if key in _BY_KEY:
        return CountryName(_BY_KEY[key], printed, known=True)
    if key in _VARIANTS_BY_KEY:
        canonical = _VARIANTS_BY_KEY[key]
        return CountryName(
            canonical,
            printed,
            known=True,
            warning=f"“{name}” is printed where the UN short name is “{canonical}”.",
        )
    if name.startswith("("):
        candidates = [known for known in KNOWN_NAMES if _key(known).endswith(key)]
        suggestion = candidates[0] if len(candidates) == 1 else ""
        warning = f"“{name}” has lost the head word of a State's name"
        warning += f" (probably “{suggestion}”)." if suggestion else "."
        return CountryName(name, printed, known=False, warning=warning, suggestion=suggestion)
    return CountryName(
        name, printed, known=False, warning=f"“{name}” is not a UN short name of a State."
    )


def split_country_list(text: str) -> list[str]:
    """The names in "A, B (x, y), the C and D", keeping "Antigua and Barbuda" whole: the one
    splitter for sponsor lines and vote lists."""
    text = _SPACE.sub(" ", text.translate(_APOSTROPHES)).strip().rstrip(".;:").strip()
    items = [item.strip() for item in _split_commas(text)]
    items = [item for item in items if _tidy(item)]
    names: list[str] = []
    for index, item in enumerate(items):
        parts = _split_and(item)
        if parts is None:
            parts = _split_unknown(item, last=index == len(items) - 1 and len(items) > 1)
        names.extend(parts)
    return [_tidy(name) for name in names if _tidy(name)]


def _split_commas(text: str) -> list[str]:
    """At the commas outside parentheses; at every comma when the brackets are damaged."""
    if text.count("(") != text.count(")"):
        return text.split(",")
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


def _split_and(item: str) -> list[str] | None:
    """Split at " and " so that every part is a known State; None if no split does."""
    if is_known(item):
        return [item]
    for match in re.finditer(r"\s+and\s+", item):
        left, right = item[: match.start()], item[match.end() :]
        if is_known(left):
            rest = _split_and(right)
            if rest is not None:
                return [left, *rest]
    return None


def _split_unknown(item: str, *, last: bool) -> list[str]:
    # "X and Y" ends a list; an unknown name keeps its own "and" anywhere else.
    if not last:
        return [item]
    matches = list(re.finditer(r"\s+and\s+(?=(?:the\s+)?[A-ZÀ-Ý(])", item))
    if not matches:
        return [item]
    cut = matches[-1]
    return [item[: cut.start()], item[cut.end() :]]
