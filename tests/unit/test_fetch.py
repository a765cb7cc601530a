"""URLs and feed URLs, fetched from a loopback server (invented pages; no network)."""

from __future__ import annotations

import json

import pytest
from loopback import Server

from storylens.fetch import Fetcher, FetchOptions, iter_url
from storylens.models import RawArticle, Skipped
from storylens.options import Options
from storylens.readers import read_inputs


@pytest.fixture()
def server():
    with Server(slow_seconds=2.0, huge_bytes=300_000) as s:
        yield s


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLENS_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def fetcher(cache, **kw) -> Fetcher:
    kw.setdefault("timeout", 0.5)
    kw.setdefault("backoff", 0.01)
    return Fetcher(FetchOptions(cache_dir=cache, **kw))


def one(url: str, f: Fetcher) -> RawArticle | Skipped:
    items = list(iter_url(url, Options(), f))
    assert len(items) == 1, items
    return items[0]


def test_page_becomes_an_article_with_site_metadata(server, cache) -> None:
    a = one(server.base + "/tribune/ferry.html", fetcher(cache))
    assert isinstance(a, RawArticle)
    assert a.outlet == "Marrowby Tribune" and a.url == server.base + "/tribune/ferry.html"
    assert "84 passengers" in a.text and "Home" not in a.text
    assert a.html and a.title and "Ferry runs aground" in a.title


def test_second_fetch_comes_from_the_cache(server, cache) -> None:
    url = server.base + "/courier/ferry.html"
    one(url, fetcher(cache))
    again = one(url, fetcher(cache))
    assert isinstance(again, RawArticle) and "sandbar" in again.text
    assert server.hits["/courier/ferry.html"] == 1  # the second came from disk
    assert server.hits["/robots.txt"] == 1


def test_feed_url_expands_to_its_entries_pages(server, cache) -> None:
    items = list(iter_url(server.base + "/feed.xml", Options(), fetcher(cache)))
    assert [type(i) for i in items] == [RawArticle, RawArticle]
    assert {i.url for i in items} == {server.base + "/tribune/ferry.html", server.base + "/courier/ferry.html"}
    assert all("Quillon Point" in i.text for i in items)


def test_404_is_skipped_with_the_status(server, cache) -> None:
    s = one(server.base + "/gone.html", fetcher(cache))
    assert isinstance(s, Skipped) and s.reason == "http-error" and "404" in s.message
    assert s.source == server.base + "/gone.html"


def test_slow_server_times_out(server, cache) -> None:
    s = one(server.base + "/slow", fetcher(cache, retries=0))
    assert isinstance(s, Skipped) and s.reason == "timeout"


@pytest.mark.parametrize("path", ["/huge-declared", "/huge-streamed"])
def test_huge_body_is_refused(server, cache, path) -> None:
    s = one(server.base + path, fetcher(cache, max_bytes=100_000))
    assert isinstance(s, Skipped) and s.reason == "too-large" and "100,000" in s.message


def test_redirect_is_followed_and_the_final_url_kept(server, cache) -> None:
    a = one(server.base + "/old-link", fetcher(cache))
    assert isinstance(a, RawArticle) and a.url == server.base + "/courier/ferry.html"
    assert a.source == server.base + "/old-link"


def test_redirect_loop_stops(server, cache) -> None:
    s = one(server.base + "/loop", fetcher(cache))
    assert isinstance(s, Skipped) and s.reason == "unreachable" and "redirects" in s.message


def test_robots_disallow_is_obeyed(server, cache) -> None:
    s = one(server.base + "/private/ferry.html", fetcher(cache))
    assert isinstance(s, Skipped) and s.reason == "robots"
    assert server.hits["/private/ferry.html"] == 0


def test_a_503_is_retried_with_back_off(server, cache) -> None:
    a = one(server.base + "/flaky", fetcher(cache, retries=2))
    assert isinstance(a, RawArticle) and server.hits["/flaky"] == 2


