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
from importlib import resources
from pathlib import Path

from ..errors import StorylensError

DATA = "confidence.json"


class ConfidenceTableError(StorylensError):
    """The rule → confidence table is missing a rule or holds a bad value."""


@dataclass(frozen=True)
class RuleConfidence:
    rule: str
    confidence: float
    flag: str | None  # the Options flag that switches the rule on; None: on by default


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
        out[rule] = RuleConfidence(rule, float(value), flag)
    return out


def load_table(path: Path | None = None) -> dict[str, RuleConfidence]:
    """The table in ``path``, or the packaged one."""
    if path is not None:
        return parse_table(json.loads(path.read_text(encoding="utf-8")), str(path))
    text = resources.files("storylens.rules").joinpath(DATA).read_text(encoding="utf-8")
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
