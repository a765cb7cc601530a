"""Review of names35 (session 35): near misses of the two-words-apart tie.

Two people of one age in one event ("Marek Halvan, 40," / "Mirek Halvin, 40,": two
passengers, relatives, classmates) differ in two words as one person's two spellings do; an
age alone does not tie them (review35n). A shared title or post still does.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.common import FindingContext
from storylens.findings.names import find_name_variants


def variants(*articles: list[str]):
    docs = [support.make_doc(f"a{i + 1}", f"Outlet {'ABCDE'[i]}", sents) for i, sents in enumerate(articles)]
    return find_name_variants(FindingContext.build(docs, []))


@pytest.mark.parametrize("articles", [
    # two words apart, one age and nothing else: two passengers
    (["Marek Halvan, 40, was injured in the crash near Velbrook."],
     ["Mirek Halvin, 40, a passenger, was also hurt in the crash near Velbrook."]),
    # a given name one letter apart, one surname, one age: twins
    (["Marek Halvan, 40, was injured in the crash near Velbrook."],
     ["Mirek Halvan, 40, his twin brother, was also hurt near Velbrook."]),
    (["Police named the victims as 38-year-old Dorin Kastel and others."],
     ["Doris Kastil, 38, died at the scene, police said."]),
])
def test_two_words_apart_with_only_one_age_stay_two(articles):
    assert not variants(*articles), [f.summary for f in variants(*articles)]


@pytest.mark.parametrize("articles", [
    # the title or the post still ties them
    (["Prime Minister Aleksander Vollmer, 40, hailed the vote."],
     ["Prime Minister Alexander Volmer, 40, hailed the vote."]),
    (["The mayor, Aleksander Vollmer, opened the bridge."],
     ["The mayor, Alexander Volmer, cut the ribbon."]),
])
def test_two_words_apart_with_a_title_or_post_are_one_person(articles):
    assert len(variants(*articles)) == 1
