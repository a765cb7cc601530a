"""The rich terminal summary, rendered to a recording console."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from rich.console import Console
from sample_comparison import sample_comparison

from storylens.options import Options
from storylens.report.terminal import FINDING_ORDER, render


def _render(comparison, options=None) -> tuple[str, Console]:
    console = Console(
        record=True, width=120, color_system="truecolor", force_terminal=True, file=io.StringIO()
    )
    render(comparison, console, options)
    return console.export_text(styles=False, clear=False), console


@pytest.fixture(scope="module")
def out() -> str:
    return _render(sample_comparison())[0]


def test_articles_table(out):
    for s in (
        "Continental Press Agency",
        "The Vella Herald",
        "National Courier",
        "Port strike halts Tessel",
        "2026-03-02",
        "CPA, CPA Photo",
    ):
        assert s in out
    assert "a1 ★" in out


def test_provenance_matrix_marks_source(out):
    assert "likely source" in out
    assert "100%" in out and "67%" in out
    assert "carries every shared sentence" in out


def test_findings_grouped_most_important_first(out):
    # registry order; the two kinds of weight 6 by their most confident finding (the
    # sample's changed quote 0.9 before its fact conflict 0.85: findings.kinds.section_order)
    titles = [
        "Changed quotes (1)",
        "Conflicting facts (1)",
        "Framing and word choice (2)",
        "Names spelled differently (1)",
        "Omissions (1)",
        "Additions (1)",
        "Shared source text (1)",
    ]
    positions = [out.index(t) for t in titles]
    assert positions == sorted(positions)
    assert FINDING_ORDER[0] == "fact_conflict"
    assert "Number of strikers: 1,200 (a1) vs 1,500 (a2)." in out


def test_groups_and_diff(out):
    for kind in ("[verbatim]", "[edited]", "[paraphrase]"):
        assert kind in out
    assert "We will not go back until the contract deal is signed" in out
    assert "a1:s2 → a2:s2: 13 kept" in out


def test_diff_styles():
    _, console = _render(sample_comparison())
    styled = console.export_text(styles=True)
    # deletions red strikethrough (SGR 9;31), insertions green (SGR 32)
    assert "\x1b[9;31mcontract" in styled or "\x1b[31;9mcontract" in styled
    assert "32mdeal" in styled


def test_unique_and_skipped(out):
    assert "Only one outlet says (5)" in out
    assert "Police broke up a riot near the harbour." in out
    assert "broken.jsonl:3  [bad-json] line 3 is not valid JSON" in out
    assert "photo.jpg  [binary]" in out


def test_markup_in_article_text_is_printed_literally():
    c = sample_comparison()
    doc = c.documents[2]
    s = doc.sentences[2]
    text = "Police said [bold red]nothing[/] at all."
    art = replace(doc.article, text=doc.article.text[: s.start] + text)
    doc = replace(
        doc,
        article=art,
        sentences=(*doc.sentences[:2], replace(s, text=text, end=s.start + len(text))),
    )
    c = replace(c, documents=(*c.documents[:2], doc))
    assert "[bold red]nothing[/]" in _render(c)[0]


def test_group_limit():
    out, _ = _render(sample_comparison(), Options(max_terminal_groups=1))
    assert "… 3 more groups" in out


def test_no_findings_no_skipped():
    c = replace(sample_comparison(), findings=(), skipped=())
    out, _ = _render(c)
    assert "No findings." in out and "Skipped" not in out


def test_demo_renders():
    from storylens.demo import demo_paths
    from storylens.pipeline import compare

    c = compare(demo_paths())
    out, _ = _render(c)
    assert "Velmarra Free Voice" in out and "National Courier" in out
    assert "likely source" in out
    assert "Aligned sentences" in out


def test_finding_confidence_is_labelled_as_rule_precision(out):
    """A confidence under 1.0 is printed as the rule's measured precision, not a bare %."""
    assert "rule precision 85%" in out  # the sample's fact conflict, confidence 0.85
    assert "a2:s3  85%" not in out


