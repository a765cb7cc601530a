"""The per-outlet coverage summary of one story (issue 12, item 5): what each outlet
includes that the others don't, how it attributes speech, and its loaded wording.

Not findings: counts and a few ranked examples per outlet, shown in every output (the
terminal, the JSON ``coverage`` object, the HTML report and the web story page). Built
from the same pieces as the findings: facts (:mod:`.coverage`), attribution cues (the
quote analysis and :mod:`storylens.rules.attribution`), descriptors and modifiers
(:mod:`storylens.analysis.descriptors`), and the framing findings for "how the other
outlets say the same thing".
"""

from __future__ import annotations

import re
from typing import Any

from ..analysis.descriptors import MEMO_PREFIX, modifier_uses, term_uses
from ..models import Comparison, Document
from ..rules.attribution import SENSATIONAL_PATTERN
from ..rules.loaded_terms import NAMED_ONLY_TERMS
from .attribution import speaker_cue_class
from .common import FindingContext
from .coverage import carried_facts, outlet_profiles, pair_one_story, profile_parts
from .framing import merge, story_framing

# Loaded words listed in the story-wide wording table (ranked by how much the outlets
# differ; only words another outlet says differently); each outlet's own count is always
# complete.
MAX_WORDING = 8
# Loaded words listed per outlet.
MAX_PER_OUTLET = 4
ATTRIBUTION_CLASSES = ("neutral", "doubt", "culpability", "endorsing", "other", "sensational")
# Whole words only, as in findings/framing.py: "restaurants" holds "rants" and "granting"
# holds "ranting" (two neutral "said" counted as sensational on SemEval).
_SENSATIONAL = re.compile(SENSATIONAL_PATTERN, re.IGNORECASE)


def read_by_both(ctx: FindingContext) -> None:
    """Make what the finders and the summary's story-wide parts both read, each kept once
    (per document: fact mentions, loaded terms, modifiers; per story: the name clusters).
    The pipeline makes them before it forks the finders (:mod:`storylens.forking`), so
    that both processes inherit them instead of each making its own (~0.15 s CPU on the
    50-article story of benchmarks/compare.py)."""
    from .names import name_clusters

    for d in ctx.docs:
        document_parts(d)
    name_clusters(ctx)


def document_parts(doc: Document) -> dict[str, Any]:
    """What :func:`read_by_both` makes of one analysed document alone (its fact mentions,
    loaded terms and modifiers), returned as the memos ``analysis.descriptors.per_document``
    keeps on it. The pipeline's forked analysis child makes them beside the alignment and
    hands them back pickled with the analysis (one pickle: the mentions still share the
    analysis's quantities), where the parent made them after the alignment, on the
    critical path (~0.11 s CPU on the 50-article story of benchmarks/compare.py)."""
    from .facts import doc_mentions

    doc_mentions(doc)
    term_uses(doc)
    modifier_uses(doc)
    return {k: v for k, v in doc.__dict__.items() if k.startswith(MEMO_PREFIX)}


def prepare(ctx: FindingContext) -> None:
    """Make the story-wide parts the summary (and the story warning) read, kept once per
    story (:meth:`FindingContext.per_story`): the fact coverage, and what the outlet
    profiles read of it (``coverage.profile_parts``) where the story warning will not
    replace the provenance they read (no warning to weigh), and the profiles themselves
    (``coverage.outlet_profiles``). The pipeline makes them here
    while a forked child runs the finders (:mod:`storylens.forking`), and the story-wide
    framing on whichever side is free first (``findings.find_after``); without it they
    are made on first use, with the same result."""
    carried_facts(ctx)
    if ctx.provenance is None or ctx.provenance.warning is None:
        profile_parts(ctx)
        outlet_profiles(ctx)