def test_refused_connection_is_skipped(cache) -> None:
    with Server() as s:
        base = s.base
    got = one(base + "/tribune/ferry.html", fetcher(cache, retries=0))
    assert isinstance(got, Skipped) and got.reason in ("unreachable", "robots")


def test_read_inputs_takes_urls_beside_files(server, tmp_path) -> None:
    local = tmp_path / "note.txt"
    local.write_text("\n\n".join(["Harbour note"] + [p for p in [
        "The Marrowby ferry Saint Ives Lark ran aground near Quillon Point on Tuesday.",
        "Lifeboat crews took all 84 passengers off within two hours."]]), encoding="utf-8")
    raws, skipped = read_inputs([server.base + "/tribune/ferry.html", local, server.base + "/nope"], Options())
    assert [r.outlet for r in raws] == ["Marrowby Tribune", "note"]
    assert [s.reason for s in skipped] == ["http-error"]


def test_cli_compare_two_urls_as_json(server) -> None:
    from click.testing import CliRunner

    from storylens.cli.main import app

    res = CliRunner().invoke(app, ["compare", server.base + "/tribune/ferry.html", server.base + "/courier/ferry.html", "--json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert [a["outlet"] for a in doc["articles"]] == ["Marrowby Tribune", "Sable Courier"]
    assert any(al["kind"] == "verbatim" for al in doc["alignments"])


def test_web_compare_page_fetches_pasted_links(server) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from storylens.web import create_app

    links = f"{server.base}/tribune/ferry.html\n{server.base}/courier/ferry.html"
    with TestClient(create_app(None), base_url="http://127.0.0.1:8765") as client:
        r = client.post("/compare", data={"articles": links})
        assert r.status_code == 200, r.text
        assert "Marrowby Tribune" in r.text and "Sable Courier" in r.text
        # one dead link of three is a skipped row beside the comparison of the other two
        # (as 'storylens compare' does), not a refusal that loses them (user report, s11)
        bad = client.post("/compare", data={"articles": f"{links}\n{server.base}/gone.html"})
        assert bad.status_code == 200, bad.text
        assert "Marrowby Tribune" in bad.text and "Sable Courier" in bad.text
        assert "Skipped inputs" in bad.text and f"{server.base}/gone.html" in bad.text and "404" in bad.text
        # near miss: with one article left, nothing to compare, and the refusal names the link
        one = client.post("/compare", data={"articles": f"{server.base}/tribune/ferry.html\n{server.base}/gone.html"})
        assert one.status_code == 422
        assert f"got 1; could not read {server.base}/gone.html: the server answered HTTP 404" in one.text
    with TestClient(create_app(None, allowed_hosts=("*",)), base_url="http://127.0.0.1:8765") as open_client:
        r = open_client.post("/compare", data={"articles": links})
        assert r.status_code == 422 and "does not fetch links" in r.text


def test_cli_clean_a_url(server) -> None:
    from click.testing import CliRunner

    from storylens.cli.main import app

    url = server.base + "/tribune/ferry.html"
    r = CliRunner().invoke(app, ["clean", url, "--json"])
    assert r.exit_code == 0, r.output
    (a,) = json.loads(r.stdout)["articles"]
    assert a["source"] == url and a["url"] == url and a["outlet"] == "Marrowby Tribune"
    assert a["title"] == "Ferry runs aground off Quillon Point"  # no " | Marrowby Tribune"
    assert "84 passengers" in a["text"]
    text = CliRunner().invoke(app, ["clean", url])
    assert text.exit_code == 0 and text.stdout.startswith(f"source:    {url}\noutlet:    Marrowby Tribune\n")
    gone = CliRunner().invoke(app, ["clean", server.base + "/gone.html", "--json"])
    assert gone.exit_code == 1
    assert json.loads(gone.stdout)["error"]["skipped"][0]["reason"] == "http-error"
