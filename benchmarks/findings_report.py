"""Precision read by hand on real pairs outside the gold set (issues 11 and 12).

Run: ``.venv/bin/python benchmarks/findings_report.py [--out benchmarks/findings_report.md]``
(``--print`` writes the sample to stdout only, for reading).

The gold set (``benchmarks/gold/semeval_findings.jsonl``, scored by
``benchmarks/findings_gold.py``) is small and was read for tuning; this report measures
precision where nothing was tuned. **Population**, all from ``shared/data/semeval2022-en``,
each pair compared with the full pipeline and default ``Options`` (as ``storylens compare``):

* ``listed``: every pair of ``pairs.jsonl`` that is not in the gold set (the B related and
  C unrelated pairs left out of it);
* ``unlisted``: article pairs that ``pairs.jsonl`` does not list and whose TF-IDF cosine
  (words of 4+ letters) is in [0.2, 0.9): coverage of one event by two outlets that no
  annotator paired (above 0.9 the two texts are one article twice);
* ``same-outlet``: ``SAME_OUTLET`` seeded pairs of one outlet's articles about different
  stories (cosine < 0.2), where any shared-content claim is suspect.

**Stories**: each group of 3+ articles linked by the unlisted pairs is also compared as one
story (``stories``), where omission can fire; its findings are read on their own.

**What counts as a finding**: every finding shown by default (confidence at or above
``min_finding_confidence``), and every aligned sentence pair (the "shared" view claims the
two sentences say the same thing; headlines excluded as in the gold scorer). **Sample**:
per type, items ordered by a seeded hash (``SEED``) and the first ``CAP[type]`` kept, so the
draw is random, fixed, and stays put when other items come and go. Verdicts (``REVIEW``)
were written by reading each item against both article texts; an item nobody read shows
"?" and is left out of the figures. Items are keyed (``item_key``) and drawn by a hash of
their words (type, the finding's line, the text of its sentences), never by sentence ids:
a change to the cleaner or the segmenter renumbers sentences, and a verdict keyed by ids
then silently judged another item. An item whose words change is read again.

The flags run also tabulates the items that only the flags produce (the precision of each
off-by-default finder).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1] / "shared" / "data" / "semeval2022-en"
GOLD = HERE / "gold" / "semeval_findings.jsonl"
OUT = HERE / "findings_report.md"
SEED = 11
SAME_OUTLET = 12
LO, HI = 0.2, 0.9
# How many items of each type the sample keeps (all of them when fewer): every finding
# type up to 30, aligned pairs up to these caps; at main 74b2d0b that is every item of the
# population. (The baseline sample of main 371b643 was drawn with paraphrase 20, edited 6,
# verbatim 4, findings 15: 53 items; the revision of dc0c0fa with 30/25/14/15.)
CAP = {"aligned:paraphrase": 50, "aligned:edited": 40, "aligned:verbatim": 20}
CAP_FINDING = 30
EXCERPT = 150


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def population(articles: dict[str, dict]) -> list[tuple[str, str, str, str]]:
    """(pair id, article a, article b, origin) for every pair outside the gold set."""
    gold = {r["pair_id"] for r in _jsonl(GOLD)}
    listed = _jsonl(DATA / "pairs.jsonl")
    known = {frozenset((p["a"], p["b"])) for p in listed}
    out = [(p["pair_id"], p["a"], p["b"], f"listed-{p['stratum']}") for p in listed
           if p["pair_id"] not in gold]
    ids = sorted(articles)
    vec = _tfidf({i: articles[i]["text"] for i in ids})
    same: list[tuple[str, str]] = []
    for x, a in enumerate(ids):
        for b in ids[x + 1:]:
            if frozenset((a, b)) in known:
                continue
            s = _cos(vec[a], vec[b])
            if LO <= s < HI:
                out.append((f"{a}_{b}", a, b, "unlisted"))
            elif s < LO and articles[a]["outlet"] == articles[b]["outlet"]:
                same.append((a, b))
    rng = random.Random(SEED)
    out += [(f"{a}_{b}", a, b, "same-outlet") for a, b in rng.sample(same, min(SAME_OUTLET, len(same)))]
    return out


def _tfidf(texts: dict[str, str]) -> dict[str, dict[str, float]]:
    counts = {i: Counter(re.findall(r"[a-z]{4,}", t.lower())) for i, t in texts.items()}
    df = Counter(w for c in counts.values() for w in c)
    n = len(texts)
    out = {}
    for i, c in counts.items():
        v = {w: (1 + math.log(k)) * math.log(n / df[w]) for w, k in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out[i] = {w: x / norm for w, x in v.items()}
    return out


def _cos(va: dict[str, float], vb: dict[str, float]) -> float:
    if len(va) > len(vb):
        va, vb = vb, va
    return sum(x * vb.get(w, 0.0) for w, x in va.items())


def _norm(text: str) -> str:
    """A sentence or summary as its lower-cased word characters: the cleaner's quote,
    dash and space changes and the segmenter's ids do not move a verdict."""
    return " ".join(re.findall(r"\w+", text.lower()))


def item_key(it: dict) -> str:
    """What a verdict is about, as 12 hex digits: the type, a finding's one line, and the
    text of the sentences it points at (never their ids, which shift whenever the cleaner
    or the segmenter changes an earlier line). An item that keeps its words keeps its
    verdict; one whose line or sentences changed is read again."""
    parts = [it["type"], _norm(it.get("summary", "")), *(_norm(t) for _, t in it["sents"])]
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:12]


def items_of(pid: str, origin: str, comp, aligned: bool = True) -> list[dict]:
    """Every finding shown and (``aligned``) every aligned body-sentence pair of one
    comparison."""
    out = []
    for f in comp.findings:
        out.append({"pair": pid, "origin": origin, "type": f.type, "summary": f.summary,
                    "rule": f.detail.get("rule", ""),
                    "line": f"conf {f.confidence:.2f} `{f.detail.get('rule', '')}` {f.summary}",
                    "sents": [(s, comp.sentence(s).text) for s in f.sentences[:4]]})
    for al in comp.alignments if aligned else ():
        body = [s for s in al.sentences if comp.sentence(s).block != "headline"]
        for x in (s for s in body if s.startswith("a1:")):
            for y in (s for s in body if s.startswith("a2:")):
                out.append({"pair": pid, "origin": origin, "type": f"aligned:{al.kind}", "rule": "",
                            "line": f"{al.kind}, similarity {al.similarity:.2f}",
                            "sents": [(x, comp.sentence(x).text), (y, comp.sentence(y).text)]})
    for it in out:
        it["key"] = item_key(it)
    return out


# The two configurations reported: the defaults, and every finder of ``Options`` switched
# on, off by default or not (issue 11: paraphrase links, story-wide fact conflicts, changed
# quotes; issue 12: story-wide framing, fact-level omission/addition), and since main
# c162f34 the context paraphrases (align step 5b: a near miss next to an aligned pair),
# which add aligned pairs, the report's items. The embedding layer (use_embeddings) needs
# an optional extra and is measured in benchmarks/paraphrase.py; secondary links
# (Comparison.links) are no item here (groups and findings ignore them).
CONFIGS = {"default": {}, "flags": {"paraphrases": True, "context_paraphrases": True,
                                    "fact_conflicts": True, "story_facts": True, "quote_changes": True,
                                    "framing": True, "story_framing": True, "fact_coverage": True,
                                    "shared_quotes": True, "shared_sources": True, "additions": True}}


