"""A readable rich-console summary of a Comparison.

Sections, in reading order: the articles, who copies whom (provenance), the findings
(most important first), the aligned sentence groups with word diffs, what only one outlet
says, and the inputs that were skipped. All article text goes through ``rich.text.Text``,
never through console markup, so brackets in an article cannot restyle the output, and
the CLI prints through :class:`SafeConsole`, so escape sequences in an article's title,
outlet or text never reach the terminal (``report.controls``).

Without a colour system (a pipe, a file, ``TERM=dumb``) rich's styles print as nothing,
and the summary is laid out and written as plain strings by :class:`_Out` with rich's own
measuring and wrapping functions: the same bytes as rich prints, at about a quarter of
the time (tests/unit/test_terminal_plain.py compares the two).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from rich import box
from rich._wrap import divide_line
from rich.cells import _is_single_cell_widths as _single_cells
from rich.cells import cell_len, get_character_cell_size, set_cell_size
from rich.console import Console
from rich.rule import Rule
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from ..dates import published_day
from ..headlines import story_title
from ..models import Alignment, Comparison, Document, PairDiff, Sentence
from ..options import Options
from . import FINDING_ORDER, FINDING_TITLES, TOO_LITTLE
from .controls import terminal_safe

_s = terminal_safe  # every piece of article data shown goes through it

KIND_STYLES: dict[str, str] = {
    "verbatim": "bold green",
    "edited": "bold yellow",
    "paraphrase": "bold magenta",
    "unique": "bold cyan",
}
DELETE_STYLE = "red strike"
INSERT_STYLE = "bold green"


class SafeConsole(Console):
    """A rich console that passes the text it prints through :func:`terminal_safe`.

    Only content is cleaned: rich's own control segments (cursor moves of a progress
    bar) and the styles it renders are left as they are, so colours still work, while a
    title holding ``ESC ] 0 ;`` can no longer retitle the window or clear the screen.
    """

    def _render_buffer(self, buffer):
        return super()._render_buffer(
            seg if seg.control else Segment(terminal_safe(seg.text), seg.style, seg.control)
            for seg in buffer
        )


def render(
    comparison: Comparison, console: Console, options: Options | None = None, label: str | None = None
) -> None:
    """Print the whole summary of ``comparison`` to ``console`` (``label``: the stored
    story's label, which titles it when the comparison is a stored story's)."""
    options = options or Options()
    if not console.legacy_windows:  # there rich takes a column off a size it is given
        # Fixed for this one render: rich asks the terminal for its size on every print
        # and every wrap (~2,000 times, ~0.05 s, for a 50-article story).
        console.size = console.size
    out = _Out(console)
    try:
        _render(comparison, out, options, label)
    finally:
        out.close()


def _render(comparison: Comparison, out: _Out, options: Options, label: str | None) -> None:
    console = out
    outlets = {d.id: d.article.outlet for d in comparison.documents}
    console.print(Rule(Text("storylens: one story, every side", style="bold")))
    title = story_title(
        [(d.id, d.article.outlet, d.article.title, d.article.url) for d in comparison.documents],
        comparison.provenance.source,
        label,
    )
    if title is not None:  # the story's title, as the HTML report and the web page give it
        line = Text("story: ", style="bold")
        line.append(_s(title[0]), style="bold")
        line.append(_s(f" ({title[1]})"), style="dim")
        console.print(line)
    if comparison.provenance.warning:
        console.print(Text(f"warning: {comparison.provenance.warning}", style="bold red"))
    if (left := left_out_line(comparison.provenance)) is not None:
        console.print(Text(_s(left), style="red"))
    console.print(_articles_table(comparison))
    for note in date_notes(comparison):
        console.print(Text(_s(note), style="red"))
    if len(comparison.documents) > 1:
        console.print(_provenance_table(comparison))
        if comparison.provenance.source is not None:
            console.print(Text(SCORE_NOTE, style="dim"))
        if comparison.provenance.explanation:
            console.print(Text(_s(comparison.provenance.explanation), style="italic"))
    _findings(comparison, console, outlets)
    if off := off_finders(options):
        console.print(Text(f"Not shown, off by default (under 0.9 on blind held-out stories): "
                           f"{', '.join(off)}; --all-findings shows them.", style="dim"))
    _coverage(comparison, console)
    _groups(comparison, console, outlets, options.max_terminal_groups)
    _unique(comparison, console)
    _skipped(comparison, console)


# The finders a user can switch on, with the name the terminal gives each (FINDING_TITLES
# words): said under the findings when off, so that a short list never reads as all there is.
OFF_FINDER_NAMES: tuple[tuple[str, str], ...] = (
    ("framing", "framing"), ("shared_quotes", "shared quotes"), ("quote_changes", "changed quotes"),
    ("fact_conflicts", "conflicting facts"), ("additions", "additions"),
    ("fact_coverage", "omissions"))


def off_finders(options: Options) -> list[str]:
    """The names of the finders ``options`` leaves off (none when findings are off altogether)."""
    if not options.findings:
        return []
    return [name for field, name in OFF_FINDER_NAMES if not getattr(options, field)]


def _articles_table(c: Comparison) -> Table:
    t = Table(
        title="Articles",
        box=box.SIMPLE_HEAVY,
        title_justify="left",
        title_style="bold",
        pad_edge=False,
    )
    # Titles get the room; ids, dates and counts never wrap; credits go under the outlet
    # (a separate column made the table wider than an 80-column terminal).
    t.add_column("id", no_wrap=True)
    t.add_column("outlet / credits", min_width=12, max_width=22)
    t.add_column("title", min_width=14, overflow="fold", ratio=1)
    t.add_column("date", no_wrap=True)
    t.add_column("sents", justify="right", no_wrap=True)
    t.add_column("removed", justify="right", no_wrap=True)
    from ..findings.source import credit_labels

    for d in c.documents:
        a = d.article
        ident = Text(a.id)
        if a.id == c.provenance.source:
            ident.append(" ★", style="bold yellow")
        outlet = Text(_s(a.outlet), style="bold")
        # A wire's own page credits itself ("(CPA)" of Continental Press Agency): said once.
        credits = [cr for cr in credit_labels(a) if cr.casefold() != a.outlet.casefold()]
        if credits:
            outlet.append(_s("\n" + ", ".join(credits)), style="dim")
        t.add_row(
            ident,
            outlet,
            Text(_s(a.title or "—")),
            _date_cell(a),
            str(len(d.sentences)),
            str(len(a.removed)),
        )
    return t


def _date_cell(a) -> Text:
    """The date column: the day, or a flagged date's raw day marked "!" (said why under
    the table, :func:`date_notes`)."""
    if a.published_issue is not None:
        return Text(_s((published_day(a.published_issue.raw) or "?") + " !"), style="bold red")
    return Text(_s(published_day(a.published) or "—"))


def date_notes(c: Comparison) -> list[str]:
    """One line per article whose date is not used as one (``Article.published_issue``):
    its id and the reason ``dates.parse_published`` gives."""
    return [f"{d.id}: date not used: {d.article.published_issue.message}"
            for d in c.documents if d.article.published_issue is not None]


# A share matrix wider than this many articles no longer fits a terminal; past it each
# article gets one row naming the article it shares most with.
MAX_MATRIX_ARTICLES = 12
# What the last column is (s6 reader report item 13: "score 1.00" beside a 7% overlap read
# as a contradiction): the source heuristic's score, not an overlap. With two articles
# every shared group holds both, so each scores 1.00 as soon as they share one sentence.
# Shown only when a likely source is named (s7 reader report item 9: "1.00" where nothing
# is copied read as a share); the scores stay in --json.
SCORE_COLUMN = "source score"
SCORE_NOTE = ("source score: the article's weighted share of the shared sentence groups "
              "(verbatim 1, edited 0.8, paraphrase 0.5), which picks the likely source; "
              "not an overlap")


def left_out_line(p) -> str | None:
    """The line that says which findings were left out for the articles the story warning
    names (``Provenance.left_out``), or ``None`` when none was: an analyst who reads the
    warning must not be surprised that those articles have no fact conflicts."""
    lo = p.left_out
    if lo is None or not lo.count:
        return None
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(lo.by_type.items()))
    return (f"left out: {lo.count} finding{'s' if lo.count != 1 else ''} ({kinds}) that set "
            f"{left_out_whom(lo)}: {lo.reason}")


def left_out_whom(lo) -> str:
    """Whom the left-out findings set against whom: the articles the warning names "against
    the others", and, where it splits the kept articles into groups (``LeftOut.groups``),
    "one group against another" with the groups listed; not every article of a split
    "against the others" (s27: the split's line listed all of them)."""
    grouped = {a for g in lo.groups for a in g}
    named = [a for a in lo.articles if a not in grouped]
    parts = [f"{', '.join(named)} against the others"] if named else []
    if lo.groups:
        listed = " and ".join(f"[{', '.join(g)}]" for g in lo.groups)
        parts.append(f"one group against another ({listed})")
    return " or ".join(parts)


def _provenance_table(c: Comparison) -> Table:
    p = c.provenance
    ids = [d.id for d in c.documents]
    if len(ids) > MAX_MATRIX_ARTICLES:
        return _provenance_list(c, ids)
    t = Table(
        title="Shared text (share of row in column)",
        box=box.SIMPLE,
        title_justify="left",
        title_style="bold",
    )
    t.add_column("")
    for i in ids:
        t.add_column(i, justify="right")
    scored = p.source is not None
    if scored:
        t.add_column(SCORE_COLUMN, justify="right")
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
        if scored:
            cells.append("" if score is None else f"{score:.2f}")
        t.add_row(*cells)
    return t


def _provenance_list(c: Comparison, ids: list[str]) -> Table:
    p = c.provenance
    t = Table(
        title="Shared text (each article's closest partner; the matrix is in --json and --html)",
        box=box.SIMPLE,
        title_justify="left",
        title_style="bold",
    )
    scored = p.source is not None
    for col in ("article", "shares most with", "share", SCORE_COLUMN)[: 4 if scored else 3]:
        t.add_column(col, justify="right" if col in ("share", SCORE_COLUMN) else "left")
    for row in ids:
        label = Text(row)
        if row == p.source:
            label.append(" ★ likely source", style="bold yellow")
        shares = {k: v for k, v in p.overlap.get(row, {}).items() if k != row}
        best = max(shares, key=lambda k: (shares[k], k), default=None)
        v = shares.get(best, 0.0) if best else 0.0
        score = p.scores.get(row)
        t.add_row(
            label,
            best or "—",
            Text(f"{v:.0%}", style=_heat(v)),
            *(["" if score is None else f"{score:.2f}"] if scored else []),
        )
    return t


def _heat(v: float) -> str:
    if v >= 0.6:
        return "bold red"
    if v >= 0.3:
        return "yellow"
    return "dim"


def _findings(c: Comparison, console: _Out, outlets: dict[str, str]) -> None:
    if not c.findings:
        console.print(Text("No findings.", style="dim"))
        return
    by_type = defaultdict(list)
    for f in c.findings:
        by_type[f.type].append(f)
    from ..findings.kinds import section_order

    order = section_order((f.type, f.confidence) for f in c.findings)
    console.print(Rule(Text(f"Findings ({len(c.findings)})", style="bold"), align="left"))
    from ..findings.confidence import MIN_SHOWN_EVIDENCE, UNMEASURED, describe  # lazily: heavy

    lines = _Lines(console)
    unmeasured = 0
    for ftype in order:
        items = by_type[ftype]
        lines.flush()
        console.print(
            Text(f"{FINDING_TITLES.get(ftype, ftype)} ({len(items)})", style="bold underline")
        )
        for f in items:
            line = Text(_s(f.summary))  # plain text: a summary may quote article text
            line.append("  " + ", ".join(f.sentences), style="dim")
            if f.confidence < 1.0:  # the rule's measured precision, said as such
                label, _ = describe(f.confidence, str(f.detail.get("rule") or ""))
                if label == UNMEASURED:
                    unmeasured += 1  # said once below, not on every line
                else:
                    line.append(f"  {label}", style="dim")
            lines.add(_hang(console, Text("  •"), line))
    lines.flush()
    if unmeasured:
        console.print(Text(
            f"{unmeasured} finding{'s' if unmeasured != 1 else ''} without a figure: "
            f"{UNMEASURED} (its rule has fewer than {MIN_SHOWN_EVIDENCE} checked findings)",
            style="dim"))


def _coverage(c: Comparison, console: _Out) -> None:
    """The per-outlet coverage summary (``findings.summary``): one row per outlet, then
    the loaded words that differ most between outlets (capped)."""
    from ..findings.summary import coverage_summary

    cov = coverage_summary(c)
    if not cov:
        return
    console.print(Rule(Text("Coverage by outlet", style="bold"), align="left"))
    table = Table(box=box.SIMPLE_HEAD, show_edge=False)
    for col in ("outlet", "only here", "leaves out", "attribution", "loaded words"):
        table.add_column(col)
    for o in cov["outlets"]:
        little = o.get("too_little_shared", False)
        # "only here" is a plain count of what no other article carries, whether or not
        # the articles share the story; "leaves out" needs a shared story, so a row that
        # shares too little says n/a there, always (s8 reader report item 11)
        only = Text("—", style="dim") if o.get("off_story") else \
            _facts_cell(o["only_here"], o["only_here_top"])
        omits = _facts_cell(o["omits"], o.get("omits_top", []), little)
        att = o["attribution"]
        att_text = ", ".join(f"{n} {k}" for k, n in att.items() if n) or "no quotes"
        loaded = Text(f"{o['loaded']} ({o['loaded_per_1000_words']:g}/1000 words)")
        if o["loaded_top"]:
            counts = Counter(w["word"].lower() for w in o["loaded_top"])
            loaded.append(": " + ", ".join(_s(w) if n == 1 else f"{_s(w)} ×{n}" for w, n in counts.items()),
                          style="dim")
        if o["loaded"] > len(o["loaded_top"]):
            loaded.append(f" +{o['loaded'] - len(o['loaded_top'])} more", style="dim")
        table.add_row(Text(_s(o.get("label") or o["outlet"])), only, omits, Text(att_text), loaded)
    console.print(table)
    if cov.get("note"):
        console.print(Text(_s(f"  {cov['note']}"), style="dim"))
    # one line per outlet, word and counterpart wording, with every sentence that uses it
    lines: dict[tuple, list[str]] = {}
    for w in cov["wording"]:
        others = tuple((x.get("label") or x["outlet"], x["word"]) for x in w["others"])
        # a modifier is shown with its noun ("'flailing impeachment drive'"), as the finding does
        shown = (w.get("phrase") or w["word"]).lower()
        lines.setdefault((w.get("label") or w["outlet"], shown, others), []).append(w["sentence"])
    for (outlet, word, others), sentences in lines.items():
        # outlet labels and words are article data: escapes never reach the terminal raw
        line = Text(_s(f"{outlet}: '{word}'"))
        if others:
            line.append(_s(" where " + ", ".join(f"{o} writes '{x}'" for o, x in others)))
        line.append(_s(f"  {', '.join(sentences)}"), style="dim")
        # hung under the first word, as the findings are (it wrapped to column 0)
        _print_hung(console, _hang(console, Text("  •"), line))
    more = cov.get("wording_more", 0)
    if more > 0:
        console.print(Text(f"  … and {more} more beside another outlet's wording, past the "
                           "cap (in the outlet rows above)", style="dim"))


# Characters of one "only here" / "leaves out" item shown in the coverage table (the JSON
# has it whole). Items are labels (``findings/fact_labels.py``: "90 neighborhoods",
# "quotes from Eric Lai"), short by construction; the clip only guards a long name.
CLIP_CHARS = 40


def _clip(text: str) -> str:
    return text if len(text) <= CLIP_CHARS else text[: CLIP_CHARS - 1].rstrip() + "…"




def _facts_cell(count: int, top: list[dict], too_little: bool = False) -> Text:
    """A count, then each listed fact on its own line: items run together with "; " were
    wrapped by the table into fragments no one could read. ``too_little``: "n/a" (a
    "leaves out" cell of an article that shares too little with the others)."""
    if too_little:
        return Text(TOO_LITTLE, style="dim")
    cell = Text(str(count))
    for t in top:
        cell.append("\n· " + _clip(_s(t.get("label") or t["text"])), style="dim")
    return cell


def _hang(console: _Out, prefix: Text, body: Text) -> Text | _Plain:
    """``prefix`` then ``body``, wrapped lines of the body indented under its first word.

    Wrapping by hand with ``Text.wrap`` rather than a one-row ``Table.grid``: a grid per
    line made the terminal view of a 50-article story take most of a second. When every
    line fits the console, the result is marked ``no_wrap``, for :func:`_print_hung` to
    print without wrapping it all over again (that second pass was ~0.05 s of the
    0.4 s 50-article view). Without colour the lines are plain strings (:class:`_Plain`).
    """
    pad = prefix.cell_len + 1
    full = console.width
    width = max(20, full - pad)
    if console.plain and "\t" not in body.plain:  # Text.wrap expands tabs first
        indent = "\n" + " " * pad
        body_lines = _wrap(body.plain, width)
        return _Plain(prefix.plain + " " + indent.join(body_lines), width + pad <= full)
    lines = body.wrap(console.console, width)
    out = Text(no_wrap=width + pad <= full)
    for i, line in enumerate(lines):
        if i:
            out.append("\n" + " " * pad)
        else:
            out.append_text(prefix)
            out.append(" ")
        out.append_text(line)
    return out


def _print_hung(console: _Out, text: Text | _Plain) -> None:
    # print() joins what it is given into a new Text, dropping the Text's own no_wrap
    console.print(text, no_wrap=text.no_wrap)


class _Lines:
    """Hung lines printed in batches. Each ``console.print`` renders and writes on its own
    (~0.1 ms), so printing the ~600 lines of a 50-article story one by one cost ~0.04 s
    more than printing them joined. Only lines that fit (``no_wrap``, see :func:`_hang`)
    wait in the batch; a line that must wrap, and anything the caller prints itself, comes
    after :meth:`flush`, so the output is the same bytes in the same order."""

    def __init__(self, console: _Out) -> None:
        self.console = console
        self.waiting: list = []

    def add(self, text: Text | _Plain) -> None:
        if text.no_wrap:
            self.waiting.append(text)
        else:
            self.flush()
            _print_hung(self.console, text)

    def flush(self) -> None:
        if self.waiting:
            if self.console.plain:
                joined = _Plain("\n".join(t.plain for t in self.waiting), True)
                self.console.print(joined, no_wrap=True)
            else:
                self.console.print(Text("\n").join(self.waiting), no_wrap=True)
            self.waiting = []


class _Plain:
    """Text without styles, for a console without colour: a hung line (``no_wrap`` as
    :func:`_hang` sets it on a ``Text``)."""

    __slots__ = ("no_wrap", "plain")

    def __init__(self, plain: str, no_wrap: bool | None = None) -> None:
        self.plain = plain
        self.no_wrap = no_wrap


class _Out:
    """Where the summary goes: the rich console, or, when it has no colour to show (a
    pipe, a file, ``TERM=dumb``; not ``NO_COLOR`` on a terminal, where rich still writes
    bold and underline), plain strings written to its file.

    Without colour rich's styles render to nothing, so its output is text laid out by
    its wrapping, and rich spends most of the 50-article view's time (~0.2 s of ~2 s) on
    objects that only carry styles: segments, spans, a per-line render. The plain path
    lays the text and the tables out with rich's own functions (:func:`_wrap`,
    :func:`_table_lines`) and writes each print's lines at once: the same bytes
    (tests/unit/test_terminal_plain.py compares both paths at several widths on text with
    wide characters, tabs, long words and controls). Rules, five per report, and anything
    the plain path does not cover (a tab, a table of another shape) still go through rich.
    """

    def __init__(self, console: Console) -> None:
        self.console = console
        self.width = console.width  # fixed for the render (``render`` pins the size)
        self.color_system = console.color_system
        self.plain = _plain_ok(console)
        self.safe = isinstance(console, SafeConsole)
        self._chunks: list[str] = []

    def print(self, obj, no_wrap: bool | None = None) -> None:
        """``console.print(obj, no_wrap=no_wrap)``, for a ``Text``, a :class:`_Plain` or
        any other renderable."""
        if not self.plain:
            self.console.print(obj, no_wrap=no_wrap)
            return
        if isinstance(obj, Table):
            lines = _table_lines(obj, self.console, self.width)
            if lines is not None:
                # cells are cleaned one by one (SafeConsole cleans each segment)
                self._chunks.append("\n".join(_crop(line, self.width) for line in lines) + "\n")
                return
        elif isinstance(obj, Text | _Plain) and "\t" not in obj.plain:
            width = self.width
            text = obj.plain
            # print() joins its objects into a new Text: the object's own no_wrap is
            # dropped, and the keyword's applies (Text.__rich_console__, Text.wrap)
            lines = text.split("\n") if no_wrap else _wrap(text, width)
            # Console.print crops each line to the width (Segment.split_and_crop_lines),
            # then SafeConsole cleans what is written
            safe = terminal_safe if self.safe else str
            self._chunks.append("\n".join(safe(_crop(line, width)) for line in lines) + "\n")
            return
        self.flush()
        self.console.print(Text(obj.plain) if isinstance(obj, _Plain) else obj, no_wrap=no_wrap)

    def flush(self) -> None:
        if not self._chunks:
            return
        text = "".join(self._chunks)
        self._chunks = []
        try:
            self.console.file.write(text)
            self.console.file.flush()
        except BrokenPipeError:
            self.console.on_broken_pipe()

    def close(self) -> None:
        self.flush()


def _plain_ok(console: Console) -> bool:
    """Whether rich would print this console's text without any escape codes and as it
    lays it out: no colour system, nothing recorded or captured, no soft wrap."""
    return (
        console.color_system is None
        and not console.record
        and not console.quiet
        and not console.soft_wrap
        and not console.is_jupyter
        and not console.legacy_windows
        and not console._render_hooks  # a live display (progress bar) redraws around prints
        and console._buffer_index == 0  # inside ``with console:`` (capture) rich buffers
    )


_TRAILING_SPACE = re.compile(r"\s+$")  # rich.text's _re_whitespace


def _wrap(text: str, width: int) -> list[str]:
    """The lines ``Text(text).wrap(console, width)`` gives (justify and overflow left at
    rich's defaults, "default" and "fold"; ``text`` without tabs), without building a
    ``Text`` per line: the same rich functions, ``divide_line`` and ``set_cell_size``."""
    out: list[str] = []
    for line in text.split("\n"):  # Text.split("\n", allow_blank=True)
        offsets = _divide(line, width)
        if offsets:
            bounds = [0, *offsets, len(line)]
            pieces = [line[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
        else:
            pieces = [line]
        for piece in pieces:
            if len(piece) > width:  # Text.rstrip_end(width)
                m = _TRAILING_SPACE.search(piece)
                if m is not None:
                    piece = piece[: len(piece) - min(len(m.group(0)), len(piece) - width)]
            out.append(_crop(piece, width))  # Text.truncate(width, overflow="fold")
    return out


def _layout(text: str, width: int, justify: str = "default", overflow: str = "fold",
            no_wrap: bool = False) -> list[str]:
    """The lines ``Text(text).wrap(console, width, justify=..., overflow=..., no_wrap=...)``
    gives for ``text`` without tabs, justify "default", "left" or "right" and overflow
    "fold" or "ellipsis" (what the summary's tables use)."""
    if justify == "default" and overflow == "fold" and not no_wrap:
        return _wrap(text, width)
    out: list[str] = []
    for line in text.split("\n"):
        if no_wrap:
            pieces = [line]
        else:
            offsets = _divide(line, width, fold=overflow == "fold")
            bounds = [0, *offsets, len(line)]
            pieces = [_rstrip_end(line[a:b], width) for a, b in zip(bounds, bounds[1:], strict=False)]
        for piece in pieces:
            if justify == "left":
                piece = _truncate(piece, width, overflow, pad=True)
            elif justify == "right":
                piece = _truncate(piece.rstrip(), width, overflow)
                piece = " " * (width - cell_len(piece)) + piece
            out.append(_truncate(piece, width, overflow))
    return out


def _rstrip_end(piece: str, width: int) -> str:
    """``Text.rstrip_end``: trailing whitespace past ``width`` characters dropped."""
    if len(piece) > width:
        m = _TRAILING_SPACE.search(piece)
        if m is not None:
            return piece[: len(piece) - min(len(m.group(0)), len(piece) - width)]
    return piece


def _truncate(piece: str, width: int, overflow: str, pad: bool = False) -> str:
    """``Text.truncate``."""
    length = cell_len(piece)
    if length > width:
        return set_cell_size(piece, width - 1) + "…" if overflow == "ellipsis" else set_cell_size(piece, width)
    if pad and length < width:
        return piece + " " * (width - length)
    return piece


def _table_lines(table: Table, console: Console, width: int) -> list[str] | None:
    """The lines ``console.print(table)`` writes on a console without colour, for the
    tables this summary builds (``None`` for anything else: rich prints it).

    The column widths are rich's own (``Table._calculate_column_widths``, the same
    measuring); only the cells are laid out here, as ``Table._render`` does with a
    ``Padding`` per cell, top-aligned rows (the header bottom-aligned) and the box's
    rows between them.
    """
    pad = table.padding
    if (
        table.box is None or not table.show_header or table.show_footer or table.show_lines
        or table.leading or table.caption or table.width is not None or table.min_width is not None
        or table.expand or table.collapse_padding or tuple(pad) != (0, 1, 0, 1)
        or not table.columns
        or not console.encoding.lower().startswith("utf")  # rich would draw an ASCII box
        or any(row.end_section for row in table.rows)
        or (table.title is not None and not _plain_cell(table.title))
    ):
        return None
    columns = table.columns
    grid = []  # per column: its header and cells as plain text
    for col in columns:
        if col.width is not None or col.vertical != "top" or col.justify not in ("left", "right") \
                or col.overflow not in ("fold", "ellipsis"):
            return None
        cells = [col.header, *col._cells]
        if not all(_plain_cell(c) for c in cells):
            return None
        grid.append([c.plain if isinstance(c, Text) else c for c in cells])
    extra = table._extra_width
    options = console.options.update_width(width - extra)
    widths = table._calculate_column_widths(console, options)
    table_width = sum(widths) + extra
    last = len(columns) - 1
    lefts = [0 if (i == 0 and not table.pad_edge) else 1 for i in range(len(columns))]
    rights = [0 if (i == last and not table.pad_edge) else 1 for i in range(len(columns))]
    if any(w - a - b < 1 for w, a, b in zip(widths, lefts, rights, strict=True)):
        return None
    safe = terminal_safe if isinstance(console, SafeConsole) else str
    box = table.box.substitute(options, safe=table.safe_box if table.safe_box is not None else console.safe_box)
    out: list[str] = []
    if table.title is not None:
        title = table.title.plain if isinstance(table.title, Text) else table.title
        if "\t" in title or table.title_justify not in ("left", "right"):
            return None
        out += [safe(t) for t in _layout(title, table_width, justify=table.title_justify)]
    if table.show_edge:
        out.append(box.get_top(widths))
    n_rows = len(grid[0])
    for r in range(n_rows):
        cells = []
        for c, col in enumerate(columns):
            w = widths[c]
            inner = w - lefts[c] - rights[c]
            lines = _layout(grid[c][r], inner, col.justify, col.overflow, col.no_wrap)
            cells.append([
                " " * lefts[c] + safe(set_cell_size(line, inner)) + " " * rights[c] for line in lines
            ])
        height = max(len(cell) for cell in cells)
        for c, cell in enumerate(cells):
            blank = [" " * widths[c]] * (height - len(cell))
            cells[c] = blank + cell if r == 0 else cell + blank  # the header sits on the rule
        first, final = r == 0, r == n_rows - 1
        left, right, divider = (
            (box.head_left, box.head_right, box.head_vertical) if first
            else (box.foot_left, box.foot_right, box.foot_vertical) if final
            else (box.mid_left, box.mid_right, box.mid_vertical)
        )
        for i in range(height):
            line = divider.join(cell[i] for cell in cells)
            out.append(left + line + right if table.show_edge else line)
        if first:
            out.append(box.get_row(widths, "head", edge=table.show_edge))
    if table.show_edge:
        out.append(box.get_bottom(widths))
    return out


def _plain_cell(cell) -> bool:
    """Whether a cell's text is laid out as it reads: a ``Text`` with no settings of its
    own, or a string that rich's markup and emoji codes leave as it is; no tabs."""
    if isinstance(cell, Text):
        return (cell.justify is None and cell.overflow is None and cell.no_wrap is None
                and cell.end == "\n" and "\t" not in cell.plain)
    return isinstance(cell, str) and not any(ch in cell for ch in "[:\t")


_WORD = re.compile(r"\s*\S+\s*")  # rich._wrap's re_word


def _divide(line: str, width: int, fold: bool = True) -> list[int]:
    """``rich._wrap.divide_line(line, width, fold)``; for a line of one-cell characters
    (most article text) the same steps with ``len`` for ``cell_len`` and slices for
    ``chop_cells``, which is what those give on such text, at a third of the cost."""
    if not _one_cell(line):
        return divide_line(line, width, fold=fold)
    breaks: list[int] = []
    offset = 0
    for m in _WORD.finditer(line):
        start, word = m.start(), m.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            if fold:
                chunks = range(0, len(word), width)
                for i in chunks:
                    if start:
                        breaks.append(start)
                    if i == chunks[-1]:
                        offset = len(word) - i
                    else:
                        start += width
            else:
                if start:
                    breaks.append(start)
                offset = len(word)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


def _one_cell(line: str) -> bool:
    """Whether each character of ``line`` takes one cell on its own (rich's measure):
    then ``cell_len`` is ``len`` and ``chop_cells`` cuts every ``width`` characters. Not
    so for wide and zero-width characters, nor for the joiner and variation selector
    that rich reads with the character before them. Most article text holds only
    characters of rich's own one-cell table; dashes and curly quotes are looked up."""
    if _single_cells(line):
        return True
    return all(
        ch not in "\u200d\ufe0f" and get_character_cell_size(ch) == 1
        for ch in set(line) if not _single_cells(ch)
    )


def _crop(line: str, width: int) -> str:
    """``line`` cut to ``width`` cells, as rich cuts a line that is too long."""
    if len(line) <= width and _one_cell(line):
        return line
    return set_cell_size(line, width) if cell_len(line) > width else line


def _sentence_line(sentence: _Sentences, sids: list[str], outlets: dict[str, str],
                   console: _Out) -> Text | _Plain:
    sid = sids[0]
    try:
        s = sentence(sid)
    except (KeyError, IndexError, ValueError):
        return Text(f"  {sid}  (missing sentence)", style="red")
    body = Text()
    names = [outlets.get(x.partition(":s")[0], x) for x in sids]
    label = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    body.append(_s(label), style="bold")
    body.append(": ")
    body.append(_s(s.text))
    ids = sid if len(sids) == 1 else f"{sid}+{len(sids) - 1}"
    return _hang(console, Text(f"  {ids:<7}", style="dim"), body)


def _diff_text(d: PairDiff, console: _Out) -> Text | _Plain:
    """The word diff; without colour (a pipe, ``NO_COLOR``) dropped and added words are
    marked ``[-old-]{+new+}`` as ``git diff --word-diff=plain`` does, so it still reads."""
    out = Text()
    plain = console.color_system is None
    dropped = (lambda w: f"[-{_s(w)}-]") if plain else _s
    added = (lambda w: f"{{+{_s(w)}+}}") if plain else _s
    out.append(
        f"{d.a} → {d.b}: {d.kept} kept, {d.inserted} added, {d.deleted} dropped, "
        f"{d.substituted} changed\n",
        style="dim",
    )
    for op in d.ops:
        if op.tag == "equal":
            out.append(_s(op.a or op.b))
        elif op.tag == "delete":
            out.append(dropped(op.a), style=DELETE_STYLE)
        elif op.tag == "insert":
            out.append(added(op.b), style=INSERT_STYLE)
        else:
            out.append(dropped(op.a), style=DELETE_STYLE)
            out.append(" ")
            out.append(added(op.b), style=INSERT_STYLE)
        out.append(" ")
    out.rstrip()
    return _hang(console, Text("   "), out)


def _groups(c: Comparison, console: _Out, outlets: dict[str, str], limit: int) -> None:
    if not c.alignments:
        return
    console.print(
        Rule(Text(f"Aligned sentences ({len(c.alignments)} groups)", style="bold"), align="left")
    )
    lines = _Lines(console)
    sentence = _Sentences(c)
    for n, al in enumerate(_ordered(c.alignments)):
        lines.flush()
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
        for sids in _wordings(sentence, al):
            lines.add(_sentence_line(sentence, sids, outlets, console))
        shown: set[tuple] = set()
        for d in al.diffs:
            key = tuple((op.tag, op.a, op.b) for op in d.ops if op.tag != "equal")
            if key in shown:
                continue
            if len(shown) == MAX_DIFFS_PER_GROUP:
                lines.flush()
                console.print(Text("    … more word diffs in --json and --html", style="dim"))
                break
            shown.add(key)
            lines.add(_diff_text(d, console))
    lines.flush()


# In a story of many outlets one group can hold dozens of copies; the terminal shows each
# distinct wording once (with every sentence id) and this many distinct word diffs.
MAX_DIFFS_PER_GROUP = 5


def _wordings(sentence: _Sentences, al: Alignment) -> list[list[str]]:
    """The group's sentence ids, bucketed by exact text, in first-seen order."""
    by_text: dict[str, list[str]] = {}
    for sid in al.sentences:
        try:
            text = sentence(sid).text
        except (KeyError, IndexError, ValueError):
            text = f"\0{sid}"  # a missing sentence stays on its own line
        by_text.setdefault(text, []).append(sid)
    return list(by_text.values())


class _Sentences:
    """``Comparison.sentence`` with the documents looked up by id in a dict made once: the
    method scans the documents on every call (~6,000 calls on 50 documents, ~0.02 s of
    the 50-article view). The same answers and errors, the first document of an id."""

    def __init__(self, c: Comparison) -> None:
        self.docs: dict[str, Document] = {}
        for d in c.documents:
            self.docs.setdefault(d.id, d)

    def __call__(self, sid: str) -> Sentence:
        art, _, idx = sid.partition(":s")
        doc = self.docs.get(art)
        if doc is None:
            raise KeyError(sid)
        return doc.sentences[int(idx)]


def _ordered(alignments: tuple[Alignment, ...]) -> list[Alignment]:
    """Edited groups first (that is where the changes are), then paraphrases, then verbatim."""
    rank = {"edited": 0, "paraphrase": 1, "verbatim": 2}
    return sorted(alignments, key=lambda a: rank.get(a.kind, 3))


def _unique(c: Comparison, console: _Out) -> None:
    if not c.unique:
        return
    per_doc: dict[str, list[str]] = defaultdict(list)
    for sid in c.unique:
        per_doc[sid.partition(":s")[0]].append(sid)
    unique = set(c.unique)
    posts = sum(1 for d in c.documents for s in d.sentences if s.block == "embed" and s.id in unique)
    head = f"Only one outlet says ({len(c.unique)}" + (f"; {posts} in embedded posts)" if posts else ")")
    console.print(Rule(Text(head, style="bold"), align="left"))
    lines = _Lines(console)
    for doc in c.documents:
        sids = per_doc.get(doc.id)
        if not sids:
            continue
        lines.flush()
        console.print(Text(_s(f"{doc.id} {doc.article.outlet}"), style=KIND_STYLES["unique"]))
        for sid in sids:
            lines.add(_unique_line(doc, sid, console))
    lines.flush()


# Said before a unique sentence that is an embedded post's (block ``embed``: a tweet, an
# Instagram post): material only that outlet shows, not words its writer wrote.
POST_LABEL = "[embedded post] "


def _unique_line(doc: Document, sid: str, console: _Out) -> Text | _Plain:
    idx = int(sid.partition(":s")[2])
    s = doc.sentences[idx] if idx < len(doc.sentences) else None
    body = Text(_s(s.text) if s is not None else "(missing sentence)")
    if s is not None and s.block == "embed":
        body = Text.assemble((POST_LABEL, "magenta"), body)
    return _hang(console, Text(f"  {sid:<7}", style="dim"), body)


def _skipped(c: Comparison, console: _Out) -> None:
    if not c.skipped:
        return
    console.print(Rule(Text(f"Skipped inputs ({len(c.skipped)})", style="bold"), align="left"))
    for s in c.skipped:
        where = f"{s.source}:{s.line}" if s.line is not None else s.source
        line = Text()
        line.append(_s(where), style="bold")
        line.append(f"  [{s.reason}] ", style="yellow")
        line.append(_s(s.message))
        _print_hung(console, _hang(console, Text(" "), line))  # wrapped lines under the path


__all__ = ["FINDING_ORDER", "render"]
