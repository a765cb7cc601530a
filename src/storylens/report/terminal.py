"""A readable rich-console summary of a Comparison.

Sections, in reading order: the articles, who copies whom (provenance), the findings
(most important first), the aligned sentence groups with word diffs, what only one outlet
says, and the inputs that were skipped. All article text goes through ``rich.text.Text``,
never through console markup, so brackets in an article cannot restyle the output.
"""

from __future__ import annotations

from collections import defaultdict

from rich import box
from rich.console import Console
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..models import Alignment, Comparison, Document, PairDiff
from ..options import Options
from . import FINDING_ORDER, FINDING_TITLES

KIND_STYLES: dict[str, str] = {
    "verbatim": "bold green",
    "edited": "bold yellow",
    "paraphrase": "bold magenta",
    "unique": "bold cyan",
}
DELETE_STYLE = "red strike"
INSERT_STYLE = "bold green"


def render(comparison: Comparison, console: Console, options: Options | None = None) -> None:
    """Print the whole summary of ``comparison`` to ``console``."""
    options = options or Options()
    outlets = {d.id: d.article.outlet for d in comparison.documents}
    console.print(Rule(Text("storylens: one story, every side", style="bold")))
    console.print(_articles_table(comparison))
    if len(comparison.documents) > 1:
        console.print(_provenance_table(comparison))
        if comparison.provenance.explanation:
            console.print(Text(comparison.provenance.explanation, style="italic"))
    _findings(comparison, console, outlets)
    _groups(comparison, console, outlets, options.max_terminal_groups)
    _unique(comparison, console)
    _skipped(comparison, console)


def _articles_table(c: Comparison) -> Table:
    t = Table(
        title="Articles",
        box=box.SIMPLE_HEAVY,
        title_justify="left",
        title_style="bold",
        pad_edge=False,
    )
    # Titles get the room; ids, dates and counts never wrap.
    t.add_column("id", no_wrap=True)
    t.add_column("outlet", max_width=20, overflow="fold")
    t.add_column("title", min_width=14, overflow="fold")
    t.add_column("date", no_wrap=True)
    t.add_column("sents", justify="right", no_wrap=True)
    t.add_column("removed", justify="right", no_wrap=True)
    t.add_column("credits", min_width=7, max_width=20, overflow="fold")
    for d in c.documents:
        a = d.article
        ident = Text(a.id)
        if a.id == c.provenance.source:
            ident.append(" ★", style="bold yellow")
        t.add_row(
            ident,
            Text(a.outlet, style="bold"),
            Text(a.title or "—"),
            Text((a.published or "—")[:10]),
            str(len(d.sentences)),
            str(len(a.removed)),
            Text(", ".join(a.credits) or "—"),
        )
    return t


def _provenance_table(c: Comparison) -> Table:
    p = c.provenance
    ids = [d.id for d in c.documents]
    t = Table(
        title="Shared text (share of row in column)",
        box=box.SIMPLE,
        title_justify="left",
        title_style="bold",
    )
    t.add_column("")
    for i in ids:
        t.add_column(i, justify="right")
    t.add_column("score", justify="right")
    for row in ids:
        label = Text(row)
        if row == p.source:
            label.append(" ★ likely source", style="bold yellow")
        cells: list[Text | str] = [label]
        for col in ids:
            if row == col:
                cells.append(Text("·", style="dim"))
                continue
            v = p.overlap.get(row, {}).get(col)
            cells.append(Text("—", style="dim") if v is None else Text(f"{v:.0%}", style=_heat(v)))
        score = p.scores.get(row)
        cells.append("" if score is None else f"{score:.2f}")
        t.add_row(*cells)
    return t


def _heat(v: float) -> str:
    if v >= 0.6:
        return "bold red"
    if v >= 0.3:
        return "yellow"
    return "dim"


def _findings(c: Comparison, console: Console, outlets: dict[str, str]) -> None:
    if not c.findings:
        console.print(Text("No findings.", style="dim"))
        return
    by_type = defaultdict(list)
    for f in c.findings:
        by_type[f.type].append(f)
    order = [t for t in FINDING_ORDER if t in by_type] + sorted(set(by_type) - set(FINDING_ORDER))
    console.print(Rule(Text(f"Findings ({len(c.findings)})", style="bold"), align="left"))
    for ftype in order:
        items = by_type[ftype]
        console.print(
            Text(f"{FINDING_TITLES.get(ftype, ftype)} ({len(items)})", style="bold underline")
        )
        for f in items:
            line = Text(f.summary)  # plain text: a summary may quote article text
            line.append("  " + ", ".join(f.sentences), style="dim")
            if f.confidence < 1.0:
                line.append(f"  {f.confidence:.0%}", style="dim")
            console.print(_hang(Text("  •"), line))


