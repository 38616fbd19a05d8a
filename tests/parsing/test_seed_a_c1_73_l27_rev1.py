"""A/C.1/73/L.27/Rev.1, a revised draft whose symbol is not printed: counts read off the file."""

import re
from collections import Counter
from pathlib import Path

import pytest

from undrafts.parsing import Footnote, parse_document

from .reading import words

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "seeds" / "A-C.1-73-L.27-Rev.1.txt"
RAW = SEED.read_text(encoding="utf-8")

DECIMAL_SUBPARAGRAPHS = {
    "1.1": (
        "Consistent with the purposes of the United Nations, including to maintain "
        "international peace and security, States should cooperate in developing and applying"
        " measures to increase stability and security in the use of ICTs and to prevent ICT "
        "practices that are acknowledged to be harmful or that may pose threats to "
        "international peace and security."
    ),
    "1.2": (
        "States must meet their international obligations regarding internationally wrongful "
        "acts attributable to them under international law. However, the indication that an "
        "ICT activity was launched or otherwise originates from the territory or objects of "
        "the ICT infrastructure of a State may be insufficient in itself to attribute the "
        "activity to that State. Accusations of organizing and implementing wrongful acts "
        "brought against States should be substantiated. In case of ICT incidents, States "
        "should consider all relevant information, including the larger context of the event,"
        " the challenges of attribution in the ICT environment and the nature and extent of "
        "the consequences."
    ),
    "1.3": (
        "States should not knowingly allow their territory to be used for internationally "
        "wrongful acts using ICTs. States must not use proxies to commit internationally "
        "wrongful acts using ICTs and should seek to ensure that their territory is not used "
        "by non-State actors to commit such acts."
    ),
    "1.4": (
        "States should consider how best to cooperate to exchange information, assist each "
        "other, prosecute terrorist and criminal use of ICTs and implement other cooperative "
        "measures to address such threats. States may need to consider whether new measures "
        "need to be developed in this respect."
    ),
    "1.5": (
        "States, in ensuring the secure use of ICTs, should respect Human Rights Council "
        "resolutions 20/8 of 5 July 2012 and 26/13 of 26 June 2014 on the promotion, "
        "protection and enjoyment of human rights on the Internet, as well as General "
        "Assembly resolutions 68/167 of 18 December 2013 and 69/166 of 18 December 2014 on "
        "the right to privacy in the digital age, to guarantee full respect for human rights,"
        " including the right to freedom of expression."
    ),
    "1.6": (
        "A State should not conduct or knowingly support ICT activity contrary to its "
        "obligations under international law that intentionally damages critical "
        "infrastructure or otherwise impairs the use and operation of critical infrastructure"
        " to provide services to the public."
    ),
    "1.7": (
        "States should take appropriate measures to protect their critical infrastructure "
        "from ICT threats, taking into account General Assembly resolution 58/199 of 23 "
        "December 2003 on the creation of a global culture of cybersecurity and the "
        "protection of critical information infrastructures, and other relevant resolutions."
    ),
    "1.8": (
        "States should respond to appropriate requests for assistance by another State whose "
        "critical infrastructure is subject to malicious ICT acts. States should also respond"
        " to appropriate requests to mitigate malicious ICT activity aimed at the critical "
        "infrastructure of another State emanating from their territory, taking into account "
        "due regard for sovereignty."
    ),
    "1.9": (
        "States should take reasonable steps to ensure the integrity of the supply chain so "
        "that end users can have confidence in the security of ICT products."
    ),
    "1.10": (
        "States should seek to prevent the proliferation of malicious ICT tools and "
        "techniques and the use of harmful hidden functions."
    ),
    "1.11": (
        "States should encourage responsible reporting of ICT vulnerabilities and share "
        "associated information on available remedies for such vulnerabilities to limit and "
        "possibly eliminate potential threats to ICTs and ICT-dependent infrastructure."
    ),
    "1.12": (
        "States should not conduct or knowingly support activity to harm the information "
        "systems of the authorized emergency response teams (sometimes known as computer "
        "emergency response teams or cybersecurity incident response teams) of another State."
        " A State should not use authorized emergency response teams to engage in malicious "
        "international activity."
    ),
    "1.13": (
        "States should encourage the private sector and civil society to play an appropriate "
        "role to improve security of and in the use of ICTs, including supply chain security "
        "for ICT products and services. States should cooperate with the private sector and "
        "the organizations of civil society in the sphere of implementation of rules of "
        "responsible behaviour in information space with regard to their potential role;"
    ),
}


LETTERED_SUBPARAGRAPHS = {
    "OP4(a)": ("General appreciation of the issues of information security;"),
    "OP4(b)": (
        "Efforts taken at the national level to strengthen information security and promote "
        "international cooperation in this field;"
    ),
    "OP4(c)": ("The content of the concepts mentioned in paragraph 3 above;"),
    "OP4(d)": (
        "Possible measures that could be taken by the international community to strengthen "
        "information security at the global level;"
    ),
}


PP17 = (
    "Confirming the conclusions of the Group of Governmental Experts, in its 2013 and 2015 "
    "reports, that international law, and in particular the Charter of the United Nations, is"
    " applicable and essential to maintaining peace and stability and promoting an open, "
    "secure, stable, accessible and peaceful ICT environment, that voluntary and non-binding "
    "norms, rules and principles of responsible behaviour of States in the use of ICTs can "
    "reduce risks to international peace, security and stability, and that, given the unique "
    "attributes of such technologies, additional norms can be developed over time,"
)


@pytest.fixture(scope="module")
def document():
    return parse_document(RAW)


