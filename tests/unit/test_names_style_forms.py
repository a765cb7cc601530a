"""``name_variant`` leaves out forms that differ by house style, not by spelling (reader
report, section 8): a corporate suffix abbreviated, a typographic apostrophe, capitals.
A given name's short form (Bill / William) stays a finding (name.given-form). Invented names; near misses still report a real variant."""

from __future__ import annotations

import support

from storylens.findings.common import FindingContext
from storylens.findings.names import _trivial, find_name_variants


def variants(*articles: list[str]):
    docs = [support.make_doc(f"a{i + 1}", f"Outlet {chr(65 + i)}", sents)
            for i, sents in enumerate(articles)]
    return find_name_variants(FindingContext.build(docs, []))


def test_corporate_suffix_abbreviation_is_style():
    assert _trivial("Tarnfield Orbital Corporation", "Tarnfield Orbital Corp")
    assert _trivial("Vell Shipping Company", "Vell Shipping Co.")
    assert _trivial("Quill Brothers Limited", "Quill Bros Ltd")
    assert not variants(
        ["The lander was built by Tarnfield Orbital Corporation in Vellholm."],
        ["The lander was built by Tarnfield Orbital Corp in Vellholm."],
    )


def test_near_miss_a_misspelt_company_word_is_still_a_variant():
    found = variants(
        ["The lander was built by Tarnfield Orbital Corporation in Vellholm."],
        ["The lander was built by Tarnfeild Orbital Corporation in Vellholm."],
    )
    assert found and set(found[0].detail["spellings"]) == {
        "Tarnfield Orbital Corporation", "Tarnfeild Orbital Corporation"}


def test_typographic_apostrophe_is_one_spelling_per_outlet():
    found = variants(
        ["Fighters of Jaysh Kata'ib Sarrun gathered near the harbour.",
         "Later Jaysh Kata’ib Sarrun left the harbour."],
        ["Fighters of Jaysh Katayib Sarrun gathered near the harbour."],
    )
    assert len(found) == 1, [f.summary for f in found]
    spellings = found[0].detail["spellings"]
    assert len(spellings) == 2, spellings  # not 'Kata'ib' and 'Kata’ib' as two
    assert "Outlet A" in next(v for k, v in spellings.items() if "Kata" in k and "ib" in k
                              and "Katayib" not in k)


def test_capitals_alone_are_not_a_variant():
    # a name in capitals (a caption's or a script's markup) is the same spelling; a given
    # name's short form (Bill / William) stays a finding of its own (name.given-form): the
    # gold set counts it, and an analyst wants to see an outlet's choice of name form
    assert _trivial("William Vorrance", "WILLIAM VORRANCE")
    assert not variants(
        ["Officer William Vorrance was praised by the chief of Tarnfield police."],
        ["WILLIAM VORRANCE was praised by the chief of Tarnfield police."],
    )


def test_near_miss_a_misspelt_surname_in_capitals_is_still_a_variant():
    found = variants(
        ["Officer William Vorrance was praised by the chief of Tarnfield police."],
        ["Officer WILLIAM VORANCE was praised by the chief of Tarnfield police."],
    )
    assert found, "a one-letter typo in the surname is a spelling variant, whatever the case"
