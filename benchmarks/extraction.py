"""Article-body extraction benchmark: trafilatura alone vs storylens (extract + clean).

Data: ``shared/data/article-extraction/pages.jsonl`` beside the repo (181 pages of the
Zyte/Scrapinghub article-extraction-benchmark, with hand-labelled bodies). Metrics:

* ``tok``: bag-of-tokens (``\\w+``) precision/recall/F1, macro over pages;
* ``sh4``: the benchmark's own 4-gram shingle metric (its ``evaluate.py``: per-page
  TP/FP/FN normalised to sum 1, mean P and R over pages, F1 of the means), which is
  what the published anchor (trafilatura 2.0.0, F1 0.958) uses.

storylens is scored on its article body: the clean text without the headline block
(the gold bodies carry no headline). Run ``python benchmarks/extraction.py [--limit N]
[--split dev|test] [--save now.json] [--against before.json] [--write-baseline]``.

``--split`` scores the fixed dev or test half of ``benchmarks/gold/splits.json`` (tune
on dev; test is measured once). ``--save`` keeps storylens's body per page; ``--against``
then lists the gold lines (4+ words) the saved run kept and this one loses: the "no body
line newly lost" check after changing the extractor or the cleaner.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _shared() -> Path:
    """``shared/`` beside the repo; from a linked git worktree placed elsewhere (a baseline
    checkout in /tmp), ``shared/`` beside the main checkout, found through the worktree's
    ``.git`` file ("gitdir: <main>/.git/worktrees/<name>")."""
    here = ROOT.parent / "shared"
    dot_git = ROOT / ".git"
    if here.exists() or not dot_git.is_file():
        return here
    line = dot_git.read_text(encoding="utf-8").strip()
    if not line.startswith("gitdir:"):
        return here
    gitdir = Path(line.removeprefix("gitdir:").strip())
    if not gitdir.is_absolute():
        gitdir = (ROOT / gitdir).resolve()
    main = gitdir.parents[2] if gitdir.parent.name == "worktrees" else None
    return main.parent / "shared" if main is not None else here


DATA = _shared() / "data" / "article-extraction" / "pages.jsonl"
BASELINE = ROOT / "benchmarks" / "extraction_baseline.json"
SPLITS = ROOT / "benchmarks" / "gold" / "splits.json"
# Pinned floors sit this far under the measured figures so a platform's float noise or a
# library patch release does not fail the gate, while a real regression (>1 point) does.
MARGIN = 0.01
# tests/gates/test_extraction_gate.py scores every 2nd page (91 pages): ~6 s on 2 idle cores.
GATE_STEP = 2
_TOKEN = re.compile(r"\w+")


# --- metrics (logic of the benchmark's evaluate.py) -------------------------------------


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def _ngrams(toks: list[str], n: int) -> Counter:
    return Counter(
        tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i : i + n]
    )


def tp_fp_fn(true: str, pred: str, n: int) -> tuple[float, float, float]:
    """Per-page counts over n-gram shingles, normalised to sum to 1 (as evaluate.py)."""
    t, p = _ngrams(tokens(true), n), _ngrams(tokens(pred), n)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s > 0 else (tp, fp, fn)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def scores(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    """Macro precision/recall over pages and the F1 of those means."""
    p = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


# --- systems ----------------------------------------------------------------------------


def trafilatura_alone(html: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def storylens_body(html: str, url: str) -> str:
    from storylens.clean import clean_article
    from storylens.errors import InputError
    from storylens.models import RawArticle
    from storylens.options import Options

    try:
        art = clean_article(RawArticle(source=url, html=html, url=url), "a1", Options())
    except InputError:
        return ""
    return "\n\n".join(art.text[b.start : b.end] for b in art.blocks if b.kind != "headline")


SYSTEMS = {"trafilatura": trafilatura_alone, "storylens": storylens_body}


def split_ids(split: str | None) -> set[str] | None:
    """Page ids of the fixed ``dev`` or ``test`` split; ``None`` (all pages) for no split."""
    if split is None:
        return None
    return set(json.loads(SPLITS.read_text(encoding="utf-8"))["article-extraction"][split])


def pages(limit: int | None = None, step: int = 1, split: str | None = None) -> Iterator[dict]:
    """Pages of the data set (of one split), every ``step``-th one, at most ``limit``."""
    keep = split_ids(split)
    with DATA.open(encoding="utf-8") as f:
        n = 0
        for i, line in enumerate(f):
            if i % step:
                continue
            if keep is not None and json.loads(line)["id"] not in keep:
                continue
            if limit is not None and n >= limit:
                return
            n += 1
            yield json.loads(line)


def _score_page(page: dict) -> dict[str, tuple]:
    out: dict = {}
    for name, fn in SYSTEMS.items():
        pred = fn(page["html"], page["url"])
        out[name] = (
            tp_fp_fn(page["expected_body"], pred, 1),
            tp_fp_fn(page["expected_body"], pred, 4),
        )
        if name == "storylens":
            out["_pred"] = (page["id"], pred, page["expected_body"])
    return out


def page_counts(
    limit: int | None = None, step: int = 1, workers: int | None = None, split: str | None = None
) -> list[dict[str, tuple]]:
    """Per page (in data order): ``{system: (tok counts, sh4 counts)}``."""
    workers = workers or os.cpu_count() or 1
    with ProcessPoolExecutor(max_workers=workers) as ex:
        return list(ex.map(_score_page, pages(limit, step, split), chunksize=2))


def _norm(s: str) -> str:
    return " ".join(tokens(s.casefold()))


def lost_lines(before: dict[str, str], per_page: list[dict]) -> list[tuple[str, str]]:
    """Gold body lines (4+ words) found in ``before``'s output of a page but not in this one."""
    out = []
    for p in per_page:
        pid, pred, gold = p["_pred"]
        if pid not in before:
            continue
        old, now = _norm(before[pid]), _norm(pred)
        for line in gold.split("\n"):
            k = _norm(line)
            if len(k.split()) >= 4 and k in old and k not in now:
                out.append((pid, line))
    return out


