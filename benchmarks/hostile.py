"""Hostile text shapes through ``compare``'s pipeline, each timed beside a plain article.

Issue 15's target: the slowest adversarial ~1 MB article takes at most 5x a plain ~1 MB
article measured in the same run; ``compare`` on a 20 MB article stays under 1 GB RSS.

Each case is one invented article (a short story about a harbour flood) whose body holds
one paragraph of the hostile shape, padded to ``--size`` characters, compared with a
second invented article that shares the story's sentences (so alignment, provenance and
findings all run). The plain case pads with ordinary varied prose instead. Every case
runs in a forked child that is killed at ``--limit`` x the plain time, so a super-linear
shape costs a bounded wait and is reported as such.

    python benchmarks/hostile.py [--size 1000000] [--limit 5] [--rss-mb 20] [--only NAME]

``tests/e2e/test_hostile_text.py`` imports this file: it checks that the calls ``compare``
makes grow linearly with size (:func:`calls`, a count) and that every shape finishes
under a generous hang guard; the ratios themselves are measured here, not asserted there.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import random
import sys
import time
from collections.abc import Callable

STORY = (
    "Flood barriers failed at Port Velling harbour on Tuesday night, the regional council said.\n\n"
    "About 120 homes were evacuated as the water rose 1.4 metres above the quay, according to"
    " the Velling Coastguard.\n\n"
    '"We will rebuild the sea wall before winter," said Mayor Ana Lund at a briefing on'
    " Wednesday.\n\n"
    "The council estimated the damage at 3.2 million kroner and said repairs would start on"
    " March 4.\n\n"
    "Residents gathered near the harbour wall as the afternoon wore on.\n\n"
)
COMPANION = (
    "Flood barriers failed at Port Velling harbour on Tuesday night, the regional council said.\n\n"
    "Around 150 homes were evacuated as the water rose 1.4 metres above the quay, the"
    " Velling Coastguard said.\n\n"
    '"We will rebuild the sea wall before the winter," Mayor Ana Lund told reporters on'
    " Wednesday.\n\n"
    "Officials put the damage at 3.2 million kroner.\n\n"
)

_NAMES = ["Ana Lund", "Piet Sorensen", "Mira Holt", "Jon Vasek", "Leena Marr", "Tomas Brandt"]
_PLACES = ["the quay", "Harbour Street", "the old market", "the ferry terminal", "North Dock"]
_VERBS = ["inspected", "visited", "described", "photographed", "closed", "reopened"]


def _plain(n: int) -> str:
    """Ordinary varied prose: names, numbers, dates and quotes in normal density."""
    rng = random.Random(15)
    out: list[str] = []
    size = 0
    while size < n:
        who, where, verb = rng.choice(_NAMES), rng.choice(_PLACES), rng.choice(_VERBS)
        k = rng.randrange(2, 900)
        para = (
            f"{who} {verb} {where} on March {rng.randrange(1, 29)}, when {k} people were"
            f" still waiting for news. Damage there was put at {rng.randrange(2, 90)}.{k % 10}"
            f" million kroner, up {rng.randrange(1, 60)}% on the first estimate. "
            f'"It is worse than {rng.choice(["last year", "we feared", "in 1987"])},"'
            f" said {rng.choice(_NAMES)}. Volunteers from {rng.choice(_PLACES)} brought"
            f" sandbags and blankets.\n\n"
        )
        out.append(para)
        size += len(para)
    return "".join(out)[:n]


def _repeat(unit: str, head: str = "", tail: str = "") -> Callable[[int], str]:
    return lambda n: head + unit * max(1, (n - len(head) - len(tail)) // len(unit)) + tail


# Each shape from the issue, as a payload of about n characters (one paragraph).
SHAPES: dict[str, Callable[[int], str]] = {
    "plain": _plain,
    "spaces": _repeat(" ", "The council met", "on Tuesday."),
    "tabs_nbsp": _repeat("\t\u00a0", "The council met", "on Tuesday."),
    "hashes": _repeat("#", "###### ", " Harbour"),
    "word_dot": _repeat("Word."),
    "quoted_word": _repeat('"word" '),
    "percents": lambda n: "Turnout moved " + " ".join(f"{i % 97}%" for i in range(n // 4))[:n] + ".",
    "dates": lambda n: "It rained on "
    + ", ".join(f"March {i % 28 + 1}, 2024" for i in range(n // 15))[:n]
    + ".",
    "numbers": lambda n: "The tally read " + " ".join(str(i % 5000) for i in range(n // 5))[:n] + ".",
    # distinct close figures (a table of ids or counts): a fact's 5% window holds thousands
    # of them, so each number's carrier lookup must not walk its window (findings/coverage)
    "ids": lambda n: "The register lists " + " ".join(str(100000 + i) for i in range(n // 7))[:n] + ".",
    # vote tallies in one sentence: each is read against what stands before it in its
    # sentence (findings/votes.py), which must be a bounded look-back, not the whole prefix
    "tallies": lambda n: "The board voted " + " ".join(
        f"{i % 9 + 1}-{i % 5 + 1}" if i % 2 else f"{i % 9 + 1} votes to {i % 5 + 1}"
        for i in range(n // 8))[:n] + ".",
    "said": _repeat('"w w," said X Y '),
    "speakers": lambda n: _speakers(n),
    # a dash run with a handle after it: the embedded-post signature is searched for
    # anywhere in a line holding "(@" (clean._mark_embeds)
    "dash_handle": _repeat("-", "", " (@velling) December 31, 2019"),
    # one sentence of relative pronouns with no break until its figures: each figure's
    # relative asides are found in one pass, not one search to the break per pronoun
    # (findings/facts._asides; review17a)
    "relatives": _repeat("the depot which stood by the river ", "In 2019 ",
                         ", and 30 boats and 40 vans left Velling."),
}


def _speakers(n: int) -> str:
    """Thousands of paragraphs of distinct named speakers, one quote and one more name
    each (paragraphs, as the quote and attribution analysis reads body text): every
    per-speaker lookup (attribution keys, coverage labels) must stay linear in them."""
    rng = random.Random(16)
    syl = ["ka", "lo", "mi", "ne", "ra", "su", "ti", "vo", "ze", "da", "pe", "gu"]

    def name() -> str:
        return "".join(rng.choice(syl) for _ in range(3)).capitalize()

    out: list[str] = []
    size = 0
    i = 0
    while size < n:
        para = (f'"The quay will reopen in {i % 50 + 3} weeks," {name()} {name()} said on Tuesday. '
                f"Inspector {name()} {name()} counted {i % 90 + 10} boats at the harbour.\n\n")
        out.append(para)
        size += len(para)
        i += 1
    return "".join(out)[:n]

def article(shape: str, size: int) -> str:
    """The hostile article: the story with the shape's paragraph in its middle."""
    paras = [p for p in STORY.split("\n\n") if p]
    payload = SHAPES[shape](max(0, size - len(STORY)))
    return "\n\n".join([*paras[:2], payload, *paras[2:]]) + "\n"


