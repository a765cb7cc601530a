"""Whether two sentences of different outlets speak of the same thing, anywhere in a story.

Framing across a story compares words outlets chose for *one* referent; most partisan
coverage never aligns sentence to sentence, so the finders link sentences themselves:
aligned sentences are linked outright, other pairs by the names, numbers and content
words they share beyond the compared words. An absolute floor of shared content
(:data:`MIN_SHARED`) keeps two sentences that only share the compared word apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Sentence
from ..normalize import content_stems
from .common import FindingContext

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

    def stems(self, s: Sentence) -> frozenset[str]:
        got = self._stems.get(s.id)
        if got is None:
            got = frozenset(content_stems(s.text))
            self._stems[s.id] = got
        return got

    def score(self, a: Sentence, b: Sentence, ignore: frozenset[str] = frozenset()) -> float:
        """1.0 for aligned sentences; otherwise the shared content share (0 below the
        floors)."""
        ga, gb = self.ctx.group_of.get(a.id), self.ctx.group_of.get(b.id)
        if ga is not None and ga == gb:
            return 1.0
        sa, sb = self.stems(a) - ignore, self.stems(b) - ignore
        shared = len(sa & sb)
        if shared < MIN_SHARED or not sa or not sb:
            return 0.0
        share = shared / min(len(sa), len(sb))
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
