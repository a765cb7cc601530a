"""The one orchestrator: runs the compare stages in order, each timed.

Stages of :func:`compare`:

1. **read**     — files, directories and records become ``RawArticle`` / ``Skipped``.
2. **clean**    — HTML is extracted, boilerplate lines removed (and recorded): ``Article``.
   Each article's publication date is checked against the run's one reference time
   (``now``, read once at the edge; ``dates.checked_published``): one in the future, before
   1990 or naming no day enters as no date, with the reason kept (``Article.published_issue``).
3. **segment**  — sentences with exact character offsets: ``Document``.
4. **analyse**  — quotes, names, numbers and dates per document (when findings are on).
5. **align**    — sentence groups across all articles (verbatim / edited / paraphrase).
6. **diff**     — word-level diffs for the edited pairs (done inside align).
7. **provenance** — overlap matrix and the likely source text.
8. **findings** — quote changes, fact conflicts, name variants, framing, omissions;
   then the provenance warning is kept only for the articles the coverage analysis finds
   off the story (``provenance.story_warning``).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Collection, Iterable, Sequence
from contextlib import contextmanager
from datetime import datetime
from itertools import accumulate
from pathlib import Path

from .errors import NothingToCompare
from .forking import Ends, Forked, can_fork
from .models import Article, Comparison, RawArticle, Skipped
from .options import Options


@contextmanager
def _timer(timings: dict[str, float], name: str):
    t0 = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = round(time.perf_counter() - t0, 4)


def clean_all(raws: Iterable[RawArticle], options: Options) -> tuple[list[Article], list[Skipped]]:
    """Clean each raw article; one that fails is skipped with its reason, never fatal.

    Each article is cleaned alone (only its id, ``a<N>``, counts the ones kept before
    it), so on a long story the later part is cleaned in a forked child
    (:mod:`storylens.forking`) while this process cleans the first: the child numbers
    its articles as if none of the first part were skipped, and when one was, its result
    is dropped and the later part cleaned here, so the result never depends on the fork
    (~0.1 s less on the 50-article story of benchmarks/compare.py, whose cleaning took
    ~0.2 s)."""
    raws = list(raws)
    sizes = [len(r.text or r.html or "") for r in raws]
    if len(raws) >= 3 and can_fork(sum(sizes), options.parallel):
        # the first article here first: what the cleaning imports and compiles on its
        # first use is then made once, and the child inherits it; the rest in two parts
        # of about half the characters each
        articles, skipped = _clean_run(raws[:1], options, 0)
        half = sum(sizes[1:]) / 2
        k = 1 + max(1, min(len(raws) - 2, sum(1 for c in accumulate(sizes[1:]) if c <= half)))
        with Forked(_clean_run, raws[k:], options, k) as child:
            more_arts, more = _clean_run(raws[1:k], options, len(articles))
            articles, skipped = articles + more_arts, skipped + more
            if len(articles) == k:  # none skipped: the child's ids are the ones to give
                rest, more = child.result()
                return articles + rest, skipped + more
        rest, more = _clean_run(raws[k:], options, len(articles))
        return articles + rest, skipped + more
    return _clean_run(raws, options, 0)


def _clean_run(raws: Sequence[RawArticle], options: Options, before: int
               ) -> tuple[list[Article], list[Skipped]]:
    """:func:`clean_all` of ``raws`` in this process, after ``before`` articles kept."""
    from .clean import clean_article, is_blank
    from .errors import InputError

    articles: list[Article] = []
    skipped: list[Skipped] = []
    for raw in raws:
        try:
            art = clean_article(raw, f"a{before + len(articles) + 1}", options)
        except InputError as e:
            skipped.append(Skipped(raw.source, e.reason, e.message, raw.line if e.line is None else e.line))
            continue
        except Exception as e:  # noqa: BLE001 - one odd page must not stop the comparison
            why = str(e).splitlines()[0][:160] if str(e) else ""
            skipped.append(Skipped(raw.source, "clean-failed", f"cleaner failed: {type(e).__name__}{': ' + why if why else ''}", raw.line))
            continue
        if is_blank(art.text):
            skipped.append(Skipped(raw.source, "empty", "no article text left after cleaning", raw.line))
            continue
        articles.append(art)
    return articles, skipped


def compare_articles(
    articles: Sequence[Article],
    options: Options | None = None,
    skipped: Sequence[Skipped] = (),
    timings: dict[str, float] | None = None,
    now: datetime | None = None,
) -> Comparison:
    """Stages 3–8 on already-cleaned articles (used by ``compare`` and by ``story``);
    ``now``: the reference time the articles' dates are checked against (the clock, read
    here once, when the caller gives none)."""
    from .align import align_links
    from .provenance import provenance
    from .segment import segment

    options = options or Options()
    timings = {} if timings is None else timings
    if not articles:
        raise NothingToCompare("no usable article to compare", tuple(skipped))
    articles = dated_articles(articles, now)
    with _timer(timings, "segment"):
        docs = [segment(a) for a in articles]
    if options.findings and can_fork(_chars(docs), options.parallel):
        # the analysis runs in a forked child beside the alignment, with what the finders
        # read of each document alone (the child inherits the module, imported here as
        # the findings would import it after the alignment) ("analyse" times the parent's
        # own share of the analysis and its wait for the child). The alignment reads one
        # thing of the analysis, the quote speakers (claims.quote_speakers: two quotes
        # of different speakers are no paraphrase); it runs without them and notes the
        # sentence pairs they could have parted (``asked``); when the analysed documents'
        # speakers part any, it runs again with them, as the one-process path would.
        # The child takes the documents from the first on and the parent, after the
        # alignment, from the last down (forking.Ends), until they meet: the analysis
        # took ~0.55-0.65 s beside the alignment's ~0.35 s on the 50-article story of
        # benchmarks/compare.py, so the parent waited ~0.2-0.3 s for the child.
        from .findings.summary import document_parts

        ends = Ends(len(docs))
        asked: list[tuple[str, str]] = []
        with Forked(_analyses, docs, options, document_parts, ends) as child:
            with _timer(timings, "align"):
                alignments, unique, links = align_links(docs, options, speakers={}, asked=asked)
            with _timer(timings, "analyse"):
                mine = {}
                while (j := ends.back()) is not None:
                    mine[j] = _analysed(docs[j], options, document_parts)
                theirs = dict(child.result())
                docs = [_with_memos(dataclasses.replace(d, analysis=theirs[i][0]), theirs[i][1])
                        if i in theirs else mine[i] if i in mine
                        else _analysed(d, options, document_parts)
                        for i, d in enumerate(docs)]
        if asked:
            from .claims import quote_speakers, speakers_turn

            if speakers_turn(quote_speakers(docs), asked):
                t0 = timings["align"]
                with _timer(timings, "align"):
                    alignments, unique, links = align_links(docs, options)
                timings["align"] = round(timings["align"] + t0, 4)
    else:
        if options.findings:
            with _timer(timings, "analyse"):
                docs = _analyse(docs, options)
        with _timer(timings, "align"):
            alignments, unique, links = align_links(docs, options)
    with _timer(timings, "provenance"):
        prov = provenance(docs, alignments)
    findings: list = []
    if options.findings:
        with _timer(timings, "findings"):
            findings, prov = _findings(docs, alignments, prov, options)
    return Comparison(
        documents=tuple(docs),
        alignments=tuple(alignments),
        unique=tuple(unique),
        provenance=prov,
        findings=tuple(findings),
        skipped=tuple(skipped),
        timings=timings,
        links=tuple(links),
    )


def compare(paths: Sequence[str | Path], options: Options | None = None, now: datetime | None = None
            ) -> Comparison:
    """Read, clean and compare the articles in ``paths`` (files or directories); ``now``:
    the run's reference time for the articles' dates (the clock when not given)."""
    from .dates import utc_now
    from .readers import read_inputs

    options = options or Options()
    now = utc_now() if now is None else now
    timings: dict[str, float] = {}
    with _timer(timings, "read"):
        raws, skipped = read_inputs(paths, options)
    with _timer(timings, "clean"):
        articles, more = clean_all(raws, options)
    skipped = [*skipped, *more]
    if not articles:
        raise NothingToCompare(_nothing_message(skipped), tuple(skipped))
    return compare_articles(articles, options, skipped, timings, now)


def dated_articles(articles: Sequence[Article], now: datetime | None = None) -> list[Article]:
    """``articles`` with each date checked against ``now`` (``dates.checked_published``):
    one that cannot be used as a date becomes ``published=None``, its raw value and reason
    in ``published_issue``, so that no later stage (the likely source's "published first",
    the findings' dates and years) takes a page dated five years ahead for a date. A date
    fit to use is left as given (a relative one becomes the instant it names against ``now``);
    an article already flagged (a stored one) is left alone."""
    from .dates import checked_published, utc_now

    if not any(a.published for a in articles):
        return list(articles)
    now = utc_now() if now is None else now
    out = []
    for a in articles:
        if a.published and a.published_issue is None:
            kept, issue = checked_published(a.published, now)
            if issue is not None or kept != a.published:  # flagged, or a relative date read
                a = dataclasses.replace(a, published=kept, published_issue=issue)
        out.append(a)
    return out


def _nothing_message(skipped: Sequence[Skipped]) -> str:
    if not skipped:
        return "no input articles found"
    missing = [s for s in skipped if s.reason == "missing"]
    if len(missing) == len(skipped):  # every input is absent: say so, not "skipped"
        return f"no usable article: {not_there(missing)}"
    tail = f" ({not_there(missing)})" if missing else ""
    return f"no usable article: all {len(skipped)} input(s) were skipped{tail}"


def not_there(missing: Sequence[Skipped]) -> str:
    """ "a.txt does not exist", "a.txt, b.txt do not exist": the inputs skipped as missing,
    named in the closing error line (not only in their ``skipped:`` lines above it)."""
    names = ", ".join(s.source for s in missing)
    return f"{names} {'does' if len(missing) == 1 else 'do'} not exist"


def _analyse(docs, options: Options):
    from .analysis import analyse

    return [analyse(d, options) for d in docs]


def _analyses(docs, options: Options, parts, ends: Ends):
    """What a forked child hands back: per document it takes from the front (``ends``),
    its index, and its analysis beside the memos ``parts``
    (``findings.summary.document_parts``) makes of its analysed document."""
    from .analysis import analyse

    out = []
    while (i := ends.front()) is not None:
        d = analyse(docs[i], options)
        out.append((i, (d.analysis, parts(d))))
    return out


def _analysed(doc, options: Options, parts):
    """``doc`` analysed, with the memos ``parts`` makes of it kept on it."""
    from .analysis import analyse

    d = analyse(doc, options)
    parts(d)
    return d


def _with_memos(doc, memos: dict):
    """``doc`` with per-document memos made on an equal document (a forked child's):
    kept in its ``__dict__`` as ``analysis.descriptors.per_document`` keeps them."""
    doc.__dict__.update(memos)
    return doc


def _chars(docs) -> int:
    return sum(len(d.article.text) for d in docs)


def _findings(docs, alignments, prov, options: Options):
    """The findings, and ``prov`` with its few-shared-sentences warning kept only where
    the articles share no telling fact either (``provenance.story_warning``), both from
    one findings context."""
    from .findings import FindingContext, find_in

    ctx = FindingContext.build(docs, alignments, prov, options)
    if can_fork(_chars(docs), options.parallel):
        from .findings import find_after, find_beside, shared_steps, split_kinds
        from .findings.summary import prepare, read_by_both

        # the finders in a forked child; here meanwhile what the story warning and the
        # coverage summary read once per story (FindingContext.per_story), then the
        # finders that read it too (--fact-coverage, --story-framing: the aligned part of
        # the framing, which reads none of it, in the child), then the child's steps
        # from the back until the two sides meet (claim: the story-wide framing is the first);
        # what both sides read is made first, so that the child inherits it
        beside, after = split_kinds(options)
        read_by_both(ctx)
        claim = Ends(len(shared_steps(options, beside)))
        with Forked(find_beside, ctx, beside, claim) as child:
            prepare(ctx)
            findings = find_in(ctx, options, find_after(ctx, after, child.result, claim))
    else:
        findings = find_in(ctx, options)
    from .findings.coverage import story_early_weighed, story_parts

    # (s27) the split is read whether or not few shared sentences set the warning: two
    # stories each copied from one wire text by two outlets share three sentences or more
    # within each pair, so no article shares "few", and the split went unsaid everywhere
    parts = story_parts(ctx)
    if prov.warning or story_early_weighed(ctx) or len(parts) >= 2:
        from .findings.coverage import (
            story_count_strays,
            story_early_strays,
            story_event_strays,
            story_late_strays,
            story_person_strays,
            story_strays,
            story_thing_strays,
            story_ties,
        )
        from .provenance import story_warning

        ties = story_ties(ctx)
        off = {a for a, why in ties.items() if why is None}
        prov = story_warning(prov, docs, alignments, off,
                             ties, story_strays(ctx), story_event_strays(ctx), story_early_strays(ctx),
                             story_late_strays(ctx), story_count_strays(ctx), story_person_strays(ctx),
                             story_thing_strays(ctx), parts)
        findings, prov = _set_apart(findings, prov, off, len(docs), parts)
    return findings, prov


def _set_apart(findings, prov, off: set[str], n: int, groups: Sequence[Collection[str]] = ()):
    """``findings`` less those of a kind that compares the articles as tellings of one event
    (``rules/story_warning.ONE_EVENT_TYPES``) citing an article the story warning names
    (``off``), and ``prov`` saying which were left out and why (``Provenance.left_out``).
    Set against a piece on another event, such a finding compares two things: "350,000" bus
    passengers against the "180,000" a day of the rail network a union's strike ballot
    covers (session 25's held-out t139). The article itself stays (the warning names it,
    the alignments show it). Nothing is left out where every article is named (no story
    of the others to set it apart from) or none is.

    ``groups`` (``findings.coverage.story_parts``, two or more: the warning says the kept
    articles may be that many stories run as one): such a finding whose cited articles lie in
    two groups sets one story against another and is left out too, in the same record
    (``LEFT_OUT_SPLIT_REASON``); one within a group compares two tellings of its story and
    stays."""
    from .models import LeftOut
    from .rules.story_warning import LEFT_OUT_REASON, LEFT_OUT_SPLIT_REASON, ONE_EVENT_TYPES

    if len(off) >= n:
        off = set()
    split = [set(g) for g in groups] if len(groups) >= 2 else []
    if not off and not split:
        return findings, prov

    def across(cited: set[str]) -> bool:
        return sum(1 for g in split if cited & g) >= 2

    kept, out = [], []
    for f in findings:
        cited = _cited(f) if f.type in ONE_EVENT_TYPES else set()
        (out if cited & off or across(cited - off) else kept).append(f)
    by_type: dict[str, int] = {}
    for f in out:
        by_type[f.type] = by_type.get(f.type, 0) + 1
    reasons = [LEFT_OUT_REASON] if off else []
    if split:
        reasons.append(LEFT_OUT_SPLIT_REASON.format(n=len(split)))
    named = set(off).union(*split)
    left = LeftOut(tuple(sorted(named)), tuple(sorted(ONE_EVENT_TYPES)), len(out), by_type, "; ".join(reasons),
                   tuple(tuple(sorted(g)) for g in split))
    return kept, dataclasses.replace(prov, left_out=left)


def _cited(f) -> set[str]:
    """The articles finding ``f`` cites: its sentences' and spans', and the omitting article
    of an omission (``detail["article"]``), which it cites no sentence of."""
    out = {sid.partition(":")[0] for sid in f.sentences}
    out.update(sp.sentence.partition(":")[0] for sp in f.spans)
    art = f.detail.get("article")
    if isinstance(art, str):
        out.add(art)
    return out

