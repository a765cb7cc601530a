"""Session 39 (quotes39): trims of a quote that keep what the speaker asserts.

Invented text (fictional Dornvale, the Ostrel line, Harrowmere and their people).

1. A prepositional maximizer cut inside a quote (rules.quotes_trims.MAXIMIZER_PHRASES,
   quote_diff.classify): "We accept the report in full and apologise" / "We accept the
   report and apologise" says the acceptance louder, as "fully" does (invented t270's trap,
   session 38's held-out read). Near misses that stay changes: the phrase under a denial
   ("We do not accept the report in full", "have not paid ... in full": part of it), one
   value for another ("in full" / "in part"), a number, a place or a negation cut beside it.
2. A determiner before a quantifier alone ("a few", "the few") cut inside a quote is a
   count taken away, not a whole noun phrase told or left out (quote_diff.classify): "we
   will not let a few troublemakers wreck it" / "… let troublemakers wreck it" (a dev miss,
   d-Sorvik's 'a few criminals'). Near misses that stay no change: "the" alone, a phrase with
   a content word ("a gang of").
3. Two excerpts that open on the same words have no edge at the front
   (quote_diff._weak_edges_merged): the words that differ after a shared opening and a
   shared function word are inside the quote, "I did not do enough" / "I may not have done
   enough" (a dev miss: an admission made a hedge, read as a longer excerpt).
4. A speaker's surname written with "Mc" and "Mac" is one speaker for linking her quotes
   (findings.quotes.same_quote_speaker, rules.quotes_trims.SURNAME_PREFIX_FOLDS); other
   surnames that share only the prefix stay apart.
5. A post in lower case before a name and an affiliation after it ("Opposition leader
   Desmond Okafor of the Workers' Party") keys the surname when quotes are linked
   (findings.quotes.speaker_key(posts=True), invented dev t142), not the party's last word.
"""

from __future__ import annotations

import pytest
import support

NO_CHANGE = (None, "trivial", "extent", "phrase", "emphasis")

MAXIMIZER = [
    # (id, longer, shorter, trivial?)
    ("in-full-inner",
     "We accept the report in full and apologise to the families of Dornvale",
     "We accept the report and apologise to the families of Dornvale", True),
    ("in-full-before-adverbial",
     "The operator will repay every fare in full by the end of March,",
     "The operator will repay every fare by the end of March,", True),
    ("in-its-entirety",
     "We will publish the Ostrel line review in its entirety next week, as promised",
     "We will publish the Ostrel line review next week, as promised", True),
    ("in-their-entirety",
     "The council adopted the recommendations in their entirety and thanked the panel",
     "The council adopted the recommendations and thanked the panel", True),
    # near misses: still a change
    ("denied-in-full",
     "We do not accept the report in full and will appeal the ruling",
     "We do not accept the report and will appeal the ruling", False),
    ("never-in-full",
     "Harrowmere has never paid the contractors in full since the flood",
     "Harrowmere has never paid the contractors since the flood", False),
    ("in-full-in-part",
     "We accept the report in full and apologise to the families of Dornvale",
     "We accept the report in part and apologise to the families of Dornvale", False),
    ("in-full-with-number",
     "The operator will repay the fares in full within 30 days, and we apologise",
     "The operator will repay the fares within days, and we apologise", False),
    ("negation-cut-beside",
     "We do not accept the report in full and apologise to the families",
     "We accept the report in full and apologise to the families", False),
    ("only-cut-beside",
     "We accept only the report's first chapter in full and apologise to the families",
     "We accept the report's first chapter in full and apologise to the families", False),
]


@pytest.mark.parametrize(("a", "b", "trivial"), [c[1:] for c in MAXIMIZER],
                         ids=[c[0] for c in MAXIMIZER])
def test_maximizer_phrase(a: str, b: str, trivial: bool) -> None:
    support.assert_quote_cut_reading(a, b, trivial, NO_CHANGE)


QUANTIFIER = [
    ("a-few-cut",
     "We will not let a few troublemakers wreck the Harrowmere fair,",
     "We will not let troublemakers wreck the Harrowmere fair,", False),
    ("the-few-cut",
     "Only the Dornvale council can stop the few landlords who break the rules",
     "Only the Dornvale council can stop the landlords who break the rules", False),
    # near misses: no change
    ("article-only",
     "We will not let the troublemakers wreck the Harrowmere fair,",
     "We will not let troublemakers wreck the Harrowmere fair,", True),
]


@pytest.mark.parametrize(("a", "b", "trivial"), [c[1:] for c in QUANTIFIER],
                         ids=[c[0] for c in QUANTIFIER])
def test_quantifier_after_determiner(a: str, b: str, trivial: bool) -> None:
    support.assert_quote_cut_reading(a, b, trivial, NO_CHANGE)


SHARED_OPENING = [
    ("admission-hedged",
     "I did not do enough to protect the passengers of the Ostrel line",
     "I may not have done enough to protect the passengers of the Ostrel line", False),
    ("we-did-not-we-may-not",
     "We did not check the brakes often enough, and we are sorry",
     "We might not have checked the brakes often enough, and we are sorry", False),
    # near misses: no change
    ("same-opening-spelling",
     "I did not do enough to protect the passengers of the Ostrel line",
     "I did not do enough to protect the passengers of the Ostrel line.", True),
    ("same-opening-contraction",
     "I did not do enough to protect the passengers of the Ostrel line",
     "I didn't do enough to protect the passengers of the Ostrel line", True),
]


@pytest.mark.parametrize(("a", "b", "trivial"), [c[1:] for c in SHARED_OPENING],
                         ids=[c[0] for c in SHARED_OPENING])
def test_shared_opening_is_no_edge(a: str, b: str, trivial: bool) -> None:
    support.assert_quote_cut_reading(a, b, trivial, NO_CHANGE)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("mceachran", "maceachran", True),
    ("mcleod", "macleod", True),
    ("maclaren", "mclaren", True),
    # near misses: only the prefix alike, or too short to fold
    ("mcdonald", "macleod", False),
    ("mcbride", "macbeth", False),
    ("mcek", "macek", False),
])
def test_mac_prefix_one_speaker(a: str, b: str, same: bool) -> None:
    from storylens.findings.quotes import same_quote_speaker

    assert same_quote_speaker(a, b) is same
    assert same_quote_speaker(b, a) is same


@pytest.mark.parametrize(("speaker", "key"), [
    # a post in lower case before the name, an affiliation after it: the surname
    ("Opposition leader Tamsin Ardell of the Dornvale Farmers' Party", "ardell"),
    ("Fire chief Ivo Renk of the Ostrel Fire Service", "renk"),
    ("Inspector Mara Quell of the Harrowmere police", "quell"),
    # near misses: an organisation's name before "of", or no name at all
    ("Bank of Dornvale Governor Ana Vell", "vell"),
    ("head of Ostrel Rail", "rail"),
    ("the leader of the Greens", None),
])
def test_speaker_key_after_lower_case_post(speaker: str, key: str | None) -> None:
    from storylens.findings.quotes import speaker_key

    assert speaker_key(speaker, posts=True) == key
