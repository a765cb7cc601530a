"""Story clustering and near-duplicate quality, beside a baseline measured in the same run.

Tuning happens on dev only (benchmarks/gold/splits.json, fixed before tuning); test is
reported. Each section is skipped with a note when its data is absent.

1. GoogleNews-TS (../shared/data/googlenews-ts): 11,108 short texts in 152 gold stories,
   no dates, split by whole cluster into dev (76) and test (76). B-cubed P/R/F1,
   pairwise F1, ARI, NMI per split, beside a TF-IDF baseline (scikit-learn TF-IDF +
   average-linkage clustering, its distance cut chosen on dev) and the dataset README's
   TF-IDF + KMeans(k=152) anchor on all 11,108 (B-cubed F1 0.621; told the true k).
2. SemEval-2022 Task 8 en-en, rated pairs: the clustering's pair evidence (cosine of
   the TF-IDF vectors) against the human ``Overall`` (1 = same story ... 4 = unrelated):
   Pearson and Spearman (sign flipped), AUC stratum A vs C, and same-story precision /
   recall (Overall <= 1.5 vs >= 3) at the cut the clustering joins by (the edge floor
   ``knn_min_sim``), on dev and on test. Anchor: best official system, Pearson 0.818
   (multilingual evaluation set, a different, harder sample).
3. SemEval corpus: the 225 articles ingested as one corpus (ingest, duplicate groups,
   stories: the real path). Share of unrelated (stratum C) pairs in one story, share of
   same-story (A) pairs together (dev pairs, test pairs), stories holding a pair the
   raters called unrelated, the largest stories; beside the TF-IDF baseline at its
   dev-chosen cut. ``--stories`` prints every story's titles, to read by eye.
4. Near duplicates on the synthetic corpus (``storylens.corpus.synth``): precision and
   recall of the injected (original, copy) pairs, by edit rate.
5. Near duplicates on GoogleNews-TS's short texts, per split: verified pairs, groups,
   the largest group and member pairs across gold stories (no duplicate gold: a
   group holding two stories is wrong, one holding many headlines of one story is
   headlines chained by a shared name).

Metrics are implemented here with numpy. ``--write-baseline`` pins the measured figures
minus a margin in clustering_baseline.json, which tests/gates enforce.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from storylens.corpus.cluster import (
    ClusterOptions,
    StoryRecord,
    cluster_stories,
    doc_freq,
    pair_similarity,
)
from storylens.corpus.dedup import DedupOptions, DedupRecord, dedup
from storylens.corpus.synth import copy_pairs, synth_corpus

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
BASELINE = Path(__file__).with_name("clustering_baseline.json")
# Floors are the measured value minus this margin: room for harmless numeric drift,
# not for a real regression.
MARGIN = 0.02


# --- metrics ---------------------------------------------------------------------------


def contingency(pred, gold) -> np.ndarray:
    """Counts ``m[i, j]`` of items in predicted cluster i and gold cluster j."""
    _, p = np.unique(np.asarray([str(x) for x in pred]), return_inverse=True)
    _, g = np.unique(np.asarray([str(x) for x in gold]), return_inverse=True)
    m = np.zeros((p.max() + 1, g.max() + 1), dtype=np.int64)
    np.add.at(m, (p, g), 1)
    return m


def clustering_scores(pred, gold) -> dict[str, float]:
    """B-cubed P/R/F1 (item-averaged), pairwise P/R/F1, ARI and NMI (arithmetic mean)."""
    m = contingency(pred, gold).astype(float)
    n = m.sum()
    ps, gs = m.sum(1), m.sum(0)
    bp = float((m**2 / ps[:, None]).sum() / n)
    br = float((m**2 / gs[None, :]).sum() / n)

    def pairs(x: np.ndarray) -> float:
        return float((x * (x - 1) / 2).sum())

    tp, pp, gp, tot = pairs(m), pairs(ps), pairs(gs), n * (n - 1) / 2
    pair_p = tp / pp if pp else 1.0
    pair_r = tp / gp if gp else 1.0
    expected = pp * gp / tot
    ari = (tp - expected) / (0.5 * (pp + gp) - expected)
    nz = m > 0
    mi = float((m[nz] / n * np.log(m[nz] * n / np.outer(ps, gs)[nz])).sum())
    hp = float(-(ps / n * np.log(ps / n)).sum())
    hg = float(-(gs / n * np.log(gs / n)).sum())
    nmi = mi / ((hp + hg) / 2) if hp + hg > 0 else 1.0
    return {
        "bcubed_p": bp,
        "bcubed_r": br,
        "bcubed_f1": 2 * bp * br / (bp + br),
        "pair_p": pair_p,
        "pair_r": pair_r,
        "pair_f1": 2 * pair_p * pair_r / (pair_p + pair_r) if pair_p + pair_r else 0.0,
        "ari": float(ari),
        "nmi": nmi,
        "clusters": float(len(ps)),
    }


def pearson(x, y) -> float:
    x, y = np.asarray(x, float), np.asarray(y, float)
    return float(np.corrcoef(x, y)[0, 1])


def _ranks(x) -> np.ndarray:
    x = np.asarray(x, float)
    order = np.argsort(x, kind="stable")
    ranks = np.empty(len(x))
    ranks[order] = np.arange(len(x))
    for v in np.unique(x):  # average ranks of ties
        idx = x == v
        ranks[idx] = ranks[idx].mean()
    return ranks


def spearman(x, y) -> float:
    return pearson(_ranks(x), _ranks(y))


def auc(pos, neg) -> float:
    """Probability that a random positive scores above a random negative (ties = 1/2)."""
    pos, neg = np.asarray(pos, float)[:, None], np.asarray(neg, float)[None, :]
    return float(((pos > neg).sum() + 0.5 * (pos == neg).sum()) / (pos.size * neg.size))


# --- evaluations -----------------------------------------------------------------------


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def join_cut(options: ClusterOptions) -> float:
    """The pair-similarity cut at which the clustering links two articles (an edge)."""
    return options.knn_min_sim


SPLITS = json.loads((Path(__file__).with_name("gold") / "splits.json").read_text(encoding="utf-8"))


def _gnts_rows(split: str | None) -> list[dict] | None:
    path = DATA / "googlenews-ts" / "data.jsonl"
    if not path.exists():
        return None
    rows = _jsonl(path)
    if split is None:
        return rows
    keep = set(SPLITS["googlenews-ts"][split])
    return [r for r in rows if r["cluster"] in keep]


def googlenews(options: ClusterOptions | None = None, split: str | None = "test") -> dict[str, float] | None:
    """Scores on the texts of one split's gold clusters (``split=None``: all 11,108)."""
    options = options or ClusterOptions()
    rows = _gnts_rows(split)
    if rows is None:
        return None
    records = [StoryRecord(str(r["id"]), r["text"]) for r in rows]
    assignments = cluster_stories(records, options)
    return clustering_scores([a.story for a in assignments], [r["cluster"] for r in rows])


