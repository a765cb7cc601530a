"""Whether two sentences of different outlets speak of the same thing, anywhere in a story.

Framing across a story compares words outlets chose for *one* referent; most partisan
coverage never aligns sentence to sentence, so the finders link sentences themselves:
aligned sentences are linked outright, other pairs by the names, numbers and content
words they share beyond the compared words. An absolute floor of shared content
(:data:`MIN_SHARED`) keeps two sentences that only share the compared word apart.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..models import Sentence
from ..normalize import content_stems, stem
from ..rules.loaded_terms import (
    AMOUNT_SETS,
    ANCHOR_ONLY,
    SAME_ACT,
    TERM_FORMS,
    UNLINKED_TERMS,
    verb_forms,
)
from .common import FindingContext


def set_token(set_name: str) -> str:
    """The link token of a loaded-term set (not a word: it cannot meet a stem)."""
    return "~" + set_name


def _stem_sets() -> dict[str, str]:
    """stem of a one-word term form -> its set's token; a stem in two sets ("protest",
    of "protests" and "protesters") and the organisation nouns ("group": anything) stay
    themselves."""
    seen: dict[str, set[str]] = {}
    for form, (set_name, base, _charge) in TERM_FORMS.items():
        if (" " not in form and base not in ANCHOR_ONLY and set_name not in AMOUNT_SETS
                and base not in UNLINKED_TERMS):
            seen.setdefault(stem(form), set()).add(set_name)
    for name, lemmas in SAME_ACT:
        for lemma in lemmas:
            for form in verb_forms(lemma):
                seen.setdefault(stem(form), set()).add(name)
    return {st: set_token(next(iter(names))) for st, names in seen.items() if len(names) == 1}


# Two words of one loaded-term set name one referent ("slapped" / "smacked", "pulled" /
# "yanked", "regime" / "government"): for linking, each counts as its set's token, so the
# same word twice or two words of one set are one shared piece of content.
STEM_SETS: dict[str, str] = _stem_sets()


def link_tokens(stems: frozenset[str]) -> frozenset[str]:
    return frozenset(STEM_SETS.get(st, st) for st in stems)


# Shared content stems (besides the compared words) at which two unaligned sentences are
# taken to describe one referent. Swept 1–4 on the dev pairs: 1 links unrelated sentences
# that share one common word ("Iran"), 3 loses every cross-sentence pair the gold marks.
MIN_SHARED = 2
# ... and the share of the shorter sentence's content those stems must make up.
MIN_SHARE = 0.15


@dataclass
class Linker:
    """Content stems per sentence, computed once per story and shared by the finders."""

    ctx: FindingContext
    _stems: dict[str, frozenset[str]] = field(default_factory=dict)

    _links: dict[str, frozenset[str]] = field(default_factory=dict)
    _counts: dict[str, Counter[str]] = field(default_factory=dict)

    def stems(self, s: Sentence) -> frozenset[str]:
        got = self._stems.get(s.id)
        if got is None:
            got = frozenset(content_stems(s.text))
            self._stems[s.id] = got
        return got

    def sentences_with(self, article: str, st: str) -> int:
        """How many sentences of ``article`` use the content stem ``st``."""
        counts = self._counts.get(article)
        if counts is None:
            counts = self._counts[article] = Counter(
                x for s in self.ctx.documents[article].sentences for x in self.stems(s))
        return counts[st]

    def links(self, s: Sentence) -> frozenset[str]:
        """What :meth:`score` compares: the content stems, a term's as its set's token
        (:data:`STEM_SETS`)."""
        got = self._links.get(s.id)
        if got is None:
            got = self._links[s.id] = link_tokens(self.stems(s))
        return got

    def score(self, a: Sentence, b: Sentence, ignore: frozenset[str] = frozenset(),
              sets: bool = True) -> float:
        """1.0 for aligned sentences; otherwise the shared content share (0 below the
        floors): the shared tokens other than ``ignore``, over the shorter sentence's
        tokens *with* the ignored ones, so a sentence that is little but the compared
        words does not score high on one other shared word. ``sets=False`` compares
        plain stems: two words of one loaded-term set ("president" / "leader") are one
        referent for a descriptor, but two statements that share only such a pair are
        not one statement ("'I like peace,' the president said" / "Trump claimed he
        likes North Korean leader Kim": a real false attribution finding)."""
        ga, gb = self.ctx.group_of.get(a.id), self.ctx.group_of.get(b.id)
        if ga is not None and ga == gb:
            return 1.0
        look = self.links if sets else self.stems
        ignore = link_tokens(ignore) if sets else ignore
        sa, sb = look(a) - ignore, look(b) - ignore
        shared = len(sa & sb)
        if shared < MIN_SHARED or not sa or not sb:
            return 0.0
        share = shared / min(len(look(a)), len(look(b)))
        return round(share, 3) if share >= MIN_SHARE else 0.0

    def best(
        self, a: Sentence, candidates: list[Sentence], ignore: frozenset[str] = frozenset()
    ) -> tuple[Sentence | None, float]:
        best, top = None, 0.0
        for c in candidates:
            sc = self.score(a, c, ignore)
            if sc > top:
                best, top = c, sc
        return best, top