def coverage_summary(comparison: Comparison) -> dict[str, Any] | None:
    """The summary as a JSON-ready dict; ``None`` when the documents were not analysed
    (``--no-findings``) or there is only one article."""
    docs = comparison.documents
    if len(docs) < 2 or any(d.analysis is None for d in docs):
        return None
    ctx = FindingContext.build(docs, comparison.alignments, comparison.provenance)
    facts = outlet_profiles(ctx)
    # how other outlets say a word: the framing findings shown, plus the story-wide
    # contrasts (described here even when they are not reported as findings: then only
    # between two articles the default's own evidence calls one story, pair_one_story)
    shown = [f for f in comparison.findings if f.type == "framing"]
    framing = merge(shown, story_framing(ctx), ctx)
    held = _unreported(shown, framing)
    wording: list[dict[str, Any]] = []
    outlets = []
    for d in docs:
        words = d.article.text.split()
        loaded = []
        for w in _loaded(d):
            w["others"], phrase, aligned = _counterparts(ctx, framing, d.id, w["word"], held)
            if not _stands(w, aligned):
                continue
            if phrase:
                w["phrase"] = phrase
            w["spread"] = w["charge"] + (1 if w["others"] else 0)
            w["outlet"] = ctx.outlet(d.id)
            w["label"] = ctx.label(d.id)  # one outlet's two articles told apart
            w["article"] = d.id
            loaded.append(w)
        wording.extend(loaded)
        p = facts[d.id]
        outlets.append(
            {
                "article": d.id,
                "outlet": ctx.outlet(d.id),
                # one outlet's two articles are two rows: the label tells them apart
                "label": ctx.label(d.id),
                "words": len(words),
                "only_here": p["only_here"],
                "only_here_kinds": p["kinds"],
                "only_here_top": p["top"],
                # the comparison warns this article may not be about the same story and
                # it shares none with the others: its facts are not coverage differences
                "off_story": p["off_story"],
                # shares too little with the others to tell what it adds or leaves out:
                # a count of 0 is shown as "n/a" (s7 reader report item 3)
                "too_little_shared": p["too_little"],
                "omits": p["omits"],
                "omits_top": p["omits_top"],
                "attribution": _attribution(ctx, d.id),
                "loaded": len(loaded),
                "loaded_per_1000_words": round(1000 * len(loaded) / max(len(words), 1), 2),
                # the listed examples, filtered by :func:`_contrasted` once every
                # outlet's words are known
                "_loaded": [
                    {"word": w["word"], "sentence": w["sentence"], "others": w["others"],
                     "base": w["base"], "article": d.id}
                    for w in sorted(loaded, key=lambda w: -w["spread"])
                ],
            }
        )
    wording.sort(key=lambda w: (-w["spread"], w["article"], w["sentence"]))
    shown = _contrasted(wording)
    for o in outlets:
        # the row lists what it counts (s8 reader report item 11: "3 (2.31/1000 words)"
        # with no word shown): the words worth listing first (_contrasted), then the ones
        # every side writes; the renderers say "+N more" for the rest (loaded - listed)
        ranked = sorted(o.pop("_loaded"), key=lambda w: _show_key(w) not in shown)
        o["loaded_top"] = [{k: w[k] for k in ("word", "sentence", "others")}
                           for w in ranked][:MAX_PER_OUTLET]
    # "most different between outlets": only a word beside another outlet's wording of
    # the same thing. A loaded word nobody contrasts ('radical', 'pro-life', 'infamous',
    # 'alleged' on the reader's pages) shows no difference between the outlets: it stays
    # in its outlet's own profile (loaded_top) and counts (s6 reader report item 7)
    listed = [w for w in wording if w["others"]]
    off = [o["label"] for o in outlets if o["off_story"]]
    return {
        "outlets": outlets,
        # said once for the table: what its empty "only here" cells mean
        "note": (None if not off else
                 "these articles may not be about the same story: facts only one of them "
                 "gives are not listed" if len(off) == len(outlets) else
                 f"may not be about the same story as the others: {', '.join(off)}; "
                 "facts only they give are not listed"),
        "wording": [
            {k: w[k] for k in ("article", "outlet", "label", "word", "kind", "sentence",
                               "others", "spread", "phrase")
             if k in w and (k != "label" or w[k] != w["outlet"])}
            for w in listed[:MAX_WORDING]
        ],
        "wording_total": len(wording),
        # contrasted words past the story-wide cap (each is counted and listed, or said
        # "+N more", in its outlet's row)
        "wording_more": max(0, len(listed) - MAX_WORDING),
    }


def _loaded(doc) -> list[dict[str, Any]]:
    """Loaded terms (charge 2) and loaded modifiers the outlet itself writes (quotes
    left out), one entry per word and sentence."""
    out, seen = [], set()
    for u in term_uses(doc):
        if u.term in NAMED_ONLY_TERMS and u.anchor is None:
            continue  # "the harbour boss": loaded only as a named person's label
        if u.charge >= 2 and (u.term, u.sentence) not in seen:
            seen.add((u.term, u.sentence))
            out.append({"word": u.surface, "kind": f"term:{u.set_name}", "charge": u.charge,
                        "sentence": u.sentence, "base": u.term, "standard": u.standard})
    for m in modifier_uses(doc):
        if (m.modifier, m.sentence) not in seen:
            seen.add((m.modifier, m.sentence))
            out.append({"word": m.surface, "kind": f"modifier:{m.cls}", "charge": 2,
                        "sentence": m.sentence, "base": m.modifier, "standard": m.standard})
    return out


def _show_key(w: dict[str, Any]) -> tuple[str, str, str]:
    return w["article"], w["sentence"], w["base"]


