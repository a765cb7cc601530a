"""The web UI's pages and JSON API, through FastAPI's TestClient.

The store is built once per module from the demo corpus (through the cleaner and the
Store protocol), plus a batch of small stories for paging, search and filters.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx2", reason="starlette's TestClient needs httpx2 (dev extra)")

from fastapi.testclient import TestClient  # noqa: E402

from storylens.models import RawArticle  # noqa: E402
from storylens.options import Options  # noqa: E402
from storylens.web import WebLimits, create_app  # noqa: E402
from storylens.web.sample import build_store, demo_raws  # noqa: E402

BASE = "http://127.0.0.1"
N_SMALL = 30  # small stories besides the demo: more than one page of 25


def small_story(n: int) -> tuple[str, list[RawArticle]]:
    """Two short articles on an invented topic, published on day ``n`` of November."""
    day = f"2026-10-{(n % 28) + 1:02d}"
    topic = f"harbour{n:02d}"
    text = (
        f"The {topic} council approved a new ferry timetable on Monday.\n\n"
        f"Officials said the {topic} ferry would run every {n + 10} minutes from June.\n\n"
        "Residents welcomed the change at a public meeting."
    )
    other = text.replace("welcomed", "cautiously welcomed") + "\n\nA local shop owner was not convinced."
    return (
        f"Ferry timetable changes in {topic}",
        [
            RawArticle(source=f"small{n}a.txt", text=text, outlet="Harbour Gazette", title=f"{topic} ferry", published=day),
            RawArticle(source=f"small{n}b.txt", text=other, outlet=f"Coast Radio {n % 3}", title=f"{topic} timetable", published=day + "T12:00:00"),
        ],
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("web") / "news.db"
    raws = demo_raws()
    stories = [("Draven Viaduct collapse", raws)] + [small_story(n) for n in range(N_SMALL)]
    build_store(path, stories)
    return path


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    with TestClient(create_app(db), base_url=BASE) as c:
        yield c


@pytest.fixture(scope="module")
def compare_client() -> TestClient:
    with TestClient(create_app(None), base_url=BASE) as c:
        yield c


def demo_texts() -> list[dict]:
    return [
        {"text": r.text, "html": r.html, "outlet": r.outlet, "title": r.title, "url": r.url, "published": r.published}
        for r in demo_raws()
    ]


def _strip_volatile(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k not in ("timings", "generated_by")}


# --- stories -------------------------------------------------------------------------


def test_stories_page_lists_newest_first_with_counts(client):
    r = client.get("/")
    assert r.status_code == 200
    assert "text/html" in r.headers["content-type"]
    body = r.text
    assert "Draven Viaduct collapse" in body  # demo story (2026-11-18) is the newest
    first_row = body.index("<tbody>")
    assert body.index("Draven Viaduct collapse", first_row) < body.index("Ferry timetable", first_row)
    assert "older »" in body  # 31 stories, 25 per page


def test_stories_page_lists_stories_of_two_articles_like_the_cli(db):
    """One-article "stories" are left off the page unless asked for (?singles=1), so the
    page and 'storylens stories' count the same stories; the API takes min_articles."""
    from storylens.web.sample import build_store as build

    path = db.parent / "singles.db"
    title, pair = small_story(1)
    lone = RawArticle(source="lone.txt", text="The Orland library reopened after the flood on Friday.",
                      outlet="Valley News", title="Orland library reopens", published="2026-10-20")
    build(path, [(title, pair), ("Orland library", [lone])])
    with TestClient(create_app(path), base_url=BASE) as c:
        page = c.get("/").text
        assert f"{title}</a>" in page and "Orland library</a>" not in page
        assert "1 story of 2+ articles in the store" in page and 'name="singles"' in page
        every = c.get("/", params={"singles": "1"}).text
        assert "Orland library</a>" in every and "2 stories in the store, single articles too" in every
        assert 'name="singles" value="1" checked' in every  # kept through the filter form
        assert [s["articles"] for s in c.get("/api/stories").json()["stories"]] == [1, 2]
        two = c.get("/api/stories", params={"min_articles": 2}).json()
        assert [s["articles"] for s in two["stories"]] == [2] and two["total_stories"] == 1
        assert c.get("/api/stories", params={"min_articles": 0}).status_code == 422


def test_api_stories_pages_cover_every_story_once(client):
    seen: list[int] = []
    last_dates: list[str] = []
    after = ""
    for _ in range(10):
        r = client.get("/api/stories", params={"limit": 7, "after": after})
        assert r.status_code == 200
        page = r.json()
        assert page["total_stories"] == N_SMALL + 1
        seen += [s["id"] for s in page["stories"]]
        last_dates += [s["last_published"] or "" for s in page["stories"]]
        if not page["next"]:
            break
        after = page["next"]
    assert sorted(seen) == list(range(1, N_SMALL + 2))
    assert last_dates == sorted(last_dates, reverse=True)


def test_api_story_summary_fields(client):
    demo = client.get("/api/stories", params={"q": "viaduct"}).json()["stories"]
    assert [s["id"] for s in demo] == [1]
    s = demo[0]
    assert s["articles"] == 5 and len(s["outlets"]) == 5
    assert s["url"] == "/stories/1"
    assert s["first_published"] <= s["last_published"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "harbour07"}, {9}),  # story ids: demo is 1, small story n is n + 2
        ({"q": "harbour07 ferry"}, {9}),
        ({"q": "harbour1"}, {n + 2 for n in range(10, 20)}),  # last word matches as a prefix
        ({"outlet": "Coast Radio 1"}, {n + 2 for n in range(N_SMALL) if n % 3 == 1}),
        ({"from": "2026-11-01"}, {1}),
        ({"to": "2026-10-02"}, {2, 3, 30, 31}),  # days 1 and 2 (n = 0, 1, 28, 29)
        ({"from": "2026-10-02", "to": "2026-10-02"}, {3, 31}),
        ({"q": "zzzz-nothing"}, set()),
    ],
)
def test_api_stories_filters(client, params, expected):
    r = client.get("/api/stories", params={**params, "limit": 200})
    assert r.status_code == 200, r.text
    assert {s["id"] for s in r.json()["stories"]} == expected


@pytest.mark.parametrize("q", ['"', "NEAR(", "a AND OR", "*", "title:x", "'; DROP TABLE stories; --"])
def test_search_never_fails_on_query_syntax(client, q):
    assert client.get("/api/stories", params={"q": q}).status_code == 200
    assert client.get("/", params={"q": q}).status_code == 200


@pytest.mark.parametrize("bad", ["yesterday", "2026-13", "18/11/2026", "2026-11-18T00:00"])
def test_bad_date_is_422_with_message(client, bad):
    r = client.get("/api/stories", params={"from": bad})
    assert r.status_code == 422
    assert "from must be a date as YYYY-MM-DD" in r.json()["detail"]
    page = client.get("/", params={"to": bad})
    assert page.status_code == 422 and "to must be a date" in page.text


def test_stories_page_filter_form_keeps_values(client):
    r = client.get("/", params={"q": "harbour07", "outlet": "Harbour Gazette"})
    assert 'value="harbour07"' in r.text
    assert '<option value="Harbour Gazette" selected>' in r.text
    assert "Ferry timetable changes in harbour07" in r.text


# --- one story -----------------------------------------------------------------------


def test_story_page_title_is_the_listed_label_and_says_whose(db):
    """s7 reader: one story had three titles (terminal none, HTML report the first
    headline, web the store label). A stored story's label is one of its headlines; its
    page, 'storylens story' in the terminal and its HTML report all give that headline
    and whose it is."""
    from click.testing import CliRunner

    from storylens.cli.main import app
    from storylens.web.sample import build_store as build

    path = db.parent / "titled.db"
    _, pair = small_story(3)
    label = pair[1].title  # "harbour03 timetable", Coast Radio 0's headline
    build(path, [(label, pair)])
    whose = "Coast Radio 0’s headline"
    with TestClient(create_app(path), base_url=BASE) as c:
        assert f"{label}</a>" in c.get("/").text
        page = c.get("/stories/1").text
        assert f'<h1>{label} <span class="sl-title-whose">{whose}</span></h1>' in page
    out = CliRunner().invoke(app, ["story", "1", "--db", str(path)], env={"NO_COLOR": "1", "COLUMNS": "120"})
    assert out.exit_code == 0, out.output
    assert f"story: {label} ({whose})" in out.output
    html = db.parent / "titled.html"
    assert CliRunner().invoke(app, ["story", "1", "--db", str(path), "--html", str(html)]).exit_code == 0
    assert f'{label} <span class="title-whose">{whose}</span></h1>' in html.read_text(encoding="utf-8")


def test_story_json_is_the_cli_document(client, db):
    from storylens.engines.local.build import compare_story
    from storylens.report.jsonout import load_schema, to_json
    from storylens.store import open_store

    r = client.get("/api/stories/1")
    assert r.status_code == 200
    doc = r.json()
    assert doc["schema"] == "storylens.compare/1"
    with open_store(db, create=False) as store:
        cli_doc = to_json(compare_story(store, 1, Options()))
    assert _strip_volatile(doc) == _strip_volatile(cli_doc)
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(doc, load_schema())


def test_story_page_has_columns_findings_and_plots(client):
    doc = client.get("/api/stories/1").json()
    r = client.get("/stories/1")
    assert r.status_code == 200
    html = r.text
    assert html.count('<article class="column') == len(doc["articles"]) == 5
    for a in doc["articles"]:
        for s in a["sentences"][:3]:
            assert f'data-sentence="{s["id"]}"' in html
    assert html.count('class="finding"') == len(doc["findings"]) > 0
    assert 'class="sl-heatmap"' in html and 'class="sl-timeline"' in html
    assert 'id="toggle-removed"' in html and 'class="removed"' in html
    assert 'id="storylens-data"' in html
    assert '<script src="/assets/report.js"' in html


def test_story_summary_counts_match_the_document(client):
    doc = client.get("/api/stories/1").json()
    r = client.get("/api/stories/1/summary")
    assert r.status_code == 200
    s = r.json()
    assert s["findings"] == len(doc["findings"])
    assert sum(s["by_type"].values()) == s["findings"]
    # once compared, the stories list carries the counts without computing again
    listed = client.get("/api/stories", params={"q": "viaduct"}).json()["stories"][0]
    assert listed["findings"]["total"] == s["findings"]


def test_missing_story_is_404_naming_the_range(client):
    r = client.get("/api/stories/999")
    assert r.status_code == 404
    assert "stories are numbered 1 to 31" in r.json()["detail"]
    page = client.get("/stories/999")
    assert page.status_code == 404 and "numbered 1 to 31" in page.text
    assert client.get("/stories/abc").status_code == 422


def test_stale_stories_are_refused_with_the_fix(tmp_path):
    from storylens.store import open_store
    from storylens.web.sample import _stored

    path = tmp_path / "stale.db"
    build_store(path, [small_story(1)])
    raw = RawArticle(source="late.txt", text="A late article about something else entirely.", outlet="Late")
    from storylens.clean import clean_article

    with open_store(path) as store:  # an ingest after the stories were built
        store.write_batch([_stored(clean_article(raw, "a1", Options()), raw)])
    with TestClient(create_app(path), base_url=BASE) as c:
        r = c.get("/api/stories/1")
        assert r.status_code == 409
        assert "out of date" in r.json()["detail"] and "storylens stories --db" in r.json()["detail"]
        assert "out of date" in c.get("/").text


def test_stories_built_by_another_version_say_so(tmp_path):
    """A server started before an upgrade: the new version's 'storylens stories' rebuilt
    the stories (no ingest since), and the old server's advice to run it again looped
    (user report, s11). It now names the version mismatch and the restart; the stale
    case above (an ingest since) is the near miss and keeps its advice."""
    from storylens.store import open_store

    path = tmp_path / "other.db"
    build_store(path, [small_story(1)])
    with open_store(path) as store:  # as a build by a version with other rules records it
        state = store.build_state("stories_state")
        store.replace_stories(store.stories(), state.replace("rules=", "rules=9.9.9+other-"))
    with TestClient(create_app(path), base_url=BASE) as c:
        r = c.get("/api/stories/1")
        assert r.status_code == 409
        detail = r.json()["detail"]
        assert "built by another version of storylens" in detail and "restart 'storylens serve'" in detail
        assert "out of date" not in detail


# --- compare without a database ---------------------------------------------------------


def test_api_compare_matches_the_pipeline(compare_client):
    from storylens.pipeline import clean_all, compare_articles
    from storylens.report.jsonout import to_json
    from storylens.web.inputs import make_raw

    arts = demo_texts()[:3]
    r = compare_client.post("/api/compare", json={"articles": arts})
    assert r.status_code == 200, r.text
    raws = [
        make_raw(source=f"api article {i}", body=a["html"] or a["text"], is_html=a["html"] is not None,
                 outlet=a["outlet"], title=a["title"], url=a["url"], published=a["published"],
                 fallback_outlet=f"Article {i}")
        for i, a in enumerate(arts, 1)
    ]
    articles, skipped = clean_all(raws, Options())
    expected = to_json(compare_articles(articles, Options(), skipped))
    assert _strip_volatile(r.json()) == _strip_volatile(expected)


def test_api_compare_without_findings(compare_client):
    r = compare_client.post("/api/compare", json={"articles": demo_texts()[:2], "findings": False})
    assert r.status_code == 200 and r.json()["findings"] == []


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"articles": [{"text": "Only one article."}]}, 422, "need at least 2 articles"),
        ({"articles": [{"text": f"Article {i} text."} for i in range(21)]}, 413, "at most 20"),
        ({"articles": [{"text": "One."}, {"text": "   "}]}, 422, "no text"),
        ({}, 422, "articles"),
        ({"articles": "nope"}, 422, "articles"),
    ],
)
def test_api_compare_rejects_with_a_message(compare_client, body, status, message):
    r = compare_client.post("/api/compare", json=body)
    assert r.status_code == status
    assert message in r.json()["detail"]


def test_api_compare_names_each_article_left_empty(compare_client):
    r = compare_client.post("/api/compare", json={"articles": [{"text": "Advertisement"}, {"text": "Share this article"}]})
    assert r.status_code == 422
    assert r.json()["detail"] == (
        "no usable article: api article 1: no article text left after cleaning; "
        "api article 2: no article text left after cleaning"
    )


def test_compare_page_with_pasted_articles(compare_client):
    a, b = demo_texts()[0], demo_texts()[1]
    pasted = f"Outlet: First Desk\nTitle: One\n\n{a['text']}\n---\nOutlet: Second Desk\n\n{b['text']}"
    r = compare_client.post("/compare", data={"articles": pasted})
    assert r.status_code == 200, r.text[-500:]
    assert r.text.count('<article class="column') == 2
    assert "First Desk" in r.text and "Second Desk" in r.text
    assert 'class="sl-heatmap"' in r.text


def test_compare_page_with_uploaded_files(compare_client):
    from storylens.demo import demo_paths

    paths = demo_paths()
    files = [("files", (p.name, p.read_bytes(), "application/octet-stream")) for p in paths[:4]]
    r = compare_client.post("/compare", data={"articles": ""}, files=files)
    assert r.status_code == 200, r.text[-500:]
    assert r.text.count('<article class="column') == 4


def test_compare_page_mixes_paste_and_upload(compare_client):
    from storylens.demo import demo_paths

    p = demo_paths()[0]
    text = demo_texts()[1]["text"]
    r = compare_client.post("/compare", data={"articles": text}, files=[("files", (p.name, p.read_bytes(), "text/plain"))])
    assert r.status_code == 200 and r.text.count('<article class="column') == 2


def test_compare_page_errors_keep_the_text(compare_client):
    r = compare_client.post("/compare", data={"articles": "Just one article & nothing else."})
    assert r.status_code == 422
    assert "need at least 2 articles" in r.text
    assert "Just one article &amp; nothing else." in r.text  # back in the textarea, escaped


def test_compare_form_page(compare_client):
    r = compare_client.get("/compare")
    assert r.status_code == 200
    assert 'enctype="multipart/form-data"' in r.text and 'name="files"' in r.text


def test_compare_only_server(compare_client):
    r = compare_client.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/compare"
    r = compare_client.get("/api/stories")
    assert r.status_code == 404 and "--db" in r.json()["detail"]


# --- schema, assets, CLI -----------------------------------------------------------------


def test_openapi_schema_lists_the_api(client):
    r = client.get("/api/openapi.json")
    assert r.status_code == 200
    paths = r.json()["paths"]
    for p in ("/api/stories", "/api/stories/{story_id}", "/api/stories/{story_id}/summary", "/api/compare"):
        assert p in paths
    docs = client.get("/docs")  # the README promises it; a plain page, not Swagger UI's CDN
    assert docs.status_code == 200 and "text/html" in docs.headers["content-type"]
    for p in ("/api/stories", "/api/compare", "/api/openapi.json"):
        assert p in docs.text
    assert "http://" not in docs.text.replace("http://testserver", "") and "https://" not in docs.text


def test_report_assets_are_the_report_files(client):
    from importlib import resources

    for name, ctype in (("report.css", "text/css"), ("report.js", "text/javascript")):
        r = client.get(f"/assets/{name}")
        assert r.status_code == 200 and r.headers["content-type"].startswith(ctype)
        assert r.content == resources.files("storylens").joinpath("templates", name).read_bytes()
    assert client.get("/static/web.js").status_code == 200
    assert client.get("/static/web.css").status_code == 200


def test_server_never_writes_the_store(db):
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with TestClient(create_app(db), base_url=BASE) as c:
        for url in ("/", "/stories/1", "/api/stories/2", "/api/stories?q=ferry", "/stories/3"):
            assert c.get(url).status_code == 200
        service = c.app.state.web.stories
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            service.catalog.store._conn.execute("DELETE FROM stories")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            service.store._conn.execute("DELETE FROM stories")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not Path(str(db) + "-wal").exists() or Path(str(db) + "-wal").stat().st_size == 0


def test_missing_or_foreign_db_is_a_clear_error(tmp_path):
    from storylens.errors import StoreError

    with pytest.raises(StoreError, match="no article store"):
        create_app(tmp_path / "absent.db")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a storylens article store"):
        create_app(other)


def test_limits_are_configurable(tmp_path):
    app = create_app(None, Options(), limits=replace(WebLimits(), max_articles=3))
    with TestClient(app, base_url=BASE) as c:
        r = c.post("/api/compare", json={"articles": [{"text": "x y z."}] * 4})
        assert r.status_code == 413 and "at most 3" in r.json()["detail"]


def test_serve_command_help_has_an_example():
    import click
    from click.testing import CliRunner

    from storylens.cli.web import register

    app = click.Group("storylens")
    register(app)

    r = CliRunner().invoke(app, ["serve", "--help"])
    assert r.exit_code == 0
    assert "Example: storylens serve" in r.output
    assert "127.0.0.1" in r.output
    assert "STORYLENS_DB" in r.output


def test_serve_command_reports_a_missing_store(tmp_path):
    import click
    from click.testing import CliRunner

    from storylens.cli.web import register

    app = click.Group("storylens")
    register(app)

    r = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 1
    assert "error: no article store at" in r.output and "storylens ingest" in r.output


def test_cli_web_imports_no_fastapi():
    import subprocess
    import sys

    code = "import sys, storylens.cli.web; print(any(m.split('.')[0] in ('fastapi', 'uvicorn') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_story_page_shows_the_coverage_summary(client):
    doc = client.get("/api/stories/1").json()
    assert doc["coverage"] and len(doc["coverage"]["outlets"]) == len(doc["articles"])
    html = client.get("/stories/1").text
    assert 'id="coverage-h"' in html
    for o in doc["coverage"]["outlets"]:
        assert f'<th scope="row">{o["outlet"]}</th>' in html
