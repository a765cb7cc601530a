"""Which grouping rules a stored build was made with.

A store keeps its duplicate groups and stories until their recorded *state* differs
(:mod:`storylens.engines.local.build`). The state names the store's generation and the
build options, but an upgrade can change the groups without changing either: a new
short-text floor, CJK character bigrams in the shingles, a retuned constant. So the state
also carries :func:`rules_fingerprint`: the storylens version and a hash of the source of
every module that decides the groups and stories. A store built by another storylens
then rebuilds on its next ``duplicates`` / ``stories``, as it does after an ingest.

Hashing the source, not a hand-bumped number, means nobody has to remember to bump it;
the cost of an edit that changes nothing (a comment) is one rebuild. ``GROUPING_MODULES``
must cover the import closure of the core; a unit test computes that closure and fails
when a module is missing here.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

# The corpus core and everything it imports (tests/unit/test_rules_fingerprint.py checks
# this against the import closure of corpus.options, corpus.rows and corpus.windows):
GROUPING_MODULES: tuple[str, ...] = (
    # duplicate groups: text keys, shingles, MinHash, LSH, verification, group scores
    "corpus/dedup.py",
    "corpus/shingles.py",
    "corpus/minhash.py",
    "corpus/lsh.py",
    # stories: vectors, k-NN graph, communities, refinement, time windows and stitching
    "corpus/cluster.py",
    "corpus/cluster_types.py",
    "corpus/graph.py",
    "corpus/refine.py",
    "corpus/vectors.py",
    "corpus/windows.py",
    "corpus/text.py",
    # numbering, member order, story labels (shared by the local build and Spark)
    "corpus/rows.py",
    "corpus/options.py",
    "headlines.py",
    "rules/headlines.py",
    "rules/words.py",
    # imported by the above (headline cleaning, types); they rarely change groups
    "extract.py",
    "rules/extraction.py",
    "models.py",
    "errors.py",
)


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """``VERSION+HASH``: the storylens version and 12 hex digits over the grouping modules.

    Cached for the process: the installed source does not change under a running build.
    A module that cannot be read (a source-less install) is hashed by its name alone, so
    the fingerprint then falls back to the version.
    """
    from .. import __version__

    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for name in GROUPING_MODULES:
        digest.update(name.encode() + b"\0")
        try:
            digest.update((root / name).read_bytes())
        except OSError:
            pass
        digest.update(b"\0")
    return f"{__version__}+{digest.hexdigest()[:12]}"


__all__ = ["GROUPING_MODULES", "rules_fingerprint"]
