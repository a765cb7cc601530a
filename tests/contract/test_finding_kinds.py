"""The finding-kind registry is the one vocabulary: the JSON schema, the docs, the renderers
and the sort all agree with it, and every kind has a real finder."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

from storylens import findings, report
from storylens.findings import kinds
from storylens.report import html, terminal

ROOT = Path(__file__).resolve().parents[2]


def test_every_kind_has_a_finder_function_of_the_findings_package():
    for k in kinds.KINDS:
        assert inspect.isfunction(k.finder), k
        assert k.finder.__module__.startswith("storylens.findings."), k
        assert list(inspect.signature(k.finder).parameters) == ["ctx"], k
        assert k.title and k.weight > 0


def test_schema_enum_is_the_registry():
    schema = json.loads((ROOT / "src" / "storylens" / "schema" / "compare-1.json").read_text())
    enums = []

    def walk(node):
        if isinstance(node, dict):
            if "type" in node and isinstance(node["type"], dict) and "enum" in node["type"]:
                enums.append(node["type"]["enum"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(schema)
    assert [sorted(e) for e in enums if "fact_conflict" in e] == [sorted(kinds.TYPES)]


def test_docs_list_the_kinds_in_registry_order():
    text = (ROOT / "docs" / "json-schema.md").read_text(encoding="utf-8")
    table = text.split("Finding types, most important first", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\| `([a-z_]+)` \| ", table, re.M)
    assert documented == ["type", *kinds.TYPES]  # the header row, then one row per kind


def test_renderers_and_sort_use_the_registry():
    assert report.FINDING_ORDER == kinds.TYPES
    assert report.FINDING_TITLES == {k.type: k.title for k in kinds.KINDS}
    assert terminal.FINDING_ORDER is kinds.FINDING_ORDER
    assert html.FINDING_TITLES is kinds.FINDING_TITLES
    assert findings.WEIGHT == {k.type: k.weight for k in kinds.KINDS}
    # display order is weight order, highest first
    assert [kinds.WEIGHT[t] for t in kinds.TYPES] == sorted(kinds.WEIGHT.values(), reverse=True)
    assert kinds.by_type("omission").title == "Omissions"


def test_sections_keep_the_registry_order_and_break_weight_ties_by_confidence():
    # quote_changed and fact_conflict weigh the same: the more confident section first;
    # framing weighs less, so a confident framing section still comes after both
    found = [("framing", 0.93), ("quote_changed", 0.39), ("fact_conflict", 0.92),
             ("fact_conflict", 0.5), ("shared_quote", 0.97), ("shared_source", 0.6)]
    assert kinds.section_order(found) == ["fact_conflict", "quote_changed", "framing",
                                          "shared_quote", "shared_source"]
    # near miss: tied confidences keep the registry's order
    assert kinds.section_order([("quote_changed", 0.9), ("fact_conflict", 0.9)]) == \
        ["fact_conflict", "quote_changed"]
    assert kinds.section_order([("quote_changed", 0.9), ("unknown_kind", 1.0)]) == \
        ["quote_changed", "unknown_kind"]
