"""benchmarks/calibrate_confidence.py reads the hand-read verdicts of findings_report.md:
each finding once (a finding shown in both the default and the every-flag block is one),
story items as well as pair items, and never the old hand-written coverage table, whose
verdicts were carried into the report's items (reading both counted each twice). The
report text here is invented (fictional outlets and events)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import calibrate_confidence as CC  # noqa: E402

_REPORT = """# Findings read by hand

## Baseline (not counted)

1. **addition** `11_12` (unlisted) conf 0.68 `addition.fact.number` Only a.example gives the figure '9'. — **WRONG**: old
   - `a1:s1` Nine boats left Port Velling.

## This revision (read on an invented revision)

<!-- sample:default:begin -->
1. **name_variant** `11_12` (unlisted) conf 0.91 `name.typo` The same name is spelled 'Ana Brevik' (a.example) and 'Ana Brevic' (b.example). — **right**: a typo
   - `a1:s2` Mayor Ana Brevik opened the bridge.
   - `a2:s3` Mayor Ana Brevic opened the bridge.
<!-- sample:default:end -->
<!-- sample:flags:begin -->
1. **addition** `11_12` (unlisted) conf 0.68 `addition.fact.number` Only a.example gives the figure '40': 'Forty ferries…' — **right**: only one gives it
   - `a1:s4` Forty ferries were cancelled.
2. **name_variant** `11_12` (unlisted) conf 0.91 `name.typo` The same name is spelled 'Ana Brevik' (a.example) and 'Ana Brevic' (b.example). — **right**: a typo
   - `a1:s2` Mayor Ana Brevik opened the bridge.
   - `a2:s3` Mayor Ana Brevic opened the bridge.
3. **aligned:paraphrase** `11_12` (unlisted) paraphrase, similarity 0.41 — **right**: both: the bridge opened
   - `a1:s2` Mayor Ana Brevik opened the bridge.
   - `a2:s5` The bridge is open, the mayor said.
<!-- sample:flags:end -->

### Stories

<!-- sample:stories-flags:begin -->
1. **omission** `story:11+3` (story-4) conf 0.42 `omission.fact.number` c.example leaves out the figure '40', which 3 other outlets give. — **WRONG**: published before
   - `a2:s4` Forty ferries were cancelled.
2. **quote_changed** `story:11+3` (story-4) conf 0.11 `quote_changed.word_diff` Velling's quote reads 'poor' in one and 'bad' in another. — **WRONG**: translations
   - `a1:s6` "A poor start," Velling said.
   - `a3:s2` "A bad start," Velling said.
3. **quote_changed** `story:11+3` (story-4) conf 0.11 `quote_changed.word_diff` Velling's quote reads 'poor' in one and 'bad' in another. — **WRONG**: translations
   - `a1:s6` "A poor start," Velling said.
   - `a4:s9` "A bad start," Velling told reporters.
<!-- sample:stories-flags:end -->

## Omission and addition, item 4 (old hand table, not counted)

| # | type | origin | verdict | finding | why |
|---:|---|---|---|---|---|
| 0 | addition | unlisted | right | Only a.example gives the figure '40': 'Forty ferries…' | counted in REVIEW already |
"""


def test_each_finding_once_stories_read_old_table_and_baseline_ignored(tmp_path):
    path = tmp_path / "findings_report.md"
    path.write_text(_REPORT, encoding="utf-8")
    counts = CC.hand_counts(path)
    assert counts == {
        "name.typo": [1, 1],  # shown in both blocks: one finding
        "addition.fact.number": [1, 1],  # the old table's row is not added
        "omission.fact.number": [0, 1],  # a story item
        "quote_changed.word_diff": [0, 2],  # one line, other sentences: two findings
    }


def test_no_report_or_no_section_gives_no_evidence(tmp_path):
    assert CC.hand_counts(tmp_path / "absent.md") == {}
    path = tmp_path / "findings_report.md"
    path.write_text("# nothing read yet\n", encoding="utf-8")
    assert CC.hand_counts(path) == {}