def compare_text(text: str) -> None:
    """``compare``'s stages (clean, segment, analyse, align, provenance, findings) and the
    coverage summary every renderer shows."""
    from storylens.findings.summary import coverage_summary
    from storylens.models import RawArticle
    from storylens.options import Options
    from storylens.pipeline import clean_all, compare_articles

    opts = Options()
    raws = [
        RawArticle(source="hostile.txt", text=text, outlet="Velling Herald"),
        RawArticle(source="companion.txt", text=COMPANION, outlet="Coast Wire"),
    ]
    articles, skipped = clean_all(raws, opts)
    coverage_summary(compare_articles(articles, opts, skipped))


def _child(conn, shape: str, size: int) -> None:
    text = article(shape, size)
    t0 = time.perf_counter()
    compare_text(text)
    conn.send(time.perf_counter() - t0)
    conn.close()


def timed(shape: str, size: int, limit_s: float) -> float | None:
    """Seconds ``compare`` took on the shape's article in a forked child; None when it
    ran past ``limit_s`` (the child is killed)."""
    return _in_child(_child, (shape, size), limit_s, shape)


def _in_child(target, args: tuple, limit_s: float, shape: str):
    """``target(conn, *args)``'s answer from a forked child; None past ``limit_s``."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=target, args=(child, *args), daemon=True)
    proc.start()
    child.close()
    try:
        if parent.poll(limit_s):
            return parent.recv()
        return None
    except EOFError:  # the child died: report it as an error, not as a time
        raise RuntimeError(f"{shape}: compare failed (exit code {proc.exitcode})") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        parent.close()


def _count_child(conn, shape: str, sizes: tuple[int, ...]) -> None:
    compare_text(article(shape, 3_000))  # imports, compiled patterns, first-call caches
    counts = []
    for size in sizes:
        text = article(shape, size)
        n = 0

        def count(frame, event, arg) -> None:
            nonlocal n
            n += 1

        sys.setprofile(count)
        try:
            compare_text(text)
        finally:
            sys.setprofile(None)
        counts.append(n)
    conn.send(counts)
    conn.close()


def calls(shape: str, sizes: tuple[int, ...], limit_s: float) -> list[int] | None:
    """Function calls and returns (Python and C, as ``sys.setprofile`` sees them) that
    ``compare`` makes on the shape's article at each size, in one forked child after a
    small warm-up run; None when the child ran past ``limit_s``. A count, not a time: the
    same on a loaded machine as on an idle one, so its growth with size shows a
    quadratic loop (4x the text, ~16x the calls) without a stopwatch. A single regular
    expression that backtracks is one call however long it runs: :func:`timed` and its
    limit are what catch that."""
    return _in_child(_count_child, (shape, sizes), limit_s, shape)


def _rss_child(conn, size: int) -> None:
    import resource

    compare_text(article("plain", size))
    conn.send(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)  # KiB -> MiB


def peak_rss_mb(size: int) -> float:
    """Peak RSS (MiB) of a fresh child process running compare on a ``size`` article."""
    ctx = multiprocessing.get_context("spawn")  # a fresh interpreter: no parent pages
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_rss_child, args=(child, size))
    proc.start()
    child.close()
    try:
        return parent.recv()
    finally:
        proc.join()
        parent.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000, help="characters per article")
    ap.add_argument("--limit", type=float, default=5.0, help="kill a case at this x plain")
    ap.add_argument("--rss-mb", type=float, default=20.0, help="article size for the RSS case (0: skip)")
    ap.add_argument("--only", action="append", default=[], help="run only these shapes")
    args = ap.parse_args(argv)
    print(f"# hostile text shapes, {args.size:,} chars each; python {platform.python_version()},"
          f" {os.cpu_count()} CPUs")
    plain = timed("plain", args.size, 3600)
    assert plain is not None
    print(f"{'plain':12s} {plain:8.2f} s   1.00x  (baseline, same run)")
    worst = 1.0
    for shape in SHAPES:
        if shape == "plain" or (args.only and shape not in args.only):
            continue
        t = timed(shape, args.size, args.limit * plain)
        if t is None:
            print(f"{shape:12s} > {args.limit * plain:6.2f} s  >{args.limit:.0f}x  killed")
            worst = max(worst, float("inf"))
            continue
        worst = max(worst, t / plain)
        print(f"{shape:12s} {t:8.2f} s {t / plain:6.2f}x")
    print(f"slowest shape: {worst:.2f}x plain (target <= {args.limit:g}x)")
    if args.rss_mb:
        size = int(args.rss_mb * 1_000_000)
        rss = peak_rss_mb(size)
        gb = rss * 2**20 / 1e9
        print(f"peak RSS of compare on a {args.rss_mb:g} MB plain article: {rss:.0f} MiB = {gb:.2f} GB"
              f" (target < 1 GB = {1e9 / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
