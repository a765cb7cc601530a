"""Credits in running text (session 22): a copy that names the wire's agency in a sentence
("…, the Varnholt Press Service reported.") credits it, and its full name is the wire's
acronym ("(VPS)") by its initials. Invented agencies and outlets throughout."""

from __future__ import annotations

import pytest
import support

from storylens.findings.common import FindingContext
from storylens.findings.source import (
    _same_credit,
    credit_labels,
    credits_of,
    find_shared_source,
    name_initials,
    news_name,
    text_credits,
)
from storylens.models import Alignment, Article, Provenance, Removed


@pytest.mark.parametrize(("text", "expected"), [
    # a credit after the statement, before it, or as the one interviewed / seen by
    ("The rocket climbed for two minutes, the Varnholt Press Service reported.",
     [("Varnholt Press Service", True)]),
    ("Some 300 tractors took part, according to the Osmer News Agency.",
     [("Osmer News Agency", True)]),
    ("The Osmer News Agency reported on Monday that 300 tractors took part.",
     [("Osmer News Agency", True)]),
    ("The valve was replaced, according to records seen by the Lindqvar Wire Service.",
     [("Lindqvar Wire Service", True)]),
    ("A passenger, Ivo Brenn, told Corvane Press that the cabin filled with smoke.",
     [("Corvane Press", True)]),
    ("The dam held, the Telvik Telegraph Agency (TTA) reported.", [("Telvik Telegraph Agency", True)]),
    ("The dam held, Agence Morvaine-Presse reported.", [("Agence Morvaine-Presse", True)]),
    ("The dam held, Keldpress reported.", [("Keldpress", True)]),
    ("The pier was closed, the Osmer News Agency said.", [("Osmer News Agency", True)]),
    # the text calls an acronym a news agency
    ("The bridge fell at 7:50 a.m., the VTA news agency reported.", [("VTA", True)]),
    ("The bridge fell, the news agency VTA reported.", [("VTA", True)]),
    # an acronym or one word alone: a credit only beside the other article's credit
    ("The ferry carried 150 people, a port official told VPS.", [("VPS", False)]),
    ("The lagoon overflowed, according to Orvane.", [("Orvane", False)]),
    # near misses: the agency as a party, a state agency, an institution's press office,
    # a picture line, a name that only begins with an agency's words
    ("The Varnholt Press Service said its reporter was detained at the border.", []),
    ('"Our reporter was detained," the Varnholt Press Service said.', []),
    ("The rocket lifted off, the Taldrin Space Agency said.", []),
    ("Debris fell into the sea, according to the Taldrin Space Agency.", []),
    ("Debris fell, the Interior Ministry Press Service reported.", []),
    ("Four men were held, according to the Free Press Coalition.", []),
    ("The jury returned its verdict, the Calmoor Press Association reported.", []),
    ("Spectators watch the launch. (Photo: Varnholt Press Service)", []),
    ("Other syrups are not affected, the NMA said.", []),
])
def test_text_credits(text, expected):
    assert text_credits(text) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Osmer News Agency", True), ("Corvane Press", True), ("Lindqvar Wire", True),
    ("Pan-Velmar News", True), ("Telvik Telegraph Agency", True), ("Keldpress", True),
    ("Agência Solmar", True),
    # near misses
    ("Taldrin Space Agency", False), ("Orsk Fire Service", False),
    ("National Investigation Bureau", False), ("Police Press Service", False),
    ("Press Complaints Commission", False), ("Press", False), ("Velda", False),
])
def test_news_name(name, expected):
    assert news_name(name) is expected


@pytest.mark.parametrize(("name", "initials"), [
    ("Varnholt Press Service", "VPS"), ("The Osmer News Agency", "ONA"),
    ("Press Trust of Velmar", "PTV"), ("Agence Morvaine-Presse", "AMP"),
    ("Bureau for the Press", "BP"), ("Pan-Velmar News", "PVN"),
])
def test_name_initials(name, initials):
    assert name_initials(name) == initials


