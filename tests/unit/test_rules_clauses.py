"""The reported-clause reader's word lists are data in rules/clauses.py, not code."""

from __future__ import annotations

import ast
from pathlib import Path

import storylens.rules.clauses as clauses

QUOTES = Path(clauses.__file__).resolve().parents[1] / "analysis" / "quotes"
INDIRECT = QUOTES / "indirect.py"


def test_word_lists_are_lower_case_frozensets():
    lists = {k: v for k, v in vars(clauses).items() if k.isupper() and isinstance(v, frozenset)}
    assert len(lists) >= 30
    for name, words in lists.items():
        assert words, name
        assert all(w == w.lower() and w.strip() == w and w for w in words), name


def test_indirect_defines_no_word_list():
    """A new module-level word set in indirect.py belongs in rules/clauses.py, documented; a
    set derived only from rules tables (session 26's _RULE_WORDS, the union of the words its
    rules can act on) writes no word of its own and may stay."""
    tree = ast.parse(INDIRECT.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Call):
            func = node.value.func
            if isinstance(func, ast.Name) and func.id in ("frozenset", "set"):
                words = [n for a in node.value.args for n in ast.walk(a)
                         if isinstance(n, ast.Constant) and isinstance(n.value, str)]
                assert not words, ast.unparse(node)


def _literal_word_lists(path: Path) -> list[str]:
    """Module-level sets built from literal words ("frozenset('a b'.split())", "{'a'}")."""
    out = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Call):
            func = node.value.func
            if isinstance(func, ast.Name) and func.id in ("frozenset", "set") and any(
                    isinstance(n, ast.Constant) and isinstance(n.value, str) and " " in n.value.strip()
                    or isinstance(n, ast.Set | ast.List | ast.Tuple)
                    for a in node.value.args for n in ast.walk(a)):
                out.append(ast.unparse(node))
    return out


def test_quote_tokens_define_no_word_list():
    """tokens.py's word lists are in rules/clauses.py too (session 11 review); a set
    derived from a rules table (its finite cue forms) may stay."""
    assert _literal_word_lists(QUOTES / "tokens.py") == []


def test_the_literal_list_check_can_fail(tmp_path):
    f = tmp_path / "m.py"
    f.write_text('_X = frozenset("a b c".split())\n_Y = frozenset(f for f in "ab")\n', encoding="utf-8")
    assert _literal_word_lists(f) == ["_X = frozenset('a b c'.split())"]
