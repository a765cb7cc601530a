"""Security of the web UI: escaping, CSP, limits, Host check, no file-system paths.

Payloads go in through every field an article has (title, text, outlet, URL, date) and
through the compare form and the search box; the rendered markup is then parsed and
must hold no script but our own files, no event-handler attribute and no link that is
not http(s) or local. ``tests/e2e/test_web_browser.py`` runs the same payloads in Chromium.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx2", reason="starlette's TestClient needs httpx2 (dev extra)")

from fastapi.testclient import TestClient  # noqa: E402

from storylens.models import RawArticle  # noqa: E402
from storylens.web import WebLimits, create_app  # noqa: E402
from storylens.web.sample import build_store  # noqa: E402

BASE = "http://127.0.0.1"

# Each payload sets window.__xss when it runs; the browser test asserts it never does.
XSS_TITLE = '<script>window.__xss="title"</script>Bridge <img src=x onerror="window.__xss=\'title-img\'">'
XSS_OUTLET = 'Evil" onmouseover="window.__xss=\'outlet\'" x="<svg onload=window.__xss=1>'
XSS_URLS = (
    "javascript:window.__xss='url'",
    " JaVaScRiPt:window.__xss='url2'",
    "java\tscript:window.__xss='url3'",
    "data:text/html,<script>window.__xss='url4'</script>",
)
XSS_TEXT = (
    "Officials said <script>window.__xss='text'</script> the bridge was closed.\n\n"
    'A witness wrote "<img src=x onerror=window.__xss=\'text-img\'>" on the wall.\n\n'
    "The mayor said ' onerror='window.__xss=1' and \" onfocus=\"window.__xss=2\" autofocus=\" "
    "while <a href=\"javascript:window.__xss='text-link'\">this link</a> was shared.\n\n"
    "Residents said the bridge style=\"background:url(javascript:alert(1))\" was unsafe."
)


def xss_raws() -> list[RawArticle]:
    """Four articles of one story, each carrying the payloads in every field."""
    out = []
    for i, url in enumerate(XSS_URLS):
        out.append(
            RawArticle(
                source=f"xss{i}.txt",
                text=XSS_TEXT + f"\n\nOutlet {i} adds its own closing line about the bridge.",
                outlet=XSS_OUTLET + str(i),
                title=XSS_TITLE,
                url=url,
                published=f'2026-11-1{i}"><script>window.__xss="date"</script>',
                author='<img src=x onerror="window.__xss=\'author\'">',
            )
        )
    return out


class MarkupAudit(HTMLParser):
    """Collects what could run: script elements, on* attributes, link targets."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[dict[str, str | None]] = []
        self.handlers: list[tuple[str, str]] = []
        self.urls: list[tuple[str, str, str]] = []
        self.styles: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        d = dict(attrs)
        if tag == "script":
            self.scripts.append(d)
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append((tag, name))
            if name in ("href", "src", "action", "formaction", "xlink:href", "data"):
                self.urls.append((tag, name, value or ""))
            if name == "style":
                self.styles.append(value or "")


def audit(html: str) -> MarkupAudit:
    a = MarkupAudit()
    a.feed(html)
    a.close()
    return a


def assert_inert(html: str) -> MarkupAudit:
    a = audit(html)
    assert not a.handlers, a.handlers
    for s in a.scripts:
        # our own files, or the JSON data block (never executed)
        assert s.get("src") in ("/static/web.js", "/assets/report.js") or s.get("type") == "application/json", s
    for tag, name, value in a.urls:
        v = value.strip().lower()
        ok = v.startswith(("http://", "https://", "/", "#", "?")) or v == ""
        assert ok, (tag, name, value)
    assert not {"img", "svg:script", "iframe", "object", "embed", "form"} & a.tags - {"form"}, a.tags
    for style in a.styles:  # only the templates' own style attributes
        assert re.fullmatch(r"--n: \d+|background: rgba\(214, 69, 50, [0-9.]+\)", style), style
    assert "window.__xss" not in "".join(
        v for _, _, v in a.urls
    )
    return a


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("websec") / "xss.db"
    build_store(path, [("<script>window.__xss='label'</script> story label", xss_raws())])
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db), base_url=BASE) as c:
        yield c


# --- escaping ----------------------------------------------------------------------------