# --- TF-IDF baseline (scikit-learn): average-linkage clusters under a cosine distance cut ----


def tfidf_tree(texts: list[str]):
    """The textbook baseline: TF-IDF (scikit-learn, sublinear tf, English stop words) and
    an average-linkage tree over cosine distances (scipy), cut later at a distance."""
    from scipy.cluster.hierarchy import linkage
    from sklearn.feature_extraction.text import TfidfVectorizer

    x = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    sims = (x @ x.T).toarray()
    dist = np.clip(1.0 - sims[np.triu_indices(len(texts), 1)], 0.0, 2.0)
    return linkage(dist, method="average")


def tfidf_labels(tree, distance: float) -> list[int]:
    from scipy.cluster.hierarchy import fcluster

    return fcluster(tree, t=distance, criterion="distance").tolist()


BASELINE_CUTS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def tfidf_baseline_cut() -> float | None:
    """The baseline's distance cut with the best B-cubed F1 on GoogleNews-TS dev."""
    rows = _gnts_rows("dev")
    if rows is None:
        return None
    tree, gold = tfidf_tree([r["text"] for r in rows]), [r["cluster"] for r in rows]
    scored = [(clustering_scores(tfidf_labels(tree, d), gold)["bcubed_f1"], d) for d in BASELINE_CUTS]
    return max(scored)[1]


