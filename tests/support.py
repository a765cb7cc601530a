"""Helpers shared by several test modules (plain functions; fixtures live in conftest.py).

Every text here is invented.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from storylens.corpus.synth import synth_corpus
from storylens.models import Article, Block, Document, Removed, Sentence


def write_corpus(
    root: Path, n_stories: int = 6, *, jsonl_share: float = 0.5, seed: int = 3, words=(40, 90)
) -> list:
    """Invented articles: the first ``jsonl_share`` in one JSONL file (with ids, outlets and
    dates), the rest as one ``.txt`` file each. Returns the synth articles, file order."""
    arts = synth_corpus(n_stories=n_stories, per_story=(2, 4), words=words, seed=seed,
                        start="2026-10-20T06:00:00")
    root.mkdir(parents=True, exist_ok=True)
    cut = int(len(arts) * jsonl_share)
    with (root / "feed.jsonl").open("w", encoding="utf-8") as f:
        for a in arts[:cut]:
            rec = {"id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published,
                   "text": a.text}
            f.write(json.dumps(rec) + "\n")
    txt = root / "pages"
    txt.mkdir(exist_ok=True)
    for a in arts[cut:]:
        (txt / f"{a.id}.txt").write_text(f"{a.title}\n\n{a.text}\n", encoding="utf-8")
    return arts


def add_bad_inputs(root: Path) -> None:
    """Three inputs that must be skipped, each for its own reason."""
    (root / "empty.txt").write_text("", encoding="utf-8")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with (root / "feed.jsonl").open("a", encoding="utf-8") as f:
        f.write("{this is not json\n")


def make_doc(
    art: str,
    outlet: str,
    sentences: Sequence[str],
    *,
    published: str | None = None,
    credits: tuple[str, ...] = (),
    removed: tuple[Removed, ...] = (),
) -> Document:
    """A segmented document whose text is ``sentences`` joined by spaces, one
    :class:`Sentence` each (ids ``{art}:s{i}``), without running the segmenter."""
    text = " ".join(sentences)
    out, pos = [], 0
    for i, s in enumerate(sentences):
        st = text.index(s, pos)
        out.append(Sentence(f"{art}:s{i}", art, i, st, st + len(s), s))
        pos = st + len(s)
    article = Article(art, "test", outlet, text, published=published, credits=credits, removed=removed)
    return Document(article, tuple(out))


def fact_summaries(a: str, b: str, options) -> list[str]:
    """The summaries of the fact conflicts :func:`find_fact_conflicts` finds between two
    one-sentence articles (a1 "Outlet A", a2 "Outlet B", both of 2026-11-18) whose
    sentences are aligned as edited, under ``options``."""
    from storylens.findings.common import FindingContext
    from storylens.findings.facts import find_fact_conflicts
    from storylens.models import Alignment

    docs = [make_doc("a1", "Outlet A", [a], published="2026-11-18"),
            make_doc("a2", "Outlet B", [b], published="2026-11-18")]
    als = [Alignment("edited", ("a1:s0", "a2:s0"), 0.7)]
    return [f.summary for f in find_fact_conflicts(FindingContext.build(docs, als, options=options))]


def entity_triples(*sentences: str) -> list[tuple[str, str, str]]:
    """(text, kind, key) of each entity the name analysis finds in a one-article document
    ("Orm Daily") made of ``sentences``."""
    from storylens.analysis.names import extract_entities

    return [(e.text, e.kind, e.key) for e in extract_entities(make_doc("a1", "Orm Daily", sentences))]


def fact_pair_findings(a: str | Sequence[str], b: str | Sequence[str], aligned: bool = True) -> list:
    """The fact conflicts :func:`find_fact_conflicts` finds between two short articles (a1
    "Vell Daily", a2 "Orsk Herald", both of 2026-11-18; each one sentence or a sequence of
    them), their first sentences aligned as a paraphrase (0.6) or none at all, under
    default ``Options``."""
    from storylens.findings.common import FindingContext
    from storylens.findings.facts import find_fact_conflicts
    from storylens.models import Alignment
    from storylens.options import Options

    sa, sb = ((s,) if isinstance(s, str) else tuple(s) for s in (a, b))
    docs = [make_doc("a1", "Vell Daily", sa, published="2026-11-18"),
            make_doc("a2", "Orsk Herald", sb, published="2026-11-18")]
    als = [Alignment("paraphrase", ("a1:s0", "a2:s0"), 0.6)] if aligned else []
    return find_fact_conflicts(FindingContext.build(docs, als, options=Options()))


# Four outlets' own lines (invented), one set per article of a coverage test, so that no
# two articles are copies of one text (copies are one voice, and the summary's "leaves
# out" is the omission finder's, counted by voice).
OWN_LINES: tuple[tuple[str, ...], ...] = (
    ("Our reporter counted forty stalls shut in the old market square.",
     "A baker on Mill Lane said trade had halved since the spring.",
     "Ferry timetables were cut back to two crossings a day.",
     "Schools in the north of the province closed early for the holiday."),
    ("Farmers upriver complained that the grain price kept falling.",
     "The cathedral choir cancelled its winter concert at short notice.",
     "A cyclist was hurt on the coast road near the lighthouse.",
     "Students marched past the library carrying paper lanterns."),
    ("The football club sold its stadium naming rights to a brewery.",
     "Hikers were warned about ice on the mountain passes this week.",
     "A painter from the valley won the national portrait prize.",
     "The zoo welcomed two snow leopard cubs born in November."),
    ("Fishing crews stayed in harbour as gales battered the coast.",
     "A new bakery chain opened three shops in the port district.",
     "The lifeboat crew rescued a yacht skipper off the headland.",
     "Tourism officials expect fewer cruise ships next summer."),
)


def headed_article(aid: str, outlet: str, head: str, body: str) -> Article:
    """An invented article of a headline ``head`` (a headline block, also its title) and
    one paragraph ``body``."""
    text = f"{head}\n\n{body}"
    return Article(id=aid, source="t", outlet=outlet, text=text, title=head,
                   blocks=(Block(kind="headline", start=0, end=len(head)),
                           Block(kind="paragraph", start=len(head) + 2, end=len(text))))


def name_variant_lines(*arts: Article) -> list[str]:
    """The summaries of the name_variant findings among invented articles ``arts``
    (default ``Options``)."""
    from storylens.options import Options
    from storylens.pipeline import compare_articles

    return [f.summary for f in compare_articles(list(arts), Options()).findings
            if f.type == "name_variant"]


def own_lines(*outlets: str) -> dict[str, list[str]]:
    """:data:`OWN_LINES` by outlet, in order (at most four outlets)."""
    assert len(outlets) <= len(OWN_LINES)
    return {o: list(lines) for o, lines in zip(outlets, OWN_LINES, strict=False)}


def page(*paras: str) -> str:
    """Paragraphs of a plain-text page, a blank line apart."""
    return "\n\n".join(paras)


def removed_reasons(text: str, title: str | None = None) -> dict[str, str]:
    """Each line the cleaner removed from ``text``, mapped to its reason; asserts the
    cleaner's promise on the way: every removed line has a reason and is gone."""
    from storylens.clean import clean_text

    res = clean_text(text, title)
    for r in res.removed:
        assert r.reason
        assert r.text not in res.text.split("\n")
    return {r.text: r.reason for r in res.removed}


