"""Without colour the terminal summary is written as plain strings (report.terminal._Out):
byte for byte what rich itself printed, at every width, for text that is hard to lay out
(wide and zero-width characters, tabs, words longer than the line, runs of spaces,
blank lines, control characters)."""

from __future__ import annotations

import io
from unittest import mock

import pytest
from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.text import Text

import storylens.report.terminal as T
from storylens.models import RawArticle
from storylens.options import Options
from storylens.pipeline import clean_all, compare_articles

# Invented articles on one invented event, each sentence carrying something rich has to
# measure or fold: CJK names (two cells each), an emoji sequence joined by U+200D, a
# combining accent, a tab, a 90-character link, a run of spaces, a bell and an escape.
HARD = (
    "Ferry services across the Ostrava Sound were suspended on Monday after the storm "
    "surge, the harbour authority (港務局) said.\n\n"
    "The operator's statement, posted at https://ferries.example.org/notices/2031/storm-"
    "surge-ostrava-sound-suspension-update, listed 14 cancelled crossings.\n\n"
    "Passengers stranded at Kestrel Quay\twaited for buses laid on by the council 🧑\u200d🚒 "
    "as fire crews pumped water from the terminal.\n\n"
    "Mayor Zoë Brandt — whose name the council spells Zoe\u0308 — said repairs would take "
    "at least a week.    Engineers will inspect the slipway on Thursday.\x07\n\n"
    "Insurers estimated the damage at €2.3m, a figure the operator disputed.\x1b[2J"
)
OTHER = (
    "Ferry services across the Ostrava Sound were suspended on Monday after the storm "
    "surge, the harbour authority said.\n\n"
    "Passengers stranded at Kestrel Quay waited for buses laid on by the council as fire "
    "crews pumped water from the terminal.\n\n"
    "Mayor Zoë Brandt said repairs would take at least ten days.\n\n"
    "Insurers estimated the damage at €3.1m, according to a person familiar with the claims."
)


def _comparison():
    raws = [
        RawArticle("a.txt", text=HARD, outlet="Sound Gazette 湾岸", title="Ferries halted\tafter surge"),
        RawArticle("b.txt", text=OTHER, outlet="Coastline Daily", title="Storm surge stops ferries"),
    ]
    options = Options(framing=True, story_framing=True, fact_coverage=True, quote_changes=True)
    arts, skipped = clean_all(raws, options)
    return compare_articles(arts, options, skipped), options


def _printed(comparison, options, width: int, plain: bool, safe: bool = True) -> str:
    cls = T.SafeConsole if safe else Console
    console = cls(width=width, file=io.StringIO(), color_system=None)
    with mock.patch.object(T, "_plain_ok", lambda c: plain):
        T.render(comparison, console, options)
    return console.file.getvalue()


@pytest.mark.parametrize("width", [20, 24, 33, 47, 60, 80, 121])
@pytest.mark.parametrize("safe", [True, False])
def test_plain_path_prints_what_rich_prints(width, safe):
    comparison, options = _comparison()
    rich_out = _printed(comparison, options, width, plain=False, safe=safe)
    assert "港務局" in rich_out and "Zoë" in rich_out  # premise: the hard text is shown
    assert _printed(comparison, options, width, plain=True, safe=safe) == rich_out


@pytest.mark.parametrize("width", [5, 11, 20, 37, 80])
@pytest.mark.parametrize(
    "text",
    [
        "",
        "one",
        "a line whose words are short enough to wrap at any of the widths tried here",
        "     leading spaces and trailing ones     ",
        "two\n\nparagraphs\n",
        "\n",
        "港務局は月曜日にフェリーの運航を停止したと発表した港務局は",
        "🧑\u200d🚒🧑\u200d🚒🧑\u200d🚒 crews and Zoe\u0308 and Zoë",
        "https://ferries.example.org/notices/2031/storm-surge-ostrava-sound-suspension-update.",
        "wide 港 at the edge港港港港港港港港港港港港港港港港港港港港港港港",
        "spaces          in          the          middle          of          it",
    ],
)
def test_wrap_and_print_match_rich(width, text):
    """``_wrap`` gives ``Text.wrap``'s lines, and a plain print gives ``Console.print``'s
    bytes, wrapped or not (``no_wrap``: cropped)."""
    console = Console(width=width, file=io.StringIO(), color_system=None)
    assert T._wrap(text, width) == [line.plain for line in Text(text).wrap(console, width)]
    for no_wrap in (None, False, True):
        console = Console(width=width, file=io.StringIO(), color_system=None)
        console.print(Text(text), no_wrap=no_wrap)
        out = T._Out(Console(width=width, file=io.StringIO(), color_system=None))
        assert out.plain  # premise: a console without colour takes the plain path
        out.print(Text(text), no_wrap=no_wrap)
        out.close()
        assert out.console.file.getvalue() == console.file.getvalue()


