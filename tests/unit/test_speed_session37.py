"""Session 37 (speed37): pure-speed memos in the coverage and attribution readers give the
answers the plain scans gave. Each table is invented text (fictional people, places and
outlets); each reference below is the scan the memo replaced, so a memo keyed too loosely
(a post set, an article, a cue) fails here."""

from __future__ import annotations

import re

import pytest
from support import OWN_LINES, verbatim_context

from storylens.findings import coverage as C
from storylens.findings.attribution import _aligned_pairs
from storylens.findings.common import group_articles, group_pairs
from storylens.findings.names import _role_head, name_roles
from storylens.options import Options
from storylens.rules.titles import WEAK_TITLE_WORDS

OUTLETS = ["Marsh Gazette", "Pellow Herald", "Tarn Courier", "Ostry Daily", "Vey Observer"]
LEDE = "Police in Quillby detained a ferry pilot after the night crossing ran aground."
SHARED = "The harbour board said an inquiry would report before the spring sailings."
NAMING = ("Lawyer Petra Lindqvist said her client rejected every allegation and had piloted the "
          "ferry for twelve years.")
TAIL = ["Tugs freed the ferry at dawn on the rising tide.",
        "Passengers were taken ashore by lifeboat crews.",
        "The ferry company said its schedules would resume on Monday."]


# the fifth article's own lines (support.OWN_LINES holds four articles' worth)
FIFTH_OWN = ("A glassworks in the lower town reopened its furnace after a year.",
             "Beekeepers on the heath reported a late but heavy honey harvest.",
             "The town orchestra rehearsed in the old tram depot all week.",
             "Fishing boats stayed in port while the gale blew itself out.")


def _reference_role_speaks(ctx, f, a, givers) -> bool:
    """coverage._role_speaks as it was before its memos (session 36's text)."""
    if f.kind != "person":
        return False
    roles = name_roles(ctx)
    posts = {w for g in dict.fromkeys((f.article, *givers)) for phrase in roles.get((g, f.key), ())
             for w in phrase if _role_head(w) and w not in WEAK_TITLE_WORDS}
    if not posts:
        return False
    if any(w in posts for (art, _), phrases in roles.items() if art == a for p in phrases for w in p):
        return False
    name, sentences, _, naming, _, _ = C._naming_sentences(ctx, f, tuple(givers))
    post_prefixes = {w[:C.REPORTED_PREFIX] for w in posts}
    owned = re.compile(r"\b(?:his|her|their|its|[A-Za-z][\w-]*['\u2019]s)\s+(?:[a-z][\w-]*\s+)?(?:"
                       + "|".join(sorted(map(re.escape, posts))) + r")s?\b", re.IGNORECASE)
    for sent in C._body_of(ctx.documents[a]):
        if not owned.search(sent.text):
            continue
        mine = {C._y_to_i(w) for w in C._prefixes(sent.text) - post_prefixes - name}
        away = naming | {sent.id}
        for theirs in sentences:
            shared = {w for w in theirs if C._y_to_i(w) in mine}
            if len(shared) >= C.MIN_ROLE_SPOKEN_STEMS and sum(
                    1 for w in shared if not C._written_elsewhere_by_all(ctx, w, away)) >= C.MIN_ROLE_SPOKEN_STEMS:
                return True
    return False


def _ctx(third: str, fifth: str | None = None):
    """Three givers of the lawyer's name and statement, ``third`` (and ``fifth``) without it."""
    givers = [[LEDE, NAMING, TAIL[i]] for i in range(3)]
    texts = [givers[0], givers[1], [LEDE, third, TAIL[0]], givers[2]]
    if fifth is not None:
        texts.append([LEDE, fifth, TAIL[1]])
    own = [*OWN_LINES[:4], FIFTH_OWN]
    return verbatim_context([[*t, *own[i], SHARED] for i, t in enumerate(texts)], OUTLETS[:len(texts)],
                            Options(fact_coverage=True, additions=True))


THIRDS = [
    # the client's denial told through the solicitor's post written as someone's
    "The pilot, through his lawyer, rejected every allegation and had piloted the ferry for twelve years.",
    # near miss: the post written as someone's, about another matter
    "The pilot's lawyer asked for the hearing to be moved to the county court.",
    # near miss: no post at all
    "The pilot rejected every allegation, the company said.",
    # near miss: the article names its own lawyer (the post is hers)
    "Lawyer Anneli Brask said the pilot rejected every allegation and had piloted the ferry for twelve years.",
]


@pytest.mark.parametrize(("third", "fifth"), [(t, None) for t in THIRDS] + [
    # two articles without the name, one telling the statement by the post and one not:
    # each article's own sentences are read (the memo is per post set and article)
    (THIRDS[0], THIRDS[1]), (THIRDS[1], THIRDS[0]), (THIRDS[2], THIRDS[0])])
def test_role_speaks_answers_as_the_plain_scan(third, fifth):
    ctx = _ctx(third, fifth)
    carried, _ = C.carried_facts(ctx)
    asked = said = 0
    for c in carried:
        if c.fact.kind != "person":
            continue
        for a in (d.id for d in ctx.docs):
            # each asked twice: the memo's second answer is the first's
            for _ in range(2):
                got = C._role_speaks(ctx, c.fact, a, c.givers)
                assert got == _reference_role_speaks(ctx, c.fact, a, c.givers), (c.fact.text, a)
            asked += 1
            said += got
    assert asked
    if THIRDS[0] in (third, fifth):
        assert said  # the table reaches the rule's true side
    if fifth is not None:
        assert said < asked  # and its false side, in the same story


def test_role_words_are_every_role_phrase_word_of_the_article():
    ctx = _ctx(THIRDS[3])
    want: dict[str, set[str]] = {}
    for (art, _), phrases in name_roles(ctx).items():
        want.setdefault(art, set()).update(w for p in phrases for w in p)
    assert {k: set(v) for k, v in C._role_words(ctx).items()} == want
    assert any("lawyer" in v for v in want.values())


@pytest.mark.parametrize("third", THIRDS[:2])
def test_aligned_pairs_are_the_pairs_of_every_group(third):
    ctx = _ctx(third)
    want = set()
    for al in ctx.alignments:
        want.update(group_pairs(group_articles(ctx, al)))
    assert _aligned_pairs(ctx) == frozenset(want)
    assert len(want) == 6  # the lede and the board's line are in all four