def stories(articles: dict[str, dict]) -> list[tuple[str, list[str], str]]:
    """(story id, article ids, origin) for each story of 3+ articles: a connected group of
    the unlisted pairs (one event, several outlets, as ``storylens compare`` gets a story).
    Omission needs 3+ articles; a story's findings are read apart from the pairs'."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for _, a, b, origin in population(articles):
        if origin == "unlisted":
            parent[root(a)] = root(b)
    groups: dict[str, list[str]] = {}
    for x in list(parent):
        groups.setdefault(root(x), []).append(x)
    out = [sorted(g) for g in groups.values() if len(g) >= 3]
    return sorted((f"story:{g[0]}+{len(g) - 1}", g, f"story-{len(g)}") for g in out)


def run(flags: dict | None = None, unit: str = "pairs") -> tuple[list[dict], int, float]:
    """Every item of the population's pairs (``unit="pairs"``: findings and aligned
    pairs) or of its stories (``"stories"``: findings only, the pairs show alignment)."""
    from dataclasses import replace

    from storylens.options import Options

    articles = {a["id"]: a for a in _jsonl(DATA / "articles.jsonl")}
    groups = ([(pid, [a, b], origin) for pid, a, b, origin in population(articles)]
              if unit == "pairs" else stories(articles))
    options = replace(Options(), **(flags or {}))
    items: list[dict] = []
    t0 = time.perf_counter()
    for pid, ids, origin in groups:
        comp = compare_ids(articles, ids, options, every=True)
        if comp is not None:
            items += items_of(pid, origin, comp, aligned=unit == "pairs")
    return items, len(groups), time.perf_counter() - t0


def raw_article(rec: dict):
    """One SemEval record as a reader hands it over (``storylens.models.RawArticle``)."""
    from storylens.models import RawArticle

    return RawArticle(source=f"semeval:{rec['id']}", text=rec["text"], outlet=rec["outlet"],
                      title=rec["title"], published=rec["published"], url=rec["url"],
                      record_id=rec["id"])


def compare_ids(articles: dict[str, dict], ids, options, every: bool = False):
    """Clean and compare the SemEval articles ``ids`` as ``storylens compare`` does (the
    one place the benchmarks on this population build a comparison); None when fewer than
    two survive cleaning (``every``: when any is dropped)."""
    from storylens.pipeline import clean_all, compare_articles

    ids = list(ids)
    arts, _ = clean_all([raw_article(articles[x]) for x in ids], options)
    if len(arts) < 2 or (every and len(arts) != len(ids)):
        return None
    return compare_articles(arts, options)


def draw(items: list[dict]) -> list[dict]:
    by_type: dict[str, list[dict]] = {}
    for it in items:
        by_type.setdefault(it["type"], []).append(it)
    out = []
    for t in sorted(by_type):
        xs = sorted(by_type[t], key=lambda it: hashlib.sha1(
            f"{SEED}|{it['pair']}|{it['type']}|{it['key']}".encode()).hexdigest())
        out += xs[: CAP.get(t, CAP_FINDING)]
    return out


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    text = text if len(text) <= EXCERPT else text[: EXCERPT - 1].rsplit(" ", 1)[0] + "…"
    return text.replace("|", "\\|")


def verdict(it: dict) -> tuple[bool, str] | None:
    return REVIEW.get((it["pair"], it["type"], it["key"]))


def render(items: list[dict], npairs: int, seconds: float, base: set | None = None,
           unit: str = "pairs") -> list[str]:
    """The figures and the sample; ``base``: the (pair, type, key) of the default run, so a
    run with flags also says what the flags add (the precision of the off-by-default parts)."""
    sample = draw(items)
    counts = Counter(it["type"] for it in items)
    origins = Counter(it["origin"] for it in items)
    what = ("Pairs compared", "findings shown + aligned pairs") if unit == "pairs" else (
        "Stories compared", "findings shown")
    lines = [f"{what[0]}: {npairs} in {seconds:.1f} s. Items ({what[1]}): {len(items)} "
             f"({', '.join(f'{k} {v}' for k, v in sorted(origins.items()))}).",
             "", "| type | items | in sample | read | right | precision |", "|---|---:|---:|---:|---:|---:|"]
    read: Counter[str] = Counter()
    right: Counter[str] = Counter()
    body = []
    for i, it in enumerate(sample, 1):
        v = verdict(it)
        if v is not None:
            read[it["type"]] += 1
            right[it["type"]] += v[0]
        mark = "?" if v is None else ("right" if v[0] else "WRONG")
        body.append(f"{i}. **{it['type']}** `{it['pair']}` ({it['origin']}) {_excerpt(it['line'])} "
                    f"— **{mark}**" + (f": {v[1]}" if v else ""))
        body += [f"   - `{s}` {_excerpt(t)}" for s, t in it["sents"]]
    in_sample = Counter(it["type"] for it in sample)
    for t in sorted(counts):
        lines.append(f"| {t} | {counts[t]} | {in_sample[t]} | {read[t]} | {right[t]} | "
                     f"{f'{100 * right[t] / read[t]:.0f}%' if read[t] else '–'} |")
    n, r = sum(read.values()), sum(right.values())
    lines.append(f"| **all** | {len(items)} | {len(sample)} | {n} | {r} | "
                 f"{f'{100 * r / n:.0f}%' if n else '–'} |")
    rules: dict[str, list[int]] = {}
    for it in sample:
        v = verdict(it)
        if it["rule"] and v is not None:
            rules.setdefault(it["rule"], [0, 0])
            rules[it["rule"]][0] += v[0]
            rules[it["rule"]][1] += 1
    if rules:
        lines += ["", "Findings read, per rule (`detail.rule`):", "", "| rule | read | right |",
                  "|---|---:|---:|", *(f"| `{k}` | {n_} | {r_} |" for k, (r_, n_) in sorted(rules.items()))]
    if base is not None:
        added: dict[str, list[int]] = {}
        for it in sample:
            v = verdict(it)
            if (it["pair"], it["type"], it["key"]) in base or v is None:
                continue
            added.setdefault(it["type"], [0, 0])
            added[it["type"]][0] += v[0]
            added[it["type"]][1] += 1
        lines += ["", "Items read that only the flags produce (not in the default run):", "",
                  "| type | read | right | precision |", "|---|---:|---:|---:|",
                  *(f"| {k} | {n_} | {r_} | {100 * r_ / n_:.0f}% |" for k, (r_, n_) in sorted(added.items()))]
        # the default's anchored paraphrase tier is off with every paraphrase on (align.py),
        # and a pair it links under the full rule's threshold is then lost: say how many
        here = {(it["pair"], it["type"], it["key"]) for it in items}
        lost: Counter[str] = Counter(k[1] for k in base - here)
        lost_right: Counter[str] = Counter(k[1] for k in base - here if (REVIEW.get(k) or (False,))[0])
        if lost:
            lines += ["", "Items of the default run that this run lacks: " + ", ".join(
                f"{t} {n_} ({lost_right[t]} of them read right)" for t, n_ in sorted(lost.items())) + "."]
    return lines + ["", *body]


# Verdicts: (pair id, type, item_key) -> (right?, one-line reason). item_key hashes the
# words of the finding's line and of the sentences it points at (never sentence ids); the
# comment after each key gives the sentence ids at the revision it was read on. Written by
# hand after reading both article texts. The verdicts read before this keying (keyed by
# sentence ids, which had shifted) were carried over by rerunning the revision each was
# read on and hashing the same item's text: 121 of 123, and the 34 rows of the
# omission/addition hand table (two verdicts name items no commit reproduces: dropped).
REVIEW: dict[tuple[str, str, str], tuple[bool, str]] = {
    # --- read on the baseline sample, main 371b643 (before the fixes): 50 ---
    ('1483806116_1484146741', 'aligned:edited', 'c01464daca1c'):  # a1:s19 a2:s1
        (True, "both: the demonstrations came despite Modi's attempts to dampen three weeks of protest"),
    ('1483806234_1484051122', 'aligned:edited', '0ce33ef33e11'):  # a1:s10 a2:s20
        (True, "the same 'not a Benghazi' remark and its gloss"),
    ('1483855112_1484010802', 'aligned:edited', 'af3cbb760650'):  # a1:s27 a2:s5
        (True, 'the same harbourfront countdown line'),
    ('1484029325_1484235264', 'aligned:edited', '9a4bfd13c38e'):  # a1:s7 a2:s6
        (True, 'the same quoted sentence (one drops the attribution)'),
    ('1484051122_1484459085', 'aligned:edited', 'a88c588374c5'):  # a1:s15 a2:s59
        (True, 'the same quoted sentence, UK vs US spelling'),
    ('1484051122_1484698254', 'aligned:edited', '74e94aca6657'):  # a1:s10 a2:s27
        (True, 'the same quoted sentence'),
    ('1483830300_1484008387', 'aligned:paraphrase', '218d1ae422c6'):  # a1:s3 a2:s3
        (True, 'both: she would not let go, he slapped her hand'),
    ('1483919695_1484010434', 'aligned:paraphrase', 'a9fc3b4eb6c6'):  # a1:s2 a2:s20
        (True, "the other's whole claim (Illinois the 11th state) is in it"),
    ('1483919695_1484010434', 'aligned:paraphrase', '113282139105'):  # a1:s21 a2:s21
        (True, 'same claim (states allowing medical marijuana), different figure'),
    ('1483956394_1484040205', 'aligned:paraphrase', 'd26dcc9a8465'):  # a1:s8 a2:s8
        (False, 'topic overlap: a rally reaching the embassy vs breaking in and setting a gate on fire'),
    ('1483971502_1538841592', 'aligned:paraphrase', 'c8ab8aa89c69'):  # a1:s16 a2:s17
        (False, "a short remark about Iran vs a different quoted tweet; only 'Iran' and 'want' shared"),
    ('1484004794_1484269165', 'aligned:paraphrase', '5c4578e9ae7b'):  # a1:s50 a2:s20
        (False, 'different claims: a deal due to be signed this month vs an agreement reached'),
    ('1484008387_1484012619', 'aligned:paraphrase', 'eb42fd453483'):  # a1:s1 a2:s1
        (False, 'same event, different claims: he apologised vs he denounced violence against women'),
    ('1484008387_1485042131', 'aligned:paraphrase', '374f96a87053'):  # a1:s1 a2:s1
        (True, 'both: the pope apologised for the slap'),
    ('1484008387_1485042131', 'aligned:paraphrase', 'ff8df32ca063'):  # a1:s5 a2:s6
        (True, 'the same apology quote'),
    ('1484010434_1517421409', 'aligned:paraphrase', '32e32b00555e'):  # a1:s11 a2:s13
        (True, 'both: Pritzker granted more than 11,000 pardons on Tuesday'),
    ('1484010981_1483980655', 'aligned:paraphrase', '0aab65726c83'):  # a1:s26 a2:s7
        (True, 'both: all four phases and six runways done by 2028'),
    ('1484010981_1483980655', 'aligned:paraphrase', '6d21e71fafd7'):  # a1:s3 a2:s6
        (True, "both: the airport opened on Oct. 29, 2018, the republic's 95th anniversary"),
    ('1484051122_1484459085', 'aligned:paraphrase', '0d3b5b1d02e1'):  # a1:s1 a2:s3
        (False, 'a photo caption (speaks to reporters) vs walking the red carpet into the party'),
    ('1484051122_1484698254', 'aligned:paraphrase', 'f963a920f9ec'):  # a1:s19 a2:s41
        (False, 'a quote paired with a bare URL'),
    ('1484188814_1484188819', 'aligned:paraphrase', '78cee0bf6503'):  # a1:s6 a2:s4
        (False, 'two different YouTubers: what she earned vs that he spoke about his earnings'),
    ('1484459085_1484698254', 'aligned:paraphrase', 'f9191a27c59d'):  # a1:s56 a2:s28
        (True, "the other's whole claim (he wished the press a happy new year) is in it"),
    ('1484699181_1517421409', 'aligned:paraphrase', '1e4f25744a03'):  # a1:s11 a2:s11
        (True, 'both: Illinois the 11th state to legalise recreational marijuana'),
    ('1483919695_1484050658', 'aligned:verbatim', 'f634958b065a'):  # a1:s6 a2:s5
        (True, 'the same quoted sentence'),
    ('1484012121_1484268675', 'aligned:verbatim', 'd0492a612805'):  # a1:s102 a2:s25
        (True, 'the same press-release contact line (boilerplate the cleaner kept)'),
    ('1484012121_1484268675', 'aligned:verbatim', '01e14728c934'):  # a1:s103 a2:s26
        (True, 'the same press-release contact line (boilerplate the cleaner kept)'),
    ('1484034507_1483929758', 'aligned:verbatim', 'cfa53678f171'):  # a1:s7 a2:s3
        (True, 'the same sentence'),
    ('1483919695_1484010434', 'fact_conflict', '0e41c184dd45'):  # a1:s21 a2:s21
        (True, '34 vs 33 states allowing medical marijuana, same time'),
    ('1483956394_1483971502', 'fact_conflict', '214fff636356'):  # a1:s8 a2:s2
        (False, 'thousands at the rally vs scores camped overnight afterwards: two moments'),
    ('1483956394_1483971502', 'fact_conflict', '624a3bf8d6a9'):  # a1:s5 a2:s6
        (False, '51 injured in the US strike vs four wounded in the earlier rocket attack'),
    ('1483956394_1484040205', 'fact_conflict', '9c608cc6d145'):  # a1:s8 a2:s7
        (False, 'dozens camped on Wednesday; the same sentence says thousands came the day before'),
    ('1483971502_1484040205', 'fact_conflict', '1c9e3fc2a555'):  # a1:s2 a2:s7
        (False, 'scores vs dozens: the same rough size, not a conflict'),
    ('1483852510_1538841592', 'framing', '5370b3e952e4'):  # a2:s12 a1:s9
        (False, "the unhedged sentence is Trump's embedded tweet, not the outlet's voice"),
    ('1483995327_1484138375', 'framing', '010bb39745a6'):  # a1:s7 a2:s1
        (True, "'Dictator Kim Jong Un' vs 'North Korea's leader'"),
    ('1483852510_1483956394', 'name_variant', 'ee60bb591966'):  # a1:s10 a2:s4
        (True, "al-Sha'abi vs al-Shabi: transliteration"),
    ('1483852510_1538841592', 'name_variant', '715958c0c50b'):  # a1:s10 a2:s9
        (True, 'Kataib vs Kataieb: transliteration'),
    ('1483956394_1538841592', 'name_variant', 'ee2960bfcc14'):  # a1:s5 a2:s9
        (True, "Kata'ib vs Kataieb: transliteration"),
    ('1483971502_1538841592', 'name_variant', 'df57dd2abd2d'):  # a1:s5 a2:s9
        (True, 'Kataib vs Kataieb: transliteration'),
    ('1484008387_1484012619', 'quote_changed', '4ddd3ecf8536'):  # a1:s5 a2:s6
        (False, "wording only: 'bad' vs 'poor' example: two translations of an Italian remark (graded 0.70 when read)"),
    ('1484051122_1484459085', 'quote_changed', 'ffed95a541a7'):  # a1:s13 a1:s14 a1:s15 a2:s58
        (False, "'the election' dropped: trivial (graded 0.70 when read)"),
    ('1484459085_1484698254', 'quote_changed', '6742d57599e6'):  # a1:s58 a1:s59 a2:s32 a2:s33
        (False, "'win by a little' vs 'win the election by a little': trivial (graded 0.90 when read)"),
    ('1484459085_1484698254', 'quote_changed', 'e7b748ee9efd'):  # a1:s6 a2:s40
        (False, "'there will never be a Benghazi' and 'this will not be a Benghazi' are both in his remarks"),
    ('1484698254_1483758694', 'quote_changed', '1abd0bd11156'):  # a1:s14 a2:s10
        (False, "two sentences of one remark ('will not be … will never, ever be'), not a change"),
    ('1483919695_1484050658', 'shared_quote', '2bd68f08ca98'):  # a2:s4 a1:s5 a2:s5 a1:s6
        (True, 'the same Pritzker statement'),
    ('1483934248_1484698254', 'shared_quote', 'e0c5946e4554'):  # a1:s55 a2:s37 a1:s56 a2:s39
        (True, 'the same resolution remark'),
    ('1484051122_1484459085', 'shared_quote', 'ee14e3b6116f'):  # a1:s11 a2:s40 a1:s13 a2:s57
        (True, 'the same Mar-a-Lago remarks'),
    ('1484051122_1484698254', 'shared_quote', '02dba8219d8d'):  # a1:s20 a2:s14 a1:s10 a2:s27
        (True, 'the same Mar-a-Lago remarks'),
    ('1484189120_1484113136', 'shared_quote', '063bc8060d25'):  # a1:s3 a2:s18 a1:s4 a2:s19
        (True, 'the same Wiesenthal Center statement'),
    ('1484459085_1484698254', 'shared_quote', '919f19de8644'):  # a2:s13 a1:s6 a2:s16 a1:s11
        (True, 'the same Mar-a-Lago remarks'),
    ('1484029325_1484235264', 'shared_source', 'b413eed714aa'):  # a2:s2 a1:s3 a2:s3 a1:s4
        (False, "the copy is real, but 'neither credits an agency' is false: dailypost.ng names NAN"),
    # --- read after the fixes (findings_report at dc0c0fa; paraphrase links on): 49 ---
    ('1483805823_1484012619', 'aligned:edited', '2c5cf2dca101'):  # a1:s4 a2:s11
        (True, 'both: the woman had made the sign of the cross'),
    ('1483806116_1484146741', 'aligned:edited', 'f160e4d405f1'):  # a1:s21 a2:s7
        (True, 'the same sentence'),
    ('1483855112_1484010802', 'aligned:edited', '0a297ad432fa'):  # a1:s26 a2:s4
        (True, 'the same sentence, reordered'),
    ('1483855112_1484010802', 'aligned:edited', 'f9ca209791cc'):  # a1:s29 a2:s7
        (True, 'the same chant line'),
    ('1483919695_1517421409', 'aligned:edited', '955088733b08'):  # a1:s8 a2:s14
        (True, 'both: about 116,000 convictions are eligible'),
    ('1484029325_1484235264', 'aligned:edited', '961aa835bcae'):  # a1:s3 a2:s2
        (True, 'the same statement, attributed in one'),
    ('1484029325_1484235264', 'aligned:edited', 'aeefde4c7190'):  # a1:s5 a2:s4
        (True, 'the same sentence, attributed in one'),
    ('1484029325_1484235264', 'aligned:edited', '07315142a456'):  # a1:s4 a2:s3
        (True, 'the same sentence, attributed in one'),
    ('1484051122_1484459085', 'aligned:edited', '59bf56c0f3b8'):  # a1:s13 a2:s57
        (True, 'the same quoted sentence'),
    ('1484051122_1484459085', 'aligned:edited', 'f7d0192385de'):  # a1:s11 a2:s40
        (True, "the same 'impeachment light' remark"),
    ('1484051122_1484459085', 'aligned:edited', '934a8c783aa5'):  # a1:s14 a2:s58
        (True, 'the same quoted sentence'),
    ('1484051122_1484698254', 'aligned:edited', '8e49d7a00ea1'):  # a1:s20 a2:s14
        (True, "the other's quoted sentence is part of it"),
    ('1484188814_1484188819', 'aligned:edited', '5484a4894de5'):  # a1:s18 a2:s23
        (True, 'both: 1,000 subscribers and 4,000 hours make a creator eligible'),
    ('1484189120_1484113136', 'aligned:edited', '4729d03da478'):  # a1:s3 a2:s18
        (True, 'the same quoted sentence'),
    ('1484459085_1484698254', 'aligned:edited', '9ed1c3272094'):  # a1:s6 a2:s13
        (True, "the other's quoted sentence is the first half of it"),
    ('1484459085_1484698254', 'aligned:edited', '34d280df7147'):  # a1:s58 a2:s33
        (True, "the same quoted sentence ('the election' dropped)"),
    ('1484459085_1484698254', 'aligned:edited', '46847866dc21'):  # a1:s59 a2:s34
        (True, 'the same quoted sentence'),
    ('1484459085_1484698254', 'aligned:edited', 'dc984a4728da'):  # a1:s40 a2:s21
        (True, "the same 'impeachment light' remark"),
    ('1484459085_1484698254', 'aligned:edited', '88fb1fd641e9'):  # a1:s13 a2:s18
        (True, 'the same quoted sentence'),
    ('1483803657_1484008387', 'aligned:paraphrase', 'b79ec3c8ee8d'):  # a1:s4 a2:s2
        (True, "the other's claim (the woman grabbed his hand) is in it"),
    ('1483803657_1484164543', 'aligned:paraphrase', '37479d3d731f'):  # a1:s3 a2:s6
        (False, 'he went to the Nativity scene vs he lost his cool after it'),
    ('1483805823_1484008387', 'aligned:paraphrase', '236ea6437d31'):  # a1:s3 a2:s3
        (True, 'both: the gesture seemed to hurt him, he pulled his hand free'),
    ('1483806116_1484146741', 'aligned:paraphrase', 'deed817175cc'):  # a1:s18 a2:s3
        (True, 'both: the law is feared to discriminate against Muslims'),
    ('1483852510_1484040205', 'aligned:paraphrase', '9bcc4bab2454'):  # a1:s3 a2:s3
        (True, 'two translations of one Khamenei statement'),
    ('1483858039_1484067889', 'aligned:paraphrase', '65b0ccf77543'):  # a1:s34 a2:s1
        (True, 'both: seven dead in the NSW fires since Monday'),
    ('1483858039_1484325303', 'aligned:paraphrase', '5666a63761db'):  # a1:s14 a2:s14
        (False, '110 fires burning vs the fires will last for weeks'),
    ('1483919695_1517421409', 'aligned:paraphrase', 'fecaecc23564'):  # a1:s21 a2:s50
        (False, "34 states' medical marijuana vs Newsom vetoing a bill"),
    ('1483995327_1484138375', 'aligned:paraphrase', 'c26234a5d31a'):  # a1:s12 a2:s2
        (True, 'both: Kim warned of a new strategic weapon soon'),
    ('1483995327_1484138375', 'aligned:paraphrase', '1db09aa19da6'):  # a1:s7 a2:s1
        (True, 'both: Kim no longer bound by the testing moratorium'),
    ('1484010434_1484699181', 'aligned:paraphrase', '42795be930d9'):  # a1:s20 a2:s11
        (True, 'both: Illinois the 11th state'),
    ('1484010434_1517421409', 'aligned:paraphrase', '45f9be672334'):  # a1:s21 a2:s15
        (False, "33 states' medical marijuana vs Illinois second in the Midwest"),
    ('1484029325_1484235264', 'aligned:paraphrase', '53e93457289e'):  # a1:s1 a2:s1
        (True, 'both: one dead in the crash on the Ijebu Ode-Ore road'),
    ('1484050658_1517421409', 'aligned:paraphrase', '1e4f25744a03'):  # a1:s12 a2:s11
        (True, 'both: Illinois the 11th state to legalise recreational marijuana'),
    ('1484113136_1484144539', 'aligned:paraphrase', '87cc3b7189bb'):  # a1:s22 a2:s3
        (False, "two speakers: Fagin's call vs Cuomo's own words on domestic terrorism"),
    ('1484182697_1483892444', 'aligned:paraphrase', 'bdc63ebcfe3f'):  # a1:s29 a2:s19
        (True, 'same rule of thumb for life cover, different multiples (borderline)'),
    ('1484182697_1483892444', 'aligned:paraphrase', '862995941600'):  # a1:s35 a2:s21
        (False, "a heading ('Plan for … higher education') against a long sentence"),
    ('1484188814_1484188819', 'aligned:paraphrase', '51b41bbe29c8'):  # a1:s23 a2:s25
        (True, 'the same explainer line on ad placement'),
    ('1484699181_1517421409', 'aligned:paraphrase', 'fdd2540239ca'):  # a1:s1 a2:s1
        (True, "both: Illinois legalised recreational marijuana on new year's day"),
    ('1483855112_1484010802', 'aligned:verbatim', '17db7a92860d'):  # a1:s31 a2:s10
        (True, 'the same sentence'),
    ('1484012121_1484268675', 'aligned:verbatim', '05281d6bd625'):  # a1:s101 a2:s24
        (True, 'the same press-release contact line (boilerplate the cleaner kept)'),
    ('1484029325_1484235264', 'aligned:verbatim', '3cb4c7995951'):  # a1:s6 a2:s5
        (True, 'the same quoted sentence'),
    ('1484188814_1484188819', 'aligned:verbatim', '3273ef414366'):  # a1:s7 a2:s5
        (True, 'the same newsletter line (boilerplate the cleaner kept)'),
    ('1484395398_1484760850', 'aligned:verbatim', '156b446c3979'):  # a1:s16 a2:s20
        (True, 'the same subscribe line (boilerplate the cleaner kept)'),
    ('1484395398_1484760850', 'aligned:verbatim', '623dcee74a5c'):  # a1:s17 a2:s21
        (True, 'the same follow-us line (boilerplate the cleaner kept)'),
    ('1484456010_1484760850', 'aligned:verbatim', '156b446c3979'):  # a1:s17 a2:s20
        (True, 'the same subscribe line (boilerplate the cleaner kept)'),
    ('1484459085_1538841592', 'aligned:verbatim', '3f50e2467af1'):  # a1:s70 a2:s13
        (True, "the same line of Trump's tweet"),
    ('1484702073_1484760850', 'aligned:verbatim', '623dcee74a5c'):  # a1:s11 a2:s21
        (True, 'the same follow-us line (boilerplate the cleaner kept)'),
    ('1484702073_1484760850', 'aligned:verbatim', '156b446c3979'):  # a1:s10 a2:s20
        (True, 'the same subscribe line (boilerplate the cleaner kept)'),
    ('1484029325_1484235264', 'shared_source', '3b3e99f97b63'):  # a2:s2 a1:s3 a2:s3 a1:s4
        (True, 'younewsng.com narrates the NAN report that dailypost.ng credits'),
    # --- read on branch s3-align (c88e011): close paraphrases aligned by default: 9 ---
    ('1483758694_1483971502', 'aligned:paraphrase', 'ff3a00b94fd3'):  # a1:s4 a2:s20
        (True, 'both: Esper said about 750 troops would deploy to the Middle East'),
    ('1483805174_1484012619', 'aligned:paraphrase', 'b93b588df90b'):  # a1:s6 a2:s1
        (True, "the other's claim (he slapped her hand to free himself) is in it"),
    ('1483806234_1483971502', 'aligned:paraphrase', '4a1d36491246'):  # a1:s1 a2:s20
        (True, 'both: Esper said about 750 troops would deploy to the Middle East'),
    ('1483919695_1484010434', 'aligned:paraphrase', 'f20cc253ad43'):  # a1:s1 a2:s11
        (True, 'both: Pritzker granted more than 11,000 pardons on Tuesday'),
    ('1484010434_1484699181', 'aligned:paraphrase', 'eebf50304074'):  # a1:s7 a2:s9
        (True, 'both: the 30 g / 5 g / 500 mg possession limits'),
    ('1484010434_1517421409', 'aligned:paraphrase', '51d86a4cf028'):  # a1:s20 a2:s11
        (True, 'both: Illinois the 11th state to legalise recreational marijuana'),
    ('1484034507_1483929758', 'aligned:paraphrase', 'ff4c7d3d4cc3'):  # a1:s6 a2:s1
        (True, "the other's claim (states have a constitutional duty to implement laws) is in it"),
    ('1484050658_1517421409', 'aligned:paraphrase', 'ba48694a8d95'):  # a1:s2 a2:s1
        (True, "the other's claim (marijuana legal in Illinois from new year's day) is in it"),
    ('1484188814_1484188819', 'aligned:paraphrase', 'd56acc34dd5c'):  # a1:s21 a2:s23
        (True, 'both: what a creator earns depends on several factors (examples differ; borderline)'),
    # --- read on main 8fa33e2 (its cleaner drops more lines): 5 ---
    ('1483806234_1484051122', 'aligned:paraphrase', '1a2c53cc2fed'):  # a1:s1 a2:s20
        (False, '750 troops prepared to deploy vs 750 deployed and 3,000 more prepared'),
    ('1483852510_1538841592', 'aligned:paraphrase', '2ead8f761e56'):  # a1:s9 a2:s11
        (False, 'Iran dismissing the accusation vs the accusation itself (a tweet)'),
    ('1483971502_1538841592', 'aligned:paraphrase', '1bb6f1ccf003'):  # a1:s6 a2:s9
        (True, "the other's claim (a contractor killed, others wounded) is in it (borderline)"),
    ('1484051122_1484459085', 'aligned:paraphrase', '4b3e8b0792b7'):  # a1:s15 a2:s9
        (True, 'both: Trump held Iran responsible for the attack earlier (borderline)'),
    ('1484051122_1484459085', 'aligned:paraphrase', '6ed868622cb7'):  # a1:s1 a2:s42
        (True, "the other's claim (softer words for Kim) is in it (borderline)"),
    # --- the hand table 'Omission and addition, item 4' (h12o merge f0d13b6, fact_coverage on): 34 ---
    ('1483852510_1483956394', 'addition', 'a42ec9425094'):  # a2:s5
        (True, '51 injured; the other gives no injured count'),
    ('1483852510_1483956394', 'addition', 'acbbf857d508'):  # a1:s7
        (False, 'the other is about a Swiss envoy summoned: another angle'),
    ('1483852510_1484034739', 'addition', 'acbbf857d508'):  # a1:s7
        (True, '750 troops deployed; the other covers the storming without it'),
    ('1483852510_1538841592', 'addition', 'acbbf857d508'):  # a1:s7
        (True, '750 troops deployed; the other covers the storming without it'),
    ('1483858039_1484067889', 'addition', 'da9225f69b87'):  # a2:s4
        (False, '1.6 tonnes of water dropped by boat: colour'),
    ('1483915172_1484004794', 'addition', 'a16423493080'):  # a1:s8
        (False, 'same-outlet pair of different stories'),
    ('1483919695_1484010434', 'addition', 'f9af0d4fb2a8'):  # a1:s8
        (True, '116,000 eligible; the other lacks it'),
    ('1483919695_1484050658', 'addition', 'f9af0d4fb2a8'):  # a1:s8
        (True, '116,000 eligible; the other lacks it'),
    ('1483919695_1484050658', 'addition', '105200b77776'):  # a2:s8
        (True, '25% of revenue; the other lacks it'),
    ('1483919695_1517421409', 'addition', '5cd26c6fe921'):  # a2:s4
        (True, '65% national support; context the other lacks'),
    ('1483995327_1484138375', 'addition', '41a83c58e99f'):  # a2:s9
        (True, '40-50 bombs arsenal estimate; the other never sizes the arsenal'),
    ('1484004794_1484269165', 'addition', '1d5960d98c90'):  # a1:s5
        (False, 'B pair of another story (UK outlook vs recession analysis)'),
    ('1484010434_1484699181', 'addition', 'f9350778f95f'):  # a2:s7
        (True, '25% of revenue; the other lacks it'),
    ('1484010434_1517421409', 'addition', '5cd26c6fe921'):  # a2:s4
        (True, '65% national support; context the other lacks'),
    ('1484010434_1517421409', 'addition', '564eae77f125'):  # a1:s7
        (True, "500 mg THC possession limit (the line shows '500' without its unit)"),
    ('1484010981_1483980655', 'addition', '0ed7afef7c26'):  # a2:s4
        (False, 'two different stories (airline network vs airport)'),
    ('1484012121_1484268675', 'addition', 'f382cabf820d'):  # a2:s17
        (False, "'360-degree' in press-release boilerplate"),
    ('1484034507_1483929758', 'addition', '1eef82d5f70d'):  # a2:s7
        (False, "a clause number ('Clause 2 of Article 245')"),
    ('1484050658_1517421409', 'addition', '5cd26c6fe921'):  # a2:s4
        (True, '65% national support; context the other lacks'),
    ('1484050658_1517421409', 'addition', '0cc191a346b3'):  # a1:s7
        (True, '700,000 planned pardons; the other lacks it'),
    ('1484067889_1484325303', 'addition', 'da9225f69b87'):  # a1:s4
        (False, '1.6 tonnes of water dropped by boat: colour'),
    ('1484113136_1484144539', 'addition', '3e4814724b99'):  # a2:s8
        (True, '17% rise in anti-Semitic incidents; the other lacks the figure'),
    ('1484138375_1484701886', 'addition', '41a83c58e99f'):  # a1:s9
        (True, '40-50 bombs arsenal estimate; the other never sizes the arsenal'),
    ('1484188343_1484127315', 'addition', '8633ca49bb94'):  # a2:s7
        (False, 'C pair: two different stories of one outlet'),
    ('1484452380_1483747717', 'addition', '9d3c6e9f350d'):  # a2:s6
        (True, "Kane's 802 decade points; the other's decade piece lacks it"),
    ('1484699181_1517421409', 'addition', '5cd26c6fe921'):  # a2:s4
        (True, '65% national support; context the other lacks'),
    ('1484699181_1517421409', 'addition', '5661ff779fb6'):  # a1:s6
        (True, '700,000 planned pardons; the other gives only the first round'),
    ('1483806116_1484146741', 'omission', 'd89e349a4f7c'):  # a1:s2
        (False, 'world New Year round-up vs India protests: another angle'),
    ('1483852510_1538841592', 'omission', 'f10aed0ac687'):  # a2:s3
        (True, '100 Marines sent to reinforce the embassy; the other covers the storming without it'),
    ('1483858039_1484067889', 'omission', 'e5079d41048b'):  # a1:s1
        (True, '50,000 families without power in the same NSW fires; the other lacks it'),
    ('1484067889_1484325303', 'omission', '01874c95a5b0'):  # a1:s2
        (False, "NSW homes vs the other's Victoria story"),
    ('1484067889_1484325303', 'omission', '3a6f06d9664a'):  # a2:s1
        (False, 'NSW fires (7 dead) vs Victoria (17 missing): another region and day'),
    ('1484188814_1484188819', 'omission', 'ddabc55061e0'):  # a1:s3
        (False, 'two different articles about different influencers'),
    ('1484452380_1483747717', 'omission', '01eee754da34'):  # a2:s2
        (False, 'distance of a goal: trivia'),
    # --- read 2026-12-03 on main 74b2d0b (this keying): every sampled item without a verdict,    # default options and all flags on ---
    ('1484067889_1484325303', 'aligned:edited', '763dbc06a88a'):  # a1:s5 a2:s24
        (True, 'both: Australia deployed military ships and aircraft to help fire-hit communities'),
    ('1484459085_1484698254', 'aligned:edited', '52d4e6895fa2'):  # a1:s55 a2:s32
        (True, 'the same quoted sentence'),
    ('1483806116_1484146741', 'aligned:edited', '7fac3024dfd3'):  # a1:s23 a2:s8
        (True, "the other's quoted sentence is its second half"),
    ('1483806116_1484146741', 'aligned:edited', '693d0fb57bbe'):  # a1:s20 a2:s6
        (True, 'the same sentence about Irshad Alam, lightly edited'),
    ('1484051122_1484698254', 'aligned:edited', '1a7b84c983b0'):  # a1:s14 a2:s34
        (True, 'the same quoted sentence'),
    ('1483919695_1484050658', 'aligned:edited', '1cc515794913'):  # a1:s7 a2:s6
        (True, 'the same quoted sentence, attributed in one'),
    ('1483852510_1483971502', 'aligned:edited', '9056ba079e18'):  # a1:s7 a2:s20
        (True, 'both: Esper said about 750 troops would deploy to the Middle East'),
    ('1483803657_1484164543', 'aligned:paraphrase', '72a2766f912b'):  # a1:s3 a2:s6
        (False, 'he set off to the Nativity scene vs after it he lost his cool: two moments sharing the place words'),
    ('1483919695_1484050658', 'aligned:verbatim', 'b98a50367396'):  # a1:s5 a2:s4
        (True, 'the same quoted sentence'),
    ('1484459085_1538841592', 'aligned:verbatim', 'fb16f5d8e73e'):  # a1:s69 a2:s13
        (True, "the same line of Trump's tweet"),
    ('1484459085_1484698254', 'aligned:verbatim', '3815ff83f57e'):  # a1:s12 a2:s17
        (True, 'the same quoted sentence'),
    ('1484051122_1484698254', 'aligned:verbatim', '4862b4c9a7be'):  # a1:s13 a2:s33
        (True, 'the same quoted sentence, UK vs US spelling'),
    ('1484459085_1484698254', 'aligned:verbatim', 'a9d4664ece45'):  # a1:s41 a2:s24
        (True, 'the same quoted sentence'),
    ('1484459085_1538841592', 'aligned:verbatim', '278995e46d57'):  # a1:s65 a2:s9
        (True, "the same line of Trump's tweet"),
    ('1484459085_1538841592', 'aligned:verbatim', '6bc3fe2a9a81'):  # a1:s66 a2:s10
        (True, "the same line of Trump's tweet"),
    ('1484459085_1484698254', 'aligned:verbatim', 'd4f2691c9336'):  # a1:s11 a2:s16
        (True, 'the same quoted sentence'),
    ('1484189120_1484113136', 'aligned:verbatim', '29340c8690e0'):  # a1:s4 a2:s19
        (True, 'the same Wiesenthal Center statement'),
    ('1484459085_1484698254', 'aligned:verbatim', 'ee5202bde19e'):  # a1:s40 a2:s23
        (True, 'the same quoted sentence'),
    ('1484051122_1484698254', 'shared_quote', 'c5c4fbcf0d8b'):  # a1:s19 a2:s14 a1:s9 a2:s27
        (True, 'the same Mar-a-Lago remarks; teaparty.org gives more of them'),
    ('1484459085_1484698254', 'shared_quote', '0d548249fb98'):  # a1:s6 a2:s13 a1:s11 a2:s16
        (True, 'the same Mar-a-Lago remarks'),
    ('1484051122_1484459085', 'shared_quote', 'e3b7d5f5d51d'):  # a1:s10 a2:s38 a1:s12 a2:s55
        (True, 'the same Mar-a-Lago remarks'),
    ('1483919695_1484050658', 'shared_quote', 'a1d21480aebc'):  # a1:s5 a2:s4 a1:s6 a2:s5
        (True, 'the same Pritzker statement (the line names no speaker: true, less useful)'),
    ('1483919695_1517421409', 'aligned:paraphrase', '9847f437182a'):  # a1:s1 a2:s13
        (True, 'both: Pritzker granted more than 11,000 pardons on Tuesday'),
    ('1483805823_1484012619', 'aligned:paraphrase', '101ff7ef2f20'):  # a1:s1 a2:s7
        (True, "the other's claim (Francis on his way to the Nativity scene) is in it"),
    ('1483855112_1484010802', 'aligned:paraphrase', 'b2a37990f724'):  # a1:s25 a2:s2
        (True, "the other's claim (countdown rallies, a march on 1 January) is in it"),
    ('1483805174_1484164543', 'aligned:paraphrase', 'a6d746048f5c'):  # a1:s1 a2:s1
        (True, 'both ledes: he freed himself from a woman who grabbed his hand (one says by a slap; borderline)'),
    ('1484459085_1538841592', 'framing', '43c4740c1930'):  # a1:s70 a2:s21
        (True, "'mob' vs 'protesters' for the crowd that breached the embassy: a real descriptor contrast"),
    ('1484008387_1485042131', 'framing', '40f7174984d6'):  # a1:s5 a2:s4
        (True, "'confessed' vs 'said' for one remark on losing patience (mild, but true)"),
    ('1483956394_1483971502', 'framing', '57c96c568ad7'):  # a2:s6 a2:s5 a1:s7
        (True, "tasnimnews.com hedges the attacks on US forces as 'alleged'; nypost.com states them"),
    ('1483934248_1484698254', 'framing', 'e9ea1c01ad77'):  # a2:s11 a1:s30
        (True, "'Obama's infamous Benghazi attack' is loaded (teaparty.org's own 'devastating' goes unmentioned)"),
    ('1483852510_1483956394', 'framing', 'd2010a5e079d'):  # a2:s8 a1:s5
        (True, "'stormed' vs 'reached' the embassy: the softening is tasnimnews.com's"),
    ('1483956394_1484040205', 'framing', 'ea7196368d7a'):  # a2:s4 a1:s7
        (True, "tasnimnews.com hedges the attacks on US forces as 'alleged'; dailypost.ng states them"),
    ('1483956394_1483971502', 'framing', 'd76218b97c8b'):  # a1:s8 a2:s2
        (True, "'stormed' vs 'reached' the embassy"),
    ('1483956394_1538841592', 'framing', 'fb08d13721c1'):  # a1:s8 a2:s1
        (True, "'stormed' vs 'reached' the embassy"),
    ('1483971502_1538841592', 'framing', '45ac43ec8fe2'):  # a1:s2 a2:s21
        (True, "'mob' vs 'demonstrators' for the same crowd"),
    ('1483858039_1484325303', 'omission', 'b255921976f8'):  # a1:s1
        (False, 'another angle: i.stuff.co.nz covers the missing in East Gippsland a day later, not the outages'),
    ('1483855112_1484010802', 'aligned:edited', 'd7efa1846c07'):  # a1:s30 a2:s8
        (True, 'the same Mong Kok sentence, lightly edited'),
    ('1483934248_1484698254', 'aligned:edited', 'a1e22bc5e132'):  # a1:s55 a2:s37
        (True, "the other's quoted sentence is part of it"),
    ('1483934248_1484698254', 'aligned:edited', 'a36b7bd5c0d1'):  # a1:s56 a2:s39
        (True, 'the same quoted sentence'),
    ('1484051122_1484698254', 'aligned:verbatim', 'e6a0a64c78a6'):  # a1:s12 a2:s32
        (True, 'the same quoted sentence, UK vs US spelling'),
    ('1484459085_1538841592', 'aligned:verbatim', 'd8613429e733'):  # a1:s67 a2:s11
        (True, "the same line of Trump's tweet"),
    ('1483934248_1484698254', 'shared_quote', '1e004c4fba9e'):  # a1:s55 a2:s37 a1:s56 a2:s39
        (True, 'the same resolution remarks; bizpacreview.com gives more of them'),
    ('1484051122_1484698254', 'aligned:paraphrase', '4c14af250c29'):  # a1:s6 a2:s26
        (True, 'both: Trump said he would welcome a Senate impeachment trial'),
    ('1484459085_1484698254', 'quote_changed', '66d82b874db7'):  # a1:s6 a2:s14
        (False, "one remark transcribed two ways ('there will never be' vs 'this will never, ever be'): emphasis, not meaning"),
    # --- read 2026-12-03 on this branch: the findings of the population's stories (3+ articles) ---
    ('story:1483995327+3', 'framing', '010bb39745a6'):  # a1:s7 a3:s1
        (True, "'Dictator Kim Jong Un' vs 'North Korea's leader'"),
    ('story:1483758694+11', 'name_variant', 'ee60bb591966'):  # a3:s10 a5:s4
        (True, "al-Sha'abi vs al-Shabi: transliteration"),
    ('story:1483758694+11', 'name_variant', 'ce0829392ae0'):  # a12:s8 a3:s10 a5:s5 a6:s5
        (True, "Kataib / Kata'ib / Kataieb: transliteration"),
    ('story:1483758694+11', 'name_variant', 'de03c8879a75'):  # a12:s17 a8:s10
        (True, 'Abdel-Mahdi vs Abdul Mahdi: transliteration of one prime minister'),
    ('story:1483758694+11', 'name_variant', '5541548825f1'):  # a10:s23 a4:s9
        (True, 'chipleypaper.com misspells Giuliani'),
    ('story:1483919695+4', 'shared_quote', '592e79e9ae88'):  # a4:s3 a1:s5 a4:s4 a1:s6
        (True, 'the same Pritzker statement'),
    ('story:1483758694+11', 'shared_quote', '0d548249fb98'):  # a10:s6 a11:s13 a10:s11 a11:s16
        (True, 'the same Mar-a-Lago remarks'),
    ('story:1483758694+11', 'shared_quote', 'b21dd0559898'):  # a10:s38 a9:s10 a10:s55 a9:s12
        (True, 'the same Mar-a-Lago remarks'),
    ('story:1483919695+4', 'shared_source', 'f75be4375049'):  # a4:s1 a3:s2 a4:s2 a3:s3
        (True, 'two Yahoo copies of one AFP story; sg.news.yahoo.com drops the AFP credit'),
    ('story:1483995327+3', 'addition', '41a83c58e99f'):  # a3:s9
        (True, '40-50 bombs arsenal estimate; no other sizes the arsenal'),
    ('story:1483858039+3', 'addition', '4d2664c631de'):  # a1:s1
        (True, '50,000 families without power; no other gives it'),
    ('story:1483919695+4', 'addition', '5cd26c6fe921'):  # a5:s4
        (True, '65% national support; context the others lack'),
    ('story:1483858039+3', 'addition', '3099637c29ef'):  # a3:s1
        (True, '4,000 trapped on the Mallacoota beaches; no other gives the figure'),
    ('story:1484113136+4', 'addition', 'b4082ab010d6'):  # a3:s2
        (False, "'31' is the top of the victims' age range (22 to 31): an age, not a fact"),
    ('story:1483858039+3', 'addition', 'da9225f69b87'):  # a2:s4
        (False, '1.6 tonnes of water dropped by boat: colour'),
    ('story:1483758694+11', 'framing', 'e9ea1c01ad77'):  # a11:s11 a4:s30
        (True, "'Obama's infamous Benghazi attack' is loaded"),
    ('story:1483758694+11', 'framing', '7c55363c2138'):  # a6:s6 a6:s5 a7:s7 a8:s4
        (True, "tasnimnews.com hedges the attacks on US forces as 'alleged'; four outlets state them"),
    ('story:1483758694+11', 'framing', '5940a334e0c4'):  # a10:s67 a3:s9
        (False, "the unhedged sentence is Trump's tweet quoted by chipleypaper.com, not the outlet's voice"),
    ('story:1483758694+11', 'framing', 'fd2aadccd3d2'):  # a6:s2 a8:s8 a10:s70 a12:s21
        (True, "'mob' vs 'demonstrators' for the same crowd"),
    ('story:1483803657+7', 'framing', '43748352b969'):  # a5:s5 a8:s4
        (True, "'confessed' vs 'said' for one remark on losing patience (mild, but true)"),
    ('story:1483758694+11', 'framing', '0380e13d2b51'):  # a10:s2 a4:s5
        (True, "'the Democrats' flailing impeachment drive' is loaded"),
    ('story:1483758694+11', 'framing', 'd2010a5e079d'):  # a5:s8 a3:s5
        (True, "'stormed' vs 'reached' the embassy"),
    ('story:1483919695+4', 'omission', '87e2ea552fe0'):  # a3:s8
        (False, 'only the two AFP copies give 25 percent; the line says 3 other outlets (cbsnews.com does not)'),
    ('story:1483858039+3', 'omission', '844806da172e'):  # a2:s2
        (False, "200 homes are NSW's; i.stuff.co.nz covers Victoria's missing: another region"),
    ('story:1483758694+11', 'omission', 'a1a7566802f0'):  # a7:s1
        (False, "news.yahoo.com's piece is on Trump's remarks about Kim; the embassy is a passing line: another angle"),
    ('story:1483858039+3', 'omission', '844b3952c7ef'):  # a3:s11
        (False, "a national burned-area total; i.stuff.co.nz covers Victoria's missing: another angle"),
    ('story:1483995327+3', 'omission', 'f95681f68b61'):  # a3:s5
        (False, "foxnews.com gives the quote's words in part ('new strategic weapon' in 'the near future')"),
    ('story:1483758694+11', 'omission', '4aafe810c4ad'):  # a7:s1
        (True, "ewn.co.za reports the storming by 'pro-Iranian demonstrators' without naming the militia 8 outlets name"),
    ('story:1483758694+11', 'omission', '6550cfe062f8'):  # a6:s5
        (False, 'a Mar-a-Lago party piece; the strike toll is another angle'),
    ('story:1483858039+3', 'omission', '7b7a75802b4e'):  # a4:s1
        (False, 'news.yahoo.com wrote on 31 December, before the 17 were missing: another day'),
    ('story:1483803657+7', 'omission', 'cb8819f3ed93'):  # a5:s5
        (False, "gloria.tv wrote before the apology (the next morning's Mass): another moment"),
    ('story:1483803657+7', 'omission', '0d739cddaa4a'):  # a5:s5
        (False, 'uk.news.yahoo.com wrote before the apology: another moment'),
    ('story:1483803657+7', 'omission', 'a49f9c473efc'):  # a5:s5
        (False, 'bdnews24.com wrote before the apology: another moment'),
    ('story:1483919695+4', 'omission', '2501bdf890f3'):  # a3:s8
        (False, 'the other news.yahoo.com article gives it, and cbsnews.com does not: the count and the outlet name mislead'),
    ('story:1483758694+11', 'omission', '009af58dd662'):  # a7:s1
        (True, "timesofisrael.com reports the storming by 'pro-Iranian demonstrators' without naming the militia 8 outlets name"),
    ('story:1483858039+3', 'omission', 'a1733b3ef875'):  # a4:s3
        (False, 'Mick Roberts died in Victoria, reported later; freepressjournal.in covers NSW: another region and day'),
    ('story:1483919695+4', 'omission', '1713c6a86197'):  # a2:s7
        (False, "q13fox.com's '500' is 500 grams (another measure); cbsnews.com is a multi-state overview"),
    ('story:1483919695+4', 'omission', 'e32582996cd7'):  # a3:s7
        (False, 'the other news.yahoo.com article gives 700,000: read by outlet, the line contradicts itself'),
    ('story:1483919695+4', 'omission', 'b40c2c85aca2'):  # a3:s7
        (True, 'cbsnews.com reports the 11,000 pardons but not the planned 700,000 (borderline)'),
    ('story:1483858039+3', 'omission', '38bf76b58c08'):  # a4:s3
        (False, "news.yahoo.com wrote on 31 December, before Mick Roberts's death was known: another day"),
    ('story:1483758694+11', 'omission', 'cd6a1eb1a482'):  # a6:s5
        (False, "news.yahoo.com's piece is on Trump's remarks about Kim: another angle"),
    ('story:1483758694+11', 'omission', 'd4ef9b6542fa'):  # a7:s1
        (False, "teaparty.org's piece is on Trump's party remarks: another angle"),
    ('story:1483919695+4', 'omission', 'e6779576294b'):  # a1:s8
        (False, 'only q13fox.com and cbsnews.com give 116,000; the line says 3 other outlets'),
    ('story:1483858039+3', 'omission', '45fc7da5547f'):  # a4:s1
        (False, 'NSW fires (7 dead) vs Victoria (17 missing): another region and day'),
    ('story:1483803657+7', 'quote_changed', 'b55bddc32f78'):  # a6:s6 a7:s19 a8:s5 a8:s6
        (False, "'poor' vs 'bad' example (and 'given'): translations of one Italian remark"),
    ('story:1483758694+11', 'quote_changed', '0948e10f822c'):  # a1:s9 a2:s10 a11:s14
        (False, "two sentences of one remark: teaparty.org gives 'This will not be a Benghazi' too"),
    ('story:1483803657+7', 'quote_changed', 'd8634c4a539d'):  # a6:s6 a7:s19 a5:s5
        (False, "wording only: 'poor' vs 'bad' example: translations of one Italian remark"),
    ('story:1483758694+11', 'quote_changed', 'd4b800715ce0'):  # a1:s9 a2:s10 a10:s6
        (False, "two sentences of his remarks ('will not be a Benghazi', 'there will never be a Benghazi')"),
    ('story:1483758694+11', 'quote_changed', '2565b302042b'):  # a11:s32 a11:s33 a11:s34 a9:s12
        (False, "'the election' dropped: trivial, not a qualifier"),
    ('story:1483758694+11', 'shared_quote', 'e3b7d5f5d51d'):  # a9:s10 a10:s38 a9:s12 a10:s55
        (True, 'the same Mar-a-Lago remarks'),
    ('story:1483758694+11', 'shared_quote', '1e004c4fba9e'):  # a4:s55 a11:s37 a4:s56 a11:s39
        (True, 'the same resolution remarks; bizpacreview.com gives more of them'),
    ('story:1483758694+11', 'shared_quote', '9102af38ade0'):  # a9:s19 a11:s14 a9:s10 a11:s21
        (True, 'the same Mar-a-Lago remarks; teaparty.org gives more of them'),
    ('story:1483758694+11', 'shared_source', 'c22fe0341b57'):  # a1:s1 a2:s2 a1:s2 a2:s3
        (True, 'one AFP story (its Palm Beach dateline) in both; neither names AFP'),
    ('story:1483919695+4', 'omission', '4bff783f2554'):  # a2:s7 (after the omission merge b0f81c6)
        (False, "q13fox.com's '500' is 500 grams (another measure); cbsnews.com is a multi-state overview"),
    # --- read 2026-12-03 (branch reader2) on main b5e6f27: the items the default anchored
    # paraphrase tier (align.py, merge 73c1b97) adds, pairs and stories ---
    ('1484008387_1484012619', 'aligned:paraphrase', 'c0c6078af937'):  # a1:s2 a2:s8
        (True, "both: the woman grabbed his hand and yanked him toward her (the moment told two ways)"),
    ('1483805174_1484008387', 'aligned:paraphrase', '982ca825da63'):  # a1:s4 a2:s3
        (False, "the grab ('seized his hand, jerking him') vs the slap ('slapped at her hand'): one shared phrase, 'appeared to cause him pain', put on two different acts"),
    ('1483956394_1538841592', 'aligned:paraphrase', 'ff31098ce31a'):  # a1:s10 a2:s4
        (True, 'both: protesters set up tents for a lasting sit-in at the embassy (each adds a detail)'),
    ('1484138375_1484701886', 'aligned:paraphrase', 'f0cb1430ded7'):  # a1:s7 a2:s3
        (True, "both: Kim left the door open for negotiations with the US; the other adds the condition"),
    ('1484189089_1484230590', 'aligned:paraphrase', 'a3dc4e7c76a1'):  # a1:s15 a2:s2
        (False, "a timeline box read as one 150-word sentence (its entries are other attacks) vs the video of the chair attack on a 23-year-old: every word of a list is 'rare'"),
    ('story:1483919695+4', 'fact_conflict', '0e41c184dd45'):  # a1:s21 a2:s21
        (True, '34 vs 33 states allowing medical marijuana, same time (as on the pair)'),
    ('story:1483758694+11', 'framing', '466b5dbfd2b0'):  # a8:s8 a7:s1
        (False, "'stormed' vs 'broke into': both say the crowd forced its way in; no neutral word on either side"),
    # --- read 2026-12-03 (branch reader2) on a preview merge of branches framing, names,
    # quotefind and quotes onto main b5e6f27: shared_quote lines now name the speaker, the
    # story framing sets for one physical act ('pull', 'hold') and intensifiers ---
    ('1484189120_1484113136', 'shared_quote', '04bea17be6a0'):  # a1:s2 a1:s3 a1:s4 a2:s17
        (True, "the same Wiesenthal Center statement ('gives more' misses that a2 quotes the rest after its attribution)"),
    ('1483806234_1484051122', 'shared_quote', 'fb8520654760'):  # a1:s10 a2:s19
        (True, "Trump's 'this will not be a Benghazi' in both"),
    ('1484698254_1483758694', 'shared_quote', '7e787a1a3532'):  # a1:s12 a1:s13 a2:s9 a1:s18
        (True, "Trump's 'this will not be a Benghazi' in both"),
    ('1483758694_1483971502', 'shared_quote', '09acae160607'):  # a1:s2 a2:s8 a2:s9 a2:s10
        (True, "'I don't see that happening' is inside nypost.com's long quote of the same answer"),
    ('1483806116_1484146741', 'shared_quote', 'cd8d35687904'):  # a1:s23 a2:s8
        (True, "the same protester's words in both"),
    ('1483806234_1483971502', 'shared_quote', '0a9ee622cedc'):  # a1:s3 a2:s8 a2:s9 a2:s10
        (True, "'I don't see that happening' is inside nypost.com's long quote of the same answer"),
    ('1483852510_1538841592', 'name_variant', 'b9f4fe24a3b8'):  # a1:s10 a1:s1 a2:s8
        (True, 'Kataib / Kataieb / Kata’ib Hezbollah: transliteration'),
    ('1483855112_1484010802', 'shared_quote', '53c53475de5f'):  # a2:s5 a2:s6 a2:s7 a1:s27
        (True, 'the same countdown chant'),
    ('1483919695_1484050658', 'shared_quote', 'd0ca42dd7d12'):  # a1:s5 a1:s6 a1:s7 a2:s4
        (True, 'the same Pritzker statement, speaker named'),
    ('1483934248_1484698254', 'shared_quote', '85dcc0a6bdb3'):  # a1:s56 a1:s57 a2:s38 a2:s39
        (True, 'the same resolution remarks'),
    ('1483971502_1484040205', 'shared_quote', 'a0eac0b91c83'):  # a1:s21 a2:s12
        (True, "Esper's 'appropriate and precautionary action' in both"),
    ('1483995327_1484138375', 'shared_quote', '1cca1bbd21d1'):  # a1:s12 a2:s5
        (True, "Kim's 'new strategic weapon' in both"),
    ('1484051122_1484698254', 'shared_quote', '29a7987b6e15'):  # a1:s12 a1:s13 a1:s14 a2:s32
        (True, 'the same Mar-a-Lago remarks'),
    ('1484138375_1484701886', 'shared_quote', '7808c5ee8275'):  # a1:s5 a2:s6 a1:s2
        (True, "Kim's 'in the near future' / 'new strategic weapon' in both"),
    ('1484459085_1484698254', 'shared_quote', 'c507d7ee2833'):  # a1:s11 a1:s12 a2:s16 a2:s17
        (True, "the same 'I want to have peace. I like peace'"),
    ('1483803657_1484008387', 'framing', '8607ffe6c9f8'):  # a2:s3 a2:s1 a1:s6
        (True, "gloria.tv's 'violently slapped' judges the pope's act (mild, but true)"),
    ('1483805174_1484164543', 'framing', '6bdc0d8a83bd'):  # a1:s1 a2:s2
        (True, "mediaite.com's 'pulled him violently' judges the woman's act (mild, but true)"),
    ('1483805174_1485042131', 'framing', 'c59f194c6611'):  # a1:s6 a2:s2
        (True, "'the clutches of the admirer' vs 'her grip' for one hold (mild, but true)"),
    ('1483805174_1485042131', 'framing', '50ef637bb17e'):  # a2:s8 a1:s4
        (True, "'jerking … around' vs 'pulled on his hand' for one act (mild, but true)"),
    ('1483805823_1484008387', 'framing', '77af8e506172'):  # a1:s2 a2:s2
        (True, "'yanked' vs 'pull' for one act (mild, but true)"),
    ('1483805823_1484012619', 'framing', 'f723a5a2968f'):  # a1:s2 a2:s8
        (True, "'yanking' vs 'pull' for one act (mild, but true)"),
    ('1483852510_1483956394', 'framing', '99aad5169dc2'):  # a2:s8 a1:s1
        (True, "'stormed' vs 'reached' the embassy"),
    ('1483852510_1484034739', 'framing', '0917bfc99843'):  # a1:s1 a1:s5 a2:s1
        (False, "'angrily' describes a crowd chanting 'Death to America' that other outlets call 'angry protesters': manner, not a judgment"),
    ('1484008387_1485042131', 'framing', '0778c97e277a'):  # a2:s8 a1:s2
        (True, "'yanked' vs 'pulled' for one act (mild, but true)"),
    ('story:1483758694+11', 'name_variant', 'e776393a8893'):  # a12:s8 a3:s10 a3:s1 a5:s5
        (True, "Kataib / Kata'ib / Kataieb: transliteration"),
    ('story:1483758694+11', 'shared_quote', '135d8d651feb'):  # a10:s11 a10:s12 a6:s8 a6:s9
        (True, "'I want to have peace. I like peace' is inside nypost.com's long quote"),
    ('story:1483758694+11', 'shared_quote', 'c507d7ee2833'):  # a10:s11 a10:s12 a11:s16 a11:s17
        (True, "the same 'I want to have peace. I like peace'"),
    ('story:1483803657+7', 'framing', 'b2b6816a3a3e'):  # a3:s2 a8:s8 a2:s4
        (True, "'jerking … around' vs 'pull' for one act (mild, but true)"),
    ('story:1483803657+7', 'shared_quote', '51ad1d4b8f26'):  # a6:s6 a7:s19
        (True, "the same apology ('poor example'), speaker named"),
    ('story:1483919695+4', 'shared_quote', 'dd2fbeac5574'):  # a4:s3 a4:s4 a4:s5 a1:s5
        (True, 'the same Pritzker statement'),
    ('story:1483995327+3', 'shared_quote', 'bb0cff773e6e'):  # a1:s10 a4:s6
        (True, "Kim's 'new strategic weapon' in both"),
    ('story:1483995327+3', 'shared_quote', '1cca1bbd21d1'):  # a1:s12 a3:s5
        (True, "Kim's 'new strategic weapon' in both"),
    ('story:1483995327+3', 'shared_quote', '194cd282b259'):  # a2:s2 a3:s5
        (True, "Kim's 'new strategic weapon' in both"),
    ('story:1483995327+3', 'shared_quote', 'dbf1510c7852'):  # a2:s2 a4:s6
        (True, "Kim's 'new strategic weapon' and 'the near future' in both"),
    ('story:1483995327+3', 'shared_quote', '7808c5ee8275'):  # a3:s5 a4:s6 a3:s2
        (True, "Kim's 'in the near future' / 'new strategic weapon' in both"),
    ('story:1483758694+11', 'framing', 'acec318401c5'):  # a1:s1 a2:s2 a3:s5 a10:s3
        (True, "'Iranian-backed militiamen stormed' vs 'pro-Iranian demonstrators': a real descriptor contrast"),
    ('story:1483758694+11', 'framing', '98378876975d'):  # a10:s9 a5:s4
        (True, "tasnimnews.com casts Trump's blame as 'trying to accuse Iran'"),
    ('story:1483758694+11', 'framing', '85ccbad83abf'):  # a1:s1 a2:s2 a3:s5 a3:s1
        (False, "'angrily' describes a crowd chanting 'Death to America' that other outlets call 'angry protesters': manner, not a judgment"),
    ('story:1483758694+11', 'framing', '99aad5169dc2'):  # a5:s8 a3:s1
        (True, "'stormed' vs 'reached' the embassy"),
    ('story:1483758694+11', 'omission', 'b4610706caf2'):  # a3:s1
        (True, "timesofisrael.com reports the storming by 'pro-Iranian demonstrators' without naming the militia 8 outlets name"),
    ('story:1483758694+11', 'omission', '5967c10a442e'):  # a3:s1
        (True, "ewn.co.za reports the storming by 'pro-Iranian demonstrators' without naming the militia 8 outlets name"),
    ('story:1483758694+11', 'omission', 'c58faea2f981'):  # a3:s1
        (False, "news.yahoo.com's piece is on Trump's remarks about Kim; the embassy is a passing line: another angle"),
    ('story:1483758694+11', 'omission', '8989f8dcaf25'):  # a3:s1
        (False, "teaparty.org's piece is on Trump's party remarks: another angle"),
    ('story:1483758694+11', 'shared_quote', '09acae160607'):  # a1:s2 a6:s8 a6:s9 a6:s10
        (True, "'I don't see that happening' is inside nypost.com's long quote of the same answer"),
    ('story:1483758694+11', 'shared_quote', 'dc613f245703'):  # a1:s9 a9:s19
        (True, "Trump's 'this will not be a Benghazi' in both"),
    ('story:1483758694+11', 'shared_quote', 'ecfa648bbc62'):  # a1:s9 a11:s12 a11:s13 a1:s2
        (True, "Trump's 'this will not be a Benghazi' in both"),
    ('story:1483758694+11', 'shared_quote', '0a9ee622cedc'):  # a2:s3 a6:s8 a6:s9 a6:s10
        (True, "'I don't see that happening' is inside nypost.com's long quote of the same answer"),
    ('story:1483758694+11', 'shared_quote', 'fb8520654760'):  # a2:s10 a9:s19
        (True, "Trump's 'this will not be a Benghazi' in both"),
    ('story:1483758694+11', 'shared_quote', 'a93b62880791'):  # a2:s10 a11:s12 a11:s13 a2:s3
        (True, "Trump's 'this will not be a Benghazi' in both"),
    ('story:1483758694+11', 'shared_quote', '60da46daa5e2'):  # a4:s2 a4:s3 a6:s8 a6:s9
        (True, "the same 'not a good idea for Iran' answer"),
    ('story:1483758694+11', 'shared_quote', '85dcc0a6bdb3'):  # a4:s56 a4:s57 a11:s38 a11:s39
        (True, 'the same resolution remarks'),
    ('story:1483758694+11', 'shared_quote', '70f5bf3bada3'):  # a6:s8 a6:s9 a6:s10 a6:s11
        (True, "'I want to have peace. I like peace' is inside nypost.com's long quote"),
    ('story:1483758694+11', 'shared_quote', '708d7cba2cc6'):  # a6:s8 a6:s9 a6:s10 a6:s11
        (True, "'And Iran should want peace more than anybody' is inside nypost.com's long quote"),
    ('story:1483758694+11', 'shared_quote', 'a0eac0b91c83'):  # a6:s21 a8:s12
        (True, "Esper's 'appropriate and precautionary action' in both"),
    ('story:1483758694+11', 'shared_quote', '29a7987b6e15'):  # a9:s12 a9:s13 a9:s14 a11:s32
        (True, 'the same Mar-a-Lago remarks'),
    ('story:1483803657+7', 'framing', '93370b8c40dd'):  # a3:s2 a2:s4
        (True, "'jerking … around' vs 'pull' for one act (mild, but true)"),
    ('story:1483803657+7', 'framing', 'c012b894c62b'):  # a2:s1 a3:s2 a8:s8 a7:s2
        (True, "mediaite.com's 'pulled him violently' judges the woman's act (mild, but true)"),
    ('story:1483803657+7', 'framing', '1376e9c1dc6b'):  # a2:s6 a2:s5 a5:s3 a5:s1
        (True, "gloria.tv's 'violently slapped' judges the pope's act (mild, but true)"),
    ('story:1483803657+7', 'framing', '67bdade60d67'):  # a2:s6 a6:s1 a6:s5 a8:s2
        (True, "'the clutches of the admirer' vs 'her grip' for one hold (mild, but true)"),
    ('story:1483803657+7', 'framing', '0d7148cc747c'):  # a3:s2 a8:s8 a5:s2
        (True, "'yanked' vs 'pull' for one act (mild, but true)"),
    ('story:1483803657+7', 'framing', 'df302decd027'):  # a3:s2 a8:s8 a6:s8
        (True, "'yanking' vs 'pull' for one act (mild, but true)"),
    # --- read by the lead on main 315cc2c (the polarity guard: two new default pairings) ---
    ('1484034507_1483929758', 'aligned:paraphrase', 'a9a353f82e2e'):  # a1:s6 a2:s5
        (True, "both: the states' constitutional duty to implement laws Parliament passes (reported vs quoted)"),
    ('1484188814_1484188819', 'aligned:paraphrase', 'a351090e8593'):  # a1:s23 a2:s23
        (True, 'both: what a video earns depends on watch time, length and viewer demographics'),
    # --- read 2026-12-03 (branch s5-report) on main b8dfec7 (merges of s5 quotes/speakers,
    # quotefind, facts, names, framing, omission, stories): every unread sampled item, both
    # configurations, pairs and stories. quote_changed keeps this table's convention (right
    # only when what the speaker said changed, or an outlet reworded a quote it gives as
    # verbatim in a way a reader should be told; a translation, two transcripts of one remark,
    # an intensifier or a dropped phrase that leaves the claim whole is wrong); the notes of
    # such items open with 'wording only' so a count of "right as wording changes" can be
    # made from them (the quotefind helper's convention) ---
    ('1483919695_1484010434', 'fact_conflict', '50847f5881ea'):  # a1:s21 a2:s21
        (True, '34 vs 33 states allowing medical marijuana, same time'),
    ('story:1483919695+4', 'fact_conflict', '50847f5881ea'):  # a1:s21 a2:s21
        (True, '34 vs 33 states allowing medical marijuana, same time (as on the pair)'),
    ('1484010434_1484699181', 'fact_conflict', 'eb7fc043f35e'):  # a1:s21 a2:s12
        (True, '33 vs 34 states (plus DC in the other) allowing medical marijuana, same day'),
    ('1483855112_1484010802', 'shared_quote', 'ad7349305b48'):  # a1:s27 a1:s28 a1:s29 a2:s5
        (True, 'the same countdown chant'),
    ('1484698254_1483758694', 'shared_quote', '2f3436905327'):  # a1:s12 a1:s13 a2:s9 a1:s18
        (True, "Trump's 'this will not be a Benghazi', 'I like peace', 'I don't see that happening' in both"),
    ('story:1483758694+11', 'shared_quote', 'd2401a31ef33'):  # a2:s10 a11:s12 a11:s13 a2:s3
        (True, "Trump's 'this will not be a Benghazi', 'I like peace', 'I don't see that happening' in both"),
    ('story:1483758694+11', 'shared_quote', '59474f76c43a'):  # a1:s9 a11:s12 a11:s13 a1:s2
        (True, "Trump's 'this will not be a Benghazi', 'I like peace', 'I don't see that happening' in both"),
    ('story:1483919695+4', 'shared_quote', 'd0ca42dd7d12'):  # a1:s5 a1:s6 a1:s7 a3:s4
        (True, 'the same Pritzker statement, speaker named'),
    ('story:1483919695+4', 'shared_quote', '38fa8ebad750'):  # a1:s5 a1:s6 a1:s7 a4:s3
        (True, 'the same Pritzker statement, speaker named'),
    ('story:1483919695+4', 'shared_source', '35977562b751'):  # a4:s1 a3:s2 a4:s2 a3:s3
        (True, 'two Yahoo copies of one AFP story; only news.yahoo.com keeps the AFP credit'),
    # s8 loaded (item 8): the same two findings, news.yahoo.com named with its article id
    # (the story has two news.yahoo.com articles)
    ('story:1483919695+4', 'shared_source', '4f4dfbd0ce6f'):  # a3:s2 a4:s1 a3:s3 a4:s2
        (True, 'two Yahoo copies of one AFP story; only news.yahoo.com (a4) keeps the AFP credit'),
    ('story:1483919695+4', 'shared_quote', '07d635cb69b9'):  # a1:s5 a1:s6 a1:s7 a4:s3
        (True, 'the same Pritzker statement, speaker named'),
    ('story:1483758694+11', 'shared_source', '6066f6724490'):  # a1:s1 a2:s2 a1:s2 a2:s3
        (True, 'one AFP story (its Palm Beach dateline) in both; neither names AFP'),
    ('1483806234_1484051122', 'framing', '53c56d3462ed'):  # a1:s4 a2:s1
        (False, "two remarks: Trump 'has claimed he likes' Kim vs 'I like peace', the president said: linked by 'like'"),
    ('story:1483758694+11', 'omission', 'ab2566da0009'):  # a3:s1
        (True, "timesofisrael.com reports the storming by 'pro-Iranian demonstrators' without naming the militia 7 outlets name"),
    ('story:1483758694+11', 'omission', '498323ecf46d'):  # a3:s1
        (True, "ewn.co.za reports the storming by 'pro-Iranian demonstrators' without naming the militia 7 outlets name"),
    ('story:1483919695+4', 'omission', '59bfc56316f5'):  # a1:s8
        (True, 'the AFP copy gives the 11,017 pardons but not the 116,000 eligible convictions q13fox.com and cbsnews.com give (borderline)'),
    ('1484051122_1484459085', 'quote_changed', '84f2a522407f'):  # a1:s12 a1:s13 a1:s14 a2:s56
        (False, "wording only: 'the election' dropped from one transcript: the claim is whole"),
    ('1484459085_1484698254', 'quote_changed', '5d269af37600'):  # a1:s56 a1:s57 a2:s32 a2:s33
        (False, "wording only: 'the election' dropped from one transcript: the claim is whole"),
    ('story:1483758694+11', 'quote_changed', '11ec62b94eb2'):  # a11:s32 a11:s33 a11:s34 a9:s12
        (False, "wording only: 'the election' dropped from one transcript: the claim is whole"),
    ('1484459085_1484698254', 'quote_changed', 'eacc7a73bd7b'):  # a1:s6 a2:s14
        (False, "wording only: one remark transcribed two ways ('there will never be' vs 'this will never, ever be'): emphasis"),
    ('story:1483803657+7', 'quote_changed', '975b2d0e76fc'):  # a6:s6 a7:s19 a8:s5 a8:s6
        (False, "wording only: 'poor' vs 'bad' example (and 'given'): translations of one Italian remark"),
    # --- read 2026-12-03 (branch s5-report) on main 25de573 (+ s5-defaults: a shared_quote
    # line names a speaker only when both name the same person, else says which one names
    # one; shared_source lines give both percentages and photo-line credits; name variants
    # fold typographic apostrophes). "names a speaker" is read literally: a pronoun ('he
    # said') or a role ('the Democratic governor') is no name; a name in the quote's own
    # sentence is ---
    ('1483971502_1484040205', 'shared_quote', '5975fafb4c1c'):  # a1:s21 a2:s12
        (True, "Esper's 'appropriate and precautionary action' in both; dailypost.ng's sentence gives it to 'the US'"),
    ('story:1483758694+11', 'shared_quote', '5975fafb4c1c'):  # a6:s21 a8:s12
        (True, "Esper's 'appropriate and precautionary action' in both; dailypost.ng's sentence gives it to 'the US'"),
    ('1483919695_1484050658', 'shared_quote', '5c326f23c403'):  # a1:s5 a1:s6 a1:s7 a2:s4
        (True, "the same Pritzker statement; q13fox.com gives it to 'the Democratic governor' a paragraph before (no name: literal)"),
    ('story:1483919695+4', 'shared_quote', '5c326f23c403'):  # a1:s5 a1:s6 a1:s7 a3:s4
        (True, "the same Pritzker statement; q13fox.com gives it to 'the Democratic governor' a paragraph before (no name: literal)"),
    ('story:1483919695+4', 'shared_quote', 'eaecc6bebf21'):  # a1:s5 a1:s6 a1:s7 a4:s3
        (True, "the same Pritzker statement; q13fox.com gives it to 'the Democratic governor' a paragraph before (no name: literal)"),
    ('1483995327_1484138375', 'shared_quote', '427c8f6ad3f7'):  # a1:s12 a2:s5
        (False, "the words are shared, but 'only 590kid.com names a speaker' is false: hotair.com's own sentence says Kim Jong Un warned it"),
    ('story:1483995327+3', 'shared_quote', '427c8f6ad3f7'):  # a1:s12 a3:s5
        (False, "the words are shared, but 'only 590kid.com names a speaker' is false: hotair.com's own sentence says Kim Jong Un warned it"),
    ('story:1483995327+3', 'shared_quote', '46483c5ceb2d'):  # a1:s10 a4:s6
        (False, "the words are shared, but 'only news.yahoo.com names a speaker' is false: hotair.com's sentence says Kim promised it"),
    ('story:1483995327+3', 'shared_quote', 'dca1c882cbf0'):  # a2:s2 a4:s6
        (True, "Kim's 'new strategic weapon' / 'the near future' in both; foxnews.com gives the threat to North Korea, no person"),
    ('story:1483995327+3', 'shared_quote', '76a06f8a0781'):  # a2:s2 a3:s5
        (True, "Kim's 'new strategic weapon' in both; foxnews.com gives the threat to North Korea, no person"),
    ('1484698254_1483758694', 'shared_quote', 'c9c79573bb0d'):  # a1:s12 a1:s13 a2:s9 a1:s18
        (True, "Trump's 'this will not be a Benghazi', 'I like peace', 'I don't see that happening' in both; teaparty.org says 'he said'"),
    ('story:1483758694+11', 'shared_quote', 'cf984053264e'):  # a2:s10 a11:s12 a11:s13 a2:s3
        (True, "Trump's 'this will not be a Benghazi', 'I like peace', 'I don't see that happening' in both; teaparty.org says 'he said'"),
    ('story:1483758694+11', 'shared_quote', 'e01a540d6823'):  # a1:s9 a11:s12 a11:s13 a1:s2
        (True, "Trump's 'this will not be a Benghazi', 'I like peace', 'I don't see that happening' in both; teaparty.org says 'he said'"),
    ('1483934248_1484698254', 'shared_quote', '07f85bbf91ed'):  # a1:s56 a1:s57 a2:s38 a2:s39
        (True, "the same resolution remarks; bizpacreview.com says 'he said'"),
    ('story:1483758694+11', 'shared_quote', '07f85bbf91ed'):  # a4:s56 a4:s57 a11:s38 a11:s39
        (True, "the same resolution remarks; bizpacreview.com says 'he said'"),
    ('story:1483758694+11', 'shared_quote', '78ce76216d55'):  # a6:s8 a6:s9 a6:s10 a6:s11
        (True, "'I want to have peace. I like peace' is inside nypost.com's long quote; chipleypaper.com says 'he said'"),
    ('story:1483758694+11', 'shared_quote', 'f34997f34eef'):  # a4:s2 a4:s3 a6:s8 a6:s9
        (True, "the same 'not a good idea for Iran' answer; bizpacreview.com says 'he bluntly said'"),
    ('story:1483758694+11', 'shared_quote', 'be60658935c1'):  # a6:s8 a6:s9 a6:s10 a6:s11
        (True, "'And Iran should want peace more than anybody' is inside nypost.com's long quote; teaparty.org says 'he said'"),
    ('1484029325_1484235264', 'shared_source', '13f35492d17f'):  # a2:s2 a1:s3 a2:s3 a1:s4
        (True, 'the same NAN crash report in both; dailypost.ng names NAN, younewsng.com does not'),
    ('story:1483919695+4', 'shared_source', '2806fc1b6aea'):  # a4:s1 a3:s2 a4:s2 a3:s3
        (True, 'two Yahoo copies of one AFP story; only news.yahoo.com keeps the AFP credit'),
    ('story:1483758694+11', 'shared_source', '4360f36746be'):  # a1:s1 a2:s2 a1:s2 a2:s3
        (True, 'one AFP story (its Palm Beach dateline) in both; neither names AFP'),
    # --- read 2026-12-04 (lead, session 7) on main: the same three copy findings, their
    # credit clause reworded by s7-provenance (credits.py: who credits whom) ---
    ('1484029325_1484235264', 'shared_source', '88c64a91c713'):  # a1:s3 a2:s2 a1:s4 a2:s3
        (True, "the same NAN crash report in both; 'only dailypost.ng credits NAN' is what the pages say"),
    ('story:1483919695+4', 'shared_source', 'aae41cef60ca'):  # a3:s2 a4:s1 a3:s3 a4:s2
        (True, 'two Yahoo copies of one AFP story; news.yahoo.com keeps the AFP credit'),
    ('story:1483758694+11', 'shared_source', '503e5a96e6f8'):  # a1:s4 a2:s1 a1:s1 a2:s2
        (True, 'one AFP story (its Palm Beach dateline) in both; neither names AFP'),
    ('story:1483758694+11', 'name_variant', '47004b0685c3'):  # a12:s8 a3:s10 a3:s1 a5:s5
        (True, "Kataib / Kata'ib / Kataieb Hezbollah: transliteration"),
    # --- read 2026-12-03 (branch s5-report) on main e86f837 (+ s5-align, s5-embedfix) ---
    ('1484188814_1484188819', 'aligned:paraphrase', '8034499a8939'):  # a1:s17 a2:s22
        (True, "both: 1,000 subscribers and 4,000 watch hours make a creator eligible for YouTube's Partner Program (ads)"),
    # --- carried 2026-12-03 by the lead on main 6393523: the shared_quote summary lost its
    # clause 'only X names a speaker (Y)' (false on 3 items above); same words, same
    # sentences, so each verdict is the one read for the line with the clause; the 3 read
    # wrong only for that clause are right now (the shared words were read right) ---
    ('1484698254_1483758694', 'shared_quote', '581070d790ad'):  # a1:s12 a1:s13 a2:s9 a1:s18
        (True, "Trump's 'this will not be a Benghazi', 'I like peace', 'I don't see that happening' in both; teaparty.org says 'he said'"),
    ('1483919695_1484050658', 'shared_quote', '262a7863398c'):  # a1:s5 a1:s6 a1:s7 a2:s4
        (True, "the same Pritzker statement; q13fox.com gives it to 'the Democratic governor' a paragraph before (no name: literal)"),
    ('1483934248_1484698254', 'shared_quote', 'fd2bfc28f169'):  # a1:s56 a1:s57 a2:s38 a2:s39
        (True, "the same resolution remarks; bizpacreview.com says 'he said'"),
    ('1483971502_1484040205', 'shared_quote', 'a3e1f7be5f33'):  # a1:s21 a2:s12
        (True, "Esper's 'appropriate and precautionary action' in both; dailypost.ng's sentence gives it to 'the US'"),
    ('1483995327_1484138375', 'shared_quote', '35d2fb69ef53'):  # a1:s12 a2:s5
        (True, "the words are shared (Kim's warning in both); the false 'only X names a speaker' clause is gone"),
    ('story:1483758694+11', 'shared_quote', '71aa3b068890'):  # a1:s9 a11:s12 a11:s13 a1:s2
        (True, "Trump's 'this will not be a Benghazi', 'I like peace', 'I don't see that happening' in both; teaparty.org says 'he said'"),
    ('story:1483758694+11', 'shared_quote', '7bf30a681f8f'):  # a2:s10 a11:s12 a11:s13 a2:s3
        (True, "Trump's 'this will not be a Benghazi', 'I like peace', 'I don't see that happening' in both; teaparty.org says 'he said'"),
    ('story:1483758694+11', 'shared_quote', '49d360b268a8'):  # a4:s2 a4:s3 a6:s8 a6:s9
        (True, "the same 'not a good idea for Iran' answer; bizpacreview.com says 'he bluntly said'"),
    ('story:1483758694+11', 'shared_quote', 'fd2bfc28f169'):  # a4:s56 a4:s57 a11:s38 a11:s39
        (True, "the same resolution remarks; bizpacreview.com says 'he said'"),
    ('story:1483758694+11', 'shared_quote', '89a0286d73de'):  # a6:s8 a6:s9 a6:s10 a6:s11
        (True, "'I want to have peace. I like peace' is inside nypost.com's long quote; chipleypaper.com says 'he said'"),
    ('story:1483758694+11', 'shared_quote', 'bf35c922af93'):  # a6:s8 a6:s9 a6:s10 a6:s11
        (True, "'And Iran should want peace more than anybody' is inside nypost.com's long quote; teaparty.org says 'he said'"),
    ('story:1483758694+11', 'shared_quote', 'a3e1f7be5f33'):  # a6:s21 a8:s12
        (True, "Esper's 'appropriate and precautionary action' in both; dailypost.ng's sentence gives it to 'the US'"),
    ('story:1483919695+4', 'shared_quote', '262a7863398c'):  # a1:s5 a1:s6 a1:s7 a3:s4
        (True, "the same Pritzker statement; q13fox.com gives it to 'the Democratic governor' a paragraph before (no name: literal)"),
    ('story:1483919695+4', 'shared_quote', '212547d6f02b'):  # a1:s5 a1:s6 a1:s7 a4:s3
        (True, "the same Pritzker statement; q13fox.com gives it to 'the Democratic governor' a paragraph before (no name: literal)"),
    ('story:1483995327+3', 'shared_quote', '0248ef7943e5'):  # a1:s10 a4:s6
        (True, "the words are shared (Kim's warning in both); the false 'only X names a speaker' clause is gone"),
    ('story:1483995327+3', 'shared_quote', '35d2fb69ef53'):  # a1:s12 a3:s5
        (True, "the words are shared (Kim's warning in both); the false 'only X names a speaker' clause is gone"),
    ('story:1483995327+3', 'shared_quote', 'add30d21952a'):  # a2:s2 a3:s5
        (True, "Kim's 'new strategic weapon' in both; foxnews.com gives the threat to North Korea, no person"),
    ('story:1483995327+3', 'shared_quote', '5ba168c8a301'):  # a2:s2 a4:s6
        (True, "Kim's 'new strategic weapon' / 'the near future' in both; foxnews.com gives the threat to North Korea, no person"),
    # --- read 2026-12-03 (branch s6-rereader) on main c162f34 (the sixth session's eight
    # merges; the every-flag run now includes context_paraphrases): every sampled item left
    # unread, 4 context-paraphrase pairs and 1 story fact_conflict reworded to name all
    # four outlets. An aligned pair that states one fact with another figure stays right
    # (GUIDE.md: two statements of one fact are a shared pair; the figure is the conflict) ---
    ('1483956394_1538841592', 'aligned:paraphrase', 'f0409f4cab06'):  # a1:s11 a2:s5
        (True, "both: tear gas fired to break up the embassy protest; theprint.in adds the shots and who fired"),
    ('1484189120_1484113136', 'aligned:paraphrase', '7aedbe63e9f9'):  # a1:s1 a2:s16
        (True, "both: the Wiesenthal Center (its two deans) asked the White House / Trump to have the FBI form an anti-Semitism task force"),
    ('1483805823_1484012619', 'aligned:paraphrase', '4fa2935d6cf0'):  # a1:s2 a2:s8
        (True, "both: as the pope turned away from the crowd a woman seized his hand and pulled him toward her"),
    ('1484010434_1484699181', 'aligned:paraphrase', '27313fd671d8'):  # a1:s21 a2:s12
        (True, "one claim (how many states allow medical marijuana) with another figure, 33 vs 34: the pair's fact_conflict"),
    ('story:1483919695+4', 'fact_conflict', '79cf0e14c861'):  # a1:s21 a3:s13 a4:s12 a2:s21
        (True, "34 (q13fox.com, the two AFP copies) vs 33 (the other news.yahoo.com article) states allowing medical marijuana, a day apart with no change between; true, though 'news.yahoo.com' on both sides (two articles of one site) reads as a contradiction"),
    # --- read 2026-12-03 (branch s6-rereader2) on main 1d10ea3 (merge of s6-framing2:
    # story-wide framing lines print each outlet's own words, one finding per loaded term
    # or act, link words for an attribution; a fact_conflict line names an outlet with its
    # article id when one site's two articles sit on both sides). Each line re-read: does
    # every named outlet write the word it is given, is every counterpart the same referent.
    # An old verdict is carried only where the new line is still true, and says so ---
    ('1484010434_1484699181', 'fact_conflict', 'ad62eac03ce0'):  # a1:s21 a2:s12
        (True, "33 vs 34 states (plus DC in a2) allowing medical marijuana, both 1 Jan; the article ids now tell the two news.yahoo.com articles apart (carried, still true)"),
    ('story:1483919695+4', 'fact_conflict', '634841ca7c04'):  # a1:s21 a3:s13 a4:s12 a2:s21
        (True, "34 (q13fox.com, sg.news.yahoo.com, news.yahoo.com a4) vs 33 (news.yahoo.com a2) states allowing medical marijuana; each outlet and id checked; the id removes the old caveat"),
    ('1484008387_1485042131', 'framing', '1efa476b0c88'):  # a1:s5 a2:s4
        (True, "one apology on losing patience: theguardian.com's 'he said' (Francis, Angelus) vs news.yahoo.com's 'Francis confessed' (mild, but true; carried)"),
    ('story:1483803657+7', 'framing', 'e9b5559e4727'):  # a5:s5 a8:s4
        (True, "one apology on losing patience: theguardian.com's 'he said' (Francis, Angelus) vs news.yahoo.com's 'Francis confessed' (mild, but true; carried)"),
    ('1483956394_1483971502', 'framing', '6a957326dc0e'):  # a2:s6 a1:s7
        (True, "tasnimnews.com hedges the attacks on US forces that prompted the strikes as 'alleged'; nypost.com states the rocket attack (carried; the quoted span 'alleged attacks targeting' is clumsy but verbatim)"),
    ('story:1483758694+11', 'framing', '295a056b3d64'):  # a6:s6 a7:s7 a8:s4 a10:s71 a5:s7
        (False, "true of nypost.com, alternet.org, dailypost.ng, but chipleypaper.com's 'attack' (The attack was believed to be retaliation for the US strikes) is the embassy storming, not the attacks on US forces tasnimnews.com calls 'alleged': one counterpart is another referent"),
    ('story:1483758694+11', 'framing', 'd29fc75cd413'):  # a6:s6 a7:s7 a8:s4 a5:s7
        (True, "the item above without chipleypaper.com's anaphoric 'The attack' (the embassy storming; s7 findings: a counterpart that refers back is read through its antecedent): nypost.com, alternet.org, dailypost.ng each state the attack on US forces tasnimnews.com calls 'alleged' (carried from the reading above)"),
    ('story:1483803657+7', 'framing', 'c29df1d1309d'):  # a3:s2 a8:s8 a2:s4
        (True, "rt.com's 'seized his hand, jerking the religious leader around' vs bdnews24.com's 'pull' and news.yahoo.com's 'pulled on his hand' for one act; each word is its outlet's (mild, but true; carried)"),
    ('story:1483803657+7', 'framing', '7fa6562a24e9'):  # a3:s2 a8:s8 a5:s2 a6:s8
        (True, "theguardian.com 'yanked him towards her', wptv.com 'yanking him toward her' vs bdnews24.com 'pull', news.yahoo.com 'pulled on his hand': one act (mild, but true; carried)"),
    ('story:1483803657+7', 'framing', '8ca6930a33fc'):  # a2:s1 a3:s2 a8:s8 a7:s2
        (True, "mediaite.com's 'pulled him violently' vs plain 'pulled'/'pull' in rt.com, bdnews24.com, news.yahoo.com for the woman's act; words checked (mild, but true; carried)"),
    ('story:1483758694+11', 'framing', '485187e4ca9a'):  # a1:s1 a2:s2 a3:s5 a3:s1 ... a7:s1
        (False, "each outlet does write 'stormed'/'storming', but 'angrily' describes a crowd chanting 'Death to America' that dailypost.ng and tasnimnews.com call 'angry protesters': manner, not a judgment (carried)"),
    ('story:1483758694+11', 'framing', 'acc0c3e979ef'):  # a5:s8 a3:s1 a6:s2 a7:s1 a12:s1
        (True, "'stormed' (the four named write it; nypost.com of the Green Zone, the same entry) vs tasnimnews.com's 'reached' the mission; the softening is tasnimnews.com's, other outlets also write 'stormed' unnamed (carried)"),
    ('story:1483758694+11', 'framing', '7dc374fd2754'):  # a1:s1 a2:s2 a3:s5 a10:s3 a4:s4
        (True, "bizpacreview.com's 'militiamen' vs 'demonstrators'/'protesters'/'militia supporters' for those who stormed the embassy, each outlet's own word; theprint.in's 'militiamen and their supporters' rightly set apart (carried)"),
    ('story:1483758694+11', 'framing', 'e1b7757810f6'):  # a6:s2 a8:s8 a10:s70 a12:s21
        (True, "theprint.in's 'mob' vs nypost.com 'demonstrators', dailypost.ng and chipleypaper.com 'protesters' for the crowd that broke into the embassy; words checked (carried)"),
    # --- read after s7-squote (shared quotes with small edits, split differently): 8 ---
    ('1484008387_1485042131', 'shared_quote', '31277389e410'):  # a1:s5 a2:s5 a2:s6
        (True, "the Pope's apology: 'I apologise for the bad example [given] yesterday', AFP's quote starts mid-statement"),
    ('story:1483803657+7', 'shared_quote', '31277389e410'):  # a5:s5 a8:s5 a8:s6
        (True, "the Pope's apology: 'I apologise for the bad example [given] yesterday', AFP's quote starts mid-statement"),
    # the same finding reworded by s7-tidy ("quote nearly the same words (a word apart)"), read again
    ('1484008387_1485042131', 'shared_quote', '8096a0e74c49'):  # a1:s5 a2:s5 a2:s6
        (True, "the Pope's apology, one word apart ('given'): the wording now says so"),
    ('story:1483803657+7', 'shared_quote', '8096a0e74c49'):  # a5:s5 a8:s5 a8:s6
        (True, "the Pope's apology, one word apart ('given'): the wording now says so"),
    # the same finding reworded by s13-squote ("(a word apart: 'given')"), read again
    ('1484008387_1485042131', 'shared_quote', '29f40af2e864'):  # a1:s5 a2:s5 a2:s6
        (True, "the Pope's apology, one word apart, the word now named ('given')"),
    ('story:1483803657+7', 'shared_quote', '29f40af2e864'):  # a5:s5 a8:s5 a8:s6
        (True, "the Pope's apology, one word apart, the word now named ('given')"),
    # the same finding reworded by s16-source (no "gives more of it": each outlet gives its
    # own other part of the statement, the Guardian's 'sometimes even I lose patience',
    # AFP's 'It happens to me too'), read again
    ('1484008387_1485042131', 'shared_quote', 'bac6be62d37f'):  # a1:s5 a2:s5 a2:s6
        (True, "the Pope's apology, one word apart ('given'); neither said to give more of it: each has its own other sentence"),
    ('story:1483803657+7', 'shared_quote', 'bac6be62d37f'):  # a5:s5 a8:s5 a8:s6
        (True, "the Pope's apology, one word apart ('given'); neither said to give more of it: each has its own other sentence"),
    ('1484051122_1484459085', 'shared_quote', '09ffc1d3db74'):  # a1:s3 a2:s45 a2:s46 a2:s47
        (True, "Trump's 'he likes me, I like him, we get along' and 'the impeachment [thing], I call it impeachment light'"),
    ('story:1483758694+11', 'shared_quote', '09ffc1d3db74'):  # a9:s3 a10:s45 a10:s46 a10:s47
        (True, "Trump's 'he likes me, I like him, we get along' and 'the impeachment [thing], I call it impeachment light'"),
    ('1484459085_1484698254', 'shared_quote', '158802adfc40'):  # a1:s38 a1:s39 a1:s40 a1:s41
        (True, "Trump's Pelosi remark, split into other sentences by each outlet; 'I want to have peace' too"),
    ('story:1483758694+11', 'shared_quote', '158802adfc40'):  # a10:s38 a10:s39 a10:s40 a10:s41
        (True, "Trump's Pelosi remark, split into other sentences by each outlet; 'I want to have peace' too"),
    ('1484051122_1484698254', 'shared_quote', '2e2b4c0a2c85'):  # a1:s12 a1:s13 a1:s14 a2:s32
        (True, "the same Mar-a-Lago remarks, and 'the impeachment [thing] I call it impeachment light'"),
    ('story:1483758694+11', 'shared_quote', '2e2b4c0a2c85'):  # a9:s12 a9:s13 a9:s14 a11:s32
        (True, "the same Mar-a-Lago remarks, and 'the impeachment [thing] I call it impeachment light'"),
    # session 8 (s8-alnames and s8 lead): read by the lead
    ('1483830300_1484008387', 'aligned:paraphrase', '668b98689eec'):  # a1:s1 a2:s1
        (False, "one slap, two claims: the pope 'reacted angrily when grabbed' vs 'has apologised after slapping'"),
    ('1484010434_1517421409', 'aligned:paraphrase', 'bc7e4b198e77'):  # a1:s1 a2:s1
        (True, 'both ledes: recreational marijuana legal in Illinois from the new year'),
    ('1484459085_1484698254', 'aligned:paraphrase', '359acb53be68'):  # a1:s26 a2:s20
        (True, 'both: Trump spoke (harshly) about the impeachment led by Speaker Pelosi'),
    ('1484008387_1484012619', 'aligned:paraphrase', '4a7a8a7b2d7f'):  # a1:s1 a2:s7
        (False, "the apology for the slap vs the walk to the Nativity scene on New Year's Eve: different claims"),
    ('story:1483758694+11', 'framing', '65249c734d8a'):  # a1:s1 a2:s2 a3:s1 a3:s5
        (False, "'angrily' describes the crowd's manner that other outlets call 'angry protesters', not a judgment (as read in session 6)"),
    # --- read 2026-12-05 (branch s15-report) on main 398e0a1: every unread sampled item,
    # both configurations, pairs and stories (10). quote_changed keeps the s5 convention
    # (a translation of one remark is 'wording only', wrong) ---
    ('1483852510_1483971502', 'aligned:paraphrase', 'be106a45bbb0'):  # a1:s10 a2:s6
        (True, "both: the weekend's US strikes on Kataib Hezbollah answered its rocket attack on an Iraq base that killed a US contractor (nypost.com adds the four wounded)"),
    ('1484050658_1517421409', 'aligned:paraphrase', 'b2cc050b433b'):  # a1:s7 a2:s13
        (True, 'both: Pritzker granted 11,000+ (11,017) pardons for low-level cannabis convictions on Tuesday'),
    ('1484699181_1517421409', 'aligned:paraphrase', 'b2cc050b433b'):  # a1:s6 a2:s13
        (True, 'both: Pritzker granted 11,000+ (11,017) pardons for low-level cannabis convictions on Tuesday'),
    ('1484010434_1484699181', 'aligned:paraphrase', 'f8373f68fe29'):  # a1:s11 a2:s6
        (True, 'both: Pritzker granted 11,000+ (11,017) pardons for low-level marijuana convictions on Tuesday'),
    ('1483919695_1484050658', 'aligned:paraphrase', 'e7e4f1d5888d'):  # a1:s1 a2:s7
        (True, 'both: Pritzker granted 11,000+ (11,017) pardons for low-level marijuana convictions on Tuesday'),
    ('1483805174_1484012619', 'aligned:paraphrase', 'f8502a5e6922'):  # a1:s3 a2:s8
        (False, "the video's setting (Francis walking, greeting pilgrims) vs the grab and yank it shows; rt.com gives the grab in its next sentence"),
    ('1483852510_1538841592', 'aligned:paraphrase', '93515fd3c9b3'):  # a1:s6 a2:s11
        (True, "the one accusation: sputniknews.com reports US officials' claim that Iran orchestrated the embassy protest; theprint.in quotes Trump's tweet saying so"),
    ('1483852510_1483971502', 'framing', '6432239e2a15'):  # a2:s6 a1:s10
        (True, "sputniknews.com hedges Kataib Hezbollah's rocket attack that prompted the strikes ('allegedly'); nypost.com states it as the group's"),
    ('1484008387_1484012619', 'quote_changed', '8706126ed445'):  # a1:s5 a2:s6
        (False, "wording only: the line is true ('bad' -> 'poor') but it is two translations of one Italian remark (gold dev: wording only), filed as quote_changed.meaning"),
    ('story:1483803657+7', 'quote_changed', '0a61e5bdd613'):  # a6:s6 a7:s19 a5:s5
        (False, "wording only: the line is true ('poor' -> 'bad') but it is translations of one Italian remark (gold dev: wording only), filed as quote_changed.meaning"),
    # --- read 2026-12-05 (branch s17-report) on main 2fa1616: every unread sampled item, both
    # configurations, pairs and stories: three shared_quote lines reworded by s17-source
    # (1c19bb2, change 'extent': "each gives words the other lacks: A adds '...' and B adds
    # '...'"), each also in a story; the additions checked against the whole of both texts,
    # not only the matched quote run ---
    ('1484051122_1484459085', 'shared_quote', 'f236be04d4c4'):  # a1:s3 a2:s45 a2:s46 a2:s47
        (True, "Trump's 'he likes me, I like him, we get along' in both; chipleypaper.com's vase line and news.yahoo.com's 'representing his country' are each absent from the other text; the 1 more is 'I call it impeachment light'"),
    ('story:1483758694+11', 'shared_quote', 'f236be04d4c4'):  # a9:s3 a10:s45 a10:s46 a10:s47
        (True, "Trump's 'he likes me, I like him, we get along' in both; chipleypaper.com's vase line and news.yahoo.com's 'representing his country' are each absent from the other text; the 1 more is 'I call it impeachment light'"),
    ('1484459085_1484698254', 'shared_quote', 'c15805f93650'):  # a1:s38 a1:s39 a1:s40 a1:s41
        (False, "the Pelosi quote is shared, but 'chipleypaper.com adds The impeachment thing, I call it impeachment light' is false: teaparty.org quotes it too, split off by 'he said' ('I think the impeachment thing — I call it impeachment light'); only teaparty.org's 'I know her well' is the one side's"),
    ('story:1483758694+11', 'shared_quote', 'c15805f93650'):  # a10:s38 a10:s39 a10:s40 a10:s41
        (False, "the Pelosi quote is shared, but 'chipleypaper.com adds The impeachment thing, I call it impeachment light' is false: teaparty.org quotes it too, split off by 'he said' ('I think the impeachment thing — I call it impeachment light'); only teaparty.org's 'I know her well' is the one side's"),
    ('1484008387_1485042131', 'shared_quote', '95b06aeb643f'):  # a1:s5 a2:s5 a2:s6
        (True, "the Pope's apology, a word apart ('given'); each addition's words are absent from the other (borderline: news.yahoo.com gives the thought as 'We lose patience many times' a sentence before, its own translation; as read in s16, each outlet's own other part)"),
    ('story:1483803657+7', 'shared_quote', '95b06aeb643f'):  # a5:s5 a8:s5 a8:s6
        (True, "the Pope's apology, a word apart ('given'); each addition's words are absent from the other (borderline: news.yahoo.com gives the thought as 'We lose patience many times' a sentence before, its own translation; as read in s16, each outlet's own other part)"),
    # --- read 2026-12-05 (branch s18-report) on main c974dc2b: every unread sampled item, both
    # configurations, pairs and stories (7): four shared_quote lines reworded by s18-source
    # (ea5cbd38: 'adds'/'gives more' words looked for in the whole other article) and
    # s18-source2 (c974dc2b: '1 more' tails say a word apart), three also in the story; each
    # clause checked against the whole of both texts ---
    ('1484189120_1484113136', 'shared_quote', 'df56ee5eebf8'):  # a1:s2 a1:s3 a1:s4 a2:s17
        (True, "the same Wiesenthal Center statement (Hier's, with Cooper in a2); the s17 'gives more' clause is gone (a2 quotes the rest after its attribution); '21 words alike' counts only a2's first run (the FBI sentence is shared too)"),
    ('1484051122_1484459085', 'shared_quote', '7015542452da'):  # a1:s12 a1:s13 a1:s14 a2:s55
        (False, "Trump's 'if you're honourable I'm going to win the election by a lot' is shared (and 'he likes me, I like him, we get along'; 'the impeachment [thing], I call it impeachment light' a word apart), but 'news.yahoo.com gives more of it: 33 words vs 13' is false: chipleypaper.com quotes the rest of the answer after 'he said' ('If you're not honorable, I'm just going to win by a little. So I'd rather you be honorable': 31 words in all, two fewer); an editor is sent to look for a cut that is not there"),
    ('story:1483758694+11', 'shared_quote', '7015542452da'):  # a9:s12 a9:s13 a9:s14 a10:s55
        (False, "Trump's 'if you're honourable I'm going to win the election by a lot' is shared (and 'he likes me, I like him, we get along'; 'the impeachment [thing], I call it impeachment light' a word apart), but 'news.yahoo.com gives more of it: 33 words vs 13' is false: chipleypaper.com quotes the rest of the answer after 'he said' ('If you're not honorable, I'm just going to win by a little. So I'd rather you be honorable': 31 words in all, two fewer); an editor is sent to look for a cut that is not there"),
    # --- s19-source: the session-18 wrong read again against both whole texts ---
    ('1484051122_1484459085', 'shared_quote', '18101202e892'):  # a1:s12 a1:s13 a1:s14 a2:s55
        (True, "Trump's 'if you're honourable I'm going to win the election by a lot' is shared, 'he likes me, I like him, we get along' too (1 more shared quote) and 'the impeachment [thing], I call it impeachment light' a word apart; no side is said to give more: chipleypaper.com quotes the rest of the answer after 'he said' ('If you're not honorable, I'm just going to win by a little. So I'd rather you be honorable'), two words shorter (s19-source: words dropped between two pieces of the rest are an edit, not words it lacks)"),
    ('story:1483758694+11', 'shared_quote', '18101202e892'):  # a9:s12 a9:s13 a9:s14 a10:s55
        (True, "Trump's 'if you're honourable I'm going to win the election by a lot' is shared, 'he likes me, I like him, we get along' too (1 more shared quote) and 'the impeachment [thing], I call it impeachment light' a word apart; no side is said to give more: chipleypaper.com quotes the rest of the answer after 'he said' ('If you're not honorable, I'm just going to win by a little. So I'd rather you be honorable'), two words shorter (s19-source: words dropped between two pieces of the rest are an edit, not words it lacks)"),
    ('1484051122_1484698254', 'shared_quote', '2354db8c1d97'):  # a1:s12 a1:s13 a1:s14 a2:s32
        (True, "the same honourable/win-by-a-lot answer, teaparty.org's one word longer ('okay?': 34 vs 33 true); the 1 more is 'this will never, ever be a Benghazi', the word apart is 'the impeachment [thing] I call it impeachment light': all in both texts"),
    ('story:1483758694+11', 'shared_quote', '2354db8c1d97'):  # a9:s12 a9:s13 a9:s14 a11:s32
        (True, "the same honourable/win-by-a-lot answer, teaparty.org's one word longer ('okay?': 34 vs 33 true); the 1 more is 'this will never, ever be a Benghazi', the word apart is 'the impeachment [thing] I call it impeachment light': all in both texts"),
    ('1484459085_1484698254', 'shared_quote', 'bf52cfc82f21'):  # a1:s38 a1:s39 a1:s40 a1:s41
        (True, "Trump's Pelosi remark ('It's a disgrace ... highly overrated person') in both; the 2 more are the honourable answer and 'I want to have peace. I like peace', both in both texts; the false 'chipleypaper.com adds' clause of s17 is gone"),
    ('story:1483758694+11', 'shared_quote', 'bf52cfc82f21'):  # a10:s38 a10:s39 a10:s40 a10:s41
        (True, "Trump's Pelosi remark ('It's a disgrace ... highly overrated person') in both; the 2 more are the honourable answer and 'I want to have peace. I like peace', both in both texts; the false 'chipleypaper.com adds' clause of s17 is gone"),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--print", action="store_true", help="print the samples, write nothing")
    ap.add_argument("--config", choices=sorted(CONFIGS), help="only this configuration")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (the evaluation data live beside the checkout)")
        return 0
    text = args.out.read_text(encoding="utf-8") if args.out.is_file() else ""
    base: dict[str, set] = {}
    for unit, name, flags in [(u, n, f) for u in ("pairs", "stories") for n, f in CONFIGS.items()]:
        if args.config and name != args.config:
            continue
        items, npairs, seconds = run(flags, unit)
        lines = [f"Options: {', '.join(f'{k}=True' for k in flags) or 'defaults'}.", "",
                 *render(items, npairs, seconds, base.get(unit) if flags else None, unit)]
        if not flags:
            base[unit] = {(it["pair"], it["type"], it["key"]) for it in items}
        block_name = name if unit == "pairs" else f"stories-{name}"
        print(f"## {block_name}\n" + "\n".join(lines))
        begin, end = f"<!-- sample:{block_name}:begin -->", f"<!-- sample:{block_name}:end -->"
        block = "\n".join([begin, *lines, end])
        if begin in text and end in text:
            text = text[: text.index(begin)] + block + text[text.index(end) + len(end):]
        else:
            text = text + "\n" + block + "\n"
    if not args.print:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