def tfidf_googlenews(distance: float, split: str = "test") -> dict[str, float] | None:
    rows = _gnts_rows(split)
    if rows is None:
        return None
    return clustering_scores(tfidf_labels(tfidf_tree([r["text"] for r in rows]), distance), [r["cluster"] for r in rows])


# --- SemEval-2022 Task 8: rated pairs, and the 225 articles as one corpus -----------------


def _semeval_data() -> tuple[dict[str, dict], list[dict]] | None:
    base = DATA / "semeval2022-en"
    if not (base / "pairs.jsonl").exists():
        return None
    return {a["id"]: a for a in _jsonl(base / "articles.jsonl")}, _jsonl(base / "pairs.jsonl")


def _split_pairs(pairs: list[dict], split: str | None) -> list[dict]:
    if split is None:
        return pairs
    keep = set(SPLITS["semeval2022-en"][split])
    return [p for p in pairs if p["pair_id"] in keep]


def semeval(options: ClusterOptions | None = None, split: str | None = "test") -> dict[str, float] | None:
    """Pair similarity (the clustering's join evidence) against the human ``Overall``."""
    options = options or ClusterOptions()
    data = _semeval_data()
    if data is None:
        return None
    raw, pairs = data
    arts = {i: StoryRecord(i, a["text"], a.get("title"), a.get("published")) for i, a in raw.items()}
    pairs = _split_pairs(pairs, split)
    df = doc_freq(arts.values(), options)
    sim = np.array([pair_similarity(arts[p["a"]], arts[p["b"]], df, options) for p in pairs])
    overall = np.array([p["Overall"] for p in pairs])
    same, diff = overall <= 1.5, overall >= 3
    pred = sim >= join_cut(options)
    tp, fp = int((pred & same).sum()), int((pred & diff).sum())
    return {
        "pearson": -pearson(sim, overall),
        "spearman": -spearman(sim, overall),
        "auc_a_vs_c": auc(sim[same], sim[diff]),
        "same_story_p": tp / (tp + fp) if tp + fp else 1.0,
        "same_story_r": tp / int(same.sum()),
        "pairs": float(len(pairs)),
    }


def semeval_corpus(options: ClusterOptions | None = None, keep_stories: bool = False) -> dict | None:
    """The 225 SemEval articles ingested as one corpus (the real path: ingest into a memory
    store, duplicate groups, stories), scored on the rated pairs of both splits.

    ``c_merged``: share of unrelated (stratum C, Overall >= 3) pairs put in one story;
    ``a_together``: share of same-story pairs (stratum A) put in one story;
    ``mixed``: stories holding a pair the raters called unrelated (Overall >= 3).
    """
    from storylens.engines.local.build import BuildOptions, build_stories
    from storylens.engines.local.ingest import IngestOptions, ingest
    from storylens.store import MemoryStore

    data = _semeval_data()
    if data is None:
        return None
    options = options or ClusterOptions()
    store = MemoryStore()
    ingest([DATA / "semeval2022-en" / "articles.jsonl"], store, run=IngestOptions(workers=1))
    build_stories(store, BuildOptions(cluster=options))
    ref = {r.id: r for r in store.refs([a for s in store.stories() for a in s.article_ids])}
    story_of: dict[str, int] = {}
    stories = []
    for s in store.stories():
        stories.append([ref[a] for a in s.article_ids])
        for a in s.article_ids:
            story_of[ref[a].record_id] = s.id
    _raw, pairs = data
    out: dict = {"articles": float(len(story_of)), "stories": float(len(stories))}
    for split in ("dev", "test", None):
        ps = [p for p in _split_pairs(pairs, split) if p["a"] in story_of and p["b"] in story_of]
        together = [story_of[p["a"]] == story_of[p["b"]] for p in ps]
        c = [t for t, p in zip(together, ps, strict=True) if p["stratum"] == "C"]
        a = [t for t, p in zip(together, ps, strict=True) if p["stratum"] == "A"]
        b = [t for t, p in zip(together, ps, strict=True) if p["stratum"] == "B"]
        tag = split or "all"
        out[f"c_merged_{tag}"] = sum(c) / len(c) if c else 0.0
        out[f"a_together_{tag}"] = sum(a) / len(a) if a else 1.0
        # related, not the same story (B): apart is right, together a topic story
        out[f"b_apart_{tag}"] = 1.0 - sum(b) / len(b) if b else 1.0
    unrelated = {(p["a"], p["b"]) for p in pairs if p["Overall"] >= 3}
    mixed = {story_of[a] for a, b in unrelated if a in story_of and story_of.get(b) == story_of[a]}
    out["mixed"] = float(len(mixed))
    sizes = sorted((len(s) for s in stories), reverse=True)
    out["largest"] = float(sizes[0]) if sizes else 0.0
    out["second"] = float(sizes[1]) if len(sizes) > 1 else 0.0
    out["multi"] = float(sum(1 for x in sizes if x > 1))
    if keep_stories:
        out["listing"] = [[(r.record_id, r.published, r.title) for r in s] for s in stories if len(s) > 1]
    return out


