"""Findings on invented left/centre/right stories written blind, scored against their keys.

Run: ``.venv/bin/python benchmarks/invented_stories.py --set dev [--on all] [--show all|unread|none]
[--todo]``. ``--todo`` prints a verdicts row (``"right": null``) for every finding nobody has
read yet, to fill in and append to ``benchmarks/invented/<set>/verdicts.jsonl``.

The stories (``benchmarks/invented/<set>/<story>/``; format and protocol in
``benchmarks/invented/README.md``) were written by writers who had not read the code, each
with an answer key (``key.jsonl``) written with the articles, before any tool ran. Each story
folder's article files (off-story ones included) are compared as ``storylens compare`` does
(the library's :func:`storylens.compare`, default ``Options``; ``--on``: off-by-default
finders switched on, as in ``benchmarks/findings_gold.py``). Matching (:func:`finding_matches`):

* a key item of type T (``expect`` or ``trap``) is *hit* by a finding of type T when, for
  each of its files, the finding cites a sentence of that file that carries ``texts[i]``
  (folded for quotes, dashes, case and spaces, as ``findings_gold`` does; contained, not
  a share of its words: :func:`_has`); a finding that sets groups of files against each
  other (a fact_conflict's values, a framing or quote_changed finding's two sides) must put
  the item's files on different sides ("C writes 'claimed' where A and B write 'said'" says
  nothing of A against B); a ``name_variant`` finding must also give the item's two
  spellings as two of its spellings (a text names the longest spelling it holds as whole
  words: "Dr Agnes Wirt" names "Agnes Wirt", "near the village of Varcek" "Varcek");
  an ``omission`` item (texts ``[fact, ""]``) needs the finding to name its second file as
  the omitting article, and the fact in a cited sentence of any article (the finding cites
  one carrier, not necessarily the key's);
* an ``expect`` item is *found* by a finding that hits it and is not read wrong, each
  finding credited once per piece of evidence (:func:`credited`): items it hits through the
  same cited sentences count once (two keyed conflicts of one sentence pair are found by a
  finding giving one conflict's values only once; each, when its values are both's), items
  it hits through different sentences each (three spellings show two pairs; a shared_quote
  finding lists several quotes; a shared_source finding covers its pair's copied groups);
* an ``aligned`` item is found when one alignment group holds a sentence of each file
  carrying its text; counted per the key's ``how`` (the group's own kind is listed);
* a finding that hits an ``expect`` item reads right, one that hits a ``trap`` wrong; any
  other finding is *unkeyed*, read by hand: its verdict is a row of ``verdicts.jsonl`` keyed by
  (story, :func:`item_key`: the type, the finding's one line, the files and the text of the
  cited sentences; never sentence ids), so a re-run carries it and an item whose words change
  is read again (as ``benchmarks/findings_report.py`` does). A verdict row also overrides the
  key's reading of a keyed finding (a finding that cites the right sentences for the wrong
  reason).
* the story warning is right when it names every ``off_story`` file and no other.

Exits 0 with a message when the set's folder is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from findings_gold import ALL_FLAGS  # noqa: E402
from findings_gold import _norm as _fold  # noqa: E402
from findings_report import _excerpt, _norm  # noqa: E402

ROOT = HERE / "invented"
TYPES = ("fact_conflict", "quote_changed", "name_variant", "framing", "omission", "addition",
         "shared_source", "shared_quote")
HOWS = ("verbatim", "edited", "paraphrase")


def _jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# --- items: plain dicts, so the matching is tested without the pipeline --------------------

@dataclass
class Item:
    """One finding of a comparison, by file name: ``cited`` maps each file to the text of the
    finding's sentences in it; ``spellings`` (name_variant) and ``omitter`` (omission: the
    file said to leave the fact out) as the finding gives them; ``sides`` the groups of files
    the finding sets against each other (a fact_conflict's values, the ``a`` and ``b`` of a
    framing or quote_changed finding: files of one side agree, the finding says nothing of
    them against each other) and ``values`` (fact_conflict) the texts of its values. Neither
    is part of :func:`item_key`."""

    type: str
    summary: str
    cited: dict[str, list[str]]
    rule: str = ""
    confidence: float = 1.0
    spellings: tuple[str, ...] = ()
    omitter: str | None = None
    sides: tuple[frozenset[str], ...] = ()
    values: tuple[str, ...] = ()
    key: str = field(default="", init=False)

    def __post_init__(self) -> None:
        self.key = item_key(self)


def item_key(it: Item) -> str:
    """What a verdict is about, as 12 hex digits: the type, the finding's line, and each
    cited file with the text of its sentences (the words, never the sentence ids, which
    shift when the cleaner or the segmenter changes)."""
    parts = [it.type, _norm(it.summary)]
    for f in sorted(it.cited):
        parts += [f, *(_norm(t) for t in it.cited[f])]
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:12]


def _has(text: str, sentences: list[str]) -> bool:
    """Whether ``text`` (a key's exact substring) is in one of ``sentences``, or runs over
    two of them ("...for charity. We are asking..."), once quotes, dashes, case and spaces
    are folded. Containment, not findings_gold's word overlap: a key text is copied from
    the article, and "The plant lost 180 million last year" shares most of its words with
    "The plant produced 2.1 million tonnes last year"."""
    t = _fold(text)
    return bool(t) and (any(t in _fold(s) for s in sentences) or t in _fold(" ".join(sentences)))


def _untitled(name: str) -> str:
    """A spelling (folded by ``_norm``) without its leading titles and honorifics ("dr agnes
    wirt", "interior minister mattis orrby", "former deputy mayor ..."), at least one word
    kept: the project's own title words (``storylens.rules.titles``: ``TITLE_WORDS``,
    ``HONORIFICS``, ``TITLE_HEAD_MODIFIERS``), as the name finder splits them off."""
    from storylens.rules import titles as T

    lead = T.TITLE_WORDS | T.HONORIFICS | T.TITLE_HEAD_MODIFIERS
    words = _norm(name).split()
    i = 0
    while i < len(words) - 1 and words[i] in lead:
        i += 1
    return " ".join(words[i:])


def _split_by_finding(files: list[str], it: Item) -> bool:
    """Whether the finding sets the row's files against each other: no two of them on one
    of its sides (a finding "C writes 'claimed' where A and B write 'said'" is not about A
    against B). True for a finding without sides."""
    return not any(sum(f in side for f in files) > 1 for side in it.sides)


def finding_matches(row: dict, it: Item, groups: list | None = None) -> bool:
    """Whether the finding ``it`` hits the key row ``row`` (an expect or trap item; see the
    module doc). ``groups`` (the comparison's alignment groups, as :func:`aligned_matches`
    reads them): a ``shared_source`` finding is about a pair of articles and cites a few of
    its copied sentences, so it hits an item of its two files whose sentences one verbatim
    or edited group holds, cited or not."""
    if row["type"] != it.type:
        return False
    files, texts = row["files"], row["texts"]
    if it.type == "shared_source" and groups is not None and all(f in it.cited for f in files) \
            and aligned_matches(row, [g for g in groups if g[0] in ("verbatim", "edited")]):
        return True
    if it.type == "omission":
        if it.omitter != files[1]:
            return False
        return _has(texts[0], [s for ss in it.cited.values() for s in ss])
    if not all(_has(t, it.cited.get(f, [])) for f, t in zip(files, texts, strict=True) if t):
        return False
    if not _split_by_finding(files, it):
        return False
    if it.type == "name_variant" and it.spellings:
        # each text names one of the finding's spellings, two texts two spellings: the
        # spelling itself, or a text around it ("Dr Agnes Wirt", "near the village of
        # Varcek": some keys give the title or the words before the name); the longest
        # spelling the text holds as whole words is the one it names
        spell = sorted({_spelled(s) for s in it.spellings}, key=len, reverse=True)
        named = [next((s for s in spell if f" {s} " in f" {_spelled(t)} "), None) for t in texts]
        return None not in named and len(set(named)) == len(named)
    return True


def _spelled(text: str) -> str:
    """A name's words as ``_norm`` reads them, but with the hyphens inside a name kept and
    each word's capitals after its first letter (a word in capitals lower-cased whole):
    "Jean-Luc Ferrand" and "Jean Luc Ferrand", "EstraGaz" and "Estragaz" are two spellings
    (a key's pair of them, and a finding's two), which ``_norm`` reads as one."""
    words = re.findall(r"\w+(?:-\w+)*", text)
    return " ".join(w.lower() if w.isupper() else w[:1].lower() + w[1:] for w in words)


def _evidence(row: dict, it: Item, groups: list | None = None) -> tuple:
    """The finding's sentences that carry the row's texts, file by file (a name_variant
    row's spellings with them: one finding giving three spellings shows two pairs; a
    shared_source row hit through a copied group it does not cite: that group's sentences)."""
    ev = tuple((f, tuple(s for s in it.cited.get(f, []) if _fold(t) and _fold(t) in _fold(s)))
               for f, t in zip(row["files"], row["texts"], strict=True))
    if it.type == "shared_source" and groups is not None and not all(ss for _, ss in ev):
        for kind, by_file in groups:
            if kind in ("verbatim", "edited") and aligned_matches(row, [(kind, by_file)]):
                return tuple((f, tuple(by_file[f])) for f in row["files"])
    return ev + (tuple(_untitled(t) for t in row["texts"]),) if row["type"] == "name_variant" else ev


def _shows_values(row: dict, it: Item) -> bool:
    """Whether a fact_conflict finding's values are the row's: each text of the row carries
    one of the finding's value texts."""
    vals = [_fold(v) for v in it.values if _fold(v)]
    return bool(vals) and all(any(v in _fold(t) for v in vals) for t in row["texts"] if t)


def credited(rows: list[dict], items: list[Item], groups: list | None = None) -> set[int]:
    """The indices of ``rows`` (expect items of one story) that ``items`` (findings not read
    wrong) find, each finding credited at most once per piece of evidence: the rows a
    finding hits through the same sentences of the same files (:func:`_evidence`) are one
    claim of it and count once, unless it is a fact_conflict whose values are those of
    several of them (each such row counts). Rows it hits through different sentences (a
    shared_quote finding listing three quotes, a name_variant giving three spellings, a
    shared_source finding over a pair's copied passages) are each found. A maximum matching
    of rows to (finding, evidence) slots, so a row another finding shows is not lost to the
    order of the key."""
    slots: list[list[int]] = []
    for it in items:
        by_ev: dict[tuple, list[int]] = {}
        for i, row in enumerate(rows):
            if finding_matches(row, it, groups):
                by_ev.setdefault(_evidence(row, it, groups), []).append(i)
        for idx in by_ev.values():
            shown = [i for i in idx if it.type == "fact_conflict" and _shows_values(rows[i], it)]
            slots += [[i] for i in shown] if len(shown) > 1 else [idx]
    owner: dict[int, int] = {}  # slot -> row

    def augment(r: int, seen: set[int]) -> bool:
        for k, slot in enumerate(slots):
            if r in slot and k not in seen:
                seen.add(k)
                if k not in owner or augment(owner[k], seen):
                    owner[k] = r
                    return True
        return False

    for r in range(len(rows)):
        augment(r, set())
    return set(owner.values())


def aligned_matches(row: dict, groups: list[tuple[str, dict[str, list[str]]]]) -> str | None:
    """The kind of the first alignment group holding a sentence of each of the row's files
    that carries its text; None when no group does. ``groups``: (kind, {file: [text]})."""
    for kind, by_file in groups:
        if all(_has(t, by_file.get(f, [])) for f, t in zip(row["files"], row["texts"], strict=True)):
            return kind
    return None


def warning_files(warning: str | None, ids: dict[str, str]) -> set[str]:
    """The files a story warning names (``ids``: article id -> file): the ids it lists as
    ``a3 (Outlet, ...)``, or every file when it speaks of all the articles at once."""
    if not warning:
        return set()
    named = {ids[m] for m in re.findall(r"\b(a\d+) \(", warning) if m in ids}
    return named or set(ids.values())


# --- one story ----------------------------------------------------------------------------

def article_files(folder: Path) -> list[str]:
    meta = json.loads((folder / "story.json").read_text(encoding="utf-8"))
    files = list(meta.get("articles", {})) + [f for f in meta.get("off_story", [])
                                              if f not in meta.get("articles", {})]
    if not files:  # the folder's text files, story.json not listing them
        files = sorted(p.name for p in folder.glob("*.txt"))
    return files


def _compare_dated(folder: Path, files: list[str], options, dated: bool = True):
    """``storylens compare`` of the story's files, each article dated as ``story.json``
    dates it when its text gives no date (a plain text's date is read only from a
    timestamp line, which the writers' pages do not have): a reader of real coverage has
    each page's publication date, and the time of a fact rests on it (an updated toll a
    day later is no conflict; session 14). ``dated=False`` (``--no-dates``) leaves the
    files as a plain ``storylens compare`` of them reads them (s28: the story warning
    judged on the texts alone)."""
    from storylens.options import Options
    from storylens.pipeline import clean_all, compare_articles
    from storylens.readers import read_inputs

    options = options or Options()
    meta = json.loads((folder / "story.json").read_text(encoding="utf-8"))
    dates = {f: str(a.get("date") or "") for f, a in meta.get("articles", {}).items()} if dated else {}
    raws, skipped = read_inputs([folder / f for f in files], options)
    articles, more = clean_all(raws, options)
    articles = [a if a.published or not dates.get(Path(a.source).name) else
                replace(a, published=dates[Path(a.source).name]) for a in articles]
    return compare_articles(articles, options, [*skipped, *more])


def compare_story(folder: Path, options, dated: bool = True):
    """The comparison of a story folder's articles, its findings as :class:`Item` s, its
    alignment groups by file, and article id -> file (``dated``: :func:`_compare_dated`)."""
    files = article_files(folder)
    comp = _compare_dated(folder, files, options, dated)
    ids = {d.id: Path(d.article.source).name for d in comp.documents}

    def file_of(sid: str) -> str:
        return ids[sid.partition(":")[0]]

    items = []
    for f in comp.findings:
        sids = list(f.sentences) + [sp.sentence for sp in f.spans if sp.sentence not in f.sentences]
        cited: dict[str, list[str]] = {}
        for sid in sids:
            cited.setdefault(file_of(sid), []).append(comp.sentence(sid).text)
        omitter = ids.get(f.detail.get("article", "")) if f.type == "omission" else None
        items.append(Item(f.type, f.summary, cited, str(f.detail.get("rule", "")), f.confidence,
                          tuple(f.detail.get("spellings") or ()), omitter, _sides(f.detail, ids),
                          tuple(str(v.get("text", "")) for v in _side_dicts(f.detail))
                          if f.type == "fact_conflict" else ()))
    groups = []
    for al in comp.alignments:
        by_file: dict[str, list[str]] = {}
        for sid in al.sentences:
            by_file.setdefault(file_of(sid), []).append(comp.sentence(sid).text)
        groups.append((al.kind, by_file))
    for al in comp.alignments:
        # a paraphrase group's copied cores (Alignment.copies), after every group: an
        # aligned item is counted by its whole group's kind, a shared_source item by a core
        for core in al.copies:
            members = set(core)
            kind = "edited" if any(d.a in members and d.b in members for d in al.diffs) else "verbatim"
            by_core: dict[str, list[str]] = {}
            for sid in core:
                by_core.setdefault(file_of(sid), []).append(comp.sentence(sid).text)
            groups.append((kind, by_core))
    return comp, items, groups, ids


def _side_dicts(detail: dict) -> list[dict]:
    """The sides of a finding's detail: a fact_conflict's ``values``, else its ``a`` and
    ``b`` (framing, quote_changed), each a dict naming its ``articles``."""
    vals = detail.get("values")
    if isinstance(vals, list):
        return [v for v in vals if isinstance(v, dict)]
    return [detail[k] for k in ("a", "b") if isinstance(detail.get(k), dict)]


def _sides(detail: dict, ids: dict[str, str]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(ids[a] for a in side.get("articles") or () if a in ids)
                 for side in _side_dicts(detail) if side.get("articles"))


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    traps: int = 0
    trap_hits: int = 0
    findings: int = 0
    unkeyed: int = 0
    right: int = 0
    wrong: int = 0


def score_story(folder: Path, options, verdicts: dict, tallies: dict[str, Tally],
                lines: list[str], show: str, todo: list[dict], dated: bool = True) -> dict:
    story = folder.name
    meta = json.loads((folder / "story.json").read_text(encoding="utf-8"))
    key = _jsonl(folder / "key.jsonl")
    comp, items, groups, ids = compare_story(folder, options, dated)
    out = {"story": story, "warning_ok": None}
    lines.append(f"## {story}: {meta.get('event', '')}")
    # the story warning
    off = set(meta.get("off_story", []))
    named = warning_files(comp.provenance.warning, ids)
    out["warning_ok"] = named == off
    out["off_named"], out["off_all"], out["own_named"] = len(named & off), len(off), len(named - off)
    if named or off:
        lines.append(f"- story warning {'right' if named == off else 'WRONG'}: off-story "
                     f"{sorted(off) or 'none'}, named {sorted(named) or 'none'}")
    # key items: an expect item is found by a finding not read wrong (one that cites the
    # sentences for a wrong reason, read so in verdicts.jsonl, finds nothing), each finding
    # credited once per piece of evidence (:func:`credited`)
    expect = [r for r in key if r["kind"] == "expect" and r["type"] != "aligned"]
    ok_items = [it for it in items if (verdicts.get((story, it.key)) or {}).get("right") is not False]
    found = {id(expect[i]) for i in credited(expect, ok_items, groups)}
    for row in key:
        t = row["type"]
        if t == "aligned":
            how = row.get("how", "paraphrase")
            tl = tallies[f"aligned:{how}"]
            kind = aligned_matches(row, groups)
            if row["kind"] == "expect":
                tl.expected += 1
                tl.found += kind is not None
                if kind is None:
                    lines.append(f"- missed aligned ({how}): {row['files']} {row['texts']}")
            else:
                tl.traps += 1
                tl.trap_hits += kind is not None
                if kind is not None:
                    lines.append(f"- TRAP aligned hit ({kind}): {row['texts']} — {row['why']}")
            continue
        tl = tallies[t]
        hit = [it for it in items if finding_matches(row, it, groups)]
        if row["kind"] == "expect":
            tl.expected += 1
            ok = [it for it in hit if any(it is o for o in ok_items)]
            tl.found += id(row) in found
            if id(row) not in found:
                lines.append(f"- missed {t}: {row['files']} {row['texts']} — {row['why']}"
                             + (" (its findings credited to another item of the same sentences)" if ok
                                else " (hit only by findings read wrong)" if hit else ""))
        else:
            tl.traps += 1
            tl.trap_hits += bool(hit)
    # every finding
    for it in items:
        tl = tallies[it.type]
        tl.findings += 1
        exp = [r for r in key if r["kind"] == "expect" and finding_matches(r, it, groups)]
        trap = [r for r in key if r["kind"] == "trap" and finding_matches(r, it, groups)]
        v = verdicts.get((story, it.key))
        if v is not None:
            right, why, mark = v["right"], v.get("why", ""), "read"
        elif trap:
            right, why, mark = False, trap[0]["why"], "trap"
        elif exp:
            right, why, mark = True, exp[0]["why"], "key"
        else:
            right, why, mark = None, "", "?"
        if not exp and not trap:
            tl.unkeyed += 1
        if right is True:
            tl.right += 1
        elif right is False:
            tl.wrong += 1
        else:
            todo.append({"story": story, "key": it.key, "type": it.type, "right": None, "why": "",
                         "summary": it.summary,
                         "cited": {f: [_excerpt(s) for s in ss] for f, ss in it.cited.items()}})
        label = {None: "?", True: "right", False: "WRONG"}[right]
        if show == "all" or (show == "unread" and right is None) or (show != "none" and trap):
            lines.append(f"- **{it.type}** [{mark}: {label}] conf {it.confidence:.2f} `{it.rule}` "
                         f"{_excerpt(it.summary)}" + (f" — {why}" if why else "") + f" ({it.key})")
            lines += [f"    - {f}: {_excerpt(s)}" for f, ss in it.cited.items() for s in ss[:2]]
    lines.append("")
    return out


def render(tallies: dict[str, Tally], stories: list[dict], seconds: float, label: str) -> list[str]:
    out = [f"### {label}: {len(stories)} stories in {seconds:.1f} s", "",
           "| type | expected | found | traps | trap hits | findings | unkeyed | read right | read wrong |"
           " unread | precision |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    tot = Tally()
    for t in (*TYPES, *(f"aligned:{h}" for h in HOWS)):
        x = tallies.get(t)
        if x is None or not (x.expected or x.traps or x.findings):
            continue
        if t.startswith("aligned:"):
            out.append(f"| {t} | {x.expected} | {x.found} | {x.traps} | {x.trap_hits} | | | | | | |")
            continue
        unread = x.findings - x.right - x.wrong
        prec = f"{100 * x.right / (x.right + x.wrong):.0f}%" if x.right + x.wrong else "–"
        out.append(f"| {t} | {x.expected} | {x.found} | {x.traps} | {x.trap_hits} | {x.findings} | "
                   f"{x.unkeyed} | {x.right} | {x.wrong} | {unread} | {prec} |")
        for k in ("expected", "found", "traps", "trap_hits", "findings", "unkeyed", "right", "wrong"):
            setattr(tot, k, getattr(tot, k) + getattr(x, k))
    read = tot.right + tot.wrong
    out.append(f"| **findings** | {tot.expected} | {tot.found} | {tot.traps} | {tot.trap_hits} | "
               f"{tot.findings} | {tot.unkeyed} | {tot.right} | {tot.wrong} | {tot.findings - read} | "
               f"{f'{100 * tot.right / read:.0f}%' if read else '–'} |")
    ok = sum(1 for s in stories if s["warning_ok"])
    out += ["", f"Story warning right (names every off-story file, and no other) in {ok} of "
            f"{len(stories)} stories: names {sum(s.get('off_named', 0) for s in stories)} of "
            f"{sum(s.get('off_all', 0) for s in stories)} off-story files, "
            f"{sum(s.get('own_named', 0) for s in stories)} of the stories' own.", ""]
    return out


def measure(base: Path, options, show: str = "none",
            dated: bool = True) -> tuple[dict[str, Tally], list[dict], list[str], list[dict]]:
    """Score every story folder of ``base`` (a set's folder): the tallies per type, each
    story's warning result, the report lines and the unread findings' verdict rows
    (``dated``: :func:`_compare_dated`)."""
    verdicts = {(v["story"], v["key"]): v for v in _jsonl(base / "verdicts.jsonl") if v.get("right") is not None}
    tallies = _Tallies()
    lines: list[str] = []
    todo: list[dict] = []
    stories = [score_story(folder, options, verdicts, tallies, lines, show, todo, dated)
               for folder in sorted(p for p in base.iterdir() if (p / "story.json").is_file())]
    return tallies, stories, lines, todo


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", dest="set_", choices=("dev", "test"), default="dev")
    ap.add_argument("--on", default="", help="comma-separated Options flags to switch on (all: every "
                    "off-by-default finder, as findings_gold.py)")
    ap.add_argument("--show", choices=("all", "unread", "none"), default="unread",
                    help="which findings to list under each story (trap hits are always listed)")
    ap.add_argument("--todo", action="store_true", help="print a verdicts row for each unread finding")
    ap.add_argument("--no-dates", dest="dated", action="store_false",
                    help="leave out story.json's dates: each file read as a plain `storylens compare` "
                    "of it reads it (the story warning judged on the texts alone)")
    ap.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    base = args.root / args.set_
    if not base.is_dir():
        print(f"skipped: {base} not found")
        return 0
    on = tuple(s for s in args.on.split(",") if s)
    if "all" in on:
        on = ALL_FLAGS
    from storylens.options import Options

    options = replace(Options(), **{name: True for name in on})
    t0 = time.perf_counter()
    tallies, stories, lines, todo = measure(base, options, args.show, args.dated)
    label = f"set {args.set_}, {'--on ' + ','.join(on) if on else 'default options'}" + \
        ("" if args.dated else ", no dates")
    print("\n".join(render(tallies, stories, time.perf_counter() - t0, label) + lines))
    if args.todo:
        for row in todo:
            print(json.dumps(row, ensure_ascii=False))
    return 0


class _Tallies(dict):
    def __missing__(self, k: str) -> Tally:
        self[k] = Tally()
        return self[k]


__all__ = ["Item", "aligned_matches", "credited", "finding_matches", "item_key", "measure", "warning_files"]

if __name__ == "__main__":
    sys.exit(main())
