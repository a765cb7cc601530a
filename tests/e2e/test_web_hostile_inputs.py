"""Hostile input on the compare endpoints: the reader shapes of issue 15 answer 200 or a
clear 4xx, never 500. Invented text (a library reopening in the fictional town of Brisby)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx2", reason="starlette's TestClient needs httpx2 (dev extra)")

from fastapi.testclient import TestClient  # noqa: E402

from storylens.web import create_app  # noqa: E402

A = ("Brisby library reopened on Saturday after a two-year refit paid for by a local appeal, "
     "head librarian Nessa Coyle said. About 600 people came on the first day.")
B = ("The refitted Brisby library opened its doors on Saturday, with about 600 visitors on day "
     "one, according to head librarian Nessa Coyle.")


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(None), base_url="http://127.0.0.1:8000") as c:
        yield c


def test_api_answers_a_url_that_is_no_url_with_a_clear_422(client):
    """Not a 500: the request is refused with the article and the field named."""
    r = client.post("/api/compare", json={"articles": [{"text": A, "url": "http://[::1"}, {"text": B}]})
    assert r.status_code == 422, r.text[:300]
    assert "article 1: url is not a valid URL" in r.json()["detail"]


def test_api_answers_a_lone_surrogate_with_a_clear_422(client):
    body = '{"articles": [{"text": "' + A + '"}, {"text": "' + B + ' \\ud800", "title": "x \\udfff"}]}'
    r = client.post("/api/compare", content=body.encode(), headers={"content-type": "application/json"})
    assert r.status_code == 422 and "valid string" in r.json()["detail"]


def test_uploads_go_through_the_readers(client):
    jsonl = "\n".join([json.dumps({"text": A, "outlet": "Brisby Bugle"}), '{"text": ["not", "text"]}',
                       "[" * 50_000, json.dumps({"text": B, "outlet": "Vale Times"})]).encode()
    latin = ("Brisby's library reopened; the café inside served 600 visitors, said Nessa Coyle.\n" * 3).encode("latin-1")
    files = [("files", ("feed.jsonl", jsonl, "application/x-ndjson")),
             ("files", ("note.txt", latin, "text/plain"))]
    r = client.post("/compare", data={"articles": ""}, files=files)
    assert r.status_code == 200, r.text[-400:]
    assert r.text.count('<article class="column') == 3
    assert "café" in r.text
