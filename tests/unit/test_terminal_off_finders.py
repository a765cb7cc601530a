"""Under its findings the terminal says which finders the run left off: since session 30 the
defaults show only name variants and shared sources, and a short list must not read as all
storylens can say (``--all-findings`` shows the rest)."""

from __future__ import annotations

import io
from dataclasses import replace

from rich.console import Console
from sample_comparison import sample_comparison

from storylens.options import EVERY_FINDER, Options
from storylens.report.terminal import OFF_FINDER_NAMES, off_finders, render


def _text(options: Options) -> str:
    console = Console(record=True, width=200, force_terminal=False, file=io.StringIO())
    render(sample_comparison(), console, options)
    return console.export_text(styles=False)


def test_the_defaults_name_each_finder_they_leave_off():
    off = off_finders(Options())
    assert "omissions" in off
    # changed quotes and additions off again since session 33; framing on again and shared
    # quotes off again since session 34; shared quotes on again since session 35; changed
    # quotes on again since session 37; changed quotes off again and additions on again since
    # session 38; changed quotes and conflicting facts on again, additions off again since
    # session 39; changed quotes and conflicting facts off again, additions on again since
    # session 40
    assert off == ["changed quotes", "conflicting facts", "omissions"]
    assert "framing" not in off and "shared quotes" not in off and "additions" not in off
    out = _text(Options())
    assert "Not shown, off by default" in out and "--all-findings shows them" in out
    assert "changed quotes, conflicting facts, omissions" in out


def test_nothing_is_said_when_every_finder_is_on_or_findings_are_off():
    every = replace(Options(), **{name: True for name in EVERY_FINDER})
    assert off_finders(every) == []
    assert "Not shown" not in _text(every)
    assert off_finders(replace(Options(), findings=False)) == []
    assert "Not shown" not in _text(replace(Options(), findings=False))


def test_a_finder_switched_on_leaves_the_list():
    off = off_finders(replace(Options(), fact_conflicts=True))
    assert "conflicting facts" not in off and "changed quotes" in off
    off = off_finders(replace(Options(), quote_changes=True))
    assert "changed quotes" not in off and "conflicting facts" in off
    off = off_finders(replace(Options(), additions=False))
    assert "additions" in off and "omissions" in off
    off = off_finders(replace(Options(), framing=False, shared_quotes=False))
    assert "framing" in off and "shared quotes" in off


def test_every_named_finder_is_a_switch_of_all_findings():
    assert {field for field, _ in OFF_FINDER_NAMES} <= set(EVERY_FINDER)