def test_consoles_that_rich_must_handle_keep_rich():
    """Colour, recording, capture and soft wrap change what rich writes: rich prints."""
    assert not T._plain_ok(Console(file=io.StringIO(), color_system="truecolor", force_terminal=True))
    assert not T._plain_ok(Console(file=io.StringIO(), color_system=None, record=True))
    assert not T._plain_ok(Console(file=io.StringIO(), color_system=None, soft_wrap=True))
    console = Console(file=io.StringIO(), color_system=None)
    assert T._plain_ok(console)
    with console.capture():
        assert not T._plain_ok(console)


def _tables():
    """Tables shaped as the summary's (articles, share matrix, coverage), filled with cells
    that are hard to lay out."""
    from rich import box
    from rich.table import Table

    cells = [
        "Ferries halted after surge",
        "港務局は月曜日にフェリーの運航を停止したと発表した",
        "https://ferries.example.org/notices/2031/storm-surge-ostrava-sound",
        "",
        "Zoe\u0308 Brandt 🧑\u200d🚒 crews",
        "two\nlines of text\n· and a third, longer than the others by some way",
        "     spaced     out     ",
    ]
    articles = Table(title="Articles", box=box.SIMPLE_HEAVY, title_justify="left", title_style="bold",
                     pad_edge=False)
    articles.add_column("id", no_wrap=True)
    articles.add_column("outlet / credits", min_width=12, max_width=22)
    articles.add_column("title", min_width=14, overflow="fold", ratio=1)
    articles.add_column("sents", justify="right", no_wrap=True)
    for i, c in enumerate(cells):
        articles.add_row(Text(f"a{i + 1}"), Text(cells[-1 - i], style="bold"), Text(c),
                         Text(f"{i * 7} 港") if i % 2 else str(i * 7))
    matrix = Table(title="Shared text (share of row in column, a title longer than a narrow console)",
                   box=box.SIMPLE, title_justify="left")
    matrix.add_column("")
    for i in range(4):
        matrix.add_column(f"a{i + 1}", justify="right")
    for i in range(4):
        matrix.add_row(Text(f"a{i + 1} ★ likely source" if i == 1 else f"a{i + 1}"),
                       *[Text("·") if i == j else Text(f"{(i + j) * 13 % 100}%") for j in range(4)])
    coverage = Table(box=box.SIMPLE_HEAD, show_edge=False)
    for col in ("outlet", "only here", "leaves out", "loaded words"):
        coverage.add_column(col)
    for c in cells:
        coverage.add_row(Text(c[:20]), Text(f"3\n· {c}"), Text("n/a (shares too little to tell)"),
                         Text(f"2 (1.5/1000 words): {c}"))
    return [articles, matrix, coverage]


@pytest.mark.parametrize("width", [12, 20, 31, 47, 60, 80, 133])
def test_tables_match_rich(width):
    for safe in (True, False):
        cls = T.SafeConsole if safe else Console
        for table in _tables():
            console = cls(width=width, file=io.StringIO(), color_system=None)
            console.print(table)
            out = T._Out(cls(width=width, file=io.StringIO(), color_system=None))
            if width >= 31:  # narrower, a column has no room inside its padding: rich prints
                assert T._table_lines(table, out.console, width) is not None  # premise
            out.print(table)
            out.close()
            assert out.console.file.getvalue() == console.file.getvalue(), (width, table.title)


def test_divide_matches_rich_divide_line():
    """``_divide`` (one-cell text with ``len``) breaks where ``rich._wrap.divide_line``
    does: random lines of words, long words, runs of spaces, dashes and curly quotes
    (one cell, looked up), wide, zero-width and joined characters, at widths 1 to 40."""
    import random

    from rich._wrap import divide_line

    rng = random.Random(2031)
    one_cell = ["a", "ferry", "crossings", "x" * 45, " ", "   ", "Zoë", "-", "—", "\u00a0",
                "’s", "“quoted”", "…", "·", "→"]
    other = ["港務局", "Zoe\u0308", "🧑\u200d🚒", "\u2764\ufe0f", "\u200b", "\ufe0f"]
    for pieces in (one_cell, one_cell + other):
        for _ in range(400):
            line = "".join(rng.choice(pieces) + rng.choice(["", " ", "  "])
                           for _ in range(rng.randrange(12)))
            width = rng.randrange(1, 41)
            for fold in (True, False):
                assert T._divide(line, width, fold) == divide_line(line, width, fold=fold), (line, width)
            assert T._crop(line, width) == (set_cell_size(line, width) if cell_len(line) > width else line)
