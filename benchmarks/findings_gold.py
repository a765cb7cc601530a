"""Findings and alignment against the project's gold set, dev and test split apart.

Run: ``.venv/bin/python benchmarks/findings_gold.py [--split test] [--show-wrong TYPE]
[--on story_facts,quote_changes]`` (``--on``: score with off-by-default finders switched on).

The gold set (``benchmarks/gold/semeval_findings.jsonl``, guide in ``benchmarks/gold/GUIDE.md``)
annotates 45 same-story (A) and 16 related (B) pairs of ``shared/data/semeval2022-en`` by
character offsets into each article's ``text``; the split of every pair is fixed in
``benchmarks/gold/splits.json``. Thresholds are tuned on ``dev`` only: the ``test`` rows are
the result.

Each pair is compared with the full pipeline (``clean_all`` then ``compare_articles``,
default ``Options`` unless ``--on``), exactly as ``storylens compare`` does. Matching:

* a gold span *is in* a system sentence when, after folding quotes, case and spaces, one
  contains the other, or (for spans of 4+ words) at least half of the span's words are in
  the sentence and they make up at least a third of the sentence's words;
* ``shared``: a gold sentence pair is found when one alignment group holds an a-sentence
  the a-span is in and a b-sentence the b-span is in, or a secondary link
  (``Comparison.links``, ``--on secondary_links``) joins two such sentences; the row
  ``shared (links)`` counts the links alone (found: gold pairs only a link finds). Precision counts every aligned
  (a, b) sentence pair of the system; the gold lists every shared pair, so an aligned pair
  outside it is wrong. Headlines come from the record's title, which the gold does not
  cover, so aligned headlines are left out;
* two-sided findings (``quote_changed``, ``fact_conflict``, ``name_variant``, ``framing``,
  ``shared_quote``) match a gold item of the same type when the a-span is in one of the
  finding's a-sentences and the b-span in one of its b-sentences; ``name_variant`` also
  needs the finding's two spellings to be the two gold names (when it names spellings);
* one-sided findings (``omission``, ``addition``) match a gold ``omission`` item when the
  span is in one of the finding's sentences of the article that carries the fact;
* a finding that matches a ``trap`` of its type, or a ``style_variant`` (for
  ``name_variant``), is counted wrong and listed.

``quote_changed`` recall counts only gold changes marked ``meaningful``; a finding that
matches a non-meaningful change counts as right only at confidence < 0.5 (graded low).

Exits 0 with a message when the shared data are absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1] / "shared" / "data" / "semeval2022-en"
GOLD = HERE / "gold" / "semeval_findings.jsonl"
SPLITS = HERE / "gold" / "splits.json"

TWO_SIDED = ("quote_changed", "fact_conflict", "name_variant", "framing", "shared_quote")
ONE_SIDED = ("omission", "addition")
LOW = 0.5  # a non-meaningful quote change is acceptable only graded below this


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _norm(text: str) -> str:
    text = (text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
            .replace("\u201d", '"').replace("\u2014", "-").replace("\u2013", "-"))
    return " ".join(text.casefold().split())


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", _norm(text))


def span_in(span: str, sentence: str) -> bool:
    """Whether a gold span is carried by a system sentence (see the module doc)."""
    g, s = _norm(span), _norm(sentence)
    if not g or not s:
        return False
    if g in s or (len(s) > 20 and s in g):
        return True
    wg, ws = _words(g), set(_words(s))
    if len(wg) < 4:
        return False
    common = sum(1 for w in set(wg) if w in ws)
    return common >= len(set(wg)) / 2 and common >= len(ws) / 3


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    findings: int = 0
    right: int = 0
    trap_hits: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    by_conf: dict[float, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))


@dataclass
class Judged:
    """One finding and its verdict, shown or not (the calibration tables read these)."""

    type: str
    rule: str
    confidence: float
    right: bool
    shown: bool


def _text(art: dict, span) -> str | None:
    return art["text"][span[0]:span[1]] if span else None


def _sides(comp, sids) -> tuple[list[str], list[str]]:
    a, b = [], []
    for sid in sids:
        try:
            text = comp.sentence(sid).text
        except (KeyError, IndexError, ValueError):
            continue
        (a if sid.startswith("a1:") else b).append(text)
    return a, b


def _finding_sentences(f) -> tuple[str, ...]:
    sids = list(f.sentences)
    for sp in getattr(f, "spans", ()) or ():
        if sp.sentence not in sids:
            sids.append(sp.sentence)
    return tuple(sids)


def _two_sided_match(comp, f, item, A, B) -> bool:
    ta, tb = _text(A, item.get("a")), _text(B, item.get("b"))
    if not ta or not tb:
        return False
    sa, sb = _sides(comp, _finding_sentences(f))
    hit = any(span_in(ta, s) for s in sa) and any(span_in(tb, s) for s in sb)
    if hit and f.type == "name_variant":
        spell = [_norm(s) for s in (f.detail.get("spellings") or {})]
        if spell:
            ga, gb = _norm(ta), _norm(tb)
            ok_a = {s for s in spell if s in ga or ga in s}
            ok_b = {s for s in spell if s in gb or gb in s}
            hit = any(x != y for x in ok_a for y in ok_b)
    return hit


def _one_sided_match(comp, f, item, A, B) -> bool:
    side = item.get("in")
    span = item.get(side) if side in ("a", "b") else None
    if not span:
        return False
    text = _text(A if side == "a" else B, span)
    sa, sb = _sides(comp, _finding_sentences(f))
    return any(span_in(text, s) for s in (sa if side == "a" else sb))


ON: tuple[str, ...] = ()  # Options flags switched on (--on), e.g. ("story_facts",)
# Every off-by-default finder and the paraphrase links (--on all): so that every rule fires
# where the gold has evidence for it.
ALL_FLAGS = ("paraphrases", "fact_conflicts", "story_facts", "quote_changes", "fact_coverage", "framing", "story_framing",
             "secondary_links", "context_paraphrases", "descriptors", "shared_quotes", "shared_sources",
             "additions")
# Findings are computed with no confidence floor; those under CUT (the display cut,
# Options.min_finding_confidence unless --min-confidence) count only in the calibration
# tables, so the main table is what the default output shows.
CUT: float | None = None


def scored_options():
    """The options a pair is scored with: ``ON`` flags on, the display cut ``CUT``."""
    from dataclasses import replace

    from storylens.options import Options

    cut = Options().min_finding_confidence if CUT is None else CUT
    return replace(Options(), min_finding_confidence=cut, **{name: True for name in ON})


def is_shown(f, options) -> bool:
    """Whether the output shows ``f`` (storylens.findings.find_all's own test; a plain cut
    for revisions before it, to measure their calibration the same way)."""
    try:
        from storylens.findings import is_shown as shown
    except ImportError:
        return f.confidence >= options.min_finding_confidence
    return shown(f, options)


def compare_pair(A: dict, B: dict):
    from dataclasses import replace

    from storylens.models import RawArticle
    from storylens.pipeline import clean_all, compare_articles

    # no confidence floor: findings under the cut are scored for the calibration tables
    options = replace(scored_options(), min_finding_confidence=0.0)
    raws = [RawArticle(source=f"semeval:{x['id']}", text=x["text"], outlet=x["outlet"],
                       title=x["title"], published=x["published"], url=x["url"],
                       record_id=x["id"]) for x in (A, B)]
    arts, skipped = clean_all(raws, options)
    if len(arts) < 2:
        return None
    return compare_articles(arts, options)


def _miss_cause(comp, pid: str, item: dict, ta: str, tb: str, gold_shared: list[dict], A: dict, B: dict,
                sys_pairs) -> tuple[str, str, str, str]:
    """(cause, pair id, a-span, b-span) of a gold shared pair the system does not align, the
    first cause that fits, in this order:

    * ``no sentence``: no body sentence of the system holds one of the spans (cleaning,
      segmentation);
    * ``one of several``: the gold pairs one of the two spans with two or more spans of the
      other article (a sentence split in two, two merged, a lede summing up several): a
      group holds one sentence per article, so at most one of those pairs can be a group's
      (the rest are ``Comparison.links`` at best); told apart by whether another of those
      pairs is aligned;
    * ``other side taken``: one of the two sentences is aligned, with a sentence the gold
      does not pair it with;
    * ``both free``: neither sentence is aligned (the lexical evidence fell short).
    """
    if comp is None:
        return "no sentence", pid, ta, tb
    body = [s for d in comp.documents for s in d.sentences if s.block != "headline"]
    xs = [s.id for s in body if s.id.startswith("a1:") and span_in(ta, s.text)]
    ys = [s.id for s in body if s.id.startswith("a2:") and span_in(tb, s.text)]
    if not xs or not ys:
        return "no sentence", pid, ta, tb
    siblings = [j for j in gold_shared if j is not item and (j["a"] == item["a"] or j["b"] == item["b"])]
    if siblings:
        found = any(span_in(_text(A, j["a"]), comp.sentence(x).text) and span_in(_text(B, j["b"]), comp.sentence(y).text)
                    for j in siblings for x, y, _ in sys_pairs)
        return ("one of several, another aligned" if found else "one of several, none aligned"), pid, ta, tb
    taken = {x for x, _, _ in sys_pairs} | {y for _, y, _ in sys_pairs}
    if taken & {*xs, *ys}:
        return "other side taken", pid, ta, tb
    return "both free", pid, ta, tb


def score(rows, articles, tallies, wrong_examples, judged: list[Judged] | None = None,
          misses: list[tuple[str, str, str, str]] | None = None):
    options = scored_options()
    for row in rows:
        A, B = articles[row["a"]], articles[row["b"]]
        comp = compare_pair(A, B)
        items = row["items"]
        pid = row["pair_id"]
        # shared sentences
        t = tallies["shared"]
        gold_shared = [i for i in items if i["type"] == "shared"]
        sys_pairs = []
        if comp is not None:
            for al in comp.alignments:
                # headlines come from the record's title, not its text: the gold cannot
                # cover them, so they are left out of the shared score
                body = [s for s in al.sentences if comp.sentence(s).block != "headline"]
                xs = [s for s in body if s.startswith("a1:")]
                ys = [s for s in body if s.startswith("a2:")]
                sys_pairs += [(x, y, al.kind) for x in xs for y in ys]
            # secondary links (a sentence linked to a further one outside its group)
            for ln in getattr(comp, "links", ()):
                x, y = sorted((ln.a, ln.b))
                if x.startswith("a1:") and y.startswith("a2:") and "headline" not in (
                        comp.sentence(x).block, comp.sentence(y).block):
                    sys_pairs.append((x, y, f"link:{ln.kind}"))
        t.gold += len(gold_shared)
        for i in gold_shared:
            ta, tb = _text(A, i["a"]), _text(B, i["b"])
            k = tallies[f"shared:{i.get('kind')}"]
            k.gold += 1
            if comp is not None and any(span_in(ta, comp.sentence(x).text)
                                        and span_in(tb, comp.sentence(y).text)
                                        for x, y, _ in sys_pairs):
                t.found += 1
                k.found += 1
            elif misses is not None:
                misses.append(_miss_cause(comp, pid, i, ta, tb, gold_shared, A, B, sys_pairs))
        t.findings += len(sys_pairs)
        lt = tallies["shared (links)"]
        for x, y, kind in sys_pairs:
            sx, sy = comp.sentence(x).text, comp.sentence(y).text
            is_link = kind.startswith("link:")
            lt.findings += is_link
            if any(span_in(_text(A, i["a"]), sx) and span_in(_text(B, i["b"]), sy)
                   for i in gold_shared):
                t.right += 1
                lt.right += is_link
            else:
                t.wrong.append(f"{pid} [{kind}] {sx[:90]!r} ~ {sy[:90]!r}")
                if is_link:
                    lt.wrong.append(t.wrong[-1])
        if comp is not None:  # gold pairs found only by a secondary link
            plain = [(x, y) for x, y, k in sys_pairs if not k.startswith("link:")]
            lt.found += sum(1 for i in gold_shared
                            if any(span_in(_text(A, i["a"]), comp.sentence(x).text)
                                   and span_in(_text(B, i["b"]), comp.sentence(y).text)
                                   for x, y, _ in sys_pairs)
                            and not any(span_in(_text(A, i["a"]), comp.sentence(x).text)
                                        and span_in(_text(B, i["b"]), comp.sentence(y).text)
                                        for x, y in plain))
        if comp is None:
            continue
        # findings
        for ftype in TWO_SIDED + ONE_SIDED:
            t = tallies[ftype]
            gtype = "omission" if ftype in ONE_SIDED else ftype
            gold = [i for i in items if i["type"] == gtype]
            if ftype == "quote_changed":
                gold_recall = [i for i in gold if i.get("meaningful")]
            else:
                gold_recall = gold
            if ftype != "addition":  # omission/addition share the gold items: count once
                t.gold += len(gold_recall)
            traps = [i for i in items if i["type"] == "trap" and i.get("would_be") == ftype]
            if ftype == "name_variant":
                traps += [i for i in items if i["type"] == "style_variant"]
            fs = [f for f in comp.findings if f.type == ftype]
            match = _one_sided_match if ftype in ONE_SIDED else _two_sided_match
            for i in gold_recall:  # recall: what the output shows
                if any(match(comp, f, i, A, B) for f in fs if is_shown(f, options)):
                    (tallies["omission"] if ftype == "addition" else t).found += 1
            for f in fs:
                t.findings += 1
                ok = strict = False
                for i in gold:
                    if match(comp, f, i, A, B):
                        strict = strict or ftype != "quote_changed" or bool(i.get("meaningful"))
                        ok = ok or strict or f.confidence < LOW
                trap = any(match(comp, f, i, A, B) for i in traps) if ftype in TWO_SIDED else False
                shown = is_shown(f, options)
                if judged is not None:
                    # calibration: right means right whatever the confidence (a trivial
                    # quote change is not made right by a low grade)
                    judged.append(Judged(ftype, str(f.detail.get("rule") or ftype), f.confidence,
                                         strict and not trap, shown))
                if not shown:
                    t.findings -= 1
                    continue
                bucket = round(f.confidence, 1)
                t.by_conf[bucket][1] += 1
                if ok and not trap:
                    t.right += 1
                    t.by_conf[bucket][0] += 1
                else:
                    line = f"{pid} conf={f.confidence:.2f} {f.summary[:160]}"
                    (t.trap_hits if trap else t.wrong).append(line)


def _pct(n, d):
    return f"{100 * n / d:.0f}%" if d else "–"


def render(split: str, tallies: dict[str, Tally], npairs: int, seconds: float) -> str:
    out = [f"### split: {split} ({npairs} pairs, {seconds:.1f} s)", "",
           "| type | gold items | found | recall | findings | right | precision | trap hits |",
           "|---|---:|---:|---:|---:|---:|---:|---:|"]
    order = ["shared", "shared:verbatim", "shared:edited", "shared:paraphrase", "shared (links)", *TWO_SIDED,
             *ONE_SIDED]
    for k in order:
        t = tallies.get(k)
        if t is None:
            continue
        if k.startswith("shared:"):
            out.append(f"| {k} | {t.gold} | {t.found} | {_pct(t.found, t.gold)} | | | | |")
            continue
        if k == "shared (links)":  # found: gold pairs only a secondary link finds
            if not t.findings:
                continue  # secondary_links off (the default): no row
            out.append(f"| {k} | | {t.found} | | {t.findings} | {t.right} | "
                       f"{_pct(t.right, t.findings)} | |")
            continue
        if k == "addition":
            out.append(f"| addition (gold: omission items) | | | | {t.findings} | {t.right} | "
                       f"{_pct(t.right, t.findings)} | {len(t.trap_hits)} |")
            continue
        out.append(f"| {k} | {t.gold} | {t.found} | {_pct(t.found, t.gold)} | {t.findings} | "
                   f"{t.right} | {_pct(t.right, t.findings)} | {len(t.trap_hits)} |")
    out.append("")
    return "\n".join(out)


def wilson(right: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval of a proportion (95% by default); (0, 1) for no trials."""
    if n == 0:
        return 0.0, 1.0
    p = right / n
    d = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / d
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / d
    return max(0.0, mid - half), min(1.0, mid + half)