def tfidf_semeval_corpus(distance: float) -> dict | None:
    data = _semeval_data()
    if data is None:
        return None
    raw, pairs = data
    ids = list(raw)
    labels = tfidf_labels(tfidf_tree([(raw[i].get("title") or "") + "\n" + raw[i]["text"] for i in ids]), distance)
    story_of = dict(zip(ids, labels, strict=True))
    out: dict = {}
    for split in ("dev", "test", None):
        ps = _split_pairs(pairs, split)
        c = [story_of[p["a"]] == story_of[p["b"]] for p in ps if p["stratum"] == "C"]
        a = [story_of[p["a"]] == story_of[p["b"]] for p in ps if p["stratum"] == "A"]
        b = [story_of[p["a"]] == story_of[p["b"]] for p in ps if p["stratum"] == "B"]
        tag = split or "all"
        out[f"c_merged_{tag}"] = sum(c) / len(c) if c else 0.0
        out[f"a_together_{tag}"] = sum(a) / len(a) if a else 1.0
        out[f"b_apart_{tag}"] = 1.0 - sum(b) / len(b) if b else 1.0
    out["largest"] = float(max(Counter(labels).values()))
    return out


def near_duplicates(options: DedupOptions | None = None, seed: int = 7) -> dict[str, float]:
    """Precision/recall of the injected copies of a synthetic corpus (about 2,500 articles)."""
    options = options or DedupOptions()
    arts = synth_corpus(n_stories=300, seed=seed)
    report = dedup([DedupRecord(a.id, a.text, a.published) for a in arts], options)
    truth = copy_pairs(arts)
    found = {(a, b) for g in report.groups for i, a in enumerate(g.members) for b in g.members[i + 1 :]}
    tp = len(found & truth)
    by_id = {a.id: a for a in arts}
    hard = {p for p in truth if max(by_id[p[0]].edit_rate, by_id[p[1]].edit_rate) >= 0.15}
    return {
        "precision": tp / len(found) if found else 1.0,
        "recall": tp / len(truth),
        "recall_edits_15_20": len(found & hard) / len(hard) if hard else 1.0,
        "copies": float(len(truth)),
        "articles": float(len(arts)),
    }


def googlenews_duplicates(split: str = "dev", options: DedupOptions | None = None) -> dict[str, float] | None:
    """Near-duplicate groups over one split's short texts (titles + snippets). Texts of
    different gold stories in one group are wrong; the verified pairs and the largest
    group show how far one shared name chains headlines of a story together."""
    rows = _gnts_rows(split)
    if rows is None:
        return None
    report = dedup([DedupRecord(str(r["id"]), r["text"]) for r in rows], options or DedupOptions())
    gold = {str(r["id"]): r["cluster"] for r in rows}
    near = [g for g in report.groups if g.kind == "near"]
    across = sum(gold[a] != gold[b] for g in near for i, a in enumerate(g.members) for b in g.members[i + 1 :])
    return {
        "verified": float(report.verified),
        "near_groups": float(len(near)),
        "largest": float(max((len(g.members) for g in near), default=0)),
        "pairs_across_stories": float(across),
    }


