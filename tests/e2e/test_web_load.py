"""The real ``storylens serve`` under hostile load (issue 15), on 127.0.0.1 only.

One server for the module (a child process, ``benchmarks/web_load.py``'s helpers): it
must keep answering ``/healthz`` while a hostile comparison runs (compared as a ratio of
the comparison's own time, never as fixed seconds), answer ~200 mixed requests with
hostile inputs without one 5xx, give 4xx with the security headers for ids past 2^63
and forged cursors, and remove its temporary folder when stopped with SIGTERM.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("storylens_bench_web_load", ROOT / "benchmarks" / "web_load.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up by name
    spec.loader.exec_module(mod)
    return mod


LOAD = _bench()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("load")
    (tmp / "server-tmp").mkdir()
    db = tmp / "news.db"
    ids = LOAD.build_store(db, 12)
    srv = LOAD.start_server(["--db", str(db)], tmp / "server-tmp")
    srv.ids = ids
    yield srv
    srv.stop()


def test_healthz_answers_while_a_hostile_comparison_runs(server):
    lat, took, answered = LOAD.healthz_during_compare(server.port, size=200_000)
    assert answered >= 3, f"only {answered} health answers during a {took:.1f} s comparison"
    # A frozen server answers nothing until the comparison ends: each answer must take
    # a small part of the comparison's time (a ratio within this run).
    assert max(lat) < took / 5, (max(lat), took)


def test_mixed_hostile_load_gets_no_5xx(server):
    reqs = LOAD.plan(200, server.ids, seed=3)
    kinds = {r[0] for r in reqs}
    assert {"story page", "compare api", "hostile id", "hostile cursor", "hostile text"} <= kinds
    res = LOAD.run_load(server.port, reqs, 20)
    assert not res.errors, res.errors[:5]
    assert not res.five_xx, res.five_xx[:5]
    assert sum(res.statuses.values()) == len(reqs)


@pytest.mark.parametrize(
    "path",
    [
        "/stories/9223372036854775808",
        "/api/stories/9223372036854775808",
        "/api/stories/99999999999999999999999/summary",
        "/api/stories?after=eB85OTk5OTk5OTk5OTk5OTk5OTk5OTk5OQ",
        "/?after=%ff%fe",
    ],
)
def test_huge_ids_and_forged_cursors_are_4xx_with_headers(server, path):
    import http.client

    conn = http.client.HTTPConnection(LOAD.HOST, server.port, timeout=60)
    conn.request("GET", path)
    resp = conn.getresponse()
    resp.read()
    conn.close()
    assert 400 <= resp.status < 500
    assert resp.getheader("content-security-policy")
    assert resp.getheader("x-content-type-options") == "nosniff"


def test_bad_url_and_lone_surrogates_are_not_500(server):
    import http.client

    text = "The harbour council approved a new ferry timetable on Monday after a long debate."
    cases = [
        ({"articles": [{"text": text, "url": "http://[::1"}, {"text": text + " Really."}]}, 422),
        ({"articles": [{"text": text + " \ud800"}, {"text": text + " Really. \udfff"}]}, 200),
        ({"articles": [{"text": text}, {"text": text + " Really.", "title": "\udfff"}]}, 422),
    ]
    for body, want in cases:
        conn = http.client.HTTPConnection(LOAD.HOST, server.port, timeout=120)
        conn.request("POST", "/api/compare", json.dumps(body).encode(), {"content-type": "application/json"})
        resp = conn.getresponse()
        data = resp.read()
        conn.close()
        assert resp.status == want, data[:300]


def test_sigterm_removes_the_temporary_folder(tmp_path):
    (tmp_path / "t").mkdir()
    srv = LOAD.start_server(["--demo"], tmp_path / "t")
    assert srv.leftovers(), "serve --demo made no temporary folder to clean up"
    code = srv.stop()
    assert code in (0, 143), srv.stderr[-1000:]
    assert srv.leftovers() == []