def _printed(comparison, width: int, colour: bool, one_by_one: bool) -> tuple[str, int]:
    """The terminal bytes and the number of prints (each a ``console.print`` with colour,
    a plain write without, report.terminal._Out); ``one_by_one`` prints every hung line on
    its own, as the renderer did before it batched them."""
    from unittest import mock

    import storylens.report.terminal as T

    calls = 0
    real = T._Out.print

    def counting(self, *a, **k):
        nonlocal calls
        calls += 1
        return real(self, *a, **k)

    console = T.SafeConsole(width=width, file=io.StringIO(), force_terminal=colour,
                            color_system="truecolor" if colour else None)
    with mock.patch.object(T._Out, "print", counting):
        if one_by_one:
            with mock.patch.object(T._Lines, "add", lambda self, text: T._print_hung(self.console, text)):
                render(comparison, console)
        else:
            render(comparison, console)
    return console.file.getvalue(), calls


@pytest.mark.parametrize(("width", "colour"), [(120, True), (100, False), (30, True), (24, False)])
def test_batched_lines_print_the_same_bytes_in_fewer_calls(width, colour):
    """Hung lines go out joined (report.terminal._Lines): byte for byte what printing them
    one by one gave, colours and wrapping included (at 24 and 30 columns some lines must
    wrap and are printed on their own), with fewer print calls."""
    from storylens.demo import demo_paths
    from storylens.pipeline import compare

    comparison = compare(demo_paths())
    batched, n_batched = _printed(comparison, width, colour, one_by_one=False)
    single, n_single = _printed(comparison, width, colour, one_by_one=True)
    assert batched == single
    assert n_batched < n_single


def test_unmeasured_precision_is_said_once_under_the_findings():
    """A rule checked on fewer than MIN_SHOWN_EVIDENCE findings gets no figure on its line;
    one note under the findings says so (16 repeats of it crowded the demo)."""
    from storylens.demo import demo_paths
    from storylens.findings.confidence import UNMEASURED, describe
    from storylens.pipeline import compare

    c = compare(demo_paths())
    out, _ = _render(c)
    n = sum(1 for f in c.findings if f.confidence < 1.0
            and describe(f.confidence, str(f.detail.get("rule") or ""))[0] == UNMEASURED)
    assert n > 0  # the demo has such findings (premise)
    assert out.count(UNMEASURED) == 1, out
    assert f"{n} finding{'s' if n != 1 else ''} without a figure" in out


def _demo_text(width: int = 110) -> str:
    from storylens.demo import demo_paths
    from storylens.pipeline import compare

    console = Console(record=True, width=width, color_system=None, file=io.StringIO())
    render(compare(demo_paths()), console)
    return console.export_text(styles=False, clear=False)


def test_loaded_word_lines_wrap_under_their_first_word_and_credits_are_not_the_outlet():
    out = _demo_text()
    lines = out.splitlines()
    start = lines.index(next(ln for ln in lines if ln.startswith("  • Velmarra Free Voice: 'regime'")))
    assert lines[start + 1].startswith("    'government'")  # hung, not back at column 0
    # the wire's own page credits itself: its name is said once, another outlet's credit stays
    table = out.split("Shared text")[0].split("\nArticles", 1)[1]  # past the story: line
    assert table.count("Continental Press") == 3  # a1's outlet, a2's and a3's credits
    assert "CPA" in table  # National Courier's credit


def test_a_long_skipped_row_wraps_under_its_path():
    from storylens.models import Skipped

    why = "named as the folder's documentation (readme), not an article; name the file itself to read it anyway"
    c = replace(sample_comparison(), skipped=(Skipped("/data/velling/README", "documentation", why),))
    console = Console(record=True, width=70, color_system=None, file=io.StringIO())
    render(c, console)
    lines = console.export_text(styles=False).split("Skipped inputs")[1].splitlines()[1:]
    assert lines[0].startswith("  /data/velling/README  [documentation] named")
    assert len(lines) > 1 and all(ln.startswith("  ") for ln in lines if ln.strip())


def test_the_score_column_says_what_it_is(out):
    # s6 reader report item 13: a bare "score 1.00" beside a 7% overlap read as an overlap
    assert "source score" in out
    assert "weighted share of the shared sentence groups" in out and "not an overlap" in out


def test_no_score_column_without_a_likely_source():
    # s7 reader report item 9: "source score 1.00" where nothing is copied read as a share
    c = sample_comparison()
    assert c.provenance.source is not None
    bare = replace(c, provenance=replace(c.provenance, source=None, explanation="no likely source: a tie"))
    text = _render(bare)[0]
    assert "source score" not in text and "weighted share" not in text
    assert "Shared text" in text and "no likely source" in text