def _table(title: str, rows: list[tuple[str, str, str]], anchor: str = "anchor") -> None:
    print(f"\n{title}")
    w = max(len(r[0]) for r in rows)
    print(f"  {'metric'.ljust(w)}  {anchor:>10}  {'storylens':>10}")
    for name, anchor, ours in rows:
        print(f"  {name.ljust(w)}  {anchor:>10}  {ours:>10}")


def _fmt(x: float) -> str:
    return f"{x:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write-baseline", action="store_true", help="pin floors in clustering_baseline.json")
    ap.add_argument("--stories", action="store_true", help="print the SemEval corpus stories' titles")
    args = ap.parse_args(argv)
    print(f"machine: {platform.processor() or platform.machine()}, {platform.system()} "
          f"{platform.release()}, python {platform.python_version()}, numpy {np.__version__}")
    measured: dict[str, dict[str, float]] = {}

    cut = tfidf_baseline_cut()
    if cut is None:
        print("\nGoogleNews-TS: data absent, skipped")
    else:
        print(f"\nTF-IDF baseline: average-linkage cosine distance cut {cut} (best B-cubed F1 on "
              f"GoogleNews-TS dev among {BASELINE_CUTS})")
        for split in ("dev", "test"):
            t = time.perf_counter()
            gn = googlenews(split=split)
            took = time.perf_counter() - t
            base = tfidf_googlenews(cut, split)
            assert gn is not None and base is not None
            measured[f"googlenews_{split}"] = gn
            _table(f"GoogleNews-TS {split} ({len(SPLITS['googlenews-ts'][split])} gold stories; "
                   f"storylens {took:.1f} s)", [
                (name, _fmt(base[k]), _fmt(gn[k])) for name, k in (
                    ("B-cubed precision", "bcubed_p"), ("B-cubed recall", "bcubed_r"),
                    ("B-cubed F1", "bcubed_f1"), ("pairwise F1", "pair_f1"), ("ARI", "ari"),
                    ("NMI", "nmi"), ("clusters", "clusters"))
            ], anchor="TF-IDF")
        print("  anchor (dataset README, all 11,108, k given): TF-IDF + KMeans B-cubed F1 0.621, ARI 0.241")

    for split in ("dev", "test"):
        se = semeval(split=split)
        if se is None:
            print("\nSemEval-2022 en-en: data absent, skipped")
            break
        measured[f"semeval_{split}"] = se
        _table(f"SemEval-2022 Task 8 en-en, {split} pairs ({se['pairs']:.0f}); cut {join_cut(ClusterOptions())}", [
            ("Pearson vs Overall", "0.818*", _fmt(se["pearson"])),
            ("Spearman vs Overall", "", _fmt(se["spearman"])),
            ("AUC stratum A vs C", "", _fmt(se["auc_a_vs_c"])),
            ("same-story precision", "", _fmt(se["same_story_p"])),
            ("same-story recall", "", _fmt(se["same_story_r"])),
        ])
    if "semeval_test" in measured:
        print("  * best official system on the multilingual evaluation set (0.872 on its en-en part)")

    t = time.perf_counter()
    sc = semeval_corpus(keep_stories=args.stories)
    if sc is not None:
        took = time.perf_counter() - t
        listing = sc.pop("listing", None)
        measured["semeval_corpus"] = sc
        base = tfidf_semeval_corpus(cut) if cut is not None else None
        b = (lambda k: _fmt(base[k])) if base else (lambda k: "")
        _table(f"SemEval corpus ({sc['articles']:.0f} articles, {sc['stories']:.0f} stories, "
               f"{sc['multi']:.0f} of 2+; {took:.1f} s)", [
            ("unrelated (C) merged, dev", b("c_merged_dev"), _fmt(sc["c_merged_dev"])),
            ("unrelated (C) merged, test", b("c_merged_test"), _fmt(sc["c_merged_test"])),
            ("unrelated (C) merged, all", b("c_merged_all"), _fmt(sc["c_merged_all"])),
            ("same story (A) together, dev", b("a_together_dev"), _fmt(sc["a_together_dev"])),
            ("same story (A) together, test", b("a_together_test"), _fmt(sc["a_together_test"])),
            ("same story (A) together, all", b("a_together_all"), _fmt(sc["a_together_all"])),
            ("related (B) apart, dev", b("b_apart_dev"), _fmt(sc["b_apart_dev"])),
            ("related (B) apart, test", b("b_apart_test"), _fmt(sc["b_apart_test"])),
            ("stories with an unrelated pair", "", f"{sc['mixed']:.0f}"),
            ("largest story", f"{base['largest']:.0f}" if base else "", f"{sc['largest']:.0f}"),
            ("second largest", "", f"{sc['second']:.0f}"),
        ], anchor="TF-IDF")
        if listing:
            for story in sorted(listing, key=len, reverse=True):
                print(f"  --- {len(story)} articles")
                for rid, published, title in story:
                    print(f"      {rid} {(published or '-')[:16]:16} {(title or '')[:100]}")

    t = time.perf_counter()
    nd = near_duplicates()
    measured["near_duplicates"] = nd
    _table(f"Near duplicates, synthetic ({nd['articles']:.0f} articles, {nd['copies']:.0f} injected copies; "
           f"{time.perf_counter() - t:.1f} s)", [
        ("precision", "", _fmt(nd["precision"])),
        ("recall", "", _fmt(nd["recall"])),
        ("recall, 15-20 % edits", "", _fmt(nd["recall_edits_15_20"])),
    ])

    for split in ("dev", "test"):
        gd = googlenews_duplicates(split)
        if gd is None:
            break
        _table(f"Near duplicates, GoogleNews-TS {split} (short texts)", [
            ("verified pairs", "", f"{gd['verified']:.0f}"),
            ("near-duplicate groups", "", f"{gd['near_groups']:.0f}"),
            ("largest group", "", f"{gd['largest']:.0f}"),
            ("member pairs across gold stories", "", f"{gd['pairs_across_stories']:.0f}"),
        ])

    if args.write_baseline:
        floors: dict = {
            "_comment": (
                "Floors = measured by benchmarks/clustering.py minus "
                f"{MARGIN} (ceilings: plus it); tests/gates/test_cluster_gate.py and "
                "test_semeval_corpus_gate.py fail beyond them."
            ),
            "margin": MARGIN,
        }
        keep = {
            "googlenews_test": ("bcubed_f1", "bcubed_p", "bcubed_r", "pair_f1", "ari"),
            "semeval_test": ("pearson", "auc_a_vs_c", "same_story_p", "same_story_r"),
            "near_duplicates": ("precision", "recall", "recall_edits_15_20"),
        }
        for section, names in keep.items():
            if section in measured:
                floors[section] = {k: round(max(0.0, measured[section][k] - MARGIN), 3) for k in names}
        if "semeval_corpus" in measured:
            sc = measured["semeval_corpus"]
            floors["semeval_corpus"] = {
                "_comment": "targets: c_merged <= 0.02, a_together >= 0.90, mixed = 0; pinned where reached",
                "c_merged_all_max": round(max(0.02, sc["c_merged_all"] + MARGIN), 3),
                "a_together_all_min": round(min(0.90, sc["a_together_all"] - MARGIN), 3),
                "mixed_max": int(sc["mixed"]),
                "largest_max": int(sc["largest"]),
            }
        # Pins only tighten: a floor never drops below, a ceiling never rises above, the
        # pinned value (a trade that loosens one is a decision for a person, by hand).
        old = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
        for section, pins in floors.items():
            before = old.get(section)
            if not isinstance(pins, dict) or not isinstance(before, dict):
                continue
            for k, v in pins.items():
                if k == "_comment":
                    pins[k] = before.get(k, v)
                elif k in before:
                    pins[k] = min(v, before[k]) if k.endswith("_max") else max(v, before[k])
        BASELINE.write_text(json.dumps(floors, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nwrote {BASELINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