def _hang(prefix: Text, body: Text) -> Table:
    """``prefix`` then ``body``, wrapped lines of the body indented under its first word."""
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(prefix, body)
    return grid


def _sentence_line(c: Comparison, sid: str, outlets: dict[str, str]) -> Table | Text:
    try:
        s = c.sentence(sid)
    except (KeyError, IndexError, ValueError):
        return Text(f"  {sid}  (missing sentence)", style="red")
    body = Text()
    body.append(outlets.get(s.article, s.article), style="bold")
    body.append(": ")
    body.append(s.text)
    return _hang(Text(f"  {sid:<7}", style="dim"), body)


def _diff_text(d: PairDiff) -> Table:
    out = Text()
    out.append(
        f"{d.a} → {d.b}: {d.kept} kept, {d.inserted} added, {d.deleted} dropped, "
        f"{d.substituted} changed\n",
        style="dim",
    )
    for op in d.ops:
        if op.tag == "equal":
            out.append(op.a or op.b)
        elif op.tag == "delete":
            out.append(op.a, style=DELETE_STYLE)
        elif op.tag == "insert":
            out.append(op.b, style=INSERT_STYLE)
        else:
            out.append(op.a, style=DELETE_STYLE)
            out.append(" ")
            out.append(op.b, style=INSERT_STYLE)
        out.append(" ")
    out.rstrip()
    return _hang(Text("   "), out)


def _groups(c: Comparison, console: Console, outlets: dict[str, str], limit: int) -> None:
    if not c.alignments:
        return
    console.print(
        Rule(Text(f"Aligned sentences ({len(c.alignments)} groups)", style="bold"), align="left")
    )
    for n, al in enumerate(_ordered(c.alignments)):
        if n >= limit:
            console.print(
                Text(
                    f"… {len(c.alignments) - limit} more groups (see --json or --html)", style="dim"
                )
            )
            break
        head = Text()
        head.append(f"[{al.kind}]", style=KIND_STYLES.get(al.kind, "bold"))
        head.append(f" similarity {al.similarity:.2f}, {len(al.sentences)} articles", style="dim")
        console.print(head)
        for sid in al.sentences:
            console.print(_sentence_line(c, sid, outlets))
        for d in al.diffs:
            console.print(_diff_text(d))


def _ordered(alignments: tuple[Alignment, ...]) -> list[Alignment]:
    """Edited groups first (that is where the changes are), then paraphrases, then verbatim."""
    rank = {"edited": 0, "paraphrase": 1, "verbatim": 2}
    return sorted(alignments, key=lambda a: rank.get(a.kind, 3))


def _unique(c: Comparison, console: Console) -> None:
    if not c.unique:
        return
    per_doc: dict[str, list[str]] = defaultdict(list)
    for sid in c.unique:
        per_doc[sid.partition(":s")[0]].append(sid)
    console.print(Rule(Text(f"Only one outlet says ({len(c.unique)})", style="bold"), align="left"))
    for doc in c.documents:
        sids = per_doc.get(doc.id)
        if not sids:
            continue
        console.print(Text(f"{doc.id} {doc.article.outlet}", style=KIND_STYLES["unique"]))
        for sid in sids:
            console.print(_unique_line(doc, sid))


def _unique_line(doc: Document, sid: str) -> Table:
    idx = int(sid.partition(":s")[2])
    text = doc.sentences[idx].text if idx < len(doc.sentences) else "(missing sentence)"
    return _hang(Text(f"  {sid:<7}", style="dim"), Text(text))


def _skipped(c: Comparison, console: Console) -> None:
    if not c.skipped:
        return
    console.print(Rule(Text(f"Skipped inputs ({len(c.skipped)})", style="bold"), align="left"))
    for s in c.skipped:
        where = f"{s.source}:{s.line}" if s.line is not None else s.source
        line = Text()
        line.append(f"  {where}", style="bold")
        line.append(f"  [{s.reason}] ", style="yellow")
        line.append(s.message)
        console.print(line)


__all__ = ["FINDING_ORDER", "render"]
