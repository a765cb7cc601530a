"""Findings on real same-story pairs: counts, a read sample, and scores against gold.

Run: ``.venv/bin/python benchmarks/findings_report.py [--out benchmarks/findings_report.md]``.

Input: the 45 same-story (stratum ``A``) pairs of ``shared/data/semeval2022-en``
(``pairs.jsonl`` + ``articles.jsonl``), each compared with the full pipeline
(``clean_all`` then ``compare_articles``, default ``Options``). Output: a Markdown report
with

* counts per finding type over the 45 pairs;
* a sample of 20 findings with short excerpts of their sentences, and the verdict of a
  person who read each one (``REVIEW`` below; an unreviewed finding shows "?");
* recall and precision against ``findings_gold.jsonl`` (15 annotated pairs) for
  ``fact_conflict`` and ``name_variant`` (and ``quote_changed`` / ``framing``), with a
  naive baseline measured in the same run beside them.

Gold matching: a finding matches a gold item when one of its sentences in article a
covers the gold ``a_text`` and one in article b covers ``b_text`` (substring either way,
or at least half the shorter text's words in common); for ``name_variant`` the finding's
spellings must cover the two gold names. The gold set is precision-first and not
exhaustive, so precision against it is a lower bound; the read sample is the better
precision figure.

Exits 0 with a message when the data directory is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import sys
import time
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "semeval2022-en"
OUT = Path(__file__).resolve().with_name("findings_report.md")
SAMPLE_SIZE = 20
SAMPLE_SEED = 7
EXCERPT = 110  # characters of each sentence shown in the sample
SCORED = ("fact_conflict", "name_variant", "quote_changed", "framing")

# Verdicts from reading the sample (pair id, type, start of summary) -> (ok?, note).
# Written by hand after reading each finding's sentences in the articles; a finding whose
# summary changes shows "?" until it is read again.
REVIEW: dict[tuple[str, str, str], tuple[bool, str]] = {
    ("1484011931_1484140021", "fact_conflict", "movieweb.com gives the gross as $340 million"):
        (True, "first film's worldwide gross; also in the gold set"),
    ("1484011931_1484140021", "name_variant", "The same name is spelled 'Quiet Place'"):
        (True, "typo 'A Quite Place 2' in movieweb.com; in the gold set"),
    ("1484011931_1484140021", "name_variant", "The same name is spelled 'John Krasinski'"):
        (True, "typo 'Krasinksi'; in the gold set"),
    ("1484037374_1484034933", "name_variant", "The same name is spelled 'Bill Bonney'"):
        (True, "given-name short form; in the gold set"),
    ("1484012348_1484255820", "fact_conflict", "dailymail.co.uk gives the level reached as"):
        (True, "maximum flood depth, four metres vs 3 meters; in the gold set"),
    ("1484038236_1483956394", "fact_conflict", "ifpnews.com gives the number of protesters"):
        (True, "crowd size at the embassy; in the gold set"),
    ("1484012646_1484279332", "name_variant", "The same name is spelled 'Maha Vikas Aghadi'"):
        (True, "clipped 'Maha' for 'Maharashtra'; in the gold set"),
    ("1484184080_1484258269", "name_variant", "The same name is spelled 'Deeq Mohameed Farah'"):
        (True, "the father's name, Mohammed vs Mohameed"),
    ("1484394653_1484291013", "name_variant", "The same name is spelled 'Gayatri Kandhadai'"):
        (True, "the activist's surname, Kandhadai vs Khandhadai"),
    ("1484459085_1483934248", "name_variant", "The same name is spelled 'Rudy Giuliani'"):
        (True, "typo 'Guiliani'"),
    ("1538841592_1484040205", "name_variant", "The same name is spelled 'Kataib Hezbollah'"):
        (True, "transliteration; in the gold set"),
    ("1538841592_1484040205", "name_variant", "The same name is spelled 'Adel Abdel-Mahdi'"):
        (True, "transliteration; in the gold set"),
    ("1484188515_1485021532", "addition", "Only intellasia.net carries 22"):
        (False, "several listed sentences paraphrase the other article's quotes"),
    ("1483803657_1483830300", "addition", "Only gloria.tv carries 4"):
        (False, "the slap sentence is a paraphrase of the other article's"),
    ("1484188779_1483740594", "addition", "Only catholicphilly.com carries 29"):
        (True, "the Mummers Mass is not in the other article"),
    ("1484038236_1483956394", "addition", "Only tasnimnews.com carries 7"):
        (False, "the drone-strike toll and the rally have counterparts in the other"),
    ("1484012348_1484255820", "addition", "Only dw.com carries 6"):
        (False, "the flood-depth sentence has a counterpart (it is a gold fact conflict)"),
    ("1484034301_1483852272", "addition", "Only q961.com carries 4"):
        (False, "'one of five finalists' and the midnight draw are in the other article"),
    ("1484037374_1484034933", "addition", "Only usnews.com carries 6"):
        (True, "jail transfer and the seven officers are usnews.com's alone"),
    ("1517421409_1483931131", "addition", "Only cbsnews.com carries 40"):
        (True, "poll and ballot content is not in the employer-law article"),
    ("1484012646_1484279332", "addition", "Only firstpost.com carries 20"):
        (True, "background on Matoshree is firstpost.com's alone"),
    ("1484189177_1484282556", "addition", "Only wwjnewsradio.radio.com carries 7"):
        (True, "the surveillance-video details are not in the other article"),
    ("1538841592_1484040205", "addition", "Only dailypost.ng carries 10"):
        (True, "Khamenei's condemnation is dailypost.ng's alone"),
    ("1483803657_1483830300", "addition", "Only uk.news.yahoo.com carries 2"):
        (False, "'slapped her hand when she refused to let go' paraphrases gloria.tv"),
    ("1484038302_1483809356", "addition", "Only abc7.com carries 2"):
        (True, "the 3-D countdown and the Hong Kong group are abc7.com's alone"),
    ("1484184080_1484258269", "addition", "Only toronto.ctvnews.ca carries 14"):
        (True, "weight, due date and quotes differ from cbc.ca's"),
    ("1484188579_1483915172", "addition", "Only theguardian.com carries 8"):
        (True, "the 75% recovery and customer numbers are the Guardian's alone"),
    ("1484013057_1484031995", "addition", "Only scroll.in carries 2"):
        (True, "vacancy count and bank count are scroll.in's alone"),
    ("1484038753_1484148859", "addition", "Only latimes.com carries 22"):
        (False, "the 63,175 Californians sentence has a paraphrase in the other"),
    ("1483804276_1483885879", "addition", "Only sputniknews.com carries 11"):
        (False, "Sivan's 'work is going smoothly' quote is in the other article too"),
    ("1484038236_1483956394", "addition", "Only tasnimnews.com carries 5"):
        (False, "the drone-strike toll has a counterpart in ifpnews.com"),
    ("1484037350_1484183400", "addition", "Only complex.com carries 5"):
        (False, "the spring-2021 release sentence is paraphrased in cbr.com"),
    ("1484395760_1484217880", "addition", "Only timesofindia.indiatimes.com carries 14"):
        (True, "debt, the ED and the father's account are TOI's alone"),
    ("1484032976_1483923430", "addition", "Only hindustantimes.com carries 10"):
        (True, "the BJP protest call and H Raja's tweet are not in ndtv.com"),
    ("1484035749_1484140713", "addition", "Only globalnews.ca carries 2"):
        (False, "'mother and baby doing well' is paraphrased in cbc.ca"),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found")
        return 0
    try:
        from storylens.pipeline import clean_all, compare_articles  # noqa: F401
        from storylens.segment import segment  # noqa: F401
    except ImportError as e:
        print(f"skipped: pipeline not complete in this build ({e})")
        return 0
    results, seconds = run_pairs()
    gold = {g["pair_id"]: g for g in _jsonl(DATA / "findings_gold.jsonl")}
    report = render(results, gold, seconds)
    args.out.write_text(report, encoding="utf-8")
    print(report)
    return 0


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run_pairs():
    """Compare every stratum-A pair; returns [(pair, comparison or None, skip reason)]."""
    from storylens.models import RawArticle
    from storylens.options import Options
    from storylens.pipeline import clean_all, compare_articles

    articles = {a["id"]: a for a in _jsonl(DATA / "articles.jsonl")}
    pairs = [p for p in _jsonl(DATA / "pairs.jsonl") if p["stratum"] == "A"]
    options = Options()
    out = []
    t0 = time.perf_counter()
    for p in pairs:
        raws = []
        for aid in (p["a"], p["b"]):
            a = articles[aid]
            raws.append(RawArticle(source=f"semeval:{aid}", text=a["text"], outlet=a["outlet"],
                                   title=a["title"], published=a["published"], url=a["url"],
                                   record_id=aid))
        arts, skipped = clean_all(raws, options)
        if len(arts) < 2:
            out.append((p, None, "; ".join(s.reason for s in skipped) or "cleaned away"))
            continue
        out.append((p, compare_articles(arts, options), None))
    return out, time.perf_counter() - t0


# --- gold matching -----------------------------------------------------------------


def _norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.casefold().split())


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", _norm(text)))


def covers(sentence: str, gold_text: str) -> bool:
    s, g = _norm(sentence), _norm(gold_text)
    if g in s or (len(s) > 20 and s in g):
        return True
    ws, wg = _words(s), _words(g)
    small = min(len(ws), len(wg))
    return small > 0 and len(ws & wg) >= max(2, small / 2) and len(ws & wg) >= len(wg) / 2


def _texts_by_article(comp, finding) -> tuple[list[str], list[str]]:
    a, b = [], []
    for sid in finding.sentences:
        art = sid.partition(":s")[0]
        text = comp.sentence(sid).text
        (a if art == "a1" else b).append(text)
    return a, b


def matches(comp, finding, item: dict) -> bool:
    if finding.type == "name_variant":
        spell = list(finding.detail.get("spellings", {}))
        ga, gb = _norm(item["a_text"]), _norm(item["b_text"])

        def hits(g):
            return {_norm(s) for s in spell if _norm(s) in g or g in _norm(s)}

        # two different spellings, one for each gold side
        return any(x != y for x in hits(ga) for y in hits(gb))
    a, b = _texts_by_article(comp, finding)
    return (any(covers(s, item["a_text"]) for s in a) and any(covers(s, item["b_text"]) for s in b)) \
        or (any(covers(s, item["b_text"]) for s in a) and any(covers(s, item["a_text"]) for s in b))


# --- naive baselines (same run, same alignments) ---------------------------------------

_NUM = re.compile(r"\d[\d,.]*")
_CAP = re.compile(r"\b[A-Z][a-z\u00c0-\u017f]{4,}\b")


class _Naive:
    """A stand-in finding for the baselines (type, sentences, detail)."""

    def __init__(self, type_: str, sentences: tuple[str, ...], detail: dict):
        self.type, self.sentences, self.detail = type_, sentences, detail


def naive_facts(comp) -> list[_Naive]:
    """Every aligned a1/a2 sentence pair whose digit strings differ."""
    out = []
    for al in comp.alignments:
        a = [s for s in al.sentences if s.startswith("a1:")]
        b = [s for s in al.sentences if s.startswith("a2:")]
        for sa in a:
            for sb in b:
                na = set(_NUM.findall(comp.sentence(sa).text))
                nb = set(_NUM.findall(comp.sentence(sb).text))
                if na and nb and na != nb:
                    out.append(_Naive("fact_conflict", (sa, sb), {}))
    return out


def naive_names(comp) -> list[_Naive]:
    """Capitalised words of 5+ letters one edit apart between the two articles."""
    from storylens.findings.names import _one_edit

    wa = {w for w in _CAP.findall(comp.documents[0].article.text)}
    wb = {w for w in _CAP.findall(comp.documents[1].article.text)}
    out = []
    for x in sorted(wa):
        for y in sorted(wb):
            if x != y and _one_edit(x.lower(), y.lower()):
                out.append(_Naive("name_variant", (), {"spellings": {x: [], y: []}}))
    return out


def score(results, gold, type_: str, finder=None) -> dict:
    tp_gold = n_gold = tp_pred = n_pred = 0
    for p, comp, _ in results:
        g = gold.get(p["pair_id"])
        if g is None or comp is None:
            continue
        items = g.get(type_, [])
        preds = finder(comp) if finder else [f for f in comp.findings if f.type == type_]
        n_gold += len(items)
        n_pred += len(preds)
        tp_gold += sum(1 for it in items if any(matches(comp, f, it) for f in preds))
        tp_pred += sum(1 for f in preds if any(matches(comp, f, it) for it in items))
    return {"gold": n_gold, "found": tp_gold, "predicted": n_pred, "correct": tp_pred,
            "recall": tp_gold / n_gold if n_gold else None,
            "precision": tp_pred / n_pred if n_pred else None}


# --- report ----------------------------------------------------------------------------


def _pct(x) -> str:
    return "–" if x is None else f"{100 * x:.0f}%"


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    text = text if len(text) <= EXCERPT else text[: EXCERPT - 1].rsplit(" ", 1)[0] + "…"
    return text.replace("|", "\\|")


def render(results, gold, seconds: float) -> str:
    ok = [(p, c) for p, c, _ in results if c is not None]
    counts: Counter[str] = Counter(f.type for _, c in ok for f in c.findings)
    pairs_with: Counter[str] = Counter(t for _, c in ok for t in {f.type for f in c.findings})
    lines = [
        "# Findings on real same-story pairs (semeval2022-en, stratum A)",
        "",
        "Generated by `benchmarks/findings_report.py`; the article texts stay in "
        "`shared/data` (only short excerpts appear here).",
        "",
        f"Machine: {platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs. Pairs compared: {len(ok)} of {len(results)} "
        f"in {seconds:.1f} s ({1000 * seconds / max(1, len(ok)):.0f} ms per pair, "
        "clean + segment + analyse + align + findings).",
        "",
    ]
    skipped = [(p["pair_id"], why) for p, c, why in results if c is None]
    if skipped:
        lines += [f"Skipped pairs: {', '.join(f'{pid} ({why})' for pid, why in skipped)}", ""]
    lines += ["## Counts per finding type", "", "| type | findings | pairs with one |", "|---|---:|---:|"]
    for t in ("quote_changed", "fact_conflict", "name_variant", "framing", "omission",
              "addition", "shared_source"):
        lines.append(f"| {t} | {counts.get(t, 0)} | {pairs_with.get(t, 0)} |")
    lines += ["", "## Against findings_gold.jsonl (15 annotated pairs)", "",
              "Recall: share of gold items some finding matches. Precision: share of findings "
              "(in the 15 gold pairs) that match a gold item; the gold set is not exhaustive, "
              "so this is a lower bound.", "",
              "| type | system | gold items | found | findings | matching | recall | precision |",
              "|---|---|---:|---:|---:|---:|---:|---:|"]
    baselines = {"fact_conflict": ("naive: aligned pair with different digits", naive_facts),
                 "name_variant": ("naive: capitalised words one edit apart", naive_names)}
    for t in SCORED:
        s = score(results, gold, t)
        lines.append(f"| {t} | storylens | {s['gold']} | {s['found']} | {s['predicted']} | "
                     f"{s['correct']} | {_pct(s['recall'])} | {_pct(s['precision'])} |")
        if t in baselines:
            name, fn = baselines[t]
            b = score(results, gold, t, fn)
            lines.append(f"| {t} | {name} | {b['gold']} | {b['found']} | {b['predicted']} | "
                         f"{b['correct']} | {_pct(b['recall'])} | {_pct(b['precision'])} |")
    lines += ["", *_gold_detail(results, gold)]
    lines += ["", *_sample(ok)]
    return "\n".join(lines) + "\n"


def _gold_detail(results, gold) -> list[str]:
    out = ["### Gold items, found or missed", "", "| pair | type | gold (a / b) | found |",
           "|---|---|---|---|"]
    for p, comp, _ in results:
        g = gold.get(p["pair_id"])
        if g is None or comp is None:
            continue
        for t in ("fact_conflict", "name_variant"):
            for it in g.get(t, []):
                hit = any(matches(comp, f, it) for f in comp.findings if f.type == t)
                out.append(f"| {p['pair_id']} | {t} | {_excerpt(it['a_text'])[:60]} / "
                           f"{_excerpt(it['b_text'])[:60]} | {'yes' if hit else 'no'} |")
    return out


def _sample(ok) -> list[str]:
    """All fact / name / source findings first, then a seeded draw of the others."""
    mine = [(p, c, f) for p, c in ok for f in c.findings
            if f.type in ("fact_conflict", "name_variant", "shared_source")]
    rest = [(p, c, f) for p, c in ok for f in c.findings
            if f.type not in ("fact_conflict", "name_variant", "shared_source")]
    # lowest seeded hashes first: the draw stays put when other findings come and go
    rest.sort(key=lambda r: hashlib.sha1(
        f"{SAMPLE_SEED}|{r[0]['pair_id']}|{r[2].type}|{r[2].summary}".encode()).hexdigest())
    sample = (mine + rest)[:SAMPLE_SIZE]
    out = [f"## Sample of {len(sample)} findings, read by hand", "",
           "Every fact_conflict, name_variant and shared_source finding, then a seeded "
           f"hash draw (seed {SAMPLE_SEED}) of the other types. Verdicts from reading the "
           "sentences in the articles.", ""]
    right = read = 0
    by_type: Counter[str] = Counter()
    by_type_ok: Counter[str] = Counter()
    for i, (p, c, f) in enumerate(sample, 1):
        verdict = _verdict(p["pair_id"], f)
        mark = "?" if verdict is None else ("correct" if verdict[0] else "wrong")
        if verdict is not None:
            read += 1
            right += verdict[0]
            by_type[f.type] += 1
            by_type_ok[f.type] += verdict[0]
        out.append(f"{i}. **{f.type}** ({p['pair_id']}, confidence {f.confidence:.2f}) — "
                   f"{_excerpt(f.summary) if len(f.summary) > 200 else f.summary} "
                   f"— **{mark}**" + (f": {verdict[1]}" if verdict and verdict[1] else ""))
        for sid in f.sentences[:4]:
            out.append(f"   - `{sid}` {_excerpt(c.sentence(sid).text)}")
    out += ["", f"Read precision: {right}/{read} findings correct"
            + (f" ({100 * right / read:.0f}%)" if read else "") + "."]
    for t in sorted(by_type):
        out.append(f"- {t}: {by_type_ok[t]}/{by_type[t]}")
    return out


def _verdict(pair_id: str, f) -> tuple[bool, str] | None:
    for (pid, t, start), v in REVIEW.items():
        if pid == pair_id and t == f.type and f.summary.startswith(start):
            return v
    return None


if __name__ == "__main__":
    sys.exit(main())
