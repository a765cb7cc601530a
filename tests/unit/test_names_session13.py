"""Session 13, names (names13): one table per mechanism, each with near misses (invented
names, places and outlets).

* a letter of another alphabet written as its plain letter ("Staněk" / "Stanek",
  "Sørbø" / "Sorbo", "Lærerlag" / "Laererlag") is a variant shown by default
  (``name.letters``); a vowel's accent alone ("Renée" / "Renee") stays house style
  (``name.accents``, under the display floor);
* one word of a name written as two ("Grey Kestrel" / "GreyKestrel") is a variant
  (``name.joined``), not across kinds and not through a two-letter particle;
* "dzh" / "dj" / "j" are one Cyrillic letter's romanisations;
* a given name one edit apart links when both outlets give the person the same title;
* a near-identical name an article writes beside the other form is a second person
  ("Andrés Quiroga", a minister; "Andrea Quiroga", a passenger), not a variant, unless it
  is a typing slip (two letters swapped: "Krasinksi" beside "Krasinski").
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.analysis.names import link_key
from storylens.findings.common import FindingContext
from storylens.findings.names import _joined, find_name_variants, spelling_rule


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


def variants(a: list[str], b: list[str], c: list[str] | None = None):
    docs = [support.make_doc("a1", "Orm Daily", a), support.make_doc("a2", "Vell Post", b)]
    if c is not None:
        docs.append(support.make_doc("a3", "Tarn Herald", c))
    return find_name_variants(FindingContext.build(docs, []))


def spellings(*stories: list[str]) -> list[set[str]]:
    return [set(f.detail["spellings"]) for f in variants(*stories)]


@pytest.mark.parametrize(("a", "b", "rule"), [
    # another letter of the name's alphabet, written plain
    ("Ilona Staněk", "Ilona Stanek", "name.letters"),
    ("Petra Dăncu", "Petra Dancu", "name.letters"),
    ("Ferro Construções", "Ferro Construcoes", "name.letters"),
    ("Orm Lærerlag", "Orm Laererlag", "name.letters"),
    ("Marit Sørbø", "Marit Sorbo", "name.letters"),
    ("Vela Ibáñez", "Vela Ibanez", "name.letters"),  # an accent and a tilde: a letter
    ("Tarn Åsvik", "Tarn Asvik", "name.letters"),
    # near misses: a vowel's accent alone is the desk's style
    ("Tarn Kössel", "Tarn Kossel", "name.accents"),
    ("Renée Orbal", "Renee Orbal", "name.accents"),
    ("Hana Vlková", "Hana Vlkova", "name.accents"),
    ("Inês Varo", "Ines Varo", "name.accents"),
    # near misses: another letter too, not the plain form of the same letters (a typo's
    # rule, which the typo link's own limits decide)
    ("Tomas Veršek", "Tomas Varsek", "name.typo"),
    ("Ilona Staněk", "Ilona Stanko", None),
    # one word written as two
    ("Grey Kestrel", "GreyKestrel", "name.joined"),
    ("Millbrook Arcade", "Mill Brook Arcade", "name.joined"),
    ("San Orvalo", "Sanorvalo", "name.joined"),
    # near misses: a two-letter part, other letters, a plural
    ("De Vell", "Devell", None),
    ("Grey Kestrel", "GreyKestrels", None),
    ("North Star Ferries", "Northstar", None),
])
def test_spelling_rule(a, b, rule):
    assert spelling_rule(a, b) == rule


@pytest.mark.parametrize(("a", "b", "joined"), [
    (["black", "heron"], ["blackheron"], True),
    (["harbour", "gate", "centre"], ["harbourgate", "centre"], True),
    (["orm", "black", "heron"], ["orm", "blackheron"], True),
    (["de", "vell"], ["devell"], False),  # a two-letter particle
    (["black", "heron"], ["black", "heron"], False),
    (["black", "heron", "group"], ["blackheron"], False),  # two spaces apart
    (["blackheron"], ["heronblack"], False),
    (["north", "east"], ["northeast"], False),  # a compass point's style
    (["south", "west", "water"], ["southwest", "water"], False),
    (["north", "heron"], ["northheron"], True),  # near miss: one compass word only
])
def test_joined(a, b, joined):
    assert _joined(a, b) is joined


FINDINGS = [
    # a dropped letter of another alphabet: shown by default
    pytest.param(["Spokeswoman Ilona Staněk said the road was shut."],
                 ["Spokeswoman Ilona Stanek said the road was shut."], None,
                 [{"Ilona Staněk", "Ilona Stanek"}], id="caron-letter"),
    pytest.param(["The union Orm Lærerlag called the strike."],
                 ["The union Orm Laererlag called the strike."], None,
                 [{"Orm Lærerlag", "Orm Laererlag"}], id="ae-ligature"),
    # one word written as two, an organisation and a place
    pytest.param(["Hackers calling themselves Grey Kestrel claimed the attack."],
                 ["The hackers, who call themselves GreyKestrel, claimed the attack."], None,
                 [{"Grey Kestrel", "GreyKestrel"}], id="joined-group"),
    pytest.param(["Police closed the Millbrook Arcade on Friday."],
                 ["Police closed the Mill Brook Arcade on Friday."], None,
                 [{"Millbrook Arcade", "Mill Brook Arcade"}], id="joined-in-a-longer-name"),
    # near miss: a person and a place a space apart are two things
    pytest.param(["Mayor Tor Vell said the bridge was safe."],
                 ["The bridge at Torvell was shut."], None, [], id="person-vs-place"),
    # near miss: one article names the company and its ship; the other only the company
    pytest.param(["The ferry company North Star said its ship Northstar had sailed late."],
                 ["The ferry company North Star said the crossing was cancelled."], None, [],
                 id="company-and-ship-in-one-article"),
    # transliterations of one Cyrillic letter
    pytest.param(["Spokeswoman Mira Dzhabarova said the boats were full."],
                 ["Spokeswoman Mira Jabarova said the boats were full."], None,
                 [{"Mira Dzhabarova", "Mira Jabarova"}], id="dzh-j"),
    pytest.param(["Troops moved into the Dzhara province on Monday."],
                 ["Troops moved into the Djara province on Monday."], None,
                 [{"Dzhara", "Djara"}], id="dzh-dj-place"),
    # a given name one edit apart, the same title in both outlets
    pytest.param(["Interior Minister Mattis Orrby defended the police."],
                 ["Interior Minister Mattias Orrby defended the police."], None,
                 [{"Mattis Orrby", "Mattias Orrby"}], id="titled-given-name"),
    # near misses: no title, or another title: two people who share a surname
    pytest.param(["Mattis Orrby defended the police."],
                 ["Mattias Orrby defended the police."], None, [], id="untitled-given-name"),
    pytest.param(["Interior Minister Mattis Orrby defended the police."],
                 ["Judge Mattias Orrby defended the police."], None, [], id="two-titles"),
    pytest.param(["Judge Paul Orvane opened the hearing."],
                 ["Judge Paula Orvane opened the hearing."], None, [], id="a-letter-added-at-the-end"),
    pytest.param(["Judge Jan Novak opened the hearing."],
                 ["Judge Jana Novak opened the hearing."], None, [], id="short-given-names"),
    # one article writes both near-identical names: two people, not a variant
    pytest.param(["Transport Minister Andrés Quirova visited the site.",
                  "Andrea Quirova, a passenger, said the train sped up."],
                 ["Transport Minister Andrés Quirova visited the site."], None, [],
                 id="minister-and-passenger"),
    pytest.param(["Karel Dunst and Karel Durst, two brothers-in-law, ran the mill."],
                 ["The mill was run by Karel Dunst."], None, [], id="two-people-one-article"),
    # near miss: the other form is a typing slip (two letters swapped), which names no
    # second person: that outlet misspells the name once
    pytest.param(["Director Tomas Kelvarin said the film was done.",
                  "Tomas Kelvarni thanked the crew."],
                 ["Director Tomas Kelvarin said the film was done."], None,
                 [{"Tomas Kelvarin", "Tomas Kelvarni"}], id="one-outlet-slips-once"),
    # near miss: each outlet writes one form alone (one person, two spellings)
    pytest.param(["The mill was run by Karel Durstan for years."],
                 ["The mill was run by Karel Dunstan for years."], None,
                 [{"Karel Durstan", "Karel Dunstan"}], id="each-outlet-one-form"),
]


@pytest.mark.parametrize(("a", "b", "c", "expected"), FINDINGS)
def test_findings(a, b, c, expected):
    got = spellings(a, b) if c is None else spellings(a, b, c)
    assert got == expected


def test_letters_are_shown_graded_under_the_spelling_rules():
    (f,) = variants(["Spokeswoman Ilona Staněk said the road was shut."],
                    ["Spokeswoman Ilona Stanek said the road was shut."])
    assert f.detail["rule"] == "name.letters" and f.detail["linked_by"] == "key"
    assert 0.5 <= f.confidence < 0.9


def test_a_form_in_the_headline_alone_does_not_make_an_article_write_both():
    from dataclasses import replace

    forum = support.make_doc("a2", "Vell Post", [
        "Questions mount over Grey Kestrel's midnight release",
        "Documents show that GreyKestrel opened the spillway at 1 a.m."])
    headline = replace(forum.sentences[0], block="headline")
    forum = replace(forum, sentences=(headline, *forum.sentences[1:]))
    wire = support.make_doc("a1", "Orm Daily", ["Grey Kestrel opened the spillway at 4 a.m."])
    (f,) = find_name_variants(FindingContext.build([wire, forum], []))
    assert set(f.detail["spellings"]) == {"Grey Kestrel", "GreyKestrel"}
    # near miss: the same two forms in its body name two things (or one twice): no finding
    body = support.make_doc("a2", "Vell Post", [
        "Questions mount over Grey Kestrel and its release.",
        "Documents show that GreyKestrel opened the spillway at 1 a.m."])
    assert find_name_variants(FindingContext.build([wire, body], [])) == []


def test_a_vowel_accent_alone_stays_under_the_display_floor():
    (f,) = variants(["Judge Hana Vlková read the verdict."], ["Judge Hana Vlkova read the verdict."])
    assert f.detail["rule"] == "name.accents" and f.confidence < 0.5


def test_joined_is_linked_by_its_own_rule():
    (f,) = variants(["Hackers calling themselves Grey Kestrel claimed the attack."],
                    ["The hackers, who call themselves GreyKestrel, claimed the attack."])
    assert f.detail["rule"] == "name.joined" and f.detail["linked_by"] == "joined"
    assert 0.5 <= f.confidence < 0.9


def test_dzh_dj_j_share_a_key():
    assert link_key("Dzhabarova") == link_key("Djabarova") == link_key("Jabarova")
    assert link_key("Kadzhiev") == link_key("Kadjiev")
    assert link_key("Dana") != link_key("Jana")  # near miss: a "d" alone is no "dj"


PARTY_OF = "The far-right Homeland Party of Dragan Velkov won the vote."
OWNER_OF = [
    # (sentences, a name that must be found, a name that must not)
    pytest.param([PARTY_OF, "Velkov, 54, will not govern alone."], ("Dragan Velkov", "person"),
                 "Homeland Party of Dragan Velkov", id="age-after-surname"),
    pytest.param([PARTY_OF, "Velkov, who once called judges enemies, will govern."],
                 ("Dragan Velkov", "person"), "Homeland Party of Dragan Velkov", id="who-after-surname"),
    # near misses: the surname never acts alone, or the tail is a body or a place
    pytest.param([PARTY_OF, "The party won 38 percent."], ("Homeland Party of Dragan Velkov", "org"),
                 "Dragan Velkov", id="surname-never-alone"),
    pytest.param(["The Museum of Orm Island reopened.", "Island, 54, said so."],
                 ("Museum of Orm Island", "org"), "Orm Island", id="place-word-tail"),
    pytest.param(["The Bank of Vell Orsk lent the money.", "Orsk said nothing."],
                 ("Bank of Vell Orsk", "org"), "Vell Orsk", id="a-speech-verb-is-no-proof"),
    pytest.param(["The Bank of New Orsk lent the money.", "Orsk, 54, said nothing."],
                 ("Bank of New Orsk", "org"), "New Orsk", id="place-prefix-tail"),
]


@pytest.mark.parametrize(("sentences", "found", "absent"), OWNER_OF)
def test_person_after_of_is_cut_off_its_organisation(sentences, found, absent):
    got = {(t, k) for t, k, _ in support.entity_triples(*sentences)}
    assert found in got and absent not in {t for t, _ in got}, got


def test_the_cited_mention_is_in_running_text_not_a_datelines_capitals():
    wire = support.make_doc("a1", "Orm Daily", [
        "VARSEK, Orsenia - Guards opened fire on Monday.",
        "The shooting happened near the village of Varsek, police said."])
    centre = support.make_doc("a2", "Vell Post", ["The shooting happened near the village of Varšek."])
    (f,) = find_name_variants(FindingContext.build([wire, centre], []))
    assert set(f.detail["spellings"]) == {"Varsek", "Varšek"}
    assert "a1:s1" in f.sentences and "a1:s0" not in f.sentences


# review (session 13): a pair the title alone links is graded as ``name.titled``, not
# with the typo rule's calibration; a given name long enough for the typo link keeps it
@pytest.mark.parametrize(("a", "b", "rule"), [
    ("Interior Minister Mattis Orrby defended the police.",
     "Interior Minister Mattias Orrby defended the police.", "name.titled"),
    ("Finance Minister Lars Tamberg presented the budget.",
     "Finance Minister Lara Tamberg presented the budget.", "name.titled"),
    # near miss: a first word long enough for the typo link alone
    ("Finance Minister Valentin Tamberg presented the budget.",
     "Finance Minister Valantin Tamberg presented the budget.", "name.typo"),
    # near miss: the surname differs, a typo whatever the title
    ("Finance Minister Lars Tamberg presented the budget.",
     "Finance Minister Lars Tamberk presented the budget.", "name.typo"),
])
def test_titled_link_graded_as_its_own_rule(a, b, rule):
    found = variants([a], [b])
    assert [f.detail["rule"] for f in found] == [rule]
    if rule == "name.titled":
        assert found[0].confidence < 0.9 and found[0].detail["linked_by"] == "title"