def test_story_page_escapes_every_field(client):
    r = client.get("/stories/1")
    assert r.status_code == 200
    html = r.text
    assert_inert(html)
    assert "&lt;script&gt;window.__xss" in html  # shown as text, not dropped
    assert "<script>window.__xss" not in html
    assert 'href="javascript:' not in html.lower()
    assert "javascript:window.__xss=&#39;url&#39;" in html  # the bad URL is shown as text
    # the payloads arrive intact in the JSON data block, with < > & escaped
    data = html.split('id="storylens-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and "\\u003cscript\\u003e" in data


def test_stories_page_escapes_labels_outlets_and_the_query(client):
    q = '"><script>window.__xss="q"</script>'
    r = client.get("/", params={"q": q, "outlet": XSS_OUTLET})
    assert r.status_code == 200
    assert_inert(r.text)
    r = client.get("/")
    assert_inert(r.text)
    assert "&lt;script&gt;window.__xss=&#39;label&#39;&lt;/script&gt; story label" in r.text


def test_compare_page_escapes_pasted_and_uploaded_articles(client):
    pasted = (
        f"Outlet: {XSS_OUTLET}\nTitle: {XSS_TITLE}\nURL: {XSS_URLS[0]}\n\n{XSS_TEXT}\n---\n"
        f"Outlet: Other\nURL: {XSS_URLS[1]}\n\n{XSS_TEXT}\n\nAnother line."
    )
    files = [("files", ('"><img src=x onerror=alert(1)>.html', b"<p>" + XSS_TEXT.encode() + b"</p>", "text/html"))]
    r = client.post("/compare", data={"articles": pasted}, files=files)
    assert r.status_code == 200, r.text[-400:]
    assert_inert(r.text)
    assert "</textarea><script>" not in r.text


def test_json_api_is_json_not_html(client):
    r = client.get("/api/stories/1")
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.json()["articles"][0]["title"] == XSS_TITLE  # data kept exactly


def test_error_pages_escape_what_they_echo(client):
    r = client.get("/stories/1%3Cscript%3Ewindow.__xss=1%3C%2Fscript%3E")
    assert r.status_code in (404, 422)
    assert "<script>window.__xss" not in r.text
    assert_inert(r.text)


# --- headers and CSP ------------------------------------------------------------------------


def _csp(r) -> dict[str, str]:
    out = {}
    for part in r.headers["content-security-policy"].split(";"):
        name, _, value = part.strip().partition(" ")
        out[name] = value
    return out


@pytest.mark.parametrize(
    "url", ["/", "/stories/1", "/compare", "/api/stories", "/api/stories/1", "/static/web.css", "/assets/report.js", "/nope", "/api/openapi.json", "/docs"]
)
def test_every_response_carries_the_strict_headers(client, url):
    r = client.get(url)
    csp = _csp(r)
    assert csp["default-src"] == "'none'"
    assert csp["script-src"] == "'self'"  # no inline script, no eval, no CDN
    assert csp["style-src-elem"] == "'self'"
    assert csp["object-src"] == "'none'" and csp["base-uri"] == "'none'"
    assert csp["frame-ancestors"] == "'none'" and csp["form-action"] == "'self'"
    assert "unsafe-inline" not in r.headers["content-security-policy"]
    assert "unsafe-eval" not in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["referrer-policy"] == "same-origin"


def test_style_hashes_cover_exactly_the_template_attributes(client):
    r = client.get("/stories/1")
    allowed = set(re.findall(r"'sha256-([^']+)'", _csp(r)["style-src-attr"]))
    styles = audit(r.text).styles
    assert styles  # the report partials do set some
    expected = {base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in styles}
    assert allowed == expected
    # pages without style attributes allow none
    assert _csp(client.get("/compare"))["style-src-attr"] == "'none'"


def test_host_header_must_be_local(client):
    assert client.get("/api/stories", headers={"host": "evil.example"}).status_code == 400
    assert client.get("/api/stories", headers={"host": "attacker.test:8765"}).status_code == 400
    for host in ("127.0.0.1:8765", "localhost:8765", "[::1]:8765", "localhost"):
        assert client.get("/api/stories", headers={"host": host}).status_code == 200, host


def test_cross_origin_posts_are_refused(client):
    body = {"articles": [{"text": "One text."}, {"text": "Two text."}]}
    r = client.post("/api/compare", json=body, headers={"origin": "https://evil.example"})
    assert r.status_code == 403 and "cross-origin" in r.json()["detail"]
    r = client.post("/compare", data={"articles": "a\n---\nb"}, headers={"origin": "null"})
    assert r.status_code == 403
    same = client.post("/api/compare", json=body, headers={"origin": BASE})
    assert same.status_code == 200
    assert client.post("/api/compare", json=body).status_code == 200  # no Origin: curl, scripts


# --- limits ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_limits_client():
    limits = WebLimits(max_body_bytes=200_000, max_article_bytes=50_000, max_articles=5)
    with TestClient(create_app(None, limits=limits), base_url=BASE) as c:
        yield c


def test_declared_oversized_body_is_413_before_reading(small_limits_client):
    r = small_limits_client.post(
        "/api/compare", content=b"{}", headers={"content-length": "300000", "content-type": "application/json"}
    )
    assert r.status_code == 413
    assert "request too large: the limit is 0.2 MB" in r.json()["detail"]


def test_streamed_oversized_body_is_413(small_limits_client):
    def chunks():
        for _ in range(30):
            yield b"x" * 10_000

    for url, ctype in (("/compare", "multipart/form-data; boundary=xyz"), ("/api/compare", "application/json")):
        r = small_limits_client.post(url, content=chunks(), headers={"content-type": ctype})
        assert r.status_code == 413, url
        assert "request too large" in r.json()["detail"]


def test_too_many_uploads_is_413(small_limits_client):
    files = [("files", (f"a{i}.txt", b"Some text about a bridge.", "text/plain")) for i in range(6)]
    r = small_limits_client.post("/compare", data={"articles": ""}, files=files)
    assert r.status_code == 413
    assert "too many articles: 6 given, at most 5" in r.text


def test_too_large_article_is_413(small_limits_client):
    big = ("word " * 12_000).encode()
    files = [("files", ("big.txt", big, "text/plain")), ("files", ("b.txt", b"Small text.", "text/plain"))]
    r = small_limits_client.post("/compare", data={"articles": ""}, files=files)
    assert r.status_code == 413
    assert "limit" in r.text
    r = small_limits_client.post("/api/compare", json={"articles": [{"text": "word " * 12_000}, {"text": "x."}]})
    assert r.status_code == 413 and "limit for one article" in r.json()["detail"]


def test_binary_upload_is_422(small_limits_client):
    files = [("files", ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "image/png")), ("files", ("b.txt", b"Text.", "text/plain"))]
    r = small_limits_client.post("/compare", data={"articles": ""}, files=files)
    assert r.status_code == 422 and "got 1; could not read photo.txt: looks like a binary file" in r.text
    # a binary upload beside two articles is a skipped row; the two are compared (s11)
    files.append(("files", ("c.txt", b"More text.", "text/plain")))
    r = small_limits_client.post("/compare", data={"articles": ""}, files=files)
    assert r.status_code == 200 and "Skipped inputs" in r.text and "looks like a binary file" in r.text