def verbatim_context(texts: Sequence[Sequence[str]], outlets: Sequence[str], options=None,
                     published: Sequence[str | None] | None = None,
                     edited: Sequence[tuple[str, str]] = ()):
    """A finding context of invented articles, one paragraph per sentence, whose equal
    sentences are aligned verbatim (no aligner): what a finder sees of an exact copy.
    ``edited``: pairs of sentence texts also aligned as an edit (0.8)."""
    from storylens.analysis import analyse
    from storylens.findings import FindingContext
    from storylens.models import Alignment
    from storylens.options import Options
    from storylens.segment import segment

    docs: list[Document] = [
        analyse(segment(Article(id=f"a{i + 1}", source="t", outlet=outlets[i], text="\n\n".join(t),
                                published=published[i] if published else None)))
        for i, t in enumerate(texts)]
    groups: dict[str, list[str]] = {}
    for d in docs:
        for s in d.sentences:
            groups.setdefault(s.text, []).append(s.id)
    alignments = [Alignment("verbatim", tuple(ids), 1.0) for ids in groups.values() if len(ids) > 1]
    for x, y in edited:
        alignments.append(Alignment("edited", tuple(groups[x] + groups[y]), 0.8))
    return FindingContext.build(docs, alignments, None, options or Options())


def coverage_facts(texts: Sequence[Sequence[str]], outlets: Sequence[str], options,
                   published: Sequence[str | None] | None = None
                   ) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The (outlet, fact) pairs of the omissions and of the additions found in a
    :func:`verbatim_context` of invented articles (one paragraph per sentence)."""
    from storylens.findings.coverage import find_additions, find_omissions

    ctx = verbatim_context(texts, outlets, options, published=published)
    om = {(f.detail["outlet"], f.detail["fact"]["text"]) for f in find_omissions(ctx)}
    add = {(f.detail["outlet"], f.detail["fact"]["text"]) for f in find_additions(ctx)}
    return om, add


def own_words_context(texts: Sequence[Sequence[str]], outlets: Sequence[str], options, closing: str):
    """A :func:`verbatim_context` of invented articles, each in its own words past the lines
    given (:data:`OWN_LINES`: no two are copies of one text) and closing on ``closing``
    (aligned verbatim: the outlets share the story); the first ``len(texts)`` of
    ``outlets``."""
    return verbatim_context([[*t, *OWN_LINES[i], closing] for i, t in enumerate(texts)],
                            outlets[:len(texts)], options)


def omitted_by(ctx, text: str) -> list[str]:
    """The outlets (sorted) the omissions in ``ctx`` say leave out the fact ``text``."""
    from storylens.findings.coverage import find_omissions

    return sorted(f.detail["outlet"] for f in find_omissions(ctx) if f.detail["fact"]["text"] == text)


def added_by(ctx, text: str) -> list[str]:
    """The outlets (sorted) the additions in ``ctx`` say alone give the fact ``text``."""
    from storylens.findings.coverage import find_additions

    return sorted(f.detail["outlet"] for f in find_additions(ctx) if f.detail["fact"]["text"] == text)


# The Options field that switches a finding kind on, for the kinds whose default the held-out
# reads have switched (quote changes off in sessions 15-17 and 19; shared quotes off since 20).
KIND_OPTION = {"quote_changed": "quote_changes", "shared_quote": "shared_quotes"}


def findings_between(text_a: str, text_b: str, outlets: tuple[str, str], title: str, kind: str,
                     options=None) -> list:
    """The findings of one ``kind`` between two invented articles, cleaned and compared as
    the pipeline does (default ``Options`` unless ``options``; a kind whose default each
    held-out read may switch, quote changes or shared quotes, is asked for when it is
    ``kind``: :data:`KIND_OPTION`)."""
    from storylens.models import RawArticle
    from storylens.options import Options
    from storylens.pipeline import clean_all, compare_articles

    raws = [RawArticle(source=f"s{i}", text=t, outlet=o, title=title, record_id=f"r{i}")
            for i, (t, o) in enumerate(zip((text_a, text_b), outlets, strict=True))]
    arts, _ = clean_all(raws, Options())
    if options is None:
        options = Options(**{KIND_OPTION[kind]: True}) if kind in KIND_OPTION else Options()
    comp = compare_articles(arts, options)
    return [f for f in comp.findings if f.type == kind]


def tail_findings(before_a: Sequence[str], before_b: Sequence[str], a: str, b: str,
                  outlets: tuple[str, str], title: str, kind: str = "shared_quote") -> list:
    """The ``kind`` findings (:func:`findings_between`) between two invented articles whose
    paragraphs ``before_a`` and ``before_b`` (a lede, a quote both give whole) come before
    the further paragraph under test, ``a`` and ``b``."""
    return findings_between(page(*before_a, a), page(*before_b, b), outlets, title, kind)


def one_line_shows(found: list, case_id: str, shown, absent) -> None:
    """One finding in ``found`` (a kind's findings, :func:`findings_between`), its summary
    showing each of ``shown`` and none of ``absent``: the check of the shared-quote unit
    tables (sessions 28 and 29)."""
    assert len(found) == 1, case_id
    summary = found[0].summary
    for words in shown:
        assert words in summary, summary
    for words in absent:
        assert words not in summary, summary


def framings_between(lede: str, text_a: str, text_b: str,
                     outlets: tuple[str, str] = ("Harbour Post", "Osk Herald"),
                     options=None) -> list:
    """The framing findings between two invented articles a1 and a2 (``lede + text_a`` and
    ``lede + text_b``, ``outlets``), compared as :class:`Article` s (no cleaning) under
    ``options`` (default ``Options``)."""
    return framings_among(lede, (text_a, text_b), outlets, options, strict=True)


def framings_among(lede: str, texts, outlets, options=None, strict: bool = False) -> list:
    """The framing findings among invented articles a1, a2, ... (``lede`` + each of
    ``texts``, the first ``len(texts)`` of ``outlets``; one outlet per text when
    ``strict``), compared as :class:`Article` s (no cleaning) under ``options`` (default
    ``Options``)."""
    from storylens.options import Options
    from storylens.pipeline import compare_articles

    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text=lede + t)
            for i, (t, o) in enumerate(zip(texts, outlets, strict=strict))]
    found = compare_articles(arts, options or Options()).findings
    return [f for f in found if f.type == "framing"]


def loaded_modifiers(lede: str, texts, outlets, word: str, options=None) -> list[str]:
    """The summaries of the loaded_modifier framings among invented articles (as
    :func:`framings_among`) that name ``word``."""
    return [f.summary for f in framings_among(lede, texts, outlets, options)
            if f.detail.get("kind") == "loaded_modifier" and word in f.summary]


def opportunism_cited(lede: str, texts, outlets, options=None) -> list[str]:
    """The first article's sentences that the story's opportunism findings cite, among
    invented articles a1, a2, ... (``lede`` + each of ``texts``, one of ``outlets`` each)
    compared as :class:`Article` s (no cleaning) under ``options`` (default ``Options``)."""
    from storylens.options import Options
    from storylens.pipeline import compare_articles

    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text=lede + t)
            for i, (t, o) in enumerate(zip(texts, outlets, strict=True))]
    comp = compare_articles(arts, options or Options())
    return [comp.sentence(sid).text for f in comp.findings
            if f.detail.get("rule") == "framing.story.opportunism"
            for sid in f.sentences if sid.startswith("a1:")]


def profile_lines(lede: str, texts, outlets, verb: str, options=None) -> list[str]:
    """The summaries of the attribution_profile and attribution_verb framings among
    invented articles (as :func:`framings_among`) that name ``'verb'``."""
    return [f.summary for f in framings_among(lede, texts, outlets, options)
            if f.detail.get("kind") in ("attribution_profile", "attribution_verb")
            and f"'{verb}'" in f.summary]


def quote_changes_of(a: str, b: str, outlets: tuple[str, str], options=None) -> list:
    """The quote_changed findings between two invented articles a1 and a2 (``outlets``),
    compared as :class:`Article` s (no cleaning) under ``options`` (default quote changes
    on)."""
    from storylens.options import Options
    from storylens.pipeline import compare_articles

    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text=t)
            for i, (t, o) in enumerate(zip((a, b), outlets, strict=True))]
    found = compare_articles(arts, options or Options(quote_changes=True)).findings
    return [f for f in found if f.type == "quote_changed"]


def speaker_changes(a: str, b: str, outlets: tuple[str, str], options=None) -> list[tuple[str, str]]:
    """The (a's speaker, b's speaker) of each speaker change among :func:`quote_changes_of`."""
    return [(f.detail["a"]["speaker"], f.detail["b"]["speaker"])
            for f in quote_changes_of(a, b, outlets, options) if f.detail["change"] == "speaker"]


def quote_changes_between(a: str, b: str, pre: str, post: str, outlets: tuple[str, str],
                          title: str) -> list:
    """Every quote_changed finding (cut at 0: wording ones too) between two invented
    articles that share ``pre`` and ``post`` around the two versions ``a`` and ``b``."""
    from storylens.options import Options

    return findings_between(pre + a + post, pre + b + post, outlets, title, "quote_changed",
                            Options(quote_changes=True, min_finding_confidence=0.0))


def compare_paragraphs(*texts: Sequence[str], titles: Sequence[str | None] | None = None,
                       options=None):
    """Default-option comparison (or ``options``) of invented articles a1, a2, ... (outlets
    "Outlet A", "Outlet B", ...), each given as its paragraphs."""
    from storylens.options import Options
    from storylens.pipeline import compare_articles

    titles = titles or [None] * len(texts)
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {'ABCD'[i]}", title=titles[i],
                    text="\n\n".join(t)) for i, t in enumerate(texts)]
    return compare_articles(arts, options or Options())


def story_warned(comp) -> bool:
    """Whether the comparison warns its articles may not be one story."""
    return bool(comp.provenance.warning) and "may not be about the same story" in comp.provenance.warning


def calls_made(fn, *args) -> int:
    """Calls and returns (Python and C) that ``fn(*args)`` makes, as ``sys.setprofile``
    sees them: a count of work that does not depend on the machine's load, so a test can
    show that work grows linearly with its input (run two sizes, compare the counts)
    without timing anything (house rule: no timings in tests)."""
    n = 0

    def count(frame, event, arg) -> None:
        nonlocal n
        n += 1

    old = sys.getprofile()
    sys.setprofile(count)
    try:
        fn(*args)
    finally:
        sys.setprofile(old)
    return n


def fact_pair_values(a: str | Sequence[str], b: str | Sequence[str],
                     aligned: bool = True) -> list[set[str]]:
    """The values (lower-cased texts) of each conflict :func:`fact_pair_findings` finds
    between two short articles, their first sentences aligned as a paraphrase or none."""
    return [{str(v["text"]).lower() for v in f.detail["values"]}
            for f in fact_pair_findings(a, b, aligned=aligned)]


# The coverage tables' one invented story, the cargo ship Halcyon Star seized off
# Tamberly: four outlets, the lede and the tow every outlet gives, and each outlet's town
# (for its own sentences, so that no two align).
HALCYON_OUTLETS = ["Orsk Post", "Tamberly Herald", "Ulvane Courier", "Kestow Voice"]
HALCYON_LEDE = ("The coastguard of Marevia seized the cargo ship Halcyon Star off the port of "
                "Tamberly on Sunday.")
HALCYON_TOW = ("The ship was towed into Tamberly harbour after weeks at sea, and its crew and "
               "captain were questioned by port police.")
HALCYON_TOWNS = ["Orsk", "Tamberly", "Ulvane", "Kestow"]


def halcyon_colour(town: str) -> list[str]:
    """Four sentences in one outlet's own words (its town in each: no two align)."""
    return [
        f"Dock workers in {town} gathered on the quay to watch the ship come in.",
        f"A harbour official in {town} said the berth had been cleared overnight.",
        f"Traders in {town} worried about delays to their own cargo this week.",
        f"Residents of {town} said they had rarely seen the coastguard so busy.",
    ]


def halcyon_story(fact: str | Sequence[str], own: str | None, n: int = 4, options=None
                  ) -> tuple[set[str], set[str]]:
    """The Halcyon Star told by ``n`` outlets: the first ``n - 1`` give ``fact`` (their own
    sentence or sentences), the last (Kestow Voice) gives ``own`` instead (or nothing).
    The omissions of the last outlet's, and the additions of any, under ``options``
    (default: fact coverage on)."""
    from storylens.options import Options

    options = options or Options(fact_coverage=True)
    facts = [fact] if isinstance(fact, str) else list(fact)
    texts = [[HALCYON_LEDE, HALCYON_TOW, *facts, *halcyon_colour(HALCYON_TOWNS[i])]
             for i in range(n - 1)]
    texts.append([HALCYON_LEDE, HALCYON_TOW, *([own] if own else []),
                  *halcyon_colour(HALCYON_TOWNS[n - 1])])
    last = HALCYON_OUTLETS[-1]
    om, add = coverage_facts(texts, HALCYON_OUTLETS[:n - 1] + [last], options)
    return {f for o, f in om if o == last}, {f for _, f in add}


def compare_stories(*stories: tuple[str | None, Sequence[str]],
                    published: Sequence[str | None] | None = None):
    """Default-option comparison of invented articles a1, a2, ... (outlets "Outlet A",
    "Outlet B", ...), each given as (title, paragraphs), dated by ``published`` (or not at
    all), and the finding context of its result: (comparison, context)."""
    from storylens.findings.common import FindingContext
    from storylens.options import Options
    from storylens.pipeline import compare_articles

    published = published or [None] * len(stories)
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {'ABCDE'[i]}", title=title,
                    published=published[i], text="\n\n".join(paras))
            for i, (title, paras) in enumerate(stories)]
    comp = compare_articles(arts, Options())
    return comp, FindingContext.build(comp.documents, comp.alignments, comp.provenance)