def _contrasted(wording: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    """The loaded words worth listing first: those shown with another outlet's wording,
    and those no other outlet of the story writes. A word every side writes ("stormed"
    in two outlets whose crowds both stormed a building) shows no difference between the
    outlets; it comes after them in each outlet's row, which lists what it counts."""
    by_base: dict[str, set[str]] = {}
    for w in wording:
        by_base.setdefault(w["base"], set()).add(w["article"])
    return {_show_key(w) for w in wording
            if w["others"] or by_base[w["base"]] == {w["article"]}}


def _unreported(shown: list, framing: list) -> set[int]:
    """The ``id`` of each finding in ``framing`` that is not one of ``shown`` (the
    story-wide contrasts :func:`.framing.merge` added): by identity, so not by where merge
    puts them in its list."""
    reported = {id(f) for f in shown}
    return {id(f) for f in framing if id(f) not in reported}


def _counterparts(ctx, framing, article: str, word: str, held=frozenset()
                  ) -> tuple[list[dict[str, str]], str | None, bool]:
    """How the other outlets say the same thing, from the framing findings whose
    charged side is this outlet's word: one wording per other outlet (the first
    finding's: the shown, aligned findings come before the story-wide ones), the charged
    phrase when the finding's is longer than the word (a modifier with its noun:
    "'flailing impeachment drive' where chipleypaper.com writes 'impeachment'", s7
    reader report item 5; the word alone set a modifier against a head noun), and
    whether any counterpart is an aligned sentence's. A finding in ``held`` (a
    story-wide contrast not reported: ``--story-framing`` off) counts only with the
    other articles :func:`.coverage.pair_one_story` ties to this one."""
    out: dict[str, dict[str, str]] = {}
    phrase, aligned = None, False
    w0 = word.lower().split()[0]
    for f in framing:
        b, a = f.detail.get("b", {}), f.detail.get("a", {})
        bw = (b.get("word") or "").lower()
        if article in b.get("articles", []) and bw.split()[:1] == [w0]:
            words = a.get("words") or [a.get("word")] * len(a.get("articles", []))
            got = False
            for art, aw in zip(a.get("articles", []), words, strict=False):
                # one wording per other article's outlet label: one outlet's two
                # articles are two sides ("nyt (a2)" and "nyt (a5)", s8 item 8)
                if art != article and ctx.label(art) not in out and (
                        id(f) not in held or pair_one_story(ctx, article, art)):
                    out[ctx.label(art)] = {"outlet": ctx.outlet(art), "word": aw or "(no hedge)"}
                    if ctx.label(art) != ctx.outlet(art):
                        out[ctx.label(art)]["label"] = ctx.label(art)
                    got = True
            if got and phrase is None and len(bw.split()) > len(word.split()):
                phrase = b.get("word")
            aligned = aligned or (got and ".aligned." in f.detail.get("rule", ""))
    return list(out.values()), phrase, aligned


def _stands(w: dict[str, Any], aligned: bool) -> bool:
    """Whether a loaded word counts in the summary: a hedge ("alleged", "purported":
    ``rules/loaded_terms.HEDGE_MODIFIERS``) only beside another outlet's wording of the
    same thing, a term with a plain literal sense ("stormed", "occupied":
    ``LITERAL_TERMS``) only beside another outlet's wording of the same sentence, and a
    word in standard wording (a standard compound, "terrorist attacks"; a "so-called"
    that introduces a name or a term of art: ``TermUse.standard``) only beside another
    outlet's wording of the same thing."""
    from ..rules.loaded_terms import HEDGE_MODIFIERS, LITERAL_TERMS

    if w["base"] in HEDGE_MODIFIERS or w.get("standard"):
        return bool(w["others"])
    if w["base"] in LITERAL_TERMS:
        return aligned
    return True


def _attribution(ctx: FindingContext, article: str) -> dict[str, int]:
    """Attribution cues of the article's quotes, counted by class: one count per cue
    (a quote split around its cue, "The company, X claimed, owes …", is one claim)."""
    counts = dict.fromkeys(ATTRIBUTION_CLASSES, 0)
    doc = ctx.documents[article]
    text = doc.article.text
    seen: set[tuple[int, int]] = set()
    hot: dict[int, bool] = {}  # sentence start -> holds a sensational phrase (searched once:
    # many quotes in one long sentence would rescan it per quote)
    for q in ctx.quotes(article):
        cls = speaker_cue_class(q.cue, q.speaker)  # evidence subjects: no speaker
        if cls is None:
            continue
        if q.cue_span:
            if tuple(q.cue_span) in seen:
                continue
            seen.add(tuple(q.cue_span))
        if q.cue_span:
            s = ctx.sentence_at(article, q.cue_span[0])
            if s is not None and s.start not in hot:
                hot[s.start] = _SENSATIONAL.search(text, s.start, s.end) is not None
            if s is not None and hot[s.start]:
                cls = "sensational"
        counts[cls] = counts.get(cls, 0) + 1
    return counts