@pytest.mark.parametrize(("name", "others", "own", "same"), [
    ("Varnholt Press Service", ["VPS"], [], True),
    ("VPS", ["Varnholt Press Service"], [], True),
    ("The Osmer News Agency", ["ONA"], [], True),
    # near misses: initials that collide with another name the acronym's side spells out
    ("Vessen Police Service", ["VPS", "Varnholt Press Service"], [], False),
    ("VPS", ["Vessen Police Service"], ["VPS", "Varnholt Press Service"], False),
    ("Orvane Wire", ["VPS"], [], False),
])
def test_same_credit_by_initials(name, others, own, same):
    assert _same_credit(name, others, own) is same


@pytest.mark.parametrize(("text", "expected"), [
    ("Sokol fails\n\nBy Courier staff, with VPS\n\nKARSK - The rocket failed.", ["VPS"]),
    ("Sokol fails\n\nKD with ONA\n\nKARSK - The rocket failed.", ["ONA"]),
    ("Sokol fails\n\nBy Gazette reporters and Corvane Press\n\nKARSK - It failed.",
     ["Corvane Press"]),
    ("The rocket failed, the Varnholt Press Service reported.", ["Varnholt Press Service"]),
    # near misses: a subheading, two writers, the outlet naming itself
    ("Sokol fails\n\nTalks with NATO\n\nKARSK - The rocket failed.", []),
    ("Sokol fails\n\nBy Ana Brell and Tomas Vik\n\nKARSK - The rocket failed.", []),
    ("Emails seen by the Free Press show the order.", []),
])
def test_credits_of_reads_bylines_and_text(text, expected):
    assert credits_of(Article("a1", "t", "tirenza-free-press", text)) == expected


def test_credit_labels_keep_a_picture_credit_the_text_gives_too():
    art = Article("a2", "t", "courier",
                  "The rocket failed, the Varnholt Press Service reported.",
                  credits=("Varnholt Press Service",),
                  removed=(Removed("Crowds watch. (Photo: Varnholt Press Service)",
                                   "photo-credit", 3),))
    assert credit_labels(art) == ["Varnholt Press Service"]


WIRE = [
    "KARSK, Taldrin (VPS) - A Sokol-5 rocket failed shortly after lift-off on Friday.",
    "The rocket climbed normally for two minutes before its second stage shut down early.",
    "Debris fell into the sea about 300 kilometres east of the launch site.",
    "A commission will investigate the failure and report within 45 days.",
]


def _run(copy_sentences: list[str], wire: list[str] = WIRE):
    a1 = support.make_doc("a1", "Varnholt Press Service", wire)
    a2 = support.make_doc("a2", "Karsk Courier", copy_sentences)
    als = [Alignment("verbatim", (f"a1:s{i}", f"a2:s{i}"), 0.9) for i in range(3)]
    prov = Provenance({"a1": {"a2": 0.75}, "a2": {"a1": 0.75}}, "a1", {}, "test")
    (f,) = find_shared_source(FindingContext.build([a1, a2], als, prov))
    return f


@pytest.mark.parametrize(("last", "says"), [
    ("A commission will investigate, the Varnholt Press Service reported.",
     "; both credit Varnholt Press Service (Karsk Courier once, in its text)."),
    ("A commission will investigate, a space official told VPS.",
     "; both credit VPS (Karsk Courier once, in its text)."),
    # near misses: the agency as a party; an acronym the wire does not credit
    ("The Varnholt Press Service said its reporter was kept from the site.",
     "; Karsk Courier does not credit Varnholt Press Service."),
    ("A commission will investigate, a space official told TSA.",
     "; Karsk Courier does not credit Varnholt Press Service."),
])
def test_line_says_a_text_credit(last, says):
    f = _run(["KARSK - A Sokol-5 rocket failed shortly after lift-off on Friday.", *WIRE[1:3], last])
    assert f.summary.endswith(says), f.summary
