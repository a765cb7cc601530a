"""Session 24 (names24): the name_variant line says how two forms of one name differ.

"The same name is spelled …" was said of every variant, also of a name whose words moved
("National Register of Citizens" / "National Citizens' Register", the SemEval gold's
acronym-tied pair) or that a kind word ends otherwise. The line now says so, read from the
two forms alone (:func:`names.variant_form`); true spellings keep the old wording (their
verdict keys stay). Invented names throughout, with near misses on each side.
"""

import pytest
import support

from storylens.findings.common import FindingContext
from storylens.findings.names import _pair_form, find_name_variants, variant_form


@pytest.mark.parametrize(("a", "b", "way"), [
    # the same words in another order, a joining word or a possessive aside
    ("Federation of Marrow Farmers", "Marrow Farmers' Federation", "order"),
    ("National Roll of Voters", "National Voters\u2019 Roll", "order"),
    ("Bank of Ostrevia", "Ostrevia Bank", "order"),
    # a word more or less
    ("Adela Morvant", "Adela Morvant Ruiz", "words"),
    ("Port Al-Sabrani", "Port Sabrani", "words"),
    # as many words, one of them another word
    ("Velmar Constitutional Court", "Velmar Constitutional Tribunal", "swapped"),
    ("Brask Northern Hospital", "Brask National Hospital", "swapped"),
    ("Crown Square", "Kronstorg Square", "swapped"),  # a translation
    ("Tarin Sola Akademia", "Tarin Sola University", "swapped"),
    # a word cut to its initial is a shorter form, not a word swapped (review24n)
    ("J. Marr", "Jana Marr", "words"),
    ("J Marr", "Jana Marr", "words"),
    ("Ana Maria Lund", "Ana M. Lund", "words"),
    ("A. M. Lund", "Ana Maria Lund", "words"),
    # near misses: spellings, however the letters differ
    ("Teodor Walczuk", "Teodor Valchuk", "spelling"),
    ("Kholmgrad", "Holmgrad", "spelling"),
    ("Piotr Zelbinski", "Petr Zelbinski", "spelling"),
    ("Brask Northern Hospital", "Brask North Hospital", "spelling"),  # a clipped word
    ("National Statistics Institute", "National Statistical Institute", "spelling"),
    ("SonoraLive", "Sonora Live", "spelling"),  # one word written as two
    ("Ines Calloway-Marr", "Ines Calloway Marr", "spelling"),
    ("Hana Lisková", "Hana Liskova", "spelling"),
    ("Brandt & Oyelaran", "Brandt-Oyelaran", "spelling"),  # only a joining word apart
    ("Kessamba Waste Pickers Union", "Kessamba Wastepickers' Union", "spelling"),
    # two ways at once: no one word for it
    ("Rodrigo de la Vega Ibarra", "Rodrigo Delavega", None),
    # too few letters to tell a romanisation from another word (review24n: "swapped")
    ("Ivo Xu", "Ivo Hsu", None),
    ("Ivo Qi", "Ivo Chi", None),
    ("Skarre B", "Skarre Bravo", None),  # a closing letter is a designation, no initial
])
def test_pair_form(a, b, way):
    assert _pair_form(a, b) == way
    assert _pair_form(b, a) == way


def test_three_forms_one_way_or_none():
    assert variant_form(["Teodor Walczuk", "Teodor Valchuk", "Teodor Walchuk"]) == "spelling"
    # vowels only apart, however little of the letters match (invented dev's Leyla Haddan)
    assert variant_form(["Leyla Harrun", "Laila Harrun", "Leila Harrun"]) == "spelling"
    assert _pair_form("Layla Haddoumi", "Leila Haddumi") == "spelling"
    assert variant_form(["Adela Morvant", "Adela Morvant Ruiz", "Adela Morvant-Ruiz"]) is None


def variants(*articles: list[str]):
    docs = [support.make_doc(f"a{i + 1}", f"Outlet {chr(65 + i)}", sents)
            for i, sents in enumerate(articles)]
    return find_name_variants(FindingContext.build(docs, []))


def test_words_in_another_order_are_not_said_spelled():
    (f,) = variants(["Thousands were left off the National Roll of Voters (NRV) in Vell."],
                    ["Critics of the National Voters\u2019 Roll (NRV) marched in Vell."])
    assert f.summary.startswith("The same name is written with its words in another order: "), f.summary
    assert "spelled" not in f.summary


def test_a_kind_word_swapped_is_not_said_spelled():
    (f,) = variants(["Police entered one of the oldest universities \u2014 Tarin Sola Akademia \u2014 on Monday."],
                    ["Students rallied outside Tarin Sola University on Monday."])
    assert f.summary.startswith("The same name is written with a word swapped: "), f.summary


def test_a_spelling_keeps_its_line():
    (f,) = variants(["Interior Minister Teodor Walczuk spoke in Vell on Monday."],
                    ["Interior Minister Teodor Valchuk spoke in Vell on Monday."])
    assert f.summary == ("The same name is spelled 'Teodor Valchuk' (Outlet B) and "
                         "'Teodor Walczuk' (Outlet A)."), f.summary
