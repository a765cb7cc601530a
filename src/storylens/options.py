"""All tunable settings, in one frozen object that travels through the stages.

Each threshold says where its value comes from. Change them with ``dataclasses.replace``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Options:
    # --- reading -----------------------------------------------------------------
    max_file_bytes: int = 20_000_000  # larger files are skipped with reason "too-large"
    # Wall-clock budget for cleaning one article in ingest (0: none). Cleaning a plain
    # 1 MB article takes well under 1 s (benchmarks/hostile.py); an article past the budget
    # is skipped with reason "too-slow" and the run goes on (docs/limits.md).
    article_seconds: float = 60.0
    # --- alignment ---------------------------------------------------------------
    # Token-level similarity at or above which two sentences are "edited" versions of
    # one another (below: candidates for paraphrase). Tuned on the semeval gold set.
    edited_threshold: float = 0.5
    # Content-word overlap for a "paraphrase" link with no model.
    paraphrase_threshold: float = 0.35
    # Use the optional sentence-embedding model (extra "embed") for paraphrases.
    use_embeddings: bool = False
    embed_threshold: float = 0.75
    # --- findings ----------------------------------------------------------------
    findings: bool = True
    min_finding_confidence: float = 0.5
    # --- output ------------------------------------------------------------------
    max_terminal_groups: int = 40