def quote_docs(*texts: str) -> list[Document]:
    """Analysed documents a1, a2, ... ("Harbour Post", "Vella Times", "Coast Courier") of
    invented texts, segmented as the pipeline does (no cleaning)."""
    from storylens.analysis import analyse
    from storylens.segment import segment

    outlets = ["Harbour Post", "Vella Times", "Coast Courier"]
    return [analyse(segment(Article(id=f"a{i + 1}", source="t", outlet=outlets[i], text=t)))
            for i, t in enumerate(texts)]


def quote_changes_found(a: str, b: str) -> list:
    """The quote_changed findings of every finder run on two invented texts (no alignments)
    with quote changes on."""
    from storylens.findings import find_all
    from storylens.options import Options

    return [f for f in find_all(quote_docs(a, b), [], None, Options(quote_changes=True))
            if f.type == "quote_changed"]


def quote_change_kind(a: str, b: str) -> str | None:
    """The kind of change :func:`compare_quotes` reads between two wordings of a quote,
    or None where it finds none (no edit operations)."""
    from storylens.findings.quote_diff import compare_quotes

    c = compare_quotes(a, b)
    return c["change"] if c and c["ops"] else None


def setting_restated(longer: str, shorter: str, before: str) -> list[bool]:
    """:func:`compare_quotes` both ways round, the shorter side's article having written
    ``before`` ahead of the quote (its definites, :func:`definite_heads`, the setting it
    names): for each, whether the cut reads as no change of meaning (session 32's
    ``_setting_domain`` rows, quotes32 and review32q)."""
    from storylens.findings.quote_diff import compare_quotes, definite_heads

    named = definite_heads(before)
    out = []
    for a, b, named_a, named_b in ((longer, shorter, frozenset(), named),
                                   (shorter, longer, named, frozenset())):
        c = compare_quotes(a, b, a_named=named_a, b_named=named_b)
        assert c is not None, (a, b)
        out.append(not c["ops"] or c["change"] in (None, "trivial", "extent"))
    return out


def assert_quote_cut_reading(a: str, b: str, trivial: bool, no_change: Sequence[str | None]) -> None:
    """:func:`compare_quotes` reads the two wordings of a quote, either way round, as no
    change (its change one of ``no_change``) exactly when ``trivial``."""
    from storylens.findings.quote_diff import compare_quotes

    for x, y in ((a, b), (b, a)):
        cmp = compare_quotes(x, y)
        assert cmp is not None
        assert (cmp["change"] in no_change) is trivial, (x, y, cmp)


def two_give(lede: str, fact: str, third: str, tail: Sequence[str]) -> list[list[str]]:
    """Four invented articles' lines on ``lede``: the first two give ``fact``, the third has
    ``third``, the fourth neither; each closes on lines of ``tail`` (three)."""
    return [[lede, fact, tail[0]], [lede, fact, tail[1]], [lede, third, tail[2]], [lede, tail[0], tail[2]]]
