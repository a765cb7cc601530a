"""The story warning's outputs as contracts (review27w): ``provenance.left_out.groups`` in
the storylens.compare/1 JSON document, and the ``story_warning`` row of ``findings.jsonl``.

Session 27 added both (warn27): a split's groups in the left-out record, and one row per
warned story before its findings in the findings export. The schema must accept the groups
only as it documents them (two groups or more, each of one article id or more), and the
warning row must carry the same fields as a finding's row, so that a reader of the table
meets one set of columns (``findings_export.FINDING_FIELDS``)."""

from __future__ import annotations

import copy
from dataclasses import replace

import jsonschema
import pytest
from sample_comparison import sample_comparison

from storylens.findings_export import FINDING_FIELDS, WARNING_ROW, warning_row
from storylens.models import LeftOut
from storylens.report.jsonout import load_schema, to_json

KINDS = ("addition", "fact_conflict", "framing", "omission", "quote_changed")


@pytest.fixture(scope="module")
def validator():
    return jsonschema.Draft202012Validator(load_schema())


def _split_doc(groups=(("a1", "a2"), ("a3",))) -> dict:
    c = sample_comparison()
    lo = LeftOut(("a1", "a2", "a3"), KINDS, 1, {"fact_conflict": 1}, "why", groups)
    prov = replace(c.provenance, warning="they may be 2 stories run as one: ...", left_out=lo)
    return to_json(replace(c, provenance=prov))


def test_a_splits_groups_validate(validator):
    doc = _split_doc()
    validator.validate(doc)
    assert doc["provenance"]["left_out"]["groups"] == [["a1", "a2"], ["a3"]]


def test_near_miss_no_split_writes_no_groups(validator):
    doc = _split_doc(groups=())
    validator.validate(doc)
    assert "groups" not in doc["provenance"]["left_out"]


@pytest.mark.parametrize("groups", [[["a1", "a2", "a3"]], [["a1"], []], [["a1"], ["not an id"]]],
                         ids=["one group", "an empty group", "a bad id"])
def test_bad_groups_fail(validator, groups):
    doc = copy.deepcopy(_split_doc())
    doc["provenance"]["left_out"]["groups"] = groups
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(doc)


def test_the_warning_row_has_a_findings_columns():
    doc = _split_doc()
    by_id = {a["id"]: a for a in doc["articles"]}
    row = warning_row(3, doc, by_id)
    assert row is not None and tuple(row) == FINDING_FIELDS
    assert row["type"] == WARNING_ROW and row["finding"] is None and row["confidence"] is None
    lo = row["detail"]["left_out"]
    # articles by source (a1..aN mean nothing outside one comparison), groups too
    assert lo["articles"] == [by_id[a]["source"] for a in ("a1", "a2", "a3")]
    assert lo["groups"] == [[by_id["a1"]["source"], by_id["a2"]["source"]], [by_id["a3"]["source"]]]
    assert lo["line"].startswith("left out: 1 finding (fact_conflict 1) that set one group against another ([")


def test_near_miss_no_warning_no_row():
    doc = to_json(sample_comparison())
    assert warning_row(3, doc, {a["id"]: a for a in doc["articles"]}) is None