BUCKETS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)  # [lo, hi): under the cut is one bucket


def calibration(tallies: dict[str, Tally], judged: list[Judged]) -> str:
    """Per type and shown confidence; per rule (every finding, shown or not); a
    reliability table per confidence bucket with Wilson 95% intervals; the expected
    calibration error (ECE = sum over buckets of n_b/N * |precision_b - mean confidence_b|)."""
    out = ["| type | confidence | findings | right | precision |", "|---|---:|---:|---:|---:|"]
    for k, t in tallies.items():
        for c in sorted(t.by_conf):
            right, n = t.by_conf[c]
            out.append(f"| {k} | {c:.1f} | {n} | {right} | {_pct(right, n)} |")
    out += ["", "Per rule, every finding (shown or under the cut):", "",
            "| rule | confidence | findings | right | precision | shown |",
            "|---|---|---:|---:|---:|---:|"]
    by_rule: dict[str, list[Judged]] = defaultdict(list)
    for j in judged:
        by_rule[j.rule].append(j)
    for rule in sorted(by_rule):
        js = by_rule[rule]
        confs = sorted({round(j.confidence, 2) for j in js})
        right = sum(j.right for j in js)
        out.append(f"| {rule} | {'/'.join(f'{c:.2f}' for c in confs)} | {len(js)} | {right} | "
                   f"{_pct(right, len(js))} | {sum(j.shown for j in js)} |")
    out += ["", "Reliability, every finding:", "",
            "| confidence bucket | mean confidence | findings | right | precision | Wilson 95% |",
            "|---|---:|---:|---:|---:|---|"]
    ece, total = 0.0, len(judged)
    for lo, hi in zip(BUCKETS, BUCKETS[1:], strict=False):
        js = [j for j in judged if lo <= j.confidence < hi]
        if not js:
            continue
        n, right = len(js), sum(j.right for j in js)
        mean = sum(j.confidence for j in js) / n
        w0, w1 = wilson(right, n)
        ece += n / total * abs(right / n - mean)
        out.append(f"| [{lo:.1f}, {min(hi, 1.0):.1f}{']' if hi > 1 else ')'} | {mean:.3f} | {n} | "
                   f"{right} | {right / n:.3f} | {w0:.2f}–{w1:.2f} |")
    out += ["", f"ECE over {total} findings: {ece:.3f}" if total else "no findings"]
    if judged:
        rules = {j.rule for j in judged}
        out.append("Counts per rule as JSON (for src/storylens/findings/confidence.json): "
                   + json.dumps({r: [sum(j.right for j in judged if j.rule == r),
                                     sum(1 for j in judged if j.rule == r)]
                                 for r in sorted(rules)}))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "test", "both"), default="dev",
                    help="dev (the default: the split tuned on); test and both print the held-out split, run once")
    ap.add_argument("--show-wrong", default="", help="comma-separated types whose wrong findings to list")
    ap.add_argument("--calibration", action="store_true", help="precision per confidence bucket")
    ap.add_argument("--on", default="", help="comma-separated Options flags to switch on "
                    "(paraphrases, story_facts, quote_changes, story_framing, fact_coverage, "
                    "secondary_links, context_paraphrases; "
                    "all: every one of them)")
    ap.add_argument("--misses", action="store_true",
                    help="list the missed gold shared pairs by cause (_miss_cause) after the table")
    ap.add_argument("--min-confidence", type=float, default=None,
                    help="display cut for the main table (default: Options.min_finding_confidence)")
    args = ap.parse_args(argv)
    global ON, CUT
    ON = tuple(s for s in args.on.split(",") if s)
    if "all" in ON:
        ON = ALL_FLAGS
    from storylens.options import Options

    CUT = Options().min_finding_confidence if args.min_confidence is None else args.min_confidence
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (the evaluation data live beside the checkout)")
        return 0
    if not GOLD.is_file():
        print(f"skipped: {GOLD} not found")
        return 0
    articles = {a["id"]: a for a in _jsonl(DATA / "articles.jsonl")}
    splits = json.loads(SPLITS.read_text(encoding="utf-8"))["semeval2022-en"]
    rows = _jsonl(GOLD)
    for row in rows:  # the split is the fixed list, never the row's own copy
        row["split"] = "dev" if row["pair_id"] in set(splits["dev"]) else "test"
    wanted = ("dev", "test") if args.split == "both" else (args.split,)
    show = {s for s in args.show_wrong.split(",") if s}
    for split in wanted:
        part = [r for r in rows if r["split"] == split]
        tallies: dict[str, Tally] = defaultdict(Tally)
        judged: list[Judged] = []
        t0 = time.perf_counter()
        missed: list[tuple[str, str, str, str]] = []
        score(part, articles, tallies, None, judged, missed if args.misses else None)
        print(render(split, tallies, len(part), time.perf_counter() - t0))
        if args.misses:
            causes = Counter(m[0] for m in missed)
            print("| missed shared pair: cause | pairs |\n|---|---:|")
            for cause, n in causes.most_common():
                print(f"| {cause} | {n} |")
            for cause, pid, ta, tb in sorted(missed):
                print(f"  MISS {cause}: {pid} {' '.join(ta.split())[:110]!r} ~ {' '.join(tb.split())[:110]!r}")
            print()
        if args.calibration:
            print(calibration(tallies, judged))
            print()
        for k in sorted(show):
            t = tallies.get(k)
            if t is None:
                continue
            for line in t.trap_hits:
                print(f"  TRAP  {k}: {line}")
            for line in t.wrong:
                print(f"  WRONG {k}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
