"""Who shares what with whom, and which article most likely carries the common text.

``overlap[a][b]`` is the share of article a's body sentences that are aligned with some
sentence of article b (a != b; the matrix is not symmetric when lengths differ).

The source heuristic: the shared content of a story is the set of alignment groups;
an article's score is the weighted share of those groups it takes part in (verbatim 1,
edited 0.8, paraphrase 0.5: a verbatim copy is better evidence of a common text than a
rewrite). The wire original is the article present in most shared groups; ties go to
the article with the higher share of its own body in groups (a copy adds its own
material), then to input order.
"""

from __future__ import annotations

from collections.abc import Sequence

from .models import Alignment, Document, Provenance

# Evidence weight of a group by kind (see the module docstring).
KIND_WEIGHT = {"verbatim": 1.0, "edited": 0.8, "paraphrase": 0.5}


def provenance(docs: Sequence[Document], alignments: Sequence[Alignment]) -> Provenance:
    """Overlap matrix, per-article source scores and the likely source article."""
    ids = [d.id for d in docs]
    if len(docs) < 2:
        return Provenance({}, None, {i: 0.0 for i in ids}, "one article: nothing to compare")
    body = {d.id: {s.id for s in d.sentences if s.block == "paragraph"} for d in docs}
    # linked[a][b] = a's sentences aligned with some sentence of b
    linked: dict[str, dict[str, set[str]]] = {a: {b: set() for b in ids if b != a} for a in ids}
    in_groups: dict[str, float] = {a: 0.0 for a in ids}
    grouped: dict[str, set[str]] = {a: set() for a in ids}
    total = 0.0
    for al in alignments:
        w = KIND_WEIGHT.get(al.kind, 0.5)
        total += w
        arts = {sid.partition(":s")[0]: sid for sid in al.sentences}
        for a, sid in arts.items():
            in_groups[a] += w
            grouped[a].add(sid)
            for b in arts:
                if b != a:
                    linked[a][b].add(sid)
    overlap = {
        a: {b: round(len(linked[a][b] & body[a]) / len(body[a]), 4) if body[a] else 0.0 for b in linked[a]}
        for a in ids
    }
    scores = {a: round(in_groups[a] / total, 4) if total else 0.0 for a in ids}
    if not total:
        return Provenance(overlap, None, scores, "no shared sentences: no common source")
    own = {a: len(grouped[a] & body[a]) / len(body[a]) if body[a] else 0.0 for a in ids}
    order = {a: i for i, a in enumerate(ids)}
    source = max(ids, key=lambda a: (scores[a], own[a], -order[a]))
    explanation = (
        f"{source} takes part in {scores[source]:.0%} of the weighted shared sentence groups "
        "(verbatim 1, edited 0.8, paraphrase 0.5), the most of any article"
    )
    return Provenance(overlap, source, scores, explanation)
