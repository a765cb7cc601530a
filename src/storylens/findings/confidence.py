"""Each finding rule's confidence: a calibrated probability, read from data.

The values live in ``rules/confidence.json``, one entry per rule id (``detail["rule"]``),
each with the evidence it came from (dev-split and hand-read counts) and how it was
shrunk; ``benchmarks/calibrate_confidence.py`` writes them and
``benchmarks/findings_gold.py --calibration`` checks them on the test split
(docs/findings.md). Finders ask :func:`rule_confidence` instead of carrying literals, so a
value changes in one place, with its evidence beside it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import StorylensError

DATA = "confidence.json"


class ConfidenceTableError(StorylensError):
    """The rule → confidence table is missing a rule or holds a bad value."""


@dataclass(frozen=True)
class RuleConfidence:
    rule: str
    confidence: float
    flag: str | None  # the Options flag that switches the rule on (on by default or not); None: none
    evidence: int | None = None  # findings it was measured on (dev + hand); None: not recorded


def parse_table(data: dict, source: str = DATA) -> dict[str, RuleConfidence]:
    """Check and index a table: every value a number in [0, 1]."""
    rules = data.get("rules") if isinstance(data, dict) else None
    if not isinstance(rules, dict) or not rules:
        raise ConfidenceTableError(f"{source}: no 'rules' object")
    out = {}
    for rule, entry in rules.items():
        value = entry.get("confidence") if isinstance(entry, dict) else None
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ConfidenceTableError(
                f"{source}: rule {rule!r} has confidence {value!r}, not a number in [0, 1]")
        flag = entry.get("flag")
        if flag is not None and not isinstance(flag, str):
            raise ConfidenceTableError(f"{source}: rule {rule!r} has flag {flag!r}, not a name")
        out[rule] = RuleConfidence(rule, float(value), flag, _evidence(entry))
    return out


def _evidence(entry: dict) -> int | None:
    """Findings counted for the rule: the n of its ``dev`` and ``hand`` [right, n] pairs."""
    counts = [entry.get(k) for k in ("dev", "hand")]
    if not any(isinstance(c, list) and len(c) == 2 and isinstance(c[1], int) for c in counts):
        return None
    return sum(c[1] for c in counts if isinstance(c, list) and len(c) == 2 and isinstance(c[1], int))


def load_table(path: Path | None = None) -> dict[str, RuleConfidence]:
    """The table in ``path``, or the packaged one."""
    if path is not None:
        return parse_table(json.loads(path.read_text(encoding="utf-8")), str(path))
    # Beside this package's files, as demo/ and web/static are found: importlib.resources
    # cost ~10 ms of every compare (its own imports and ``files()``) for one small file.
    text = (Path(__file__).resolve().parents[1] / "rules" / DATA).read_text(encoding="utf-8")
    return parse_table(json.loads(text))


@cache
def table() -> dict[str, RuleConfidence]:
    return load_table()


def rule_confidence(rule: str) -> float:
    """The calibrated confidence of ``rule``; a rule missing from the table is a bug."""
    try:
        return table()[rule].confidence
    except KeyError:
        raise ConfidenceTableError(
            f"{DATA}: no confidence for rule {rule!r}: add it (benchmarks/calibrate_confidence.py)"
        ) from None


def rule_flag(rule: str) -> str | None:
    """The Options flag that switches ``rule`` on, if any (None for unknown rules)."""
    entry = table().get(rule)
    return entry.flag if entry else None


# Fewest findings a rule's precision must be measured on before a report shows it as a
# figure. Below 10, one finding right or wrong moves the figure by more than 10 points
# (n=1 can only read 0% or 100% before shrinking; what is shown then is mostly the prior),
# so "89% (n=1)" claims a precision nobody measured. Under the floor the label says "not
# yet measured" and only the tooltip / --help text carries the calibrated value and its n.
# The floor is on evidence only; which findings are shown is still decided by the value
# (Options.min_finding_confidence), unchanged.
MIN_SHOWN_EVIDENCE = 10


# The label of a rule measured on fewer than MIN_SHOWN_EVIDENCE findings of its own (the
# terminal says it once under the findings, not on every line).
UNMEASURED = "precision not yet measured"


def describe(confidence: float, rule: str | None) -> tuple[str, str]:
    """(label, explanation) of a finding's confidence for a reader: the value is the
    measured precision of its *rule*, not a probability worked out for this finding, so
    a bare "67%" would mislead. The label is short ("rule precision 67% (n=12)"; "precision
    not yet measured" where the rule has fewer than :data:`MIN_SHOWN_EVIDENCE` findings of
    its own); the explanation says how it was measured (a tooltip, or ``--help`` text)."""
    pct = f"{confidence:.0%}"
    entry = table().get(rule or "")
    if entry is None or entry.evidence is None:
        return (f"rule precision {pct}",
                "calibrated: share of this rule's findings that were right on the evaluation set")
    n = entry.evidence
    if n < MIN_SHOWN_EVIDENCE:
        # n = 0: the value is the type's prior; 0 < n < floor: mostly the prior still.
        how = ("no finding of its own yet, so the figure of its finding type" if not n
               else f"only {n} finding{'s' if n != 1 else ''} of its own, "
                    f"fewer than the {MIN_SHOWN_EVIDENCE} a figure is shown for")
        return (UNMEASURED,
                f"calibrated value {pct} for this rule ({rule}), not shown as a precision: {how}")
    return (f"rule precision {pct} (n={n})",
            f"calibrated: share of this rule's findings ({rule}) that were right on the "
            f"evaluation set (n={n}: dev split + hand-read pairs)")