def aggregate(per_page: list[dict[str, tuple]]) -> dict[str, dict]:
    """``{system: {"tok": scores, "sh4": scores, "pages": n}}``."""
    return {
        s: {
            "tok": scores([p[s][0] for p in per_page]),
            "sh4": scores([p[s][1] for p in per_page]),
            "pages": len(per_page),
        }
        for s in SYSTEMS
    }


def evaluate(
    limit: int | None = None, step: int = 1, workers: int | None = None
) -> dict[str, dict]:
    """Scores of every system over the chosen pages."""
    return aggregate(page_counts(limit, step, workers))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    ap.add_argument("--step", type=int, default=1, help="score every STEP-th page")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--split", choices=("dev", "test"), default=None, help="score one fixed split")
    ap.add_argument("--save", help="write storylens's body of each page to this JSON file")
    ap.add_argument("--against", help="list gold lines that FILE's run kept and this one loses")
    ap.add_argument(
        "--write-baseline", action="store_true", help=f"pin floors into {BASELINE.name}"
    )
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"data not found: {DATA}")
    import trafilatura

    t0 = time.perf_counter()
    per_page = page_counts(args.limit, args.step, args.workers, args.split)
    res = aggregate(per_page)
    secs = time.perf_counter() - t0
    n = res["storylens"]["pages"]
    print(f"article-extraction benchmark: {n} pages ({args.split or 'all'}), {secs:.1f} s")
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"trafilatura {trafilatura.__version__}"
    )
    print(
        f"{'system':<14}{'tok P':>8}{'tok R':>8}{'tok F1':>8}{'sh4 P':>8}{'sh4 R':>8}{'sh4 F1':>8}"
    )
    print(f"{'(published) trafilatura 2.0.0':<30}{'':>22}{0.938:>8.3f}{0.978:>8.3f}{0.958:>8.3f}")
    for name, r in res.items():
        t, s = r["tok"], r["sh4"]
        print(
            f"{name:<14}{t['precision']:>8.3f}{t['recall']:>8.3f}{t['f1']:>8.3f}"
            f"{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
        )
    if args.save:
        saved = {p["_pred"][0]: p["_pred"][1] for p in per_page}
        Path(args.save).write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    if args.against:
        before = json.loads(Path(args.against).read_text(encoding="utf-8"))
        lost = lost_lines(before, per_page)
        for pid, line in lost:
            print(f"lost {pid[:10]}: {line[:160]}")
        print(f"against {args.against}: {len(lost)} gold lines newly lost")
    if args.write_baseline:
        if args.limit is not None or args.step != 1 or args.split is not None:
            sys.exit("--write-baseline needs the full data set (no --limit/--step)")
        base = {
            "note": "floors = measured storylens F1 minus margin; regenerate with "
            "python benchmarks/extraction.py --write-baseline",
            "margin": MARGIN,
            "pages": n,
            "machine": {
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "trafilatura": trafilatura.__version__,
            },
            "measured": {
                k: {m: {x: round(v, 4) for x, v in r[m].items()} for m in ("tok", "sh4")}
                for k, r in res.items()
            },
            "floor": {m: round(res["storylens"][m]["f1"] - MARGIN, 4) for m in ("tok", "sh4")},
        }
        # The test gate scores every GATE_STEP-th page to stay fast; pin its own floors.
        gate = aggregate(per_page[::GATE_STEP])
        base["gate"] = {
            "step": GATE_STEP,
            "pages": gate["storylens"]["pages"],
            "measured": {
                k: {m: round(r[m]["f1"], 4) for m in ("tok", "sh4")} for k, r in gate.items()
            },
            "floor": {m: round(gate["storylens"][m]["f1"] - MARGIN, 4) for m in ("tok", "sh4")},
        }
        BASELINE.write_text(json.dumps(base, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}")


if __name__ == "__main__":
    main()
