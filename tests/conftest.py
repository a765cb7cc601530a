"""Shared test helpers.

Tests are grouped by layer: ``unit/`` (one stage on invented text), ``contract/`` (interfaces
others rely on: the store on both backends, the JSON schema, the public API, Spark/local
parity, docs), ``e2e/`` (CLI, web, subprocess and Spark runs) and ``gates/`` (real-data
quality floors, skipped with a reason when ../shared is absent).

This directory is on ``sys.path`` (pytest's rootdir conftest), so test-only fixtures such as
:mod:`sample_comparison` import by plain name.
"""
