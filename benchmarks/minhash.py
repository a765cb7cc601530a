"""MinHash signature speed and accuracy: storylens beside datasketch and rensa.

Same input for all three: 10,000 synthetic ~420-word articles (``storylens.corpus.synth``),
their 3-word shingles over the same tokens, 128 permutations. Each library gets the
shingles in its own input form, prepared before the clock starts (storylens: uint64
shingle hashes; datasketch: bytes; rensa: str), so the timed part is signing only. A
second table times the whole path from text (tokenise, shingle, sign).

Accuracy: pairs of shingle sets with true Jaccard spread over 0..1 (a set, and a mix of
part of it with part of an unrelated document); mean absolute error of each library's
estimate against the exact Jaccard. Single thread for everyone.

storylens signs by one-permutation hashing with optimal densification (one bin per
shingle, 128 bins, see ``storylens.corpus.minhash``), datasketch and rensa by 128
hash permutations; the estimates are read the same way (share of equal positions).

    python benchmarks/minhash.py [--docs 10000] [--pairs 600]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from importlib import metadata

import numpy as np

from storylens.corpus.minhash import jaccard, jaccard_estimate, signatures
from storylens.corpus.shingles import hash_token_shingles, shingle_hashes, token_hashes, tokens
from storylens.corpus.synth import synth_corpus

NUM_PERM = 128
K = 3


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return (f"{cpu}, {os.cpu_count()} logical CPUs, {platform.system()} {platform.release()}, "
            f"python {platform.python_version()}, numpy {np.__version__}")


def _shingle_strings(toks: list[str]) -> list[str]:
    if len(toks) < K:
        return [" ".join(toks)] if toks else []
    return sorted({" ".join(toks[i : i + K]) for i in range(len(toks) - K + 1)})


def _best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--pairs", type=int, default=600)
    ap.add_argument("--datasketch-docs", type=int, default=2_000,
                    help="datasketch is slow; it signs this many docs (rate is per doc)")
    args = ap.parse_args(argv)
    try:
        import datasketch
        import rensa
    except ImportError as e:  # the dev extra has both
        print(f"needs the dev extra (datasketch, rensa): {e}")
        return 1
    print(f"machine: {_machine()}")
    print(f"datasketch {metadata.version('datasketch')}, rensa {metadata.version('rensa')}; "
          f"load average {os.getloadavg()[0]:.1f} (timings are noisy when it exceeds the CPU count)")

    arts = synth_corpus(n_stories=args.docs // 6 + 50, per_story=(4, 8), copy_share=0.1, seed=11)[: args.docs]
    texts = [a.text for a in arts]
    toks = [tokens(t) for t in texts]
    ours_in = [hash_token_shingles(token_hashes(t), K) for t in toks]
    strs = [_shingle_strings(t) for t in toks]
    ds_in = [[s.encode("utf-8") for s in ss] for ss in strs[: args.datasketch_docs]]
    n = len(texts)
    words = np.mean([len(t) for t in toks])
    print(f"{n} docs, {words:.0f} words and {np.mean([len(s) for s in ours_in]):.0f} shingles per doc on average, "
          f"{NUM_PERM} permutations")

    def run_ours() -> None:
        signatures(ours_in, NUM_PERM, seed=1)

    def run_rensa() -> None:
        for ss in strs:
            m = rensa.RMinHash(num_perm=NUM_PERM, seed=1)
            m.update(ss)
            m.digest()

    def run_ds() -> None:
        datasketch.MinHash.bulk(ds_in, num_perm=NUM_PERM, seed=1)

    t_ours = _best_of(run_ours, 3)
    t_rensa = _best_of(run_rensa, 3)
    t_ds = _best_of(run_ds, 1)
    rate = {"storylens": n / t_ours, "rensa": n / t_rensa, "datasketch": len(ds_in) / t_ds}
    print("\nsigning prepared shingles (best of 3; datasketch 1 run)")
    print(f"  {'library':<24}{'docs/s':>12}{'vs datasketch':>16}{'vs rensa':>10}")
    for name, label in (("datasketch", "datasketch MinHash.bulk"), ("rensa", "rensa RMinHash"),
                        ("storylens", "storylens signatures")):
        print(f"  {label:<24}{rate[name]:>12,.0f}{rate[name] / rate['datasketch']:>15.1f}x"
              f"{rate[name] / rate['rensa']:>9.2f}x")

    def e2e_ours() -> None:
        signatures([shingle_hashes(t, K) for t in texts], NUM_PERM, seed=1)

    def e2e_rensa() -> None:
        for t in texts:
            m = rensa.RMinHash(num_perm=NUM_PERM, seed=1)
            m.update(_shingle_strings(tokens(t)))
            m.digest()

    e_ours, e_rensa = _best_of(e2e_ours, 2), _best_of(e2e_rensa, 2)
    print("\nfrom text: tokenise + shingle + sign (same tokenizer for both)")
    print(f"  {'rensa (python shingles)':<24}{n / e_rensa:>12,.0f}")
    print(f"  {'storylens':<24}{n / e_ours:>12,.0f}{'':>16}{e_rensa / e_ours:>9.2f}x")

    # accuracy over pairs with a spread of true Jaccard
    rng = np.random.default_rng(5)
    sets_a, sets_b, truth = [], [], []
    for i in range(args.pairs):
        a = ours_in[rng.integers(n)]
        c = ours_in[rng.integers(n)]
        target = (i + 0.5) / args.pairs
        keep = rng.random(len(a)) < (2 * target / (1 + target))  # |A∩B|/|A| for J=target at |B|≈|A|
        shared = a[keep]
        extra = c[: max(0, len(a) - len(shared))]
        b = np.union1d(shared, extra)
        sets_a.append(a)
        sets_b.append(b)
        truth.append(jaccard(a, b))
    truth_arr = np.array(truth)
    est_ours = jaccard_estimate(signatures(sets_a, NUM_PERM, 1), signatures(sets_b, NUM_PERM, 1))

    def lib_estimates(make) -> np.ndarray:
        out = []
        for a, b in zip(sets_a, sets_b, strict=True):
            out.append(make(a).jaccard(make(b)))
        return np.array(out)

    def mk_rensa(x: np.ndarray):
        m = rensa.RMinHash(num_perm=NUM_PERM, seed=1)
        m.update([str(v) for v in x.tolist()])
        return m

    def mk_ds(x: np.ndarray):
        m = datasketch.MinHash(num_perm=NUM_PERM, seed=1)
        m.update_batch([str(v).encode() for v in x.tolist()])
        return m

    est_rensa = lib_estimates(mk_rensa)
    est_ds = lib_estimates(mk_ds)
    bound = np.mean(np.sqrt(2 / np.pi) * np.sqrt(truth_arr * (1 - truth_arr) / NUM_PERM))
    print(f"\nestimate error on {args.pairs} pairs, true Jaccard {truth_arr.min():.2f}..{truth_arr.max():.2f} "
          f"(mean |error| expected from the binomial: {bound:.4f})")
    print(f"  {'library':<24}{'MAE':>10}{'max |err|':>12}")
    for label, est in (("datasketch", est_ds), ("rensa", est_rensa), ("storylens", est_ours)):
        err = np.abs(np.asarray(est) - truth_arr)
        print(f"  {label:<24}{err.mean():>10.4f}{err.max():>12.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
