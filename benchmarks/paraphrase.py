"""Paraphrase alignment with and without a sentence-embedding layer, side by side.

Run: ``python benchmarks/paraphrase.py [--split dev] [--thresholds 0.7 0.8 ...]``

Candidates: lexical features alone (the default: close paraphrases only; and with
``paraphrases`` on, every one), the static embedding of the
``wordllama`` wheel (``embed_model="static"``, extra ``embed-static``) and MiniLM run in
numpy (``embed_model="minilm"``, extra ``embed``). For each, on the gold set's ``shared``
items (``benchmarks/gold/semeval_findings.jsonl``, split fixed in ``splits.json``):
recall overall and per kind, and precision of every aligned (a, b) body sentence pair,
with exactly the matching of ``benchmarks/findings_gold.py``. Each pair is cleaned and
segmented once; only ``align`` runs per candidate (findings do not change alignment).
Speed: sentences embedded per second (model loaded, cold and warm), and ``align`` on the
synthetic 50x40 story of ``benchmarks/alignment.py`` per candidate, in this process.
A candidate whose package is absent is listed as skipped. Tune on dev only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from findings_gold import DATA, GOLD, SPLITS, _jsonl, _text, span_in  # noqa: E402

from storylens.align import align  # noqa: E402
from storylens.errors import MissingExtra  # noqa: E402
from storylens.models import RawArticle  # noqa: E402
from storylens.options import Options  # noqa: E402
from storylens.pipeline import clean_all  # noqa: E402
from storylens.segment import segment  # noqa: E402


def _prepare(rows, articles):
    out = []
    for row in rows:
        A, B = articles[row["a"]], articles[row["b"]]
        raws = [RawArticle(source=f"semeval:{x['id']}", text=x["text"], outlet=x["outlet"],
                           title=x["title"], published=x["published"], url=x["url"],
                           record_id=x["id"]) for x in (A, B)]
        arts, _ = clean_all(raws, Options())
        if len(arts) < 2:
            out.append((row, A, B, None))
            continue
        out.append((row, A, B, [segment(a) for a in arts]))
    return out


def split_prepared(split: str):
    """The gold pairs of one split of splits.json, cleaned and segmented (``_prepare``)."""
    articles = {a["id"]: a for a in _jsonl(DATA / "articles.jsonl")}
    split_ids = set(json.loads(SPLITS.read_text(encoding="utf-8"))["semeval2022-en"][split])
    return _prepare([r for r in _jsonl(GOLD) if r["pair_id"] in split_ids], articles)


def score(prepared, options: Options) -> dict:
    """Recall (overall, per kind) and precision of the shared pairs under ``options``."""
    gold_n: dict[str, int] = defaultdict(int)
    found: dict[str, int] = defaultdict(int)
    n_sys = right = 0
    new_kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row, A, B, docs in prepared:
        gold = [i for i in row["items"] if i["type"] == "shared"]
        sents = {s.id: s for d in docs for s in d.sentences} if docs else {}
        pairs = []
        if docs:
            als, _ = align(docs, options)
            for al in als:
                body = [s for s in al.sentences if sents[s].block != "headline"]
                xs = [s for s in body if s.startswith("a1:")]
                ys = [s for s in body if s.startswith("a2:")]
                pairs += [(sents[x].text, sents[y].text, al.kind) for x in xs for y in ys]
        for i in gold:
            ta, tb = _text(A, i["a"]), _text(B, i["b"])
            for k in ("all", i.get("kind")):
                gold_n[k] += 1
            if any(span_in(ta, x) and span_in(tb, y) for x, y, _ in pairs):
                for k in ("all", i.get("kind")):
                    found[k] += 1
        for x, y, kind in pairs:
            n_sys += 1
            ok = any(span_in(_text(A, i["a"]), x) and span_in(_text(B, i["b"]), y) for i in gold)
            right += ok
            new_kinds[kind][0] += ok
            new_kinds[kind][1] += 1
    return {"recall": {k: (found[k], gold_n[k]) for k in gold_n}, "pairs": n_sys, "right": right,
            "by_link_kind": dict(new_kinds)}


def speed(model: str, texts: list[str]) -> dict:
    from storylens.embed import load_model

    load_model.cache_clear()  # time the table/weights and tokenizer load, not the cache
    t0 = time.perf_counter()
    m = load_model(model)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    m.encode(texts)
    enc_s = time.perf_counter() - t0
    return {"load_s": round(load_s, 3), "sentences": len(texts),
            "sentences_per_s": round(len(texts) / max(enc_s, 1e-9))}


def _pct(n, d):
    return f"{100 * n / d:.1f}%" if d else "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--models", nargs="*", default=["static", "minilm"])
    ap.add_argument("--thresholds", type=float, nargs="*", default=[None],
                    help="cosine thresholds to sweep (default: each model's DEFAULT_THRESHOLD)")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args(argv)
    if not DATA.is_dir() or not GOLD.is_file():
        print(f"skipped: {DATA} or {GOLD} not found (the evaluation data live beside the checkout)")
        return 0
    prepared = split_prepared(args.split)
    base = Options()
    # the default links close paraphrases only; --paraphrases (and every embedding
    # candidate) links all of them
    configs = [("lexical (default)", base), ("lexical --paraphrases", replace(base, paraphrases=True))]
    for m in args.models:
        configs += [(f"{m}@{t if t is not None else 'default'}",
                     replace(base, use_embeddings=True, embed_model=m, embed_threshold=t))
                    for t in args.thresholds]
    print(f"split: {args.split} ({len(prepared)} pairs)")
    print("| candidate | recall | verbatim | edited | paraphrase | aligned pairs | right | precision | "
          "paraphrase links right | align s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, opts in configs:
        t0 = time.perf_counter()
        try:
            r = score(prepared, opts)
        except MissingExtra as e:
            print(f"| {name} | skipped: {e} |")
            continue
        sec = time.perf_counter() - t0
        rc = r["recall"]
        cell = [f"{_pct(*rc.get(k, (0, 0)))} ({rc.get(k, (0, 0))[0]}/{rc.get(k, (0, 0))[1]})"
                for k in ("all", "verbatim", "edited", "paraphrase")]
        pk = r["by_link_kind"].get("paraphrase", [0, 0])
        print(f"| {name} | {' | '.join(cell)} | {r['pairs']} | {r['right']} | "
              f"{_pct(r['right'], r['pairs'])} | {pk[0]}/{pk[1]} | {sec:.2f} |")
    if not args.no_speed:
        from alignment import synthetic_story

        texts = [s.text for _, _, _, docs in prepared if docs for d in docs for s in d.sentences]
        docs = synthetic_story()
        print("\n| candidate | model load s | sentences/s (semeval) | align 50x40 story s |")
        print("|---|---:|---:|---:|")
        for name, opts in [("lexical", base)] + [(m, replace(base, use_embeddings=True, embed_model=m))
                                                  for m in args.models]:
            try:
                sp = speed(name, texts) if name != "lexical" else {}
            except MissingExtra as e:
                print(f"| {name} | skipped: {e} | | |")
                continue
            t0 = time.perf_counter()
            align(docs, opts)
            print(f"| {name} | {sp.get('load_s', '-')} | {sp.get('sentences_per_s', '-')} | "
                  f"{time.perf_counter() - t0:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
