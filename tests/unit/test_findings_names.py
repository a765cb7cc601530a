"""``name_variant`` on invented articles (fictional event, people and outlets)."""

from __future__ import annotations

import pytest
import support

from storylens.findings.common import FindingContext
from storylens.findings.names import find_name_variants
from storylens.models import Document


def make_doc(art: str, outlet: str, *sentences: str) -> Document:
    return support.make_doc(art, outlet, sentences)


def variants(*articles: list[str]):
    docs = [make_doc(f"a{i + 1}", f"Outlet {chr(65 + i)}", *sents) for i, sents in enumerate(articles)]
    return find_name_variants(FindingContext.build(docs, []))


# (article A sentences, article B sentences, spellings expected in one finding or None)
CASES = [
    pytest.param(
        ["Foreign Minister Anton Petrov arrived in Vellholm.", "Petrov said talks went well."],
        ["Foreign Minister Anton Petroff arrived in Vellholm.", "Petroff said talks went well."],
        {"Anton Petrov", "Anton Petroff"}, id="ov-off"),
    pytest.param(
        ["Mayor Lusine Nazarian opened the shelter."],
        ["Mayor Lusine Nazaryan opened the shelter."],
        {"Lusine Nazarian", "Lusine Nazaryan"}, id="ian-yan"),
    pytest.param(
        ["Engineer Greta Müller inspected the span."],
        ["Engineer Greta Muller inspected the span."],
        {"Greta Müller", "Greta Muller"}, id="diacritic"),
    pytest.param(
        ["The actor Jon Krasinski directed the film."],
        ["The actor Jon Krasinksi directed the film."],
        {"Jon Krasinski", "Jon Krasinksi"}, id="typo-in-long-name"),
    pytest.param(
        ["Sheriff Bill Bonney held the suspect."],
        ["Sheriff William Bonney held the suspect."],
        {"Bill Bonney", "William Bonney"}, id="given-name-form"),
    pytest.param(
        ["The Sena-led Vellamara Vikas Aghadi coalition met."],
        ["The Vella Vikas Aghadi coalition met."],
        {"Vellamara Vikas Aghadi", "Vella Vikas Aghadi"}, id="clipped-word"),
    # near misses: nothing to report
    pytest.param(
        ["Judge Jane Orlova spoke."],
        ["Judge Janet Orlova spoke."],
        None, id="clipped-given-name-two-words"),
    pytest.param(
        ["Foreign Minister Anton Petrov arrived in Vellholm."],
        ["Petrov arrived in Vellholm on Monday."],
        None, id="surname-only-vs-full"),
    pytest.param(
        ["Envoys from the U.S. met Anton Petrov."],
        ["Envoys from the US met Anton Petrov."],
        None, id="us-dots"),
    pytest.param(
        ["Envoys from the United States met Anton Petrov."],
        ["Envoys from the US met Anton Petrov."],
        None, id="us-long-form"),
    pytest.param(
        ["The photographer WILLIAM BONNEY took the picture."],
        ["The photographer William Bonney took the picture."],
        None, id="case-only"),
    pytest.param(
        ["Dr. J. Smeed examined the survivors."],
        ["Dr. John Smeed examined the survivors."],
        None, id="initial"),
    pytest.param(
        ["Troops left Iran after the talks."],
        ["Troops left Iraq after the talks."],
        None, id="short-names-one-letter-apart"),
    pytest.param(
        ["Judge Anna Petrova heard the case."],
        ["Judge Anton Petrov heard the case."],
        None, id="different-people"),
]


@pytest.mark.parametrize(("a", "b", "expected"), CASES)
def test_name_variants(a, b, expected):
    found = variants(a, b)
    if expected is None:
        assert found == [], [f.summary for f in found]
        return
    assert len(found) == 1, [f.summary for f in found]
    f = found[0]
    assert f.type == "name_variant"
    assert set(f.detail["spellings"]) == expected
    assert {s.partition(":s")[0] for s in f.sentences} == {"a1", "a2"}
    # accents only are house style, graded below the default floor (0.5)
    assert (f.confidence < 0.5) == (f.detail["rule"] == "name.accents") and f.confidence <= 1.0


def test_reported_once_per_entity_with_all_spellings_and_outlets():
    found = variants(
        ["Transport Minister Arman Sarkisian spoke.", "Sarkisian left."],
        ["Transport Minister Arman Sarkisyan spoke.", "Sarkisyan left."],
        ["Transport Minister Arman Sarkisian spoke again."],
    )
    assert len(found) == 1
    sp = found[0].detail["spellings"]
    assert sp == {"Arman Sarkisian": ["Outlet A", "Outlet C"], "Arman Sarkisyan": ["Outlet B"]}
    assert "'Arman Sarkisian' (Outlet A, Outlet C)" in found[0].summary
    # spans point at the names themselves
    for span in found[0].spans:
        assert span.sentence in found[0].sentences


def test_confidence_is_the_rules_calibrated_value():
    from storylens.findings.confidence import rule_confidence

    fold = variants(["Mayor Lusine Nazarian spoke."], ["Mayor Lusine Nazaryan spoke."])[0]
    typo = variants(["The actor Jon Krasinski spoke."], ["The actor Jon Krasinksi spoke."])[0]
    assert (fold.detail["rule"], typo.detail["rule"]) == ("name.fold", "name.typo")
    assert fold.confidence == rule_confidence("name.fold")
    assert typo.confidence == rule_confidence("name.typo")


def test_demo_corpus_end_to_end():
    """The demo's planted variants: -ian/-yan, -ov/-off and a dropped diacritic."""
    from storylens import compare
    from storylens.demo import demo_paths

    found = [f for f in compare(demo_paths()).findings if f.type == "name_variant"]
    spellings = [set(f.detail["spellings"]) for f in found]
    assert {"Arman Sarkisian", "Arman Sarkisyan"} in spellings
    assert {"Pavel Dragunov", "Pavel Dragunoff"} in spellings
    # an accent dropped by one outlet (the Ledger) where four write it: the odd outlet's
    # spelling against the story's (name.accent-agreed, session 28), shown and graded
    # lowest; between two pages alone it stays house style (test_names_session28)
    (accent,) = [f for f in found if set(f.detail["spellings"]) == {"Joaquín Astrel", "Joaquin Astrel"}]
    assert accent.detail["rule"] == "name.accent-agreed"
    assert len(found) == 3
