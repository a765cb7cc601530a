"""Shared test helpers.

Tests are grouped by layer: ``unit/`` (one stage on invented text), ``contract/`` (interfaces
others rely on: the store on both backends, the JSON schema, the public API, Spark/local
parity, docs), ``e2e/`` (CLI, web, subprocess and Spark runs) and ``gates/`` (real-data
quality floors, skipped with a reason when ../shared is absent).

This directory is on ``sys.path`` (pytest's rootdir conftest), so test-only fixtures such as
:mod:`sample_comparison` import by plain name.
"""

import os

# The console script keeps compiled regular expressions in the user cache directory
# (storylens/recache.py); tests that run it (in process or as a child) leave that
# directory alone. tests/unit/test_regex_cache.py turns it on in folders of its own.
os.environ.setdefault("STORYLENS_REGEX_CACHE", "off")


def pytest_collection_modifyitems(config, items):
    """Run the Spark tests last. Their shared session leaves the JVM bridge's threads
    alive in this process, and the pipeline forks a step only when no other thread runs
    (``storylens.forking``): the fork tests after them would see the serial path only."""
    items.sort(key=lambda item: item.get_closest_marker("spark") is not None)


import pytest  # noqa: E402


def _default_on(monkeypatch, field: str) -> None:
    """Make ``Options()``'s default for ``field`` True for one test (the dataclass's
    ``__init__`` defaults, so every ``Options()`` the code under test makes has it)."""
    import dataclasses

    from storylens.options import Options

    names = [f.name for f in dataclasses.fields(Options) if f.init]
    defaults = list(Options.__init__.__defaults__)
    defaults[names.index(field) - (len(names) - len(defaults))] = True
    monkeypatch.setattr(Options.__init__, "__defaults__", tuple(defaults))
    assert getattr(Options(), field)


@pytest.fixture
def framing_on(monkeypatch):
    """``Options()`` with framing on, for the tests of the framing finders and of what
    reads their findings, whatever the default: framing was off by default in session 17
    and is on again since session 18 (each by its held-out read, docs/findings.md); these
    tests assert what the finders do when it is on, and the next held-out read may switch
    the default again. The default itself is asserted in tests/unit/test_framing_default.py."""
    _default_on(monkeypatch, "framing")


@pytest.fixture
def shared_quotes_on(monkeypatch):
    """``Options()`` with shared quotes on, for the tests of the shared-quote finder and of
    what reads its findings, whatever the default: on by default until session 19, off since
    session 20 (its held-out read, docs/findings.md); these tests assert what the finder
    does when it is on. The default itself is asserted in tests/unit/test_framing_default.py."""
    _default_on(monkeypatch, "shared_quotes")


@pytest.fixture
def shared_sources_on(monkeypatch):
    """``Options()`` with shared_source findings on, for the tests of the shared-source
    finder and of what reads its findings, whatever the default: on by default until
    session 20, off since session 21 (its held-out read, docs/findings.md); these tests
    assert what the finder does when it is on."""
    _default_on(monkeypatch, "shared_sources")


@pytest.fixture
def fact_conflicts_on(monkeypatch):
    """``Options()`` with fact conflicts on, for tests of what the fact finder reports
    through the whole pipeline, whatever the default: on in sessions 14 and 20, off since
    session 21 (each by its held-out read, docs/findings.md)."""
    _default_on(monkeypatch, "fact_conflicts")


@pytest.fixture
def additions_on(monkeypatch):
    """``Options()`` with additions on, whatever the default: on in sessions 19-20, off
    since session 21 (its held-out read, docs/findings.md)."""
    _default_on(monkeypatch, "additions")


@pytest.fixture
def rules_only(monkeypatch):
    """The name analysis and the fact finder without spaCy (their rules alone), for tables
    whose verdicts must not depend on whether a model is installed."""
    from storylens.findings import facts

    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)
