"""Sentence-alignment quality on real article pairs (SemEval-2022 Task 8, en-en subset).

Run: ``python benchmarks/alignment.py [--data DIR] [--sample 20] [--thresholds E P]``

For every rated pair the two texts are cleaned (``storylens.clean.clean_text`` when the
module is present, else split into paragraph blocks on blank lines), segmented and
aligned. Printed:

* per stratum (A same story, B related, C different stories): mean / median number of
  aligned sentences and aligned share (aligned / shorter article's body sentences);
* AUC of "number of aligned sentences" separating A from C;
* recall of the 84 gold ``shared`` pairs of ``findings_gold.jsonl`` (a gold pair is found
  when one alignment links a sentence overlapping ``a_text`` with one overlapping
  ``b_text``), by gold kind;
* a precision lower bound (share of storylens alignments in the 15 gold pairs that hit
  a gold pair; gold is not exhaustive) and 20 sampled alignments to check by eye;
* the speed of ``align`` on a synthetic 50-article story;
* the machine it ran on.

``tests/gates/test_alignment_gate.py`` calls :func:`measure` and compares it with the floors
pinned in ``benchmarks/alignment_baseline.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

from storylens.align import align
from storylens.models import Article, Block, Document
from storylens.options import Options
from storylens.segment import segment

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "semeval2022-en"


def _blocks_on_blank_lines(text: str) -> tuple[Block, ...]:
    blocks, pos = [], 0
    for part in text.split("\n\n"):
        if part.strip():
            blocks.append(Block("paragraph", pos, pos + len(part)))
        pos += len(part) + 2
    return tuple(blocks)


def make_article(rec: dict, art_id: str) -> Article:
    """An Article from one ``articles.jsonl`` record (cleaned when clean.py exists)."""
    text = rec["text"]
    try:
        from storylens.clean import clean_text
    except ImportError:
        clean_text = None
    if clean_text is not None:
        res = clean_text(text, title=rec.get("title"))
        return Article(art_id, rec["id"], rec.get("outlet") or "?", res.text,
                       title=rec.get("title"), blocks=res.blocks, removed=res.removed)
    return Article(art_id, rec["id"], rec.get("outlet") or "?", text,
                   title=rec.get("title"), blocks=_blocks_on_blank_lines(text))


def _load(data: Path) -> tuple[list[dict], dict[str, dict], list[dict]]:
    def read(name: str) -> list[dict]:
        with (data / name).open(encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]

    arts = {r["id"]: r for r in read("articles.jsonl")}
    return read("pairs.jsonl"), arts, read("findings_gold.jsonl")


def _auc(pos: list[float], neg: list[float]) -> float:
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg)) if pos and neg else float("nan")


def _overlapping(doc: Document, needle: str) -> set[str]:
    """Ids of sentences overlapping the first occurrence of ``needle`` in the clean text."""
    start = doc.article.text.find(needle)
    if start < 0:
        return set()
    end = start + len(needle)
    return {s.id for s in doc.sentences if s.start < end and s.end > start}


def synthetic_story(n_articles: int = 50, n_sentences: int = 40, seed: int = 7) -> list[Document]:
    """A fictional wire story rewritten by ``n_articles`` outlets (edits, drops, additions)."""
    rng = random.Random(seed)
    syll = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "bri", "dal", "fen", "gor", "hul", "jin"]
    vocab = sorted({"".join(rng.choice(syll) for _ in range(rng.randint(2, 4))) for _ in range(4000)})
    names = ["Port Elm", "Harbourview", "Mayor Ilse Varga", "Lakeside Council", "Tamsin Roe",
             "the Coastal Authority", "Brightwater", "Northgate"]
    wire = []
    for _ in range(n_sentences):
        words = rng.sample(vocab, rng.randint(12, 26))
        words.insert(rng.randrange(len(words)), rng.choice(names))
        words.insert(rng.randrange(len(words)), str(rng.randint(2, 999)))
        wire.append(" ".join(words).capitalize() + ".")
    docs = []
    for a in range(n_articles):
        out = []
        for s in wire:
            r = rng.random()
            if r < 0.1:
                continue  # dropped
            if r < 0.4:  # edited: swap a couple of words
                ws = s[:-1].split()
                for _ in range(2):
                    ws[rng.randrange(len(ws))] = rng.choice(vocab)
                s = " ".join(ws) + "."
            out.append(s)
            if rng.random() < 0.1:
                out.append(" ".join(rng.sample(vocab, 15)).capitalize() + ".")
        text = "\n\n".join(out)
        art = Article(f"a{a + 1}", f"synthetic-{a + 1}", f"Outlet {a + 1}", text,
                      blocks=_blocks_on_blank_lines(text))
        docs.append(segment(art))
    return docs


def measure(data: Path = DEFAULT_DATA, options: Options | None = None, sample: int = 0,
            speed: bool = True) -> dict:
    """All figures as a dict (see the module docstring); prints nothing. Measures the
    aligner with paraphrase links on unless ``options`` says otherwise (they are off by
    default in ``compare``, Options.paraphrases: docs/findings.md)."""
    options = options or Options(paraphrases=True)
    pairs, arts, gold = _load(data)
    by_stratum: dict[str, list[tuple[int, float]]] = {"A": [], "B": [], "C": []}
    results: dict[str, tuple[list[Document], list]] = {}
    t0 = time.perf_counter()
    for p in pairs:
        docs = [segment(make_article(arts[p["a"]], "a1")), segment(make_article(arts[p["b"]], "a2"))]
        als, _ = align(docs, options)
        n_body = min(sum(s.block == "paragraph" for s in d.sentences) for d in docs) or 1
        by_stratum[p["stratum"]].append((len(als), len(als) / n_body))
        results[p["pair_id"]] = (docs, als)
    align_s = time.perf_counter() - t0
    out: dict = {"pairs": len(pairs), "pairs_seconds": round(align_s, 2)}
    for k, vals in by_stratum.items():
        counts = [c for c, _ in vals]
        shares = [s for _, s in vals]
        out[k] = {
            "n": len(vals),
            "mean_aligned": round(statistics.mean(counts), 3),
            "median_aligned": statistics.median(counts),
            "mean_share": round(statistics.mean(shares), 4),
            "median_share": round(statistics.median(shares), 4),
            "pairs_with_any": sum(c > 0 for c in counts),
        }
    out["auc_a_vs_c"] = round(_auc([c for c, _ in by_stratum["A"]], [c for c, _ in by_stratum["C"]]), 4)

    found = {"verbatim": [0, 0], "edited": [0, 0], "paraphrase": [0, 0]}
    hit_alignments = 0
    total_alignments = 0
    kinds_found: dict[str, int] = {}
    samples = []
    unlocatable = 0
    for g in gold:
        docs, als = results[g["pair_id"]]
        links = [(set(a.sentences), a) for a in als]
        total_alignments += len(als)
        hit = set()
        for item in g["shared"]:
            sa, sb = _overlapping(docs[0], item["a_text"]), _overlapping(docs[1], item["b_text"])
            if not sa or not sb:
                unlocatable += 1
            found[item["kind"]][1] += 1
            for i, (ids, al) in enumerate(links):
                if ids & sa and ids & sb:
                    found[item["kind"]][0] += 1
                    hit.add(i)
                    kinds_found[al.kind] = kinds_found.get(al.kind, 0) + 1
                    break
        hit_alignments += len(hit)
        for al in als:
            texts = [docs[int(sid.split(":s")[0][1:]) - 1].sentences[int(sid.split(":s")[1])].text
                     for sid in al.sentences]
            samples.append((g["pair_id"], al.kind, al.similarity, texts))
    n_gold = sum(v[1] for v in found.values())
    out["gold"] = {
        "items": n_gold,
        "unlocatable": unlocatable,
        "recall": round(sum(v[0] for v in found.values()) / n_gold, 4),
        "recall_by_kind": {k: round(v[0] / v[1], 4) if v[1] else None for k, v in found.items()},
        "found_as": kinds_found,
        "alignments_in_gold_pairs": total_alignments,
        "precision_lower_bound": round(hit_alignments / total_alignments, 4) if total_alignments else None,
    }
    if sample:
        out["samples"] = random.Random(1).sample(samples, min(sample, len(samples)))
    if speed:
        docs = synthetic_story()
        align(docs[:2], options)  # warm caches
        t, c = time.perf_counter(), time.process_time()
        als, uniq = align(docs, options)
        out["synthetic_50x40"] = {
            "seconds": round(time.perf_counter() - t, 3),
            "cpu_seconds": round(time.process_time() - c, 3),
            "sentences": sum(len(d.sentences) for d in docs),
            "groups": len(als),
            "unique": len(uniq),
        }
    return out


def machine() -> str:
    return (f"{platform.platform()} | python {platform.python_version()} | "
            f"{os.cpu_count()} cpu | {platform.processor() or platform.machine()}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--thresholds", type=float, nargs=2, metavar=("EDITED", "PARAPHRASE"))
    ap.add_argument("--embeddings", action="store_true", help="also use the optional embedding model")
    ap.add_argument("--embed-threshold", type=float)
    ap.add_argument("--no-paraphrases", action="store_true",
                    help="measure with paraphrase links off (the compare default)")
    args = ap.parse_args(argv)
    if not (args.data / "pairs.jsonl").exists():
        print(f"data not found: {args.data}", file=sys.stderr)
        return 2
    opts = Options(paraphrases=not args.no_paraphrases)
    if args.thresholds:
        opts = replace(opts, edited_threshold=args.thresholds[0], paraphrase_threshold=args.thresholds[1])
    if args.embeddings:
        opts = replace(opts, use_embeddings=True)
    if args.embed_threshold is not None:
        opts = replace(opts, embed_threshold=args.embed_threshold)
    r = measure(args.data, opts, sample=args.sample)
    base_path = Path(__file__).with_name("alignment_baseline.json")
    base = json.loads(base_path.read_text()) if base_path.exists() else {}
    floors = base.get("floors", {})
    print(f"machine: {machine()}")
    print(f"options: paraphrases={opts.paraphrases} edited_threshold={opts.edited_threshold} "
          f"paraphrase_threshold={opts.paraphrase_threshold} "
          f"use_embeddings={opts.use_embeddings} embed_threshold={opts.embed_threshold}")
    print(f"{'stratum':8} {'n':>3} {'mean aligned':>13} {'median':>7} {'mean share':>11} {'median share':>13} {'pairs>0':>8}")
    for k in "ABC":
        s = r[k]
        print(f"{k:8} {s['n']:>3} {s['mean_aligned']:>13.2f} {s['median_aligned']:>7} "
              f"{s['mean_share']:>11.3f} {s['median_share']:>13.3f} {s['pairs_with_any']:>8}")
    g = r["gold"]
    rows = [
        ("AUC A vs C (aligned count)", r["auc_a_vs_c"], floors.get("auc_a_vs_c")),
        ("mean aligned A / C", round(r["A"]["mean_aligned"] / max(r["C"]["mean_aligned"], 1e-9), 2),
         floors.get("a_over_c_ratio")),
        ("gold recall (84 shared pairs)", g["recall"], floors.get("gold_recall")),
        *((f"  recall {k}", v, floors.get(f"gold_recall_{k}")) for k, v in g["recall_by_kind"].items()),
        ("precision lower bound", g["precision_lower_bound"], floors.get("precision_lower_bound")),
        ("align 114 pairs (s)", r["pairs_seconds"], None),
        ("synthetic 50x40 align, wall (s)", r["synthetic_50x40"]["seconds"], None),
        ("synthetic 50x40 align, cpu (s)", r["synthetic_50x40"]["cpu_seconds"],
         base.get("ceilings", {}).get("synthetic_cpu_seconds")),
    ]
    print(f"\n{'figure':34} {'storylens':>10} {'pinned floor/ceiling':>21}")
    for name, val, fl in rows:
        print(f"{name:34} {val!s:>10} {fl if fl is not None else '-':>21}")
    print(f"gold items not locatable after cleaning (counted as misses): {g['unlocatable']}; gold found as: {g['found_as']}; "
          f"alignments in gold pairs: {g['alignments_in_gold_pairs']}")
    print(f"synthetic story: {r['synthetic_50x40']}")
    for pid, kind, sim, texts in r.get("samples", []):
        print(f"\n[{pid}] {kind} {sim:.2f}")
        for t in texts:
            print(f"   - {t[:220]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
