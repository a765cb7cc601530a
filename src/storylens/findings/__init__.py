"""Findings: what an editor should look at, one module per family.

Steps of :func:`find_all`:

1. build one :class:`~storylens.findings.common.FindingContext` (sentence look-ups,
   sentence → alignment group) shared by every finder;
2. run the finder of each kind in :data:`storylens.findings.kinds.KINDS` (the registry);
3. drop findings below ``options.min_finding_confidence`` (a confidence is its rule's
   calibrated precision, ``findings/confidence.py``), except, at the default cut, those
   of a rule whose flag (its ``confidence.json`` entry's ``flag``) is on, unless their finder marks them
   ``meaningful: false`` (:func:`is_shown`);
4. sort most important first: by kind weight, then confidence, then text position.
   Renderers list the kinds as sections in :func:`~storylens.findings.kinds.section_order`
   (the registry's order, kinds of one weight by their most confident finding).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from ..models import Alignment, Document, Finding, Provenance
from ..options import Options
from .common import FindingContext
from .confidence import rule_flag
from .kinds import KINDS, TYPES, WEIGHT, FindingKind, by_type

if TYPE_CHECKING:
    from ..forking import Ends

DEFAULT_CUT = Options().min_finding_confidence


def _first_position(f: Finding) -> tuple[str, int]:
    if not f.sentences:
        return ("", 0)
    art, _, idx = f.sentences[0].partition(":s")
    return (art, int(idx) if idx.isdigit() else 0)


def is_shown(f: Finding, options: Options) -> bool:
    """At or over ``options.min_finding_confidence``; or, while that is the default cut, of
    a rule whose flag is on (asking for a family by its flag asks to see it, at its
    measured confidence). ``story_framing`` is such a flag on by default, and
    ``quote_changes`` where it is on (off by default again since session 40): their rules
    under the cut, e.g. ``quote_changed.meaning`` (0.39), are shown with them. The fact rules
    have no flag in the table, so fact conflicts (``--fact-conflicts``) show only those at or
    over the cut. A cut set above the default applies to every rule.

    The flag never shows what the finder itself marks ``meaningful: false`` (a quote
    worded differently without a change of what was said, rule precision 11%: "the poor
    example" / "the bad example given", two wires' translations of one remark): asking
    for a family is not asking for what its finder rates as no change. A cut the user
    lowers below such a finding's confidence still shows it (the benchmarks score at 0)."""
    cut = options.min_finding_confidence
    if f.confidence >= cut:
        return True
    if cut != DEFAULT_CUT or f.detail.get("meaningful") is False:
        return False
    flag = rule_flag(str(f.detail.get("rule") or ""))
    return bool(flag) and getattr(options, flag, False) is True


def find_all(
    docs: Sequence[Document],
    alignments: Sequence[Alignment],
    provenance: Provenance | None,
    options: Options | None = None,
) -> list[Finding]:
    """All findings for one story, most important first."""
    options = options or Options()
    return find_in(FindingContext.build(docs, alignments, provenance, options), options)


def find_in(ctx: FindingContext, options: Options,
            by_kind: dict[str, list[Finding]] | None = None) -> list[Finding]:
    """All findings of a context already built, most important first: the pipeline keeps
    the context, so the coverage analysis behind the story warning is not run twice.
    ``by_kind``: every kind's findings already found (:func:`find_kinds`, run in two
    processes by the pipeline), taken in the registry's order as the finders would be."""
    if by_kind is None:
        by_kind = find_kinds(ctx, TYPES)
    found = [f for kind in KINDS for f in by_kind[kind.type]]
    kept = [f for f in found if is_shown(f, options)]
    kept.sort(key=lambda f: (-WEIGHT.get(f.type, 0), -f.confidence, _first_position(f)))
    return kept


def find_kinds(ctx: FindingContext, types: Collection[str]) -> dict[str, list[Finding]]:
    """The findings of each kind in ``types``, before the cut and the sort (step 2)."""
    return {kind.type: list(kind.finder(ctx)) for kind in KINDS if kind.type in types}


# The kinds whose finder reads the story-wide parts the coverage summary reads too
# (findings.summary.prepare: the fact coverage, the story-wide framing), each with the
# options under which it does (all of them on). The pipeline runs them beside that work,
# after it, in its own process, and the other finders in a forked child
# (storylens.forking). Framing reads them only when it runs at all (``framing``). Each
# entry lists alternatives, each a set of options that must all be on: additions run
# alone (``additions``, on by default in sessions 19-20, 22-23, 31-32, 38 and again since session 40) or with omissions
# (``fact_coverage``).
STORY_READERS = {"omission": (("fact_coverage",),),
                 "addition": (("additions",), ("fact_coverage",)),
                 "framing": (("framing", "story_framing"),)}


def reads_story(options: Options, kind: str) -> bool:
    """Whether ``kind``'s finder reads the story-wide parts with these options."""
    return any(all(getattr(options, flag) for flag in flags) for flags in STORY_READERS[kind])


def split_kinds(options: Options) -> tuple[frozenset[str], frozenset[str]]:
    """(kinds that read none of the story-wide parts with these options, kinds that do)."""
    reads = frozenset(t for t in STORY_READERS if reads_story(options, t))
    return frozenset(TYPES) - reads, reads


# The key of the aligned framing findings in what :func:`find_beside` returns.
ALIGNED_FRAMING = "framing:aligned"


# The key of the story-wide framing (``framing.story_framing``) in what
# :func:`find_beside` returns, when the child took it (:func:`find_after`).
STORY_FRAMING = "framing:story"


# The kinds in the order the child takes them (:func:`shared_steps`): the registry's, but
# the shared quotes and the shared sources right after the changed quotes, whose exact
# partners make the pairs' shared quotes both read (shared_quote.story_memo: the shared
# quotes ~0.07 s of CPU after them, ~0.2 s alone; the shared sources ~0.02 s after them,
# ~0.05 s alone, on the 50-article story of benchmarks/compare.py), so that the parent,
# taking steps from the back, makes them again only when it meets the changed quotes.
_AFTER_QUOTES = ("shared_quote", "shared_source")
_STEP_ORDER = tuple(t for t in TYPES if t not in _AFTER_QUOTES)
_STEP_ORDER = (*_STEP_ORDER[: _STEP_ORDER.index("quote_changed") + 1], *_AFTER_QUOTES,
               *_STEP_ORDER[_STEP_ORDER.index("quote_changed") + 1 :])


def shared_steps(options: Options, kinds: Collection[str]) -> tuple[str, ...]:
    """The steps the pipeline's two processes share out (``forking.Ends`` over this list:
    the forked child takes them from the front, :func:`find_beside`, the parent from the
    back once its own work is done, :func:`find_after`): the story-wide framing
    (:data:`STORY_FRAMING`, which the coverage summary reads whatever the options), then
    the finders of ``kinds`` (:func:`split_kinds`' first) in the registry's order but the
    shared quotes and sources right after the changed quotes (:data:`_STEP_ORDER`), then, where the
    framing finder reads the story-wide framing, its aligned part
    (:data:`ALIGNED_FRAMING`). Each step reads only what both sides made before the
    fork, so either side makes it alike.

    The story-wide framing, one of the longest steps (~0.2 s of CPU on the 50-article
    story of benchmarks/compare.py), comes first so that the steps the parent meets
    from the back are the short ones, and the two sides finish closer together: with
    the default options the parent's own work (the fact coverage and the summary's
    parts) took ~0.65 s and the child's finders ~0.75 s (changed quotes ~0.5 s); last in
    the list, the story-wide framing was the parent's after its own work (~0.87 s
    against the child's ~0.75 s), first it is the child's, and the parent takes the
    aligned framing and what is left of the short finders (~0.8 s each side)."""
    steps = [STORY_FRAMING, *(t for t in _STEP_ORDER if t in kinds)]
    if reads_story(options, "framing") and "framing" not in kinds:
        steps.append(ALIGNED_FRAMING)
    return tuple(steps)


def _step(ctx: FindingContext, step: str) -> list[Finding]:
    """One of :func:`shared_steps`' steps made here."""
    if step == ALIGNED_FRAMING:
        from .framing import aligned_framing

        return aligned_framing(ctx)
    if step == STORY_FRAMING:
        from .framing import story_framing

        return story_framing(ctx)
    return list(by_type(step).finder(ctx))


def find_beside(ctx: FindingContext, kinds: Collection[str], claim: Ends | None = None
                ) -> dict[str, list[Finding]]:
    """What the pipeline's forked child finds beside the story-wide parts: with ``claim``
    (``forking.Ends`` over :func:`shared_steps` of ``kinds``), each step it takes from
    the front, by the step's name; without, every step but the story-wide framing (the
    kinds in ``kinds``, :func:`split_kinds`' first, and where the framing finder reads
    the story-wide framing, its aligned findings, which read none of it:
    ``framing.find_framing`` is the two merged)."""
    steps = shared_steps(ctx.options, kinds)
    if claim is None:
        return {step: _step(ctx, step) for step in steps if step != STORY_FRAMING}
    found: dict[str, list[Finding]] = {}
    while (i := claim.front()) is not None:
        found[steps[i]] = _step(ctx, steps[i])
    return found


def find_after(ctx: FindingContext, kinds: Collection[str],
               beside: Callable[[], dict[str, list[Finding]]], claim: Ends | None = None
               ) -> dict[str, list[Finding]]:
    """Every kind's findings, ``kinds`` (those that read the story-wide parts) found here
    after those parts, with :func:`find_beside`'s (``beside()``, asked for once these
    are found): the framing findings are its aligned ones merged with the story-wide
    ones, as ``framing.find_framing`` merges them.

    With ``claim`` (``forking.Ends`` over :func:`shared_steps` of the other kinds) this
    side then takes the child's steps from the back until the two meet, so the two
    finish together; a step neither side handed back (a child that failed) is made here.
    The story-wide framing made in the child is kept as the story's."""
    from .framing import keep_story_framing

    split = reads_story(ctx.options, "framing") and "framing" in kinds
    mine = find_kinds(ctx, [k for k in kinds if not (split and k == "framing")])
    steps = shared_steps(ctx.options, [t for t in TYPES if t not in kinds])
    here: dict[str, list[Finding]] = {}
    if claim is not None:
        while (j := claim.back()) is not None:
            here[steps[j]] = _step(ctx, steps[j])
    theirs = dict(beside())
    made = theirs.pop(STORY_FRAMING, None)
    if made is not None and STORY_FRAMING not in here:
        keep_story_framing(ctx, made)
    theirs.update(here)
    theirs.pop(STORY_FRAMING, None)  # the story's: framing.story_framing reads it
    for step in steps:
        if step != STORY_FRAMING and step not in theirs:
            theirs[step] = _step(ctx, step)
    aligned = theirs.pop(ALIGNED_FRAMING, None)
    if split:
        from .framing import find_framing

        mine["framing"] = find_framing(ctx, aligned)
    return {**theirs, **mine}


__all__ = ["ALIGNED_FRAMING", "KINDS", "STORY_FRAMING", "WEIGHT", "FindingContext", "FindingKind", "find_after", "find_all",
           "find_beside", "find_in", "find_kinds", "is_shown", "reads_story", "shared_steps", "split_kinds"]
