"""Escape sequences in article data never reach the terminal raw (issue 15)."""

from __future__ import annotations

import io
import re
from pathlib import Path

from click.testing import CliRunner

from storylens.models import RawArticle
from storylens.options import Options
from storylens.pipeline import clean_all, compare_articles
from storylens.report.controls import REPLACEMENT, terminal_safe
from storylens.report.terminal import SafeConsole, render

TITLE = "\x1b]0;pwned\x07Mayor resigns\x1b[2J\x1b[H"
OUTLET = "Velling \x1b]8;;http://evil.example/\x1b\\Herald\x1b]8;;\x1b\\"
TEXT = (
    "Flood barriers failed at Port Velling harbour on Tuesday night, the council said.\x1b[31m\n\n"
    "About 120 homes were evacuated \x9b2J as the water rose 1.4 metres, the coastguard said.\x07\n\n"
    '"We will rebuild the sea wall," said Mayor Ana Lund\x1bP1;2|secret\x1b\\ on Wednesday.'
)
OTHER = (
    "Flood barriers failed at Port Velling harbour on Tuesday night, the council said.\n\n"
    "About 150 homes were evacuated as the water rose 1.4 metres, the coastguard said.\n\n"
    '"We will rebuild the sea wall before winter," said Mayor Ana Lund on Wednesday.'
)
# What rich itself writes for colours: Select Graphic Rendition only.
_SGR = re.compile(r"\x1b\[[0-9;]*m")
_RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def test_sequences_are_removed_and_other_controls_shown():
    assert terminal_safe(TITLE) == "Mayor resigns"
    assert terminal_safe(OUTLET) == "Velling Herald"
    assert terminal_safe("a\x9b2Jb \x9d0;x\x9cc") == "ab c"  # C1 CSI and OSC
    assert terminal_safe("bell\x07 and\x00 nul\x7f") == f"bell{REPLACEMENT} and{REPLACEMENT} nul{REPLACEMENT}"
    assert terminal_safe("unterminated \x1b]0;title runs to the end") == "unterminated "
    plain = "Line one.\n\tLine two — «quoted», 3.5%."
    assert terminal_safe(plain) is plain  # nothing to do: the same object back


def test_terminal_safe_is_linear_on_long_runs():
    # only ratios matter here: one pass over 1 MB of escapes and controls must finish
    s = "\x1b[" + "1;" * 200_000 + "\x1b]" + "x" * 200_000 + "\x07" * 200_000
    assert _RAW.search(terminal_safe(s)) is None


def _hostile_comparison():
    raws = [
        RawArticle("a.txt", text=TEXT, outlet=OUTLET, title=TITLE),
        RawArticle("b.txt", text=OTHER, outlet="Coast\x1b[2K Wire", title="Sea wall\x1b]52;c;ZXZpbA==\x07"),
    ]
    arts, skipped = clean_all(raws, Options())
    return compare_articles(arts, Options(), skipped)


def test_summary_of_hostile_articles_has_no_raw_controls():
    file = io.StringIO()
    console = SafeConsole(width=120, color_system="truecolor", force_terminal=True, file=file)
    render(_hostile_comparison(), console)
    out = file.getvalue()
    assert "\x1b[" in out  # rich still colours the summary...
    left = _SGR.sub("", out)
    assert _RAW.search(left.replace("\n", "")) is None, repr(_RAW.findall(left)[:5])  # ...and nothing else
    assert "Mayor resigns" in left and "Velling Herald" in left and "pwned" not in left


def test_cli_compare_prints_no_raw_controls(tmp_path: Path):
    from storylens.cli.main import app

    (tmp_path / "a.txt").write_text(f"{TITLE}\n\n{TEXT}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Sea wall\x1b]0;x\x07\n\n{OTHER}\n", encoding="utf-8")
    (tmp_path / "empty\x1b[2J.txt").write_text("", encoding="utf-8")  # skipped: its name is echoed
    result = CliRunner().invoke(app, ["compare", str(tmp_path)], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    out = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert "skipped:" in out
    assert _RAW.search(out.replace("\n", "")) is None, repr(_RAW.findall(out)[:5])


# The coverage table's rows and its wording lines print outlet labels, fact labels and
# loaded words: article data, through the same sanitiser (s8 polish item 3).
RED = "\x1b[31mred"


def _hostile_coverage(comp):
    row = {"article": "a1", "outlet": RED, "label": RED + " Post", "too_little_shared": False,
           "off_story": False, "only_here": 1, "only_here_top": [{"label": "quotes from \x1b[2JAna"}],
           "omits": 1, "omits_top": [{"text": "120\x07 homes"}], "attribution": {"neutral": 1},
           "loaded": 1, "loaded_per_1000_words": 2.5, "loaded_top": [{"word": "sl\x1b[5mammed"}]}
    return {"outlets": [row], "note": f"{RED} shares little", "wording_more": 0,
            "wording": [{"outlet": RED, "label": RED + " Post", "word": "sl\x1b[5mammed", "phrase": None,
                         "others": [{"outlet": "Coast\x1b[2K Wire", "word": "s\x1b]0;x\x07aid"}],
                         "sentence": "a1:s2"}]}


def test_coverage_rows_and_wording_lines_print_no_raw_controls(monkeypatch):
    import storylens.findings.summary as S

    comp = _hostile_comparison()
    monkeypatch.setattr(S, "coverage_summary", _hostile_coverage)
    for colour in ("truecolor", None):
        file = io.StringIO()
        console = SafeConsole(width=160, color_system=colour, force_terminal=colour is not None, file=file)
        render(comp, console)
        left = _SGR.sub("", file.getvalue())
        assert _RAW.search(left.replace("\n", "")) is None, (colour, repr(_RAW.findall(left)[:5]))
        assert "red Post: 'slammed' where Coast Wire writes 'said'" in left
        assert "red shares little" in left and "quotes from Ana" in left and "120" in left