def test_api_field_lengths_are_capped(small_limits_client):
    r = small_limits_client.post(
        "/api/compare", json={"articles": [{"text": "a.", "outlet": "x" * 500}, {"text": "b."}]}
    )
    assert r.status_code == 422 and "outlet" in r.json()["detail"]


# --- no path reaches the file system ------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/static/../app.py",
        "/static/..%2fapp.py",
        "/static/%2e%2e/app.py",
        "/static/..%2f..%2fpipeline.py",
        "/assets/..%2fhtml.py",
        "/assets/report.html",
        "/assets/_story.html",
        "/stories/..%2f..%2fetc%2fpasswd",
        "/api/stories/%2fetc%2fpasswd",
    ],
)
def test_traversal_urls_reach_no_file(client, url):
    r = client.get(url)
    assert r.status_code in (404, 422)
    assert "import " not in r.text and "root:x:0:0" not in r.text


def test_upload_file_names_are_labels_only(client):
    files = [
        ("files", ("../../../../etc/passwd", b"First article about the harbour ferry.", "text/plain")),
        ("files", ("/etc/hostname", b"Second article about the harbour ferry.", "text/plain")),
    ]
    r = client.post("/compare", data={"articles": ""}, files=files)
    assert r.status_code == 200
    assert "root:x:0:0" not in r.text
    assert "upload:passwd" in r.text and "upload:hostname" in r.text


def test_db_query_parameters_are_ignored(client):
    r = client.get("/api/stories", params={"db": "/etc/passwd", "path": "/etc/passwd"})
    assert r.status_code == 200 and r.json()["total_stories"] == 1


def test_record_files_can_be_picked_and_uploaded(small_limits_client):
    """The upload box offered only .txt/.html in the file picker, though a JSONL, CSV or
    feed upload is read like a file on disk (user report, s11)."""
    page = small_limits_client.get("/compare").text
    accept = page.split('accept="', 1)[1].split('"', 1)[0].split(",")
    assert {".txt", ".html", ".jsonl", ".csv", ".rss"} <= set(accept)
    rows = "title;text;outlet\nQuay to close;The Velling quay will close for a month, the harbour office said.;Marrowby Tribune\n"
    rows += "Quay shut;The Velling quay will close for a month, the harbour office said on Monday.;Sable Courier\n"
    files = [("files", ("wire.csv", rows.encode(), "text/csv"))]
    r = small_limits_client.post("/compare", data={"articles": ""}, files=files)
    assert r.status_code == 200 and "Marrowby Tribune" in r.text and "Sable Courier" in r.text


def test_unread_inputs_are_named_at_the_top_of_the_comparison(small_limits_client):
    """The 'Skipped inputs' list sits at the page's end; its count and a link to it now
    stand at the top (user report, s11). With every input read, no such line: the near
    miss."""
    a = ("files", ("a.txt", b"The Velling quay will close for a month, the harbour office said.", "text/plain"))
    b = ("files", ("b.txt", b"The Velling quay will close for a month, the office said on Monday.", "text/plain"))
    empty = ("files", ("c.txt", b"", "text/plain"))
    r = small_limits_client.post("/compare", data={"articles": ""}, files=[a, b, empty])
    assert r.status_code == 200
    top = r.text.index('1 input could not be read and is left out: <a href="#skipped-h">see why</a>')
    assert top < r.text.index('id="skipped-h"')
    r = small_limits_client.post("/compare", data={"articles": ""}, files=[a, b])
    assert r.status_code == 200 and "could not be read" not in r.text
