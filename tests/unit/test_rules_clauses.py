"""The reported-clause reader's word lists are data in rules/clauses.py, not code."""

from __future__ import annotations

import ast
from pathlib import Path

import storylens.rules.clauses as clauses

INDIRECT = Path(clauses.__file__).resolve().parents[1] / "analysis" / "quotes" / "indirect.py"


def test_word_lists_are_lower_case_frozensets():
    lists = {k: v for k, v in vars(clauses).items() if k.isupper() and isinstance(v, frozenset)}
    assert len(lists) >= 30
    for name, words in lists.items():
        assert words, name
        assert all(w == w.lower() and w.strip() == w and w for w in words), name


def test_indirect_defines_no_word_list():
    """A new module-level set in indirect.py belongs in rules/clauses.py, documented."""
    tree = ast.parse(INDIRECT.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Call):
            func = node.value.func
            assert not (isinstance(func, ast.Name) and func.id in ("frozenset", "set")), ast.unparse(node)
