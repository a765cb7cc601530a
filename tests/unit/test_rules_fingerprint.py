"""The grouping rules' fingerprint covers every module the corpus core runs."""

from __future__ import annotations

import ast
from pathlib import Path

import storylens
from storylens.corpus.fingerprint import GROUPING_MODULES, rules_fingerprint

ROOT = Path(storylens.__file__).resolve().parent
# what decides the groups and stories: the options, the core the builds call, its numbering
CORE = ("corpus/options.py", "corpus/rows.py", "corpus/windows.py", "corpus/dedup.py", "corpus/cluster.py")


def _module_file(name: str) -> str | None:
    rel = name.removeprefix("storylens").lstrip(".").replace(".", "/")
    for cand in (f"{rel}.py", f"{rel}/__init__.py"):
        if rel and (ROOT / cand).is_file():
            return cand
    return None


def _imports(rel: str) -> set[str]:
    """storylens modules ``rel`` imports anywhere in it (lazy imports included; not those
    under ``if TYPE_CHECKING:``, which never run: models.py names dates.PublishedDate so)."""
    pkg = "storylens." + rel.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
    if not rel.endswith("__init__.py"):
        pkg = pkg.rsplit(".", 1)[0]
    found: set[str] = set()
    tree = ast.parse((ROOT / rel).read_text())
    typing_only = {id(n) for top in ast.walk(tree) if isinstance(top, ast.If)
                   and isinstance(top.test, ast.Name) and top.test.id == "TYPE_CHECKING"
                   for stmt in top.body for n in ast.walk(stmt)}
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                parts = pkg.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            names = [base] + [f"{base}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        found.update(f for n in names if n.startswith("storylens") and (f := _module_file(n)))
    return found


def test_grouping_modules_cover_the_core_import_closure():
    seen: set[str] = set()
    todo = list(CORE)
    while todo:
        rel = todo.pop()
        if rel not in seen:
            seen.add(rel)
            todo.extend(_imports(rel))
    missing = sorted(seen - set(GROUPING_MODULES))
    assert not missing, f"add to corpus/fingerprint.py GROUPING_MODULES: {missing}"
    assert all((ROOT / m).is_file() for m in GROUPING_MODULES)  # no stale entry


def test_fingerprint_is_version_and_source_hash():
    fp = rules_fingerprint()
    version, digest = fp.split("+")
    assert version == storylens.__version__ and len(digest) == 12 and int(digest, 16) >= 0
    rules_fingerprint.cache_clear()
    assert rules_fingerprint() == fp  # the same source, the same fingerprint


def test_fingerprint_moves_with_a_rule_change(monkeypatch, tmp_path):
    """A changed constant in a core module (an upgrade) gives another fingerprint; the
    same files copied elsewhere (a reinstall) give the same one."""
    from storylens.corpus import fingerprint

    for m in GROUPING_MODULES:
        (tmp_path / "pkg" / m).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "pkg" / m).write_bytes((ROOT / m).read_bytes())
    before = rules_fingerprint()
    monkeypatch.setattr(fingerprint, "__file__", str(tmp_path / "pkg" / "corpus" / "fingerprint.py"))
    rules_fingerprint.cache_clear()
    assert rules_fingerprint() == before
    dedup = tmp_path / "pkg" / "corpus" / "dedup.py"
    dedup.write_text(dedup.read_text().replace("min_shared: int = 8", "min_shared: int = 6"))
    rules_fingerprint.cache_clear()
    try:
        assert rules_fingerprint() != before
    finally:
        monkeypatch.undo()
        rules_fingerprint.cache_clear()
    assert rules_fingerprint() == before