@pytest.fixture(scope="module")
def paragraphs(document):
    return {p.label: p for p in document.texts[0].paragraphs}


def test_the_header_is_read_though_no_symbol_is_printed(document):
    assert document.symbol == ""
    assert document.kind == "revised_draft_resolution"
    assert document.distribution == "Limited"
    assert document.date == "2018-10-29"
    assert document.adoption_date == ""
    assert document.original_language == "English and Russian"
    assert document.session == 73
    assert document.committee == 1
    assert document.agenda_item == "96"
    assert document.meeting == ""
    title = (
        "Developments in the field of information and telecommunications in the context of "
        "international security"
    )
    assert document.title == title
    assert document.agenda_title == title


def test_the_31_sponsors_are_split_with_their_parentheses_intact(document):
    sponsors = document.sponsors
    assert len(sponsors) == 31
    assert (sponsors[0], sponsors[-1]) == ("Algeria", "Zimbabwe")
    assert "Bolivia (Plurinational State of)" in sponsors
    assert "Iran (Islamic Republic of)" in sponsors
    assert sponsors[-2] == "Venezuela (Bolivarian Republic of)"
    assert "Democratic People's Republic of Korea" in sponsors
    assert len(set(sponsors)) == 31


def test_counts_21_preambular_7_operative_and_17_sub_paragraphs(document):
    [text] = document.texts
    assert text.heading == ""
    assert text.kind == "resolution"
    top = [p for p in text.paragraphs if not p.parent_label]
    subs = [p for p in text.paragraphs if p.parent_label]
    assert [p.label for p in top] == [f"PP{i}" for i in range(1, 22)] + [
        f"OP{i}" for i in range(1, 8)
    ]
    assert len(subs) == 17
    assert text.warnings == []


def test_decimal_sub_paragraphs_1_1_to_1_13_belong_to_operative_paragraph_1(paragraphs):
    for number, expected in DECIMAL_SUBPARAGRAPHS.items():
        paragraph = paragraphs[f"OP{number}"]
        assert paragraph.number == number
        assert paragraph.parent_label == "OP1"
        assert paragraph.kind == "operative"
        assert paragraph.text == expected


def test_the_human_rights_council_footnotes_of_1_5_are_resolved_after_paragraph_2(paragraphs):
    assert paragraphs["OP1.5"].footnotes == [
        Footnote(
            "4",
            "See Official Records of the General Assembly, Sixty-seventh Session, Supplement "
            "No. 53 and corrigendum (A/67/53 and A/67/53/Corr.1), chap. IV, sect. A.",
        ),
        Footnote("5", "Ibid., Sixty-ninth Session, Supplement No. 53 (A/69/53), chap. V, sect. A."),
    ]
    # the footnote block printed after operative paragraph 2 is not part of it
    assert paragraphs["OP2"].text.endswith(
        "consistent with the need to preserve the free flow of information;"
    )


def test_lettered_sub_paragraphs_of_operative_paragraph_4(paragraphs):
    for label, expected in LETTERED_SUBPARAGRAPHS.items():
        paragraph = paragraphs[label]
        assert paragraph.number == label[3:]
        assert paragraph.parent_label == "OP4"
        assert paragraph.text == expected
        assert paragraph.opening == ""
    assert paragraphs["OP4"].text.endswith("views and assessments on the following questions:")
    assert paragraphs["OP4"].footnotes == [Footnote("1", "A/65/201, A/68/98 and A/70/174.")]


def test_the_paragraph_cut_by_the_footnote_block_is_rejoined_and_keeps_its_footnotes(paragraphs):
    pp17 = paragraphs["PP17"]
    assert pp17.text == PP17
    assert pp17.footnotes == [Footnote("3", "A/68/98."), Footnote("2", "A/70/174.")]


def test_footnote_markers_point_to_their_definitions(paragraphs):
    assert paragraphs["PP15"].footnotes == [Footnote("1", "A/65/201, A/68/98 and A/70/174.")]
    assert paragraphs["PP16"].footnotes == [Footnote("2", "A/70/174.")]
    assert "in its 2015 report, identified" in paragraphs["PP16"].text
    assert paragraphs["OP1"].footnotes == [Footnote("3", "A/68/98."), Footnote("2", "A/70/174.")]
    assert "of 2013 and 2015 adopted by consensus" in paragraphs["OP1"].text


def test_markdown_links_become_plain_resolution_numbers(paragraphs):
    pp1 = paragraphs["PP1"].text
    assert pp1.startswith(
        "Recalling its resolutions 36/103 of 9 December 1981, 43/78 H of 7 December"
    )
    assert "](#)" not in pp1 and "[" not in pp1


def test_openings_and_italics(paragraphs):
    assert paragraphs["PP9"].opening == "Expressing concern"
    assert paragraphs["PP16"].opening == "Welcoming also"
    assert paragraphs["PP18"].opening == "Confirming also"
    assert paragraphs["OP1"].opening == "Welcomes"
    assert paragraphs["OP1"].text.startswith("Welcomes the following set")
    assert paragraphs["OP2"].opening == "Calls upon"
    assert paragraphs["OP3"].opening == "Considers"
    assert paragraphs["OP6"].opening == "Also decides"
    assert paragraphs["OP7"].opening == "Further decides"
    assert all("*" not in p.text for p in paragraphs.values())


def test_nothing_in_the_body_is_lost(document):
    body = RAW.split("The General Assembly,", 1)[1]
    kept = [line for line in body.splitlines() if line.strip() and not re.match(r"[¹²³⁴⁵]", line)]
    source = sum((words(line) for line in kept), Counter())
    parsed = sum((words(p.text) for p in document.texts[0].paragraphs), Counter())
    assert source == parsed
