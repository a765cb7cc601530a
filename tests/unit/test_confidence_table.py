"""The rule → confidence table (rules/confidence.json) and its loader: values are
probabilities, a missing rule fails loudly, each entry holds the evidence it came from and
its value follows from that evidence by the documented shrinkage."""

from __future__ import annotations

import json
import re
from dataclasses import fields
from pathlib import Path

import pytest

from storylens.findings import confidence as C
from storylens.options import Options

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "storylens" / "rules" / "confidence.json"
K = 2.0  # the prior's weight, benchmarks/calibrate_confidence.py


def _raw() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def test_every_value_is_a_probability():
    t = C.table()
    assert t and all(0.0 <= e.confidence <= 1.0 for e in t.values())


def test_missing_rule_fails_loudly_naming_it():
    with pytest.raises(C.ConfidenceTableError, match="fact.invented-rule"):
        C.rule_confidence("fact.invented-rule")
    assert C.rule_flag("fact.invented-rule") is None


@pytest.mark.parametrize("value", [1.2, -0.1, "0.8", None, True, float("nan")])
def test_a_bad_value_is_rejected_naming_rule_and_file(value):
    with pytest.raises(C.ConfidenceTableError, match=r"x\.json: rule 'name\.typo'"):
        C.parse_table({"rules": {"name.typo": {"confidence": value}}}, "x.json")


def test_a_table_without_rules_is_rejected(tmp_path):
    bad = tmp_path / "conf.json"
    bad.write_text('{"_doc": "no rules here"}', encoding="utf-8")
    with pytest.raises(C.ConfidenceTableError, match=re.escape(str(bad))):
        C.load_table(bad)


def test_flags_are_real_options_switches():
    switches = {f.name for f in fields(Options) if f.type in ("bool", bool)}
    for e in C.table().values():
        assert e.flag is None or e.flag in switches, e


def test_every_rule_the_finders_name_is_in_the_table():
    src = "\n".join(p.read_text(encoding="utf-8")
                    for p in (ROOT / "src" / "storylens" / "findings").glob("*.py"))
    literal = set(re.findall(
        r'"((?:fact|name|framing|quote_changed|shared_source|shared_quote)\.[a-z_.-]+)"', src))
    generated = {f"{t}.fact.{k}" for t in ("omission", "addition")
                 for k in ("number", "quote", "person", "org")} - {"addition.fact.quote"}
    generated |= {f"framing.aligned.{k}" for k in
                  ("attribution_verb", "loaded_term", "sensational_verb")}
    generated |= {f"framing.story.{k}" for k in ("descriptor", "loaded_term")}
    # a prefix tested with startswith ("fact.aligned") is not a rule id
    literal = {r for r in literal if not any(k.startswith(r + ".") for k in C.table())}
    missing = (literal | generated) - set(C.table())
    assert not missing


def test_each_value_follows_from_its_evidence():
    """confidence = min(cap, (right + K m) / (n + K)) over dev + hand counts: a value
    edited by hand, away from its evidence, fails here."""
    for rule, e in _raw()["rules"].items():
        (dr, dn), (hr, hn) = e["dev"], e["hand"]
        assert 0 <= dr <= dn and 0 <= hr <= hn, rule
        post = (dr + hr + K * e["prior_mean"]) / (dn + hn + K)
        assert e["posterior"] == pytest.approx(post, abs=0.002), rule
        want = min(post, e["cap"]) if "cap" in e else post
        assert e["confidence"] == pytest.approx(want, abs=0.006), rule
        assert "cap" not in e or e.get("why"), rule  # a cap says why


def test_the_table_is_shipped_with_the_package():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"rules/*.json"' in pyproject


def test_describe_says_whose_precision_and_on_how_many_findings():
    typo = C.table()["name.typo"]
    assert typo.evidence and typo.evidence >= C.MIN_SHOWN_EVIDENCE
    label, title = C.describe(typo.confidence, "name.typo")
    assert label == f"rule precision {typo.confidence:.0%} (n={typo.evidence})"
    assert "name.typo" in title and "dev split + hand-read" in title
    label, title = C.describe(0.7, "omission")  # a document from a tool without rule ids
    assert label == "rule precision 70%" and "n=" not in title


def _with_evidence(n: int) -> str:
    return next(r for r, e in C.table().items() if e.evidence == n)


def test_a_precision_measured_on_too_few_findings_is_not_shown_as_a_figure():
    """'89% (n=1)' or a type's prior helps no reader: under the floor the label says the
    rule is not yet measured and only the tooltip keeps the value and its count."""
    label, title = C.describe(0.46, _with_evidence(0))
    assert label == "precision not yet measured" and "46%" not in label
    assert "46%" in title and "figure of its finding type" in title
    one = _with_evidence(1)
    label, title = C.describe(0.89, one)
    assert label == "precision not yet measured"
    assert f"({one})" in title and "only 1 finding of its own" in title
    # near miss: exactly at the floor a figure is shown (patched table, so the test does
    # not depend on today's counts)
    at_floor = C.RuleConfidence("x.at-floor", 0.8, None, C.MIN_SHOWN_EVIDENCE)
    below = C.RuleConfidence("x.below", 0.8, None, C.MIN_SHOWN_EVIDENCE - 1)
    tab = {**C.table(), at_floor.rule: at_floor, below.rule: below}
    from unittest import mock
    with mock.patch.object(C, "table", lambda: tab):
        assert C.describe(0.8, "x.at-floor")[0] == f"rule precision 80% (n={C.MIN_SHOWN_EVIDENCE})"
        assert C.describe(0.8, "x.below")[0] == "precision not yet measured"


def test_evidence_is_dev_plus_hand_findings():
    for rule, e in _raw()["rules"].items():
        assert C.table()[rule].evidence == e["dev"][1] + e["hand"][1], rule
