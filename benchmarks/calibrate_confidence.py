"""Calibrate each finding rule's confidence from non-test evidence; write the data file.

Run: ``.venv/bin/python benchmarks/calibrate_confidence.py [--write]``

Evidence per rule (``detail["rule"]`` of a finding), never the test split:

* **dev**: every finding on the dev pairs of ``benchmarks/gold/splits.json``, scored by
  ``benchmarks/findings_gold.py`` against ``benchmarks/gold/semeval_findings.jsonl`` with
  every off-by-default finder and the paraphrase links switched on (``--on all``) and no
  confidence floor, so each rule fires wherever the gold has evidence for it;
* **hand**: the verdicts of the hand-read items of real pairs and stories outside the gold
  set (``benchmarks/findings_report.md``, section "This revision": its pairs and, under
  "Stories", the population's stories compared as one). Each finding read counts once: a
  finding shown in both the default and the every-flag block is one finding (keyed by its
  pair or story id, rule, line and sentences). A story's finding and a pair's finding are two
  findings (another comparison, another set of outlets), even with the same words. The
  old hand-written omission/addition table of that file (branch h12o) is not read: its
  verdicts were carried into ``findings_report.REVIEW``, so those of findings the code
  still gives are already in "This revision", and a finding the code no longer gives is
  no evidence about the rule as it is (counting the table too counted each twice).

Shrinkage (counts are small: most rules have 0-6 findings). A rule's confidence is the
posterior mean of its precision under a Beta prior worth ``K`` (2) findings, centred on
the pooled precision ``m`` of the *other* rules of its finding type (Laplace-smoothed:
``m = (right + 1) / (n + 2)``, so 0.5 when the type has no other evidence):

    confidence = (right + K * m) / (n + K)

A rule with no evidence takes its type's figure; one finding moves it a third of the way
from there; 6 of 6 right gives 0.83-0.92. ``K = 2`` is the weight of Laplace's rule of
succession (Beta(1, 1)): as much as two findings, no more, because the type's other rules
are only a guess for this one.

A rule may carry a ``cap`` in the data file (kept across ``--write``): the value is then
``min(posterior, cap)`` and the entry says why (a rule held under the display cut on
evidence the gold cannot give). ``--write`` rewrites
``src/storylens/rules/confidence.json`` keeping each entry's ``cap``, ``flag`` and ``why``.

Exits 0 with a message when the shared data are absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
DATA_FILE = HERE.parent / "src" / "storylens" / "rules" / "confidence.json"
REPORT = HERE / "findings_report.md"
K = 2.0
_SECTION = "## This revision"

# One item line of the report: a pair id (``123_456``) or a story id (``story:123+4``).
_ITEM = re.compile(
    r"^\d+\. \*\*(?P<type>[\w:]+)\*\* `(?P<pair>[\w:+]+)` \([^)]*\) conf [\d.]+ "
    r"`(?P<rule>[\w.\-]+)` (?P<summary>.*?) — \*\*(?P<verdict>right|WRONG)\*\*"
)


def rule_type(rule: str) -> str:
    """The finding type a rule id belongs to (its prefix)."""
    head = rule.split(".", 1)[0]
    return {"fact": "fact_conflict", "name": "name_variant"}.get(head, head)


def hand_counts(path: Path = REPORT) -> dict[str, list[int]]:
    """[right, n] per rule from the hand-read items of this revision, each finding once."""
    if not path.is_file():
        return {}
    text = path.read_text(encoding="utf-8")
    start = text.find(_SECTION)
    if start < 0:
        return {}
    end = text.find("\n## ", start + 1)
    # an item: its line, then one "   - `a1:s3` text" line per sentence it points at
    # (an aligned pair or an unread item is numbered too but is no finding read: its
    # sentences belong to no finding)
    items: list[tuple[re.Match | None, list[str]]] = []
    for line in text[start:end if end >= 0 else None].splitlines():
        if re.match(r"\d+\. ", line):
            items.append((_ITEM.match(line), []))
        elif items and line.startswith("   - "):
            items[-1][1].append(line)
    seen, counts = set(), defaultdict(lambda: [0, 0])
    for m, sents in items:
        if m is None:
            continue
        key = (m["pair"], m["rule"], m["summary"], tuple(sents))
        if key in seen:
            continue
        seen.add(key)
        counts[m["rule"]][1] += 1
        counts[m["rule"]][0] += m["verdict"] == "right"
    return dict(counts)


def dev_counts() -> dict[str, list[int]] | None:
    """[right, n] per rule on the dev split, every finder on, no confidence floor."""
    import findings_gold as G

    if not G.DATA.is_dir() or not G.GOLD.is_file():
        return None
    G.ON = G.ALL_FLAGS
    G.CUT = 0.0
    articles = {a["id"]: a for a in G._jsonl(G.DATA / "articles.jsonl")}
    dev = set(json.loads(G.SPLITS.read_text(encoding="utf-8"))["semeval2022-en"]["dev"])
    rows = [r for r in G._jsonl(G.GOLD) if r["pair_id"] in dev]
    judged: list = []
    G.score(rows, articles, defaultdict(G.Tally), None, judged)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for j in judged:
        counts[j.rule][1] += 1
        counts[j.rule][0] += j.right
    return dict(counts)


def calibrate(rules: list[str], dev: dict, hand: dict, caps: dict) -> dict[str, dict]:
    ev = {r: (dev.get(r, [0, 0])[0] + hand.get(r, [0, 0])[0],
              dev.get(r, [0, 0])[1] + hand.get(r, [0, 0])[1]) for r in rules}
    out = {}
    for r in rules:
        t = rule_type(r)
        others = [ev[o] for o in rules if o != r and rule_type(o) == t]
        m = (sum(x for x, _ in others) + 1) / (sum(n for _, n in others) + 2)
        right, n = ev[r]
        post = (right + K * m) / (n + K)
        value = min(post, caps[r]) if r in caps else post
        out[r] = {"posterior": round(post, 3), "prior_mean": round(m, 3),
                  "confidence": round(value, 2)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true", help=f"rewrite {DATA_FILE.name}")
    args = ap.parse_args(argv)
    dev = dev_counts()
    if dev is None:
        print("skipped: the shared semeval data or the gold set are absent")
        return 0
    hand = hand_counts()
    table = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    entries = table["rules"]
    unknown = sorted(set(dev) - set(entries))
    if unknown:
        print(f"rules seen on dev but not in {DATA_FILE.name}: {unknown}")
        return 1
    rules = list(entries)
    caps = {r: e["cap"] for r, e in entries.items() if "cap" in e}
    result = calibrate(rules, dev, hand, caps)
    # "in file": the evidence and the value the data file holds now (its last --write)
    print("| rule | dev right/n | hand right/n | hand in file | prior mean | posterior | confidence "
          "| in file | was |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rules:
        d, h, c, e = dev.get(r, [0, 0]), hand.get(r, [0, 0]), result[r], entries[r]
        cap = " (cap)" if r in caps and c["confidence"] < c["posterior"] else ""
        old = e.get("hand", [0, 0])
        print(f"| `{r}` | {d[0]}/{d[1]} | {h[0]}/{h[1]} | {old[0]}/{old[1]} | {c['prior_mean']:.2f} | "
              f"{c['posterior']:.2f} | {c['confidence']:.2f}{cap} | {e.get('confidence', '')} "
              f"| {e.get('was', '')} |")
    if args.write:
        for r in rules:
            e = entries[r]
            e["confidence"] = result[r]["confidence"]
            e["dev"] = dev.get(r, [0, 0])
            e["hand"] = hand.get(r, [0, 0])
            e["prior_mean"] = result[r]["prior_mean"]
            e["posterior"] = result[r]["posterior"]
        text = json.dumps(table, indent=1, ensure_ascii=False)
        text = re.sub(r"\[\s+(\d+),\s+(\d+)\s+\]", r"[\1, \2]", text)  # [right, n] on one line
        DATA_FILE.write_text(text + "\n", encoding="utf-8")
        print(f"wrote {DATA_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
