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
